#include "ImportConfirmPage.h"

#include "ImportProblemList.h"
#include "ImportWizard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace renkei {

ImportConfirmPage::ImportConfirmPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(ImportWizard::tr("Import"));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, ImportWizard::tr("&Import"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("confirmSummary"));
    m_summary->setWordWrap(true);
    m_problems = new ImportProblemList(QStringLiteral("confirmProblems"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
}

void ImportConfirmPage::initializePage()
{
    const RosterImportReport check = m_wizard->run(true);
    m_ok = check.ok();
    showReport(check, false);
    emit completeChanged();
}

bool ImportConfirmPage::isComplete() const
{
    return m_ok;
}

bool ImportConfirmPage::validatePage()
{
    m_wizard->m_result = m_wizard->run(false);
    if (!m_wizard->m_result.written) {
        showReport(m_wizard->m_result, true);
        return false;
    }
    emit m_wizard->membersImported();
    return true;
}

void ImportConfirmPage::showReport(const RosterImportReport &r, bool failed)
{
    m_problems->setProblems(r.problems, r.header);
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
    m_summary->setText(ImportWizard::tr("%1 will be added, %2 updated and %3 skipped; %4 new list entries "
                                        "will be created. Everything is written at once, or nothing.")
                           .arg(r.imported)
                           .arg(r.updated)
                           .arg(r.skipped)
                           .arg(created));
}

} // namespace renkei
