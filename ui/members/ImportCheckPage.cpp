#include "ImportCheckPage.h"

#include "ImportProblemList.h"
#include "ImportWizard.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace renkei {

ImportCheckPage::ImportCheckPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(ImportWizard::tr("Check every row"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("checkSummary"));
    m_summary->setWordWrap(true);
    m_problems = new ImportProblemList(QStringLiteral("problemList"), this);
    auto *again = new QPushButton(ImportWizard::tr("Check &Again"), this);
    again->setObjectName(QStringLiteral("checkAgain"));
    again->setToolTip(ImportWizard::tr("Read the file again, after correcting it in Excel."));
    connect(again, &QPushButton::clicked, this, &ImportCheckPage::checkAgain);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addWidget(again, 0, Qt::AlignLeft);
}

void ImportCheckPage::checkAgain()
{
    if (const Status read = m_wizard->readPreview(); !read) {
        m_summary->setText(read.error().toString());
        return;
    }
    initializePage();
}

void ImportCheckPage::initializePage()
{
    m_wizard->m_check = m_wizard->run(true);
    const RosterImportReport &r = m_wizard->m_check;
    m_problems->setProblems(r.problems, r.header);
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

bool ImportCheckPage::isComplete() const
{
    return m_wizard->m_check.ok();
}

int ImportCheckPage::nextId() const
{
    if (!m_wizard->m_check.duplicates.isEmpty())
        return ImportWizard::DuplicatesPage;
    if (!m_wizard->m_check.unknown.isEmpty())
        return ImportWizard::UnknownPage;
    return ImportWizard::ConfirmPage;
}

} // namespace renkei
