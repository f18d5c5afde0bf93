#include "ExportDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace renkei {

ExportDialog::ExportDialog(Database &db, const MemberFilter &shown, QWidget *parent)
    : QDialog(parent), m_db(db), m_shown(shown)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export the Roster"));

    // Columns: every field, the default ones ticked, in the default order; drag to reorder.
    m_columns = new QListWidget(this);
    m_columns->setObjectName(QStringLiteral("columnList"));
    m_columns->setDragDropMode(QAbstractItemView::InternalMove);
    const QList<RosterField> defaults = RosterExport::defaultColumns();
    QList<RosterField> order = defaults;
    for (RosterField field : allRosterFields())
        if (!order.contains(field))
            order << field;
    for (RosterField field : order) {
        auto *item = new QListWidgetItem(rosterFieldLabel(field), m_columns);
        item->setData(Qt::UserRole, int(field));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setCheckState(defaults.contains(field) ? Qt::Checked : Qt::Unchecked);
    }

    m_onlyShown = new QRadioButton(tr("The members the list shows (its search and filters)"), this);
    m_onlyShown->setObjectName(QStringLiteral("onlyShown"));
    m_everyone = new QRadioButton(tr("All members who are not archived"), this);
    m_everyone->setObjectName(QStringLiteral("allMembers"));
    m_onlyShown->setChecked(true);
    m_shared = new QCheckBox(tr("&Shared roster: only members who agreed to appear on one"), this);
    m_shared->setObjectName(QStringLiteral("sharedRoster"));
    m_shared->setChecked(true);
    m_shared->setToolTip(tr("A shared roster also leaves blank the e-mail address of members who have not "
                            "agreed to be e-mailed, and the notes. Untick for the organiser's own copy, "
                            "which holds everyone, whole."));

    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encodingChoice"));
    for (TextEncoding e : exportEncodings())
        m_encoding->addItem(textEncodingLabel(e), int(e));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("filePath"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseFile"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the Roster"), m_path->text(),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("exportResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *who = new QGroupBox(tr("Members"), this);
    auto *whoLayout = new QVBoxLayout(who);
    whoLayout->addWidget(m_onlyShown);
    whoLayout->addWidget(m_everyone);
    whoLayout->addWidget(m_shared);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Encoding:"), m_encoding);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setDefault(true);
    connect(exportButton, &QPushButton::clicked, this, &ExportDialog::exportRoster);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this,
            [exportButton](const QString &text) { exportButton->setEnabled(!text.trimmed().isEmpty()); });
    exportButton->setEnabled(false);

    auto *columnsBox = new QGroupBox(tr("Columns (drag to reorder)"), this);
    (new QVBoxLayout(columnsBox))->addWidget(m_columns);
    auto *right = new QVBoxLayout;
    right->addWidget(who);
    right->addLayout(form);
    right->addWidget(m_result);
    right->addStretch(1);
    auto *top = new QHBoxLayout;
    top->addWidget(columnsBox);
    top->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);

    m_path->setText(QDir::home().filePath(tr("roster.csv")));
    resize(720, 460);
}

void ExportDialog::setFilePath(const QString &path)
{
    m_path->setText(path);
}

RosterExport::Options ExportDialog::options() const
{
    RosterExport::Options options;
    options.columns.clear();
    for (int i = 0; i < m_columns->count(); ++i)
        if (m_columns->item(i)->checkState() == Qt::Checked)
            options.columns << RosterField(m_columns->item(i)->data(Qt::UserRole).toInt());
    if (m_onlyShown->isChecked())
        options.filter = m_shown;
    options.encoding = TextEncoding(m_encoding->currentData().toInt());
    options.shared = m_shared->isChecked();
    return options;
}

void ExportDialog::exportRoster()
{
    RosterExport::Options chosen = options();
    if (chosen.columns.isEmpty()) {
        m_result->setText(tr("Tick at least one column."));
        return;
    }
    RosterExport roster(m_db);
    if (chosen.encoding == TextEncoding::ShiftJis) {
        const Result<QList<UnrepresentableValue>> found = roster.check(chosen);
        if (!found) {
            m_result->setText(found.error().toString());
            return;
        }
        if (!found->isEmpty()) {
            if (!confirmReplacements(*found, chosen.encoding, this)) {
                m_result->setText(tr("Nothing was exported. Choose UTF-8 to keep every character."));
                return;
            }
            chosen.replaceUnrepresentable = true;
        }
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<RosterExport::Summary> summary = roster.write(m_path->text().trimmed(), chosen);
    QApplication::restoreOverrideCursor();
    if (!summary) {
        m_result->setText(summary.error().toString());
        return;
    }
    m_summary = *summary;
    QString text = tr("Exported %n member(s) to %1.", nullptr, summary->rows)
                       .arg(QDir::toNativeSeparators(m_path->text().trimmed()));
    if (summary->leftOutWithoutConsent > 0)
        text += QLatin1Char(' ') +
                tr("%n member(s) who have not agreed to appear on shared rosters were left out.", nullptr,
                   summary->leftOutWithoutConsent);
    if (summary->emailsWithheld > 0)
        text += QLatin1Char(' ') + tr("The e-mail address of %n member(s) who have not agreed to be e-mailed "
                                      "was left blank.",
                                      nullptr, summary->emailsWithheld);
    if (summary->replacedValues > 0)
        text += QLatin1Char(' ') +
                tr("%n value(s) were written with replacements.", nullptr, summary->replacedValues);
    m_result->setText(text);
}

bool ExportDialog::confirmReplacements(const QList<UnrepresentableValue> &values, TextEncoding encoding,
                                       QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("unrepresentableDialog"));
    dialog.setWindowTitle(tr("Characters %1 Cannot Hold").arg(textEncodingLabel(encoding)));
    auto *text =
        new QLabel(tr("%1 has no form for the characters below. They can be written with a look-alike "
                      "(〜 as ～, 𠮷 as 吉) or 〓; choose UTF-8 instead to keep them.")
                       .arg(textEncodingLabel(encoding)),
                   &dialog);
    text->setWordWrap(true);
    auto *table = new QTableWidget(int(values.size()), 5, &dialog);
    table->setObjectName(QStringLiteral("unrepresentableTable"));
    table->setHorizontalHeaderLabels(
        {tr("Member"), tr("Column"), tr("Value"), tr("Characters"), tr("Will be written as")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const UnrepresentableValue &v = values[i];
        const QString who = v.memberId > 0 ? tr("%1 (ID %2)").arg(v.who).arg(v.memberId) : v.who;
        const QStringList cells{who, v.column, v.value, EncodingCheck::describe(v.characters), v.replacement};
        for (int c = 0; c < cells.size(); ++c)
            table->setItem(int(i), c, new QTableWidgetItem(cells[c]));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton *replace = buttons->addButton(tr("&Replace and Export"), QDialogButtonBox::AcceptRole);
    replace->setObjectName(QStringLiteral("replaceAndExport"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    dialog.resize(760, 360);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace renkei
