#pragma once

#include "core/Result.h"

#include <QHash>
#include <QWizardPage>

class QTreeWidget;

namespace renkei {

class ImportWizard;
class MessageBar;

// The import wizard's page for the professions, organisations and areas the file names and Renkei lacks:
// create each, or map it to an entry there is.
class ImportUnknownPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportUnknownPage(ImportWizard *wizard);

    void initializePage() override;
    int nextId() const override;

private:
    // The entries of each list (by ReferenceKind) that a name can be mapped to: display name and id.
    Result<QHash<int, QList<std::pair<QString, qint64>>>> existingEntries() const;

    ImportWizard *m_wizard;
    MessageBar *m_message = nullptr;
    QTreeWidget *m_list = nullptr;
};

} // namespace renkei
