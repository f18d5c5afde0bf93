#include "ImportWizard.h"

#include "core/storage/AreaRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/ProfessionRepository.h"
#include "core/text/KanaText.h"

#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <limits>

namespace renkei {

namespace {

constexpr int previewRows = 20;

QTreeWidget *problemTree(QWidget *parent, const QString &objectName)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setRootIsDecorated(false);
    tree->setHeaderLabels(
        {ImportWizard::tr("Line"), ImportWizard::tr("Column"), ImportWizard::tr("Problem")});
    tree->header()->setStretchLastSection(true);
    tree->setWordWrap(true);
    return tree;
}

void fillProblems(QTreeWidget *tree, const QList<Error> &problems, const QStringList &header)
{
    tree->clear();
    for (const Error &e : problems) {
        const QString column = e.column > 0
                                   ? (e.column <= header.size() && !header[e.column - 1].isEmpty()
                                          ? QStringLiteral("%1 (%2)").arg(e.column).arg(header[e.column - 1])
                                          : QString::number(e.column))
                                   : QString();
        auto *item =
            new QTreeWidgetItem(tree, {e.line > 0 ? QString::number(e.line) : QString(), column, e.message});
        item->setToolTip(2, e.message);
    }
    tree->resizeColumnToContents(0);
    tree->resizeColumnToContents(1);
}

} // namespace

// 1. The file, its encoding, and its first rows as they will be read.
class ImportFilePage : public QWizardPage
{
public:
    explicit ImportFilePage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
    {
        setTitle(ImportWizard::tr("Choose the roster"));
        setSubTitle(ImportWizard::tr("A CSV file as Excel saves it (“CSV” or “CSV UTF-8”). Check that the "
                                     "names below read correctly; if not, choose the encoding by hand."));
        m_path = new QLineEdit(this);
        m_path->setObjectName(QStringLiteral("filePath"));
        auto *browse = new QPushButton(ImportWizard::tr("&Browse…"), this);
        browse->setObjectName(QStringLiteral("browseFile"));
        m_encoding = new QComboBox(this);
        m_encoding->setObjectName(QStringLiteral("encodingChoice"));
        m_encoding->addItem(ImportWizard::tr("Detect automatically"));
        m_encoding->addItem(textEncodingLabel(TextEncoding::Utf8), int(TextEncoding::Utf8));
        m_encoding->addItem(textEncodingLabel(TextEncoding::ShiftJis), int(TextEncoding::ShiftJis));
        m_found = new QLabel(this);
        m_found->setObjectName(QStringLiteral("encodingFound"));
        m_found->setWordWrap(true);
        m_table = new QTableWidget(this);
        m_table->setObjectName(QStringLiteral("previewTable"));
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_table->setWordWrap(false);
        m_problems = problemTree(this, QStringLiteral("previewProblems"));
        m_problems->setMaximumHeight(120);

        auto *fileRow = new QHBoxLayout;
        fileRow->addWidget(m_path, 1);
        fileRow->addWidget(browse);
        auto *form = new QFormLayout;
        auto *fileLabel = new QLabel(ImportWizard::tr("&File:"), this);
        fileLabel->setBuddy(m_path);
        form->addRow(fileLabel, fileRow);
        form->addRow(ImportWizard::tr("&Encoding:"), m_encoding);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(m_found);
        layout->addWidget(m_table, 1);
        layout->addWidget(m_problems);

        connect(browse, &QPushButton::clicked, this, [this] {
            const QString path =
                QFileDialog::getOpenFileName(this, ImportWizard::tr("Import a Roster"), m_path->text(),
                                             ImportWizard::tr("CSV files (*.csv *.txt);;All files (*)"));
            if (!path.isEmpty())
                m_path->setText(path);
        });
        connect(m_path, &QLineEdit::textChanged, this, &ImportFilePage::refresh);
        connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportFilePage::refresh);
    }

    void setPath(const QString &path) { m_path->setText(path); }
    void setEncoding(std::optional<TextEncoding> encoding)
    {
        m_encoding->setCurrentIndex(encoding ? m_encoding->findData(int(*encoding)) : 0);
    }
    bool isComplete() const override { return m_readable; }

    void refresh()
    {
        m_wizard->m_path = m_path->text().trimmed();
        const QVariant chosen = m_encoding->currentData();
        m_wizard->m_encoding =
            chosen.isValid() ? std::optional<TextEncoding>(TextEncoding(chosen.toInt())) : std::nullopt;
        QString error;
        m_readable = !m_wizard->m_path.isEmpty() && m_wizard->readPreview(&error);
        const RosterPreview &preview = m_wizard->m_preview;
        m_table->clear();
        m_table->setRowCount(0);
        m_table->setColumnCount(0);
        m_problems->clear();
        if (!m_readable) {
            m_found->setText(error);
        } else {
            m_found->setText(
                (m_wizard->m_encoding ? ImportWizard::tr("Read as %1.")
                 : preview.encodingCertain
                     ? ImportWizard::tr("Read as %1, as found in the file.")
                     : ImportWizard::tr(
                           "Read as %1, the likelier guess: the file is not valid in any encoding. "
                           "Check the names below."))
                    .arg(textEncodingLabel(preview.encoding)));
            m_table->setColumnCount(int(preview.header.size()));
            m_table->setHorizontalHeaderLabels(preview.header);
            m_table->setRowCount(int(preview.rows.size()));
            QStringList lines;
            for (qsizetype r = 0; r < preview.rows.size(); ++r) {
                lines << QString::number(preview.lines.value(r));
                for (qsizetype c = 0; c < preview.rows[r].size() && c < preview.header.size(); ++c)
                    m_table->setItem(int(r), int(c), new QTableWidgetItem(preview.rows[r][c]));
            }
            m_table->setVerticalHeaderLabels(lines);
            m_table->resizeColumnsToContents();
            fillProblems(m_problems, preview.problems, preview.header);
        }
        m_problems->setVisible(m_problems->topLevelItemCount() > 0);
        emit completeChanged();
    }

