#pragma once

#include "core/Result.h"
#include "core/io/AttendanceExport.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace renkei {

// Saves an attendance table (a meeting's list, a year's matrix) as CSV: the encoding (UTF-8 with BOM
// for Excel by default) and the file. What Shift_JIS cannot hold is listed as the roster export lists
// it and replaced only when the user agrees; a failure stays in the dialog, saying what and where.
class AttendanceCsvDialog : public QDialog
{
    Q_OBJECT

public:
    AttendanceCsvDialog(AttendanceExport::Table table, const QString &title, const QString &suggestedPath,
                        QWidget *parent = nullptr);

    void setFilePath(const QString &path);
    QString filePath() const;
    void setEncoding(TextEncoding encoding);
    TextEncoding encoding() const;
    // The rows written after the header by the last save; 0 before one has succeeded.
    int rowsWritten() const { return m_rows; }

public slots:
    // Writes the file; closes the dialog when it is written, stays open with the reason when not.
    void save();

private:
    void browse();

    AttendanceExport::Table m_table;
    QComboBox *m_encoding = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_save = nullptr;
    int m_rows = 0;
};

} // namespace renkei
