#pragma once

#include "DocumentText.h"
#include "core/Result.h"
#include "core/model/Attendee.h"
#include "core/model/Meeting.h"
#include "core/model/Series.h"
#include "core/schedule/FiscalYear.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

class QPagedPaintDevice;
class QPaintDevice;

namespace renkei {

class Database;

// The series' attendance grid for a fiscal year (年度): the people who came × the year's meetings,
// ✓ where they attended, with each person's count, each meeting's total and blank rows for
// newcomers — the sheet many organisers keep on paper. A4 landscape, headings on every page.
class AttendanceGrid
{
    Q_DECLARE_TR_FUNCTIONS(renkei::AttendanceGrid)

public:
    struct Person
    {
        Attendee who;          // as at their latest meeting of the year
        QSet<qint64> attended; // meeting ids
    };

    AttendanceGrid(Series series, FiscalYear year, QList<Meeting> meetings, QList<Person> people,
                   int blankRows, DocumentText text = {});

    // The year's meetings of the series that were not cancelled, and everyone — members and guests —
    // who attended at least one of them, in 五十音 order; in the options' document language, or the
    // network's.
    static Result<AttendanceGrid> load(Database &db, qint64 seriesId, FiscalYear year, int blankRows = 10,
                                       const DocumentOptions &document = {});

    const QList<Meeting> &meetings() const { return m_meetings; }
    const QList<Person> &people() const { return m_people; }
    int blankRows() const { return m_blankRows; }
    // How many attended each meeting, in meetings() order.
    QList<int> totals() const;
    QString title() const;

    int pageCount(const QPaintDevice &device) const;
    Result<int> print(QPagedPaintDevice &device) const;
    Result<int> writePdf(const QString &path) const;

private:
    int rowsPerPage(const QPaintDevice &device) const;

    Series m_series;
    FiscalYear m_year;
    QList<Meeting> m_meetings;
    QList<Person> m_people;
    int m_blankRows = 0;
    DocumentText m_text;
};

} // namespace renkei