private:
    ImportWizard *m_wizard;
    QLineEdit *m_path = nullptr;
    QComboBox *m_encoding = nullptr;
    QLabel *m_found = nullptr;
    QTableWidget *m_table = nullptr;
    QTreeWidget *m_problems = nullptr;
    bool m_readable = false;
};

// 2. Which member field each column holds, recognised from the headers and changeable.
class ImportMappingPage : public QWizardPage
{
public:
    explicit ImportMappingPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
    {
        setTitle(ImportWizard::tr("Match the columns"));
        setSubTitle(ImportWizard::tr("Renkei recognised the usual headers. Choose what each column holds, "
                                     "or “Not imported”."));
        m_table = new QTableWidget(this);
        m_table->setObjectName(QStringLiteral("mappingTable"));
        m_table->setColumnCount(3);
        m_table->setHorizontalHeaderLabels(
            {ImportWizard::tr("Column"), ImportWizard::tr("First row"), ImportWizard::tr("Imported as")});
        m_table->verticalHeader()->hide();
        m_table->horizontalHeader()->setStretchLastSection(true);
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_table);
    }

    void initializePage() override
    {
        const RosterPreview &preview = m_wizard->m_preview;
        if (m_wizard->m_mapping.size() != preview.header.size())
            m_wizard->m_mapping = preview.mapping;
        m_table->setRowCount(int(preview.header.size()));
        for (qsizetype c = 0; c < preview.header.size(); ++c) {
            m_table->setItem(int(c), 0, new QTableWidgetItem(preview.header[c]));
            m_table->setItem(
                int(c), 1,
                new QTableWidgetItem(preview.rows.isEmpty() ? QString() : preview.rows[0].value(c)));
            auto *combo = new QComboBox(m_table);
            combo->setObjectName(QStringLiteral("mapColumn%1").arg(c + 1));
            combo->addItem(ImportWizard::tr("Not imported"));
            for (RosterField field : allRosterFields())
                combo->addItem(rosterFieldLabel(field), int(field));
            const std::optional<RosterField> mapped = m_wizard->m_mapping.value(c);
            combo->setCurrentIndex(mapped ? combo->findData(int(*mapped)) : 0);
            connect(combo, &QComboBox::currentIndexChanged, this, [this, c, combo] {
                const QVariant data = combo->currentData();
                m_wizard->m_mapping[c] =
                    data.isValid() ? std::optional<RosterField>(RosterField(data.toInt())) : std::nullopt;
            });
            m_table->setCellWidget(int(c), 2, combo);
        }
        m_table->resizeColumnsToContents();
    }

