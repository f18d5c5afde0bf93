#pragma once

#include "core/Result.h"
#include "core/io/AttendanceExport.h"
#include "ui/widgets/DocumentOutput.h"

#include <QWidget>

#include <functional>

class QAction;
class QToolButton;

namespace renkei {

class AttendanceTableModel;
class Database;
class MessageBar;

// The attendance tab's row of documents: the sign-in sheet, name badges and certificates for the people
// chosen (or everyone), the series' attendance grid for the meeting's fiscal year, and the attendance
// list and the year's matrix as CSV. What happened is told on the panel's message bar.
class AttendanceDocuments : public QWidget
{
    Q_OBJECT

public:
    // `model` is the panel's list, `selection` gives the attendance ids chosen in it.
    AttendanceDocuments(AttendanceTableModel *model, MessageBar *notice,
                        std::function<QList<qint64>()> selection, QWidget *parent = nullptr);

    // The meeting the documents are of; none for 0 or without a database.
    void setMeeting(Database *db, qint64 meetingId);

public slots:
    void openSheet();
    void badges(DocumentOutput::Way way);
    void certificates(DocumentOutput::Way way);
    void grid(DocumentOutput::Way way);
    // Save this meeting's attendance list, or the matrix of its series and fiscal year, as CSV.
    void exportList();
    void exportMatrix();

signals:
    // The sign-in sheet's dialog closed: the order of the list may have changed.
    void sheetClosed();

private:
    QToolButton *documentMenu(const QString &text, const char *name,
                              void (AttendanceDocuments::*give)(DocumentOutput::Way));
    QToolButton *exportMenu();
    void buildLayout(const QList<QWidget *> &buttons);
    Result<DocumentOutput::Document> badgesDocument() const;
    Result<DocumentOutput::Document> certificatesDocument(const QList<qint64> &members) const;
    Result<DocumentOutput::Document> gridDocument() const;
    void saveCsv(const Result<AttendanceExport::Table> &table, const QString &title, const QString &fileName);
    // "<series>_<yyyyMMdd>", the start of the files' names.
    Result<QString> fileStem() const;
    void showError(const Error &error);

    AttendanceTableModel *m_model;
    MessageBar *m_notice;
    std::function<QList<qint64>()> m_selection;
    Database *m_db = nullptr;
    qint64 m_meetingId = 0;
    QList<QWidget *> m_buttons;
    QToolButton *m_grid = nullptr;
    QAction *m_exportMatrix = nullptr;
};

} // namespace renkei
