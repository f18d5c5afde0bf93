#pragma once

#include "MeetingReport.h"
#include "core/Result.h"
#include "core/io/TextEncoding.h"

#include <QList>
#include <QStringList>

class QIODevice;

namespace renkei {

// Reports as CSV, the same bytes whether they go to a terminal or a file: the rows come from the
// report (a meeting's figures line by line; a series' activity report, ActivityReport::csvRows()),
// and only the destination and the encoding differ.
class ReportCsv
{
public:
    // section, item, count: every line of the meeting's figures, with stable section keys.
    static QList<QStringList> meeting(const MeetingReport &report);

    // Writes `rows` to `device`: UTF-8 with no BOM, for a pipe or a script.
    static Status write(QIODevice &device, const QList<QStringList> &rows);
    // Writes `rows` to a file the user keeps, atomically; UTF-8 with a BOM for Excel by default.
    static Status save(const QString &path, const QList<QStringList> &rows,
                       TextEncoding encoding = TextEncoding::Utf8Bom);
};

} // namespace renkei
