#pragma once

#include "SectionView.h"

class QLabel;
class QLineEdit;
class QTableWidget;

namespace renkei {

// Facts about the open database and the application: the file, its schema version, the language
// in use, and the list of professions (職種). Read-only for now.
class SettingsView : public SectionView
{
    Q_OBJECT

public:
    explicit SettingsView(QWidget *parent = nullptr);

    void setDatabase(Database *db) override;

private:
    QLineEdit *m_path = nullptr;
    QLabel *m_schema = nullptr;
    QLabel *m_language = nullptr;
    QTableWidget *m_professions = nullptr;
};

} // namespace renkei
