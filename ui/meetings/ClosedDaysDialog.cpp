#include "ClosedDaysDialog.h"

#include "core/storage/ClosedDayRepository.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace renkei {

namespace {
enum Column
{
    NameColumn,
    DaysColumn,
    InUseColumn,
};
} // namespace

ClosedDaysDialog::ClosedDaysDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("closedDaysDialog"));
    setWindowTitle(tr("Closed Days"));

    auto *intro = new QLabel(tr("Meetings are not planned on these days, as on public holidays."), this);
    intro->setWordWrap(true);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("closedDaysTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Days"), tr("In use")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(DaysColumn, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::cellChanged, this, &ClosedDaysDialog::toggled);

    auto *remove = new QPushButton(tr("&Delete"), this);
    remove->setObjectName(QStringLiteral("closedDaysDelete"));
    connect(remove, &QPushButton::clicked, this, &ClosedDaysDialog::removeSelected);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("closedDayName"));
    m_name->setPlaceholderText(tr("such as Obon, or the hall's closed days"));
    const QDate today = QDate::currentDate();
    m_first = new QDateEdit(today, this);
    m_first->setObjectName(QStringLiteral("closedDayFirst"));
    m_first->setCalendarPopup(true);
    m_first->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_last = new QDateEdit(today, this);
    m_last->setObjectName(QStringLiteral("closedDayLast"));
    m_last->setCalendarPopup(true);
    m_last->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    connect(m_first, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (m_last->date() < date)
            m_last->setDate(date);
    });
    m_yearly = new QCheckBox(tr("Every year"), this);
    m_yearly->setObjectName(QStringLiteral("closedDayYearly"));
    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("closedDayAdd"));
    connect(add, &QPushButton::clicked, this, &ClosedDaysDialog::add);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("closedDaysError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *range = new QHBoxLayout;
    range->addWidget(m_first);
    range->addWidget(new QLabel(QStringLiteral("–"), this));
    range->addWidget(m_last);
    range->addWidget(m_yearly);
    range->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Days:"), range);
    auto *addRow = new QHBoxLayout;
    addRow->addStretch(1);
    addRow->addWidget(add);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto *tableRow = new QHBoxLayout;
    tableRow->addWidget(m_table, 1);
    auto *side = new QVBoxLayout;
    side->addWidget(remove);
    side->addStretch(1);
    tableRow->addLayout(side);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(tableRow, 1);
    layout->addLayout(form);
    layout->addLayout(addRow);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 420);
    reload();
}

void ClosedDaysDialog::reload()
{
    m_loading = true;
    m_table->setRowCount(0);
    Result<QList<ClosedDay>> days = ClosedDayRepository(m_db).all();
    if (!days) {
        showError(days.error().toString());
        m_loading = false;
        return;
    }
    for (const ClosedDay &day : *days) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(day.label);
        name->setData(Qt::UserRole, day.id);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, DaysColumn, new QTableWidgetItem(day.describe()));
        auto *inUse = new QTableWidgetItem;
        inUse->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        inUse->setCheckState(day.active ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, InUseColumn, inUse);
    }
    m_table->resizeColumnToContents(NameColumn);
    m_loading = false;
}

void ClosedDaysDialog::add()
{
    ClosedDay day;
    day.label = m_name->text();
    day.first = m_first->date();
    day.last = m_last->date();
    day.yearly = m_yearly->isChecked();
    Result<qint64> id = ClosedDayRepository(m_db).add(day);
    if (!id) {
        showError(id.error().message);
        return;
    }
    m_error->hide();
    m_name->clear();
    reload();
}

void ClosedDaysDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_table->item(row, NameColumn)->data(Qt::UserRole).toLongLong();
    if (Status s = ClosedDayRepository(m_db).remove(id); !s) {
        showError(s.error().message);
        return;
    }
    m_error->hide();
    reload();
}

void ClosedDaysDialog::toggled(int row, int column)
{
    if (m_loading || column != InUseColumn)
        return;
    const qint64 id = m_table->item(row, NameColumn)->data(Qt::UserRole).toLongLong();
    const bool on = m_table->item(row, InUseColumn)->checkState() == Qt::Checked;
    if (Status s = ClosedDayRepository(m_db).setActive(id, on); !s)
        showError(s.error().message);
}

void ClosedDaysDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace renkei