private:
    ImportWizard *m_wizard;
    QTableWidget *m_table = nullptr;
};

// 3. Every row checked (a dry run): every problem by line and column, or the go-ahead.
class ImportCheckPage : public QWizardPage
{
public:
    explicit ImportCheckPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
    {
        setTitle(ImportWizard::tr("Check every row"));
        m_summary = new QLabel(this);
        m_summary->setObjectName(QStringLiteral("checkSummary"));
        m_summary->setWordWrap(true);
        m_problems = problemTree(this, QStringLiteral("problemList"));
        auto *again = new QPushButton(ImportWizard::tr("Check &Again"), this);
        again->setObjectName(QStringLiteral("checkAgain"));
        again->setToolTip(ImportWizard::tr("Read the file again, after correcting it in Excel."));
        connect(again, &QPushButton::clicked, this, [this] {
            QString error;
            if (!m_wizard->readPreview(&error)) {
                m_summary->setText(error);
                return;
            }
            initializePage();
        });
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_summary);
        layout->addWidget(m_problems, 1);
        layout->addWidget(again, 0, Qt::AlignLeft);
    }

    void initializePage() override
    {
        m_wizard->m_check = m_wizard->run(true);
        const RosterImportReport &r = m_wizard->m_check;
        fillProblems(m_problems, r.problems, r.header);
        if (r.ok()) {
            m_summary->setText(ImportWizard::tr("All %n row(s) can be imported.", nullptr, r.rows));
        } else {
            QString text = ImportWizard::tr("%n problem(s) must be corrected in the file before anything is "
                                            "imported; nothing has been written.",
                                            nullptr, r.problemCount);
            if (r.problemCount > r.problems.size())
                text += QLatin1Char(' ') +
                        ImportWizard::tr("The first %n are listed.", nullptr, int(r.problems.size()));
            m_summary->setText(text);
        }
        emit completeChanged();
    }
    bool isComplete() const override { return m_wizard->m_check.ok(); }
    int nextId() const override
    {
        if (!m_wizard->m_check.duplicates.isEmpty())
            return ImportWizard::DuplicatesPage;
        if (!m_wizard->m_check.unknown.isEmpty())
            return ImportWizard::UnknownPage;
        return ImportWizard::ConfirmPage;
    }

private:
    ImportWizard *m_wizard;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_problems = nullptr;
};

QComboBox *actionCombo(QWidget *parent, DuplicateAction current)
{
    auto *combo = new QComboBox(parent);
    for (DuplicateAction a : {DuplicateAction::Skip, DuplicateAction::Update, DuplicateAction::Add})
        combo->addItem(duplicateActionLabel(a), int(a));
    combo->setCurrentIndex(combo->findData(int(current)));
    return combo;
}

