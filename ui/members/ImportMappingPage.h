#pragma once

#include <QWizardPage>

class QTableWidget;

namespace renkei {

class ImportWizard;

// The import wizard's second page: which member field each column holds, recognised from the headers
// and changeable with a choice on each row.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard *wizard);

    void initializePage() override;

private:
    ImportWizard *m_wizard;
    QTableWidget *m_table = nullptr;
};

} // namespace renkei
