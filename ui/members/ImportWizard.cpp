#include "ImportWizard.h"

#include "ImportCheckPage.h"
#include "ImportConfirmPage.h"
#include "ImportDuplicatesPage.h"
#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "ImportUnknownPage.h"
#include "core/text/KanaText.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLabel>
#include <QProgressDialog>
#include <QVBoxLayout>

#include <limits>

namespace renkei {

namespace {
constexpr int previewRows = 20;
}

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

Status ImportWizard::readPreview()
{
    const Result<RosterPreview> preview =
        RosterImport::preview(m_path, m_encoding, std::nullopt, previewRows);
    if (!preview)
        return preview.error();
    if (preview->header != m_preview.header)
        m_mapping.clear(); // another file: recognise its headers afresh
    m_preview = *preview;
    if (m_preview.header.isEmpty())
        return m_preview.problems.isEmpty() ? Error(tr("The file is empty.")) : m_preview.problems.first();
    return {};
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