// 4. Rows that look like members already there (or earlier rows): skip, update or add, row by row.
class ImportDuplicatesPage : public QWizardPage
{
public:
    explicit ImportDuplicatesPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
    {
        setTitle(ImportWizard::tr("Members who are already there"));
        setSubTitle(
            ImportWizard::tr("These rows look like members Renkei has (or earlier rows of the file). "
                             "Skip keeps the member as they are; Update writes the file's columns over "
                             "theirs; Add makes another member."));
        m_default = actionCombo(this, DuplicateAction::Skip);
        m_default->setObjectName(QStringLiteral("duplicateDefault"));
        m_list = new QTreeWidget(this);
        m_list->setObjectName(QStringLiteral("duplicateList"));
        m_list->setRootIsDecorated(false);
        m_list->setHeaderLabels({ImportWizard::tr("Line"), ImportWizard::tr("In the file"),
                                 ImportWizard::tr("Looks like"), ImportWizard::tr("Because of"),
                                 ImportWizard::tr("Action")});
        m_more = new QLabel(this);
        auto *form = new QFormLayout;
        form->addRow(ImportWizard::tr("&For every row below:"), m_default);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(m_list, 1);
        layout->addWidget(m_more);
        connect(m_default, &QComboBox::currentIndexChanged, this, [this] {
            const auto action = DuplicateAction(m_default->currentData().toInt());
            m_wizard->m_defaultAction = action;
            m_wizard->m_decisions.clear();
            for (QComboBox *combo : std::as_const(m_combos))
                combo->setCurrentIndex(combo->findData(int(action)));
        });
    }

    void initializePage() override
    {
        const RosterImportReport &r = m_wizard->m_check;
        m_list->clear();
        m_combos.clear();
        m_default->setCurrentIndex(m_default->findData(int(m_wizard->m_defaultAction)));
        for (const RosterDuplicate &d : r.duplicates) {
            const QString like = d.earlierLine > 0
                                     ? ImportWizard::tr("%1 (line %2)").arg(d.memberName).arg(d.earlierLine)
                                     : ImportWizard::tr("%1 (ID %2)").arg(d.memberName).arg(d.memberId);
            auto *item = new QTreeWidgetItem(m_list, {QString::number(d.line), d.name, like, d.reasonText()});
            QComboBox *combo =
                actionCombo(m_list, m_wizard->m_decisions.value(d.line, m_wizard->m_defaultAction));
            combo->setObjectName(QStringLiteral("duplicateAction%1").arg(d.line));
            const int line = d.line;
            connect(combo, &QComboBox::currentIndexChanged, this, [this, line, combo] {
                const auto action = DuplicateAction(combo->currentData().toInt());
                if (action == m_wizard->m_defaultAction)
                    m_wizard->m_decisions.remove(line);
                else
                    m_wizard->m_decisions.insert(line, action);
            });
            m_list->setItemWidget(item, 4, combo);
            m_combos << combo;
        }
        for (int c = 0; c < 4; ++c)
            m_list->resizeColumnToContents(c);
        m_more->setText(r.duplicateCount > r.duplicates.size()
                            ? ImportWizard::tr("%n more row(s) take the choice above.", nullptr,
                                               r.duplicateCount - int(r.duplicates.size()))
                            : QString());
    }
    int nextId() const override
    {
        return m_wizard->m_check.unknown.isEmpty() ? ImportWizard::ConfirmPage : ImportWizard::UnknownPage;
    }

private:
    ImportWizard *m_wizard;
    QComboBox *m_default = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_more = nullptr;
    QList<QComboBox *> m_combos;
};

