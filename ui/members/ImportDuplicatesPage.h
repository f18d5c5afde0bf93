#pragma once

#include "core/io/RosterImport.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace renkei {

class ImportWizard;

// The import wizard's page for rows that look like members already there (or earlier rows): skip,
// update or add, for all of them or row by row.
class ImportDuplicatesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportDuplicatesPage(ImportWizard *wizard);

    void initializePage() override;
    int nextId() const override;

private:
    static QComboBox *actionCombo(QWidget *parent, DuplicateAction current);
    void defaultChosen();

    ImportWizard *m_wizard;
    QComboBox *m_default = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_more = nullptr;
    QList<QComboBox *> m_combos;
};

} // namespace renkei
