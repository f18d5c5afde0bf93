#pragma once

#include <QWizardPage>

class QLabel;

namespace renkei {

class ImportProblemList;
class ImportWizard;

// The import wizard's third page: every row checked (a dry run), with every problem by line and column,
// or the go-ahead.
class ImportCheckPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportCheckPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    // Reads the file again (after it was corrected in Excel) and checks it.
    void checkAgain();

    ImportWizard *m_wizard;
    QLabel *m_summary = nullptr;
    ImportProblemList *m_problems = nullptr;
};

} // namespace renkei