// 5. Professions, organisations and areas the file names and Renkei lacks: create or map each.
class ImportUnknownPage : public QWizardPage
{
public:
    explicit ImportUnknownPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
    {
        setTitle(ImportWizard::tr("New professions, organisations and areas"));
        setSubTitle(
            ImportWizard::tr("The file names these, and Renkei does not have them yet. Create each, or "
                             "choose the entry it means."));
        m_list = new QTreeWidget(this);
        m_list->setObjectName(QStringLiteral("unknownList"));
        m_list->setRootIsDecorated(false);
        m_list->setHeaderLabels({ImportWizard::tr("List"), ImportWizard::tr("Name in the file"),
                                 ImportWizard::tr("Rows"), ImportWizard::tr("Becomes")});
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_list);
    }

    void initializePage() override
    {
        m_list->clear();
        QHash<int, QList<std::pair<QString, qint64>>> existing;
        if (auto professions = ProfessionRepository(m_wizard->m_db).all(false))
            for (const Profession &p : *professions)
                existing[int(ReferenceKind::Profession)] << std::pair(p.displayName(), p.id);
        if (auto organisations = OrganisationRepository(m_wizard->m_db).all(false))
            for (const Organisation &o : *organisations)
                existing[int(ReferenceKind::Organisation)] << std::pair(o.name, o.id);
        AreaRepository areas(m_wizard->m_db);
        if (auto all = areas.all(false))
            for (const Area &a : *all) {
                const Result<QString> path = areas.pathName(a.id);
                existing[int(ReferenceKind::Area)] << std::pair(path ? *path : a.name, a.id);
            }

        int index = 0;
        for (const UnknownReference &u : m_wizard->m_check.unknown) {
            auto *item =
                new QTreeWidgetItem(m_list, {referenceKindLabel(u.kind), u.name, QString::number(u.rows)});
            auto *combo = new QComboBox(m_list);
            combo->setObjectName(QStringLiteral("unknownChoice%1").arg(index++));
            combo->addItem(ImportWizard::tr("Create “%1”").arg(u.name), 0);
            for (const auto &[name, id] : existing.value(int(u.kind)))
                combo->addItem(name, id);
            const QString key = ImportWizard::unknownKey(u.kind, u.name);
            combo->setCurrentIndex(std::max(0, combo->findData(m_wizard->m_unknownChoices.value(key, 0))));
            connect(combo, &QComboBox::currentIndexChanged, this, [this, key, combo] {
                m_wizard->m_unknownChoices.insert(key, combo->currentData().toLongLong());
            });
            m_list->setItemWidget(item, 3, combo);
        }
        for (int c = 0; c < 3; ++c)
            m_list->resizeColumnToContents(c);
    }
    int nextId() const override { return ImportWizard::ConfirmPage; }

private:
    ImportWizard *m_wizard;
    QTreeWidget *m_list = nullptr;
};

// 6. What will happen, checked once more with every choice made; Import writes it in one transaction.
class ImportConfirmPage : public QWizardPage
{
public:
    explicit ImportConfirmPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
    {
        setTitle(ImportWizard::tr("Import"));
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, ImportWizard::tr("&Import"));
        m_summary = new QLabel(this);
        m_summary->setObjectName(QStringLiteral("confirmSummary"));
        m_summary->setWordWrap(true);
        m_problems = problemTree(this, QStringLiteral("confirmProblems"));
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_summary);
        layout->addWidget(m_problems, 1);
    }

    void initializePage() override
    {
        const RosterImportReport check = m_wizard->run(true);
        m_ok = check.ok();
        show(check, false);
        emit completeChanged();
    }
    bool isComplete() const override { return m_ok; }
    bool validatePage() override
    {
        m_wizard->m_result = m_wizard->run(false);
        if (!m_wizard->m_result.written) {
            show(m_wizard->m_result, true);
            return false;
        }
        emit m_wizard->membersImported();
        return true;
    }

private:
    void show(const RosterImportReport &r, bool failed)
    {
        fillProblems(m_problems, r.problems, r.header);
        m_problems->setVisible(!r.problems.isEmpty());
        if (!r.ok()) {
            m_summary->setText(
                failed ? ImportWizard::tr("Nothing was imported: %n problem(s).", nullptr, r.problemCount)
                       : ImportWizard::tr("%n problem(s) stop the import.", nullptr, r.problemCount));
            return;
        }
        int created = 0;
        for (const UnknownReference &u : r.unknown)
            created += u.created ? 1 : 0;
        m_summary->setText(
            ImportWizard::tr("%1 will be added, %2 updated and %3 skipped; %4 new list entries "
                             "will be created. Everything is written at once, or nothing.")
                .arg(r.imported)
                .arg(r.updated)
                .arg(r.skipped)
                .arg(created));
    }

    ImportWizard *m_wizard;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_problems = nullptr;
    bool m_ok = false;
};

