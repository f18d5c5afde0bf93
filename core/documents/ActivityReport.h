#pragma once

#include "DocumentText.h"
#include "core/Result.h"
#include "core/io/TextEncoding.h"
#include "core/model/Profession.h"
#include "core/reports/ReportPeriod.h"
#include "core/reports/SeriesReport.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace renkei {

class Database;

// The annual activity report (年間活動実績報告) of a series for the ward or the subsidy body: the
// meetings held with their date, theme, programme and attendees by profession; the year's totals and
// profession mix. As an A4 PDF to attach as it is, as CSV for the ward's spreadsheet, or as JSON.
class ActivityReport
{
    Q_DECLARE_TR_FUNCTIONS(renkei::ActivityReport)

public:
    ActivityReport(SeriesReport report, QHash<qint64, QString> programmes, QList<Profession> professions,
                   DocumentText text = {});
    // Computes the series' report for `period` and reads each meeting's programme; in the options'
    // document language, or the network's.
    static Result<ActivityReport> load(Database &db, qint64 seriesId, const ReportPeriod &period,
                                       DocumentOptions options = {},
                                       const SeriesReport::Options &figures = {});

    const SeriesReport &report() const { return m_report; }
    // The meeting's programme in one line: its main items (lectures, case reviews …) with their titles.
    QString programme(qint64 meetingId) const { return m_programmes.value(meetingId); }

    QString title() const;
    // The page the PDF is laid out from (UTF-8 HTML, printable from a browser too).
    QString html() const;

    Status savePdf(const QString &path) const;
    // One row a meeting, a column a profession, and a totals row; UTF-8 with a BOM for Excel by default.
    Status saveCsv(const QString &path, TextEncoding encoding = TextEncoding::Utf8Bom) const;
    Status saveJson(const QString &path) const;
    // By the file's extension: .pdf, .csv or .json.
    Status save(const QString &path) const;

    // What the CSV and the JSON hold, wherever they are written (ReportCsv, ReportJson::text).
    QList<QStringList> csvRows() const;
    QJsonObject json() const;
    QString professionName(qint64 id) const;

private:
    SeriesReport m_report;
    QHash<qint64, QString> m_programmes;
    QList<Profession> m_professions;
    DocumentText m_text;
};

} // namespace renkei
