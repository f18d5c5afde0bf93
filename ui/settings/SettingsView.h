#pragma once

#include "ui/SectionView.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QUndoStack;

namespace renkei {

class AreasEditor;
class OrganisationsEditor;
class ProfessionsEditor;
class RosterEdits;

// The lists the roster refers to — professions (職種), organisations (所属) and the area tree of wards
// and zones — each with how many members use an entry, to add to, edit, hide and merge; and facts
// about the open database and the application. Every change can be undone (Edit ▸ Undo).
class SettingsView : public SectionView
{
    Q_OBJECT

public:
    explicit SettingsView(QWidget *parent = nullptr);
    ~SettingsView() override;

    void setDatabase(Database *db) override;
    QUndoStack *undoStack() const override { return m_undoStack; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void saveDocumentLanguage();

    Database *m_db = nullptr;
    qint64 m_seenChanges = -1;
    QUndoStack *m_undoStack = nullptr;
    RosterEdits *m_edits = nullptr;
    QTabWidget *m_tabs = nullptr;
    ProfessionsEditor *m_professions = nullptr;
    OrganisationsEditor *m_organisations = nullptr;
    AreasEditor *m_areas = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_schema = nullptr;
    QLabel *m_language = nullptr;
    QComboBox *m_documentLanguage = nullptr; // the network's, kept in the database
};

} // namespace renkei
