#include "ReportCsv.h"

#include "core/io/CsvSaveFile.h"
#include "core/io/CsvWriter.h"

namespace renkei {

QList<QStringList> ReportCsv::meeting(const MeetingReport &report)
{
    QList<QStringList> rows{{QStringLiteral("section"), QStringLiteral("item"), QStringLiteral("count")}};
    for (const MeetingReport::Line &line : report.lines())
        rows << QStringList{line.section, line.item, QString::number(line.count)};
    return rows;
}

Status ReportCsv::write(QIODevice &device, const QList<QStringList> &rows)
{
    CsvWriter writer(device);
    for (const QStringList &row : rows)
        if (!writer.writeRow(row))
            break;
    return writer.status();
}

Status ReportCsv::save(const QString &path, const QList<QStringList> &rows, TextEncoding encoding)
{
    CsvSaveFile file(path, encoding);
    if (Status s = file.open(); !s)
        return s;
    for (const QStringList &row : rows)
        if (!file.writeRow(row))
            break;
    return file.commit();
}

} // namespace renkei
