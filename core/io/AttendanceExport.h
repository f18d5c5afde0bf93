#pragma once

#include "core/Result.h"
#include "core/io/EncodingCheck.h"
#include "core/io/TextEncoding.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace renkei {

class Database;

// Attendance as CSV: the list of one meeting, and the matrix of members × the meetings of a series
// in one fiscal year (年度, April to March). These are the organiser's own records, so every member
// is on them, whatever they agreed to for shared rosters.
class AttendanceExport
{
    Q_DECLARE_TR_FUNCTIONS(renkei::AttendanceExport)

public:
    struct Options
    {
        TextEncoding encoding = TextEncoding::Utf8Bom;
        bool replaceUnrepresentable = false; // the user agreed (see EncodingCheck::replaced)
    };

    // A table: the header, then rows; `who` names the person on each row (empty for totals).
    struct Table
    {
        QStringList header;
        QList<QStringList> rows;
        QList<qint64> memberIds; // per row, 0 for a guest or a total
    };

    explicit AttendanceExport(Database &db) : m_db(db) {}

    // Members in 五十音 order, then guests: name, reading, member or guest, profession, organisation,
    // status, role, walk-in, social gathering, fee paid, time checked in (Asia/Tokyo).
    Result<Table> meetingList(qint64 meetingId) const;
    // One row per member who is not archived or came to one of the meetings, one column per meeting
    // of the series in the fiscal year that was not cancelled: ○ attended, × registered but absent.
    // Then the number attended per member, and rows with the members, guests and everyone per meeting.
    Result<Table> matrix(qint64 seriesId, int fiscalYear) const;

    // What the encoding cannot hold in a table, by person and column.
    static QList<UnrepresentableValue> check(const Table &table, TextEncoding encoding);
    // Writes a table atomically; refuses, writing nothing, when a value cannot be written and
    // replacing was not agreed to. Returns the number of rows written after the header.
    static Result<int> write(const Table &table, const QString &path, const Options &options);

private:
    Database &m_db;
};

} // namespace renkei
