#include "MembersView.h"

#include "MemberTableModel.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace renkei {

MembersView::MembersView(QWidget *parent) : SectionView(parent)
{
    setObjectName(QStringLiteral("membersView"));

    m_model = new MemberTableModel(this);
    connect(m_model, &MemberTableModel::errorOccurred, this, &SectionView::errorOccurred);
    connect(m_model, &MemberTableModel::totalCountChanged, this, &MembersView::showCount);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("memberSearch"));
    m_search->setPlaceholderText(tr("Search by name, reading or e-mail"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search members"));
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 48);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &MembersView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    // Enter searches at once.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        applyFilter();
    });

    m_showArchived = new QCheckBox(tr("Show &archived members"), this);
    m_showArchived->setObjectName(QStringLiteral("showArchived"));
    connect(m_showArchived, &QCheckBox::toggled, this, &MembersView::applyFilter);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("memberCount"));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *find = new QAction(tr("Find Member"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("memberTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setAccessibleName(tr("Members"));

    auto *bar = new QHBoxLayout;
    bar->setSpacing(12);
    bar->addWidget(m_search, 2);
    bar->addWidget(m_showArchived);
    bar->addStretch(1);
    bar->addWidget(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    setFocusProxy(m_search);
    showCount(0);
}

void MembersView::setDatabase(Database *db)
{
    m_searchDelay->stop();
    m_model->setDatabase(db);
    if (db && !m_columnsSized && m_model->rowCount() > 0) {
        // Size the columns to the first page once, so later pages do not make them jump.
        m_table->resizeColumnsToContents();
        for (int column = 0; column < m_model->columnCount(); ++column)
            m_table->setColumnWidth(column, qMin(m_table->columnWidth(column) + 16, 320));
        m_columnsSized = true;
    }
}

void MembersView::applyFilter()
{
    MemberFilter filter = m_model->filter();
    filter.text = m_search->text().trimmed();
    filter.archived =
        m_showArchived->isChecked() ? MemberFilter::Archived::Include : MemberFilter::Archived::Exclude;
    m_model->setFilter(filter);
}

void MembersView::showCount(int count)
{
    m_count->setText(tr("%n member(s)", nullptr, count));
}

} // namespace renkei
