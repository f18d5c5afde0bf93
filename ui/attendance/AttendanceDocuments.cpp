#include "AttendanceDocuments.h"

#include "AttendanceCsvDialog.h"
#include "AttendanceTableModel.h"
#include "SheetOptionsDialog.h"
#include "core/documents/AttendanceCertificates.h"
#include "core/documents/AttendanceGrid.h"
#include "core/documents/NameBadges.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/SeriesRepository.h"
#include "ui/widgets/MessageBar.h"

#include <QDir>
#include <QHBoxLayout>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QToolButton>

namespace renkei {

AttendanceDocuments::AttendanceDocuments(AttendanceTableModel *model, MessageBar *notice,
                                         std::function<QList<qint64>()> selection, QWidget *parent)
    : QWidget(parent), m_model(model), m_notice(notice), m_selection(std::move(selection))
{
    setObjectName(QStringLiteral("attendanceDocuments"));
    auto *sheet = new QPushButton(tr("Sign-in &Sheet..."), this);
    sheet->setObjectName(QStringLiteral("attendanceSheet"));
    connect(sheet, &QPushButton::clicked, this, &AttendanceDocuments::openSheet);
    auto *badgesButton = documentMenu(tr("&Badges"), "attendanceBadges", &AttendanceDocuments::badges);
    badgesButton->setToolTip(tr("Name badges for the people chosen, or for everyone registered"));
    auto *certificatesButton =
        documentMenu(tr("&Certificates"), "attendanceCertificates", &AttendanceDocuments::certificates);
    certificatesButton->setToolTip(
        tr("Certificates of attendance for the people chosen, or for everyone who came"));
    // The series' grid and matrix cover the fiscal year of the meeting shown (the tooltip names it).
    m_grid = documentMenu(tr("Gri&d"), "attendanceGrid", &AttendanceDocuments::grid);
    buildLayout({sheet, badgesButton, certificatesButton, m_grid, exportMenu()});
    setMeeting(nullptr, 0);
}

QToolButton *AttendanceDocuments::documentMenu(const QString &text, const char *name,
                                               void (AttendanceDocuments::*give)(DocumentOutput::Way))
{
    auto *b = new QToolButton(this);
    b->setObjectName(QString::fromLatin1(name));
    b->setText(text);
    b->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(b);
    QAction *preview = menu->addAction(tr("Print Preview..."));
    preview->setObjectName(QString::fromLatin1(name) + QStringLiteral("Preview"));
    connect(preview, &QAction::triggered, this,
            [this, give] { (this->*give)(DocumentOutput::Way::Preview); });
    QAction *pdf = menu->addAction(tr("Save as PDF..."));
    pdf->setObjectName(QString::fromLatin1(name) + QStringLiteral("Pdf"));
    connect(pdf, &QAction::triggered, this, [this, give] { (this->*give)(DocumentOutput::Way::SavePdf); });
    b->setMenu(menu);
    return b;
}

QToolButton *AttendanceDocuments::exportMenu()
{
    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("attendanceExport"));
    exportButton->setText(tr("E&xport CSV"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(exportButton);
    QAction *list = menu->addAction(tr("Attendance &List of This Meeting..."));
    list->setObjectName(QStringLiteral("attendanceExportList"));
    connect(list, &QAction::triggered, this, &AttendanceDocuments::exportList);
    m_exportMatrix = menu->addAction(tr("Attendance &Matrix of the Fiscal Year..."));
    m_exportMatrix->setObjectName(QStringLiteral("attendanceExportMatrix"));
    connect(m_exportMatrix, &QAction::triggered, this, &AttendanceDocuments::exportMatrix);
    exportButton->setMenu(menu);
    return exportButton;
}

void AttendanceDocuments::buildLayout(const QList<QWidget *> &buttons)
{
    // The documents on a row of their own: the panel stays narrow enough for a small laptop screen.
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addStretch(1);
    for (QWidget *b : buttons)
        row->addWidget(b);
    m_buttons = buttons;
}

void AttendanceDocuments::setMeeting(Database *db, qint64 meetingId)
{
    m_db = db;
    m_meetingId = db ? meetingId : 0;
    for (QWidget *b : std::as_const(m_buttons))
        b->setEnabled(m_meetingId != 0);
    if (m_meetingId == 0)
        return;
    const Result<Meeting> shown = MeetingRepository(*m_db).get(m_meetingId);
    const Result<Series> series = shown ? SeriesRepository(*m_db).get(shown->seriesId) : shown.error();
    if (!series) {
        showError(series.error());
        return;
    }
    const QString year = FiscalYear::containing(shown->date).label();
    m_grid->setToolTip(tr("The attendance grid of %1 for %2: everyone who came × the year's meetings")
                           .arg(series->name, year));
    m_exportMatrix->setText(tr("Attendance &Matrix of %1 (%2)...").arg(series->name, year));
}

void AttendanceDocuments::showError(const Error &error)
{
    m_notice->showMessage(error.toString(), MessageBar::Kind::Error);
}

Result<QString> AttendanceDocuments::fileStem() const
{
    if (!m_db || m_meetingId == 0)
        return Error{tr("Choose a meeting first.")};
    const Result<Meeting> m = MeetingRepository(*m_db).get(m_meetingId);
    if (!m)
        return m.error();
    const Result<Series> s = SeriesRepository(*m_db).get(m->seriesId);
    if (!s)
        return s.error();
    return QStringLiteral("%1_%2").arg(s->name, m->date.toString(QStringLiteral("yyyyMMdd")));
}

void AttendanceDocuments::openSheet()
{
    if (!m_db || m_meetingId == 0)
        return;
    SheetOptionsDialog dialog(*m_db, m_meetingId, this);
    dialog.exec();
    emit sheetClosed();
}

Result<DocumentOutput::Document> AttendanceDocuments::badgesDocument() const
{
    const Result<QString> stem = fileStem();
    if (!stem)
        return stem.error();
    const Result<NameBadges> made = NameBadges::load(*m_db, m_meetingId, m_selection());
    if (!made)
        return made.error();
    const NameBadges badges = *made;
    DocumentOutput::Document document = DocumentOutput::of(badges);
    document.title = tr("Name Badges");
    document.saveTitle = tr("Save the Name Badges");
    document.fileName = tr("%1_badges.pdf").arg(*stem);
    document.saved = [count = int(badges.people().size())](const QString &path) {
        return tr("Saved %n badge(s) to %1.", nullptr, count).arg(path);
    };
    return document;
}

void AttendanceDocuments::badges(DocumentOutput::Way way)
{
    if (!m_db || m_meetingId == 0)
        return;
    DocumentOutput::give(this, way, badgesDocument(), m_notice);
}

Result<DocumentOutput::Document> AttendanceDocuments::certificatesDocument(const QList<qint64> &members) const
{
    const Result<QString> stem = fileStem();
    if (!stem)
        return stem.error();
    const Result<AttendanceCertificates> made = AttendanceCertificates::load(*m_db, m_meetingId, members);
    if (!made)
        return made.error();
    const AttendanceCertificates certificates = *made;
    DocumentOutput::Document document = DocumentOutput::of(certificates);
    document.title = tr("Certificates of Attendance");
    document.saveTitle = tr("Save the Certificates");
    document.fileName = tr("%1_certificates.pdf").arg(*stem);
    document.saved = [count = int(certificates.people().size())](const QString &path) {
        return tr("Saved %n certificate(s) to %1.", nullptr, count).arg(path);
    };
    return document;
}

void AttendanceDocuments::certificates(DocumentOutput::Way way)
{
    if (!m_db || m_meetingId == 0)
        return;
    // Certificates are chosen by member; with nothing chosen, everyone who came (guests too) gets one.
    // A choice that names no member who came must print nothing, not everyone.
    const QList<qint64> selected = m_selection();
    QList<qint64> members;
    int guestsWhoCame = 0;
    for (qint64 id : selected) {
        const Attendee *a = m_model->attendeeAt(m_model->rowOf(id));
        if (!a || a->attendance.status != AttendanceStatus::Attended)
            continue;
        if (a->isGuest())
            ++guestsWhoCame;
        else
            members << a->memberId();
    }
    if (!selected.isEmpty() && members.isEmpty()) {
        m_notice->showMessage(
            guestsWhoCame > 0
                ? tr("Certificates are chosen by member: for a guest, choose no one and print them for "
                     "everyone who came. Nothing was printed.")
                : tr("None of the people chosen is recorded as having attended this meeting, so there is "
                     "no certificate to print. Choose no one to print them for everyone who came."),
            MessageBar::Kind::Warning);
        return;
    }
    DocumentOutput::give(this, way, certificatesDocument(members), m_notice);
}

Result<DocumentOutput::Document> AttendanceDocuments::gridDocument() const
{
    if (!m_db || m_meetingId == 0)
        return Error{tr("Choose a meeting first.")};
    const Result<Meeting> shown = MeetingRepository(*m_db).get(m_meetingId);
    if (!shown)
        return shown.error();
    const Result<Series> series = SeriesRepository(*m_db).get(shown->seriesId);
    if (!series)
        return series.error();
    const FiscalYear year = FiscalYear::containing(shown->date);
    const Result<AttendanceGrid> made = AttendanceGrid::load(*m_db, shown->seriesId, year);
    if (!made)
        return made.error();
    const AttendanceGrid grid = *made;
    DocumentOutput::Document document = DocumentOutput::of(grid);
    document.title = grid.title();
    document.orientation = QPageLayout::Landscape;
    document.saveTitle = tr("Save the Attendance Grid");
    document.fileName = tr("%1_%2_attendance_grid.pdf").arg(series->name, year.label());
    document.saved = [title = grid.title()](const QString &path) {
        return tr("Saved “%1” to %2.").arg(title, path);
    };
    return document;
}

void AttendanceDocuments::grid(DocumentOutput::Way way)
{
    DocumentOutput::give(this, way, gridDocument(), m_notice);
}

void AttendanceDocuments::exportList()
{
    if (!m_db || m_meetingId == 0)
        return;
    const Result<QString> stem = fileStem();
    if (!stem) {
        showError(stem.error());
        return;
    }
    saveCsv(AttendanceExport(*m_db).meetingList(m_meetingId), tr("Save the Attendance List"),
            tr("%1_attendance.csv").arg(*stem));
}

void AttendanceDocuments::exportMatrix()
{
    if (!m_db || m_meetingId == 0)
        return;
    const Result<Meeting> shown = MeetingRepository(*m_db).get(m_meetingId);
    const Result<Series> series = shown ? SeriesRepository(*m_db).get(shown->seriesId) : shown.error();
    if (!series) {
        showError(series.error());
        return;
    }
    const FiscalYear year = FiscalYear::containing(shown->date);
    saveCsv(AttendanceExport(*m_db).matrix(series->id, year.year()),
            tr("Save the Attendance Matrix of %1 (%2)").arg(series->name, year.label()),
            tr("%1_%2_attendance_matrix.csv").arg(series->name, year.label()));
}

void AttendanceDocuments::saveCsv(const Result<AttendanceExport::Table> &table, const QString &title,
                                  const QString &fileName)
{
    if (!table) {
        showError(table.error());
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    AttendanceCsvDialog dialog(*table, title, QDir(folder).filePath(fileName), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_notice->showMessage(tr("Saved %n row(s) to %1.", nullptr, dialog.rowsWritten())
                              .arg(QDir::toNativeSeparators(dialog.filePath())),
                          MessageBar::Kind::Information);
}

} // namespace renkei
