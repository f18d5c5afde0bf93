#pragma once

#include "core/io/RosterExport.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace renkei {

class Database;

// Exports the roster as CSV: which columns in which order, the members the list shows or all of
// them, the encoding (UTF-8 with BOM for Excel by default), and whether it is a shared roster (only
// members who agreed to appear on one). What Shift_JIS cannot hold is listed by member and column
// and replaced only when the user agrees. The dialog stays open to show what it wrote.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `shown` is the filter of the member list as the user sees it.
    ExportDialog(Database &db, const MemberFilter &shown, QWidget *parent = nullptr);

    void setFilePath(const QString &path);
    RosterExport::Options options() const;
    // What the last export wrote; empty before one has.
    std::optional<RosterExport::Summary> lastSummary() const { return m_summary; }

    // Exports; stays open with the result or the reason it did not.
    void exportRoster();

    // Asks whether to write the values with replacements; true when the user agrees.
    static bool confirmReplacements(const QList<UnrepresentableValue> &values, TextEncoding encoding,
                                    QWidget *parent);

private:
    Database &m_db;
    MemberFilter m_shown;
    QListWidget *m_columns = nullptr;
    QRadioButton *m_onlyShown = nullptr;
    QRadioButton *m_everyone = nullptr;
    QComboBox *m_encoding = nullptr;
    QCheckBox *m_shared = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_result = nullptr;
    std::optional<RosterExport::Summary> m_summary;
};

} // namespace renkei
