#pragma once

#include "core/io/TextEncoding.h"

#include <QWizardPage>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace renkei {

class ImportProblemList;
class ImportWizard;
class RosterPreviewModel;

// The import wizard's first page: the file, its encoding, and its first rows as they will be read.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard *wizard);

    void setPath(const QString &path);
    void setEncoding(std::optional<TextEncoding> encoding);
    bool isComplete() const override;

private:
    QLayout *createFileForm();
    void browse();
    // Reads the file's first rows again with the path and encoding chosen, and shows them.
    void refresh();

    ImportWizard *m_wizard;
    QLineEdit *m_path = nullptr;
    QComboBox *m_encoding = nullptr;
    QLabel *m_found = nullptr;
    RosterPreviewModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    ImportProblemList *m_problems = nullptr;
    bool m_readable = false;
};

} // namespace renkei