ImportWizard::ImportWizard(Database &db, QWidget *parent) : QWizard(parent), m_db(db)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import a Roster"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(FilePage, new ImportFilePage(this));
    setPage(MappingPage, new ImportMappingPage(this));
    setPage(CheckPage, new ImportCheckPage(this));
    setPage(DuplicatesPage, new ImportDuplicatesPage(this));
    setPage(UnknownPage, new ImportUnknownPage(this));
    setPage(ConfirmPage, new ImportConfirmPage(this));
    auto *result = new QWizardPage(this);
    result->setTitle(tr("Imported"));
    auto *resultText = new QLabel(result);
    resultText->setObjectName(QStringLiteral("resultSummary"));
    resultText->setWordWrap(true);
    (new QVBoxLayout(result))->addWidget(resultText);
    setPage(ResultPage, result);
    connect(this, &QWizard::currentIdChanged, this, [this, resultText](int id) {
        if (id == ResultPage)
            resultText->setText(tr("imported %1, updated %2, skipped %3")
                                    .arg(m_result.imported)
                                    .arg(m_result.updated)
                                    .arg(m_result.skipped));
    });
    resize(820, 600);
}

void ImportWizard::setFilePath(const QString &path)
{
    static_cast<ImportFilePage *>(page(FilePage))->setPath(path);
}

void ImportWizard::setEncoding(std::optional<TextEncoding> encoding)
{
    static_cast<ImportFilePage *>(page(FilePage))->setEncoding(encoding);
}

bool ImportWizard::readPreview(QString *error)
{
    const Result<RosterPreview> preview =
        RosterImport::preview(m_path, m_encoding, std::nullopt, previewRows);
    if (!preview) {
        *error = preview.error().toString();
        return false;
    }
    if (preview->header != m_preview.header)
        m_mapping.clear(); // another file: recognise its headers afresh
    m_preview = *preview;
    if (m_preview.header.isEmpty()) {
        *error =
            m_preview.problems.isEmpty() ? tr("The file is empty.") : m_preview.problems.first().toString();
        return false;
    }
    return true;
}

QString ImportWizard::unknownKey(ReferenceKind kind, const QString &name)
{
    return referenceKindKey(kind) + QLatin1Char(':') + KanaText::searchKey(name);
}

RosterImport::Options ImportWizard::options(bool dryRun) const
{
    RosterImport::Options options;
    options.encoding = m_encoding;
    options.columns = m_mapping.isEmpty() ? m_preview.mapping : m_mapping;
    options.onDuplicate = m_defaultAction;
    options.decisions = m_decisions;
    options.dryRun = dryRun;
    // Every unknown name is created unless the user mapped it to an existing entry.
    options.professions.createUnknown = options.organisations.createUnknown = options.areas.createUnknown =
        true;
    for (const UnknownReference &u : m_check.unknown) {
        const qint64 id = m_unknownChoices.value(unknownKey(u.kind, u.name), 0);
        if (id <= 0)
            continue;
        RosterImport::Choices &choices = u.kind == ReferenceKind::Profession     ? options.professions
                                         : u.kind == ReferenceKind::Organisation ? options.organisations
                                                                                 : options.areas;
        choices.mapTo.insert(u.name, id);
    }
    return options;
}

RosterImportReport ImportWizard::run(bool dryRun)
{
    RosterImport::Options chosen = options(dryRun);
    const qint64 size = QFileInfo(m_path).size();
    QProgressDialog progress(dryRun ? tr("Checking the roster…") : tr("Importing the roster…"), tr("Cancel"),
                             0, int(std::min<qint64>(size, std::numeric_limits<int>::max())), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(800);
    chosen.progress = [&progress](qint64 bytes) {
        progress.setValue(int(std::min<qint64>(bytes, progress.maximum())));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    QApplication::setOverrideCursor(Qt::WaitCursor);
    RosterImportReport report = RosterImport(m_db).run(m_path, chosen);
    QApplication::restoreOverrideCursor();
    return report;
}

} // namespace renkei
