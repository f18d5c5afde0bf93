#pragma once

#include <QWizardPage>

class QLabel;

namespace renkei {

class ImportProblemList;
class ImportWizard;
struct RosterImportReport;

// The import wizard's last page before the import: what will happen, checked once more with every
// choice made; Import writes it all in one transaction.
class ImportConfirmPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportConfirmPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void showReport(const RosterImportReport &r, bool failed);

    ImportWizard *m_wizard;
    QLabel *m_summary = nullptr;
    ImportProblemList *m_problems = nullptr;
    bool m_ok = false;
};

} // namespace renkei
