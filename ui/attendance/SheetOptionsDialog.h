#pragma once

#include "core/Result.h"
#include "core/documents/SignInSheetLayout.h"
#include "ui/widgets/DocumentOutput.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QSpinBox;

namespace renkei {

class Database;
class SignInSheet;

// The sign-in sheet's options — order, blank rows for walk-ins, columns (ticked, dragged into order) —
// starting from the series' saved layout, with the print preview and PDF export. The options are kept
// for the series when the sheet is printed or saved, unless the organiser says not to.
class SheetOptionsDialog : public QDialog
{
    Q_OBJECT

public:
    SheetOptionsDialog(Database &db, qint64 meetingId, QWidget *parent = nullptr);

    SignInSheetLayout layout() const;
    void setLayout(const SignInSheetLayout &layout);
    // The sheet as the options make it now.
    Result<SignInSheet> sheet() const;
    // Writes the PDF (and keeps the layout when asked to); the page count.
    Result<int> saveTo(const QString &path);

public slots:
    void preview();
    void savePdf();

private:
    Result<DocumentOutput::Document> document();
    void give(DocumentOutput::Way way);
    Status keepLayout();
    void showResult(const Status &status, const QString &success = {});
    void updateSummary();

    Database &m_db;
    qint64 m_meetingId;
    qint64 m_seriesId = 0;
    QComboBox *m_sort = nullptr;
    QSpinBox *m_blankRows = nullptr;
    QListWidget *m_columns = nullptr;
    QCheckBox *m_keep = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace renkei
