#include "ActivityReport.h"

#include "AgendaDocument.h"
#include "DocumentFile.h"
#include "HtmlPdf.h"
#include "core/reports/ProfessionPalette.h"
#include "core/reports/ReportCsv.h"
#include "core/reports/ReportJson.h"
#include "core/reports/ReportLabels.h"
#include "core/storage/MeetingRepository.h"

#include <QLocale>

namespace renkei {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString number(int n)
{
    return QLocale(QLocale::Japanese).toString(n);
}

QString percent(int part, int whole)
{
    return whole == 0 ? QStringLiteral("–") : QStringLiteral("%1%").arg(100.0 * part / whole, 0, 'f', 1);
}

} // namespace

ActivityReport::ActivityReport(SeriesReport report, QHash<qint64, QString> programmes,
                               QList<Profession> professions, DocumentText text)
    : m_report(std::move(report)), m_programmes(std::move(programmes)), m_professions(std::move(professions)),
      m_text(std::move(text))
{}

Result<ActivityReport> ActivityReport::load(Database &db, qint64 seriesId, const ReportPeriod &period,
                                            DocumentOptions options, const SeriesReport::Options &figures)
{
    Result<SeriesReport> report = SeriesReport::compute(db, seriesId, period, figures);
    if (!report)
        return report.error();
    Result<ReportLabels> labels = ReportLabels::load(db);
    if (!labels)
        return labels.error();
    Result<DocumentText> text = DocumentText::stored(db, options);
    if (!text)
        return text.error();
    const DocumentText &t = *text;
    //: Between the items of a meeting's programme in one line; Japanese: 、
    const QString separator = t.translate("renkei::ActivityReport", "; ", "programme");
    QHash<qint64, QString> programmes;
    MeetingRepository meetings(db);
    for (const SeriesReport::MeetingSummary &s : report->meetings) {
        Result<QList<AgendaItem>> agenda = meetings.agenda(s.meeting.id);
        if (!agenda)
            return agenda.error();
        QStringList parts;
        for (const AgendaItem &item : *agenda) {
            if (!isAgendaContent(item.kind))
                continue;
            const QString title = item.title.trimmed();
            parts << (title.isEmpty() ? t.kind(item.kind) : t.kindAndTitle(item.kind, title));
        }
        programmes.insert(s.meeting.id, parts.join(separator));
    }
    return ActivityReport(std::move(*report), std::move(programmes), labels->professions(), t);
}

QString ActivityReport::title() const
{
    const DocumentText &t = m_text;
    const ReportPeriod &p = m_report.period;
    if (p.fiscalYear.isValid())
        //: The report's title: %1 the series, %2 the fiscal year (FY2025); Japanese: %1 %2 年間活動実績報告
        return t.translate("renkei::ActivityReport", "%1: annual activity report, %2")
            .arg(m_report.series.name, t.fiscalYear(p.fiscalYear.year()));
    //: The report's title for a period that is not a fiscal year; Japanese: %1 活動実績報告
    return t.translate("renkei::ActivityReport", "%1: activity report").arg(m_report.series.name);
}

QString ActivityReport::html() const
{
    const DocumentText &t = m_text;
    const SeriesReport &r = m_report;
    const ProfessionPalette palette(m_professions);
    //: A number of people in the summary (%1 is 1,234); Japanese: %1名
    auto people = [&](int n) { return t.translate("renkei::ActivityReport", "%1", "people").arg(number(n)); };

    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
             .arg(t.code());
    h += QStringLiteral("<title>%1</title>\n").arg(esc(title()));
    h += QStringLiteral(
        "<style>\n"
        "@page { size: A4; margin: 15mm; }\n"
        "body { font-family: 'Noto Sans CJK JP', 'Hiragino Sans', 'Yu Gothic', sans-serif; font-size: 9pt; "
        "color: #222; }\n"
        "h1 { font-size: 16pt; margin: 0 0 2pt 0; }\n"
        "p.period { font-size: 10pt; margin: 0 0 8pt 0; color: #444; }\n"
        "h2 { font-size: 11.5pt; margin: 12pt 0 4pt 0; }\n"
        "table { border-collapse: collapse; }\n"
        "th { background-color: #e8e8e8; font-weight: bold; text-align: left; }\n"
        "td.n, th.n { text-align: right; white-space: nowrap; }\n"
        "td.date { white-space: nowrap; }\n"
        "span.small { font-size: 8pt; color: #444; }\n"
        "</style>\n</head>\n<body>\n");
    h += QStringLiteral("<h1>%1</h1>\n").arg(esc(title()));
    h += QStringLiteral("<p class=\"period\">%1</p>\n")
             //: The period the report covers, from a date to a date; Japanese: 対象期間：%1〜%2
             .arg(esc(t.translate("renkei::ActivityReport", "Period: %1 – %2")
                          .arg(t.date(r.period.first), t.date(r.period.last))));

    // The year at a glance.
    const QString cell = QStringLiteral("border: 1px solid #999;");
    auto figure = [&](const QString &label, const QString &value) {
        return QStringLiteral(
                   "<tr><td style=\"%3\" width=\"40%\">%1</td><td class=\"n\" style=\"%3\">%2</td></tr>\n")
            .arg(esc(label), esc(value), cell);
    };
    int professionsTogether = 0;
    for (const BreakdownEntry &e : r.byProfession.entries)
        professionsTogether += e.id > 0 ? 1 : 0;
    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(t.translate("renkei::ActivityReport", "1. Summary")));
    h += QStringLiteral("<table width=\"60%\" cellspacing=\"0\" cellpadding=\"3\">\n");
    h += figure(t.translate("renkei::ActivityReport", "Meetings held"),
                //: The number of meetings held (%1); Japanese: %1回
                t.translate("renkei::ActivityReport", "%1", "meetings").arg(r.meetingsHeld()));
    h += figure(t.translate("renkei::ActivityReport", "Attendances"), people(r.attendances));
    h += figure(t.translate("renkei::ActivityReport", "(members / guests)"),
                QStringLiteral("%1 / %2").arg(people(r.memberAttendances), people(r.guestAttendances)));
    h += figure(t.translate("renkei::ActivityReport", "Different people"), people(r.uniqueAttendees()));
    h += figure(t.translate("renkei::ActivityReport", "Average per meeting"),
                t.translate("renkei::ActivityReport", "%1", "people")
                    .arg(QStringLiteral("%1").arg(r.averagePerMeeting(), 0, 'f', 1)));
    h += figure(t.translate("renkei::ActivityReport", "Professions taking part"),
                //: The number of professions that took part (%1); Japanese: %1職種
                t.translate("renkei::ActivityReport", "%1", "professions").arg(professionsTogether));
    h += figure(t.translate("renkei::ActivityReport", "First-timers", "summary"), people(r.firstTimers));
    h += figure(
        t.translate("renkei::ActivityReport", "In area / out of area / not recorded"),
        QStringLiteral("%1 / %2 / %3")
            .arg(number(r.areaSplit.inArea), number(r.areaSplit.outOfArea), number(r.areaSplit.unknown)));
    h += QStringLiteral("</table>\n");

    // The meetings.
    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(t.translate("renkei::ActivityReport", "2. Meetings held")));
    h += QStringLiteral(
             "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">\n<thead><tr>"
             "<th style=\"%6\" width=\"7%\">%1</th><th style=\"%6\" width=\"15%\">%2</th>"
             "<th style=\"%6\" width=\"36%\">%3</th><th class=\"n\" style=\"%6\" width=\"8%\">%4</th>"
             "<th style=\"%6\" width=\"34%\">%5</th></tr></thead>\n")
             .arg(esc(t.translate("renkei::ActivityReport", "No.")),
                  esc(t.translate("renkei::ActivityReport", "Date")),
                  esc(t.translate("renkei::ActivityReport", "Theme and programme")),
                  esc(t.translate("renkei::ActivityReport", "Came")),
                  esc(t.translate("renkei::ActivityReport", "By profession")), cell);
    const QString listSeparator = t.listSeparator();
    for (const SeriesReport::MeetingSummary &s : r.meetings) {
        QStringList mix;
        for (const BreakdownEntry &e : s.byProfession.entries)
            mix << QStringLiteral("%1 %2").arg(professionName(e.id)).arg(e.count);
        QString theme = esc(s.meeting.theme.trimmed());
        const QString programme = m_programmes.value(s.meeting.id);
        if (!programme.isEmpty())
            theme += QStringLiteral("<br><span class=\"small\">%1</span>").arg(esc(programme));
        QString came = number(s.attended);
        if (s.guests > 0)
            came += QStringLiteral("<br><span class=\"small\">%1</span>")
                        //: How many of a meeting's attendees were guests; Japanese: うちゲスト%n
                        .arg(esc(t.translate("renkei::ActivityReport", "%n guests", nullptr, s.guests)));
        h += QStringLiteral(
                 "<tr><td style=\"%6\">%1</td><td class=\"date\" style=\"%6\">%2</td><td style=\"%6\">%3</td>"
                 "<td class=\"n\" style=\"%6\">%4</td><td style=\"%6\"><span "
                 "class=\"small\">%5</span></td></tr>\n")
                 .arg(esc(t.meetingNumber(s.meeting.number)), esc(t.date(s.meeting.date)), theme, came,
                      esc(mix.join(listSeparator)), cell);
    }
    if (r.meetings.isEmpty())
        h += QStringLiteral("<tr><td colspan=\"5\" style=\"%2\">%1</td></tr>\n")
                 .arg(esc(t.translate("renkei::ActivityReport", "No meetings were held in this period.")),
                      cell);
    else
        h +=
            QStringLiteral(
                "<tr><td colspan=\"3\" style=\"%3\"><b>%1</b></td><td class=\"n\" style=\"%3\"><b>%2</b></td>"
                "<td style=\"%3\"></td></tr>\n")
                .arg(esc(t.translate("renkei::ActivityReport", "Total")), number(r.attendances), cell);
    h += QStringLiteral("</table>\n");

    // The profession mix.
    h += QStringLiteral("<h2>%1</h2>\n")
             .arg(esc(t.translate("renkei::ActivityReport", "3. Attendance by profession")));
    h += QStringLiteral("<table width=\"75%\" cellspacing=\"0\" cellpadding=\"3\">\n<thead><tr>"
                        "<th style=\"%5\" width=\"4%\"></th><th style=\"%5\" width=\"44%\">%1</th>"
                        "<th class=\"n\" style=\"%5\" width=\"18%\">%2</th><th class=\"n\" style=\"%5\" "
                        "width=\"16%\">%3</th>"
                        "<th class=\"n\" style=\"%5\" width=\"18%\">%4</th></tr></thead>\n")
             .arg(esc(t.translate("renkei::ActivityReport", "Profession")),
                  esc(t.translate("renkei::ActivityReport", "Attendances")),
                  esc(t.translate("renkei::ActivityReport", "Share")),
                  esc(t.translate("renkei::ActivityReport", "People")), cell);
    for (const BreakdownEntry &e : r.byProfession.entries)
        h += QStringLiteral("<tr><td style=\"%6 background-color: %1;\"></td><td style=\"%6\">%2</td>"
                            "<td class=\"n\" style=\"%6\">%3</td><td class=\"n\" style=\"%6\">%4</td>"
                            "<td class=\"n\" style=\"%6\">%5</td></tr>\n")
                 .arg(palette.colour(e.id).name(), esc(professionName(e.id)), number(e.count),
                      percent(e.count, r.attendances), number(r.peopleByProfession.count(e.id)), cell);
    h +=
        QStringLiteral(
            "<tr><td style=\"%4\"></td><td style=\"%4\"><b>%1</b></td><td class=\"n\" "
            "style=\"%4\"><b>%2</b></td>"
            "<td class=\"n\" style=\"%4\"><b>100%</b></td><td class=\"n\" style=\"%4\"><b>%3</b></td></tr>\n")
            .arg(esc(t.translate("renkei::ActivityReport", "Total")), number(r.attendances),
                 number(r.uniqueAttendees()), cell);
    h += QStringLiteral("</table>\n");
    h += QStringLiteral("<p><span class=\"small\">%1</span></p>\n")
             .arg(esc(t.translate(
                 "renkei::ActivityReport",
                 "Attendances add up each meeting's attendees; people counts each person once (guests "
                 "told apart by name).")));
    h += QStringLiteral("</body>\n</html>\n");
    return h;
}

Status ActivityReport::savePdf(const QString &path) const
{
    if (!AgendaDocument::canRenderPdf()) {
        Error e(tr("A PDF can only be made by a program that loads fonts (the GUI, or renkei-cli); save "
                   "the report as CSV instead."));
        e.file = path;
        return e;
    }
    HtmlPdf::Layout layout;
    layout.marginsMm = QMarginsF(15, 14, 15, 12);
    layout.bodyPoints = 9;
    layout.footerPoints = 7.5;
    layout.footerTitle = title();
    return HtmlPdf::save(path, title(), html(), layout);
}

QString ActivityReport::professionName(qint64 id) const
{
    for (const Profession &p : m_professions)
        if (p.id == id) // a profession's names are data, kept in both languages
            return m_text.language() == DocumentLanguage::English && !p.nameEn.isEmpty() ? p.nameEn
                                                                                         : p.nameJa;
    return m_text.translate("renkei::ActivityReport", "Not recorded");
}

QList<QStringList> ActivityReport::csvRows() const
{
    const DocumentText &t = m_text;
    const SeriesReport &r = m_report;
    QList<QStringList> rows;
    QStringList header{t.translate("renkei::ActivityReport", "No."),
                       t.translate("renkei::ActivityReport", "Date"),
                       t.translate("renkei::ActivityReport", "Theme"),
                       t.translate("renkei::ActivityReport", "Programme"),
                       t.translate("renkei::ActivityReport", "Attended"),
                       t.translate("renkei::ActivityReport", "Members"),
                       t.translate("renkei::ActivityReport", "Guests"),
                       t.translate("renkei::ActivityReport", "First-timers", "column"),
                       t.translate("renkei::ActivityReport", "Social gathering"),
                       t.translate("renkei::ActivityReport", "Professions")};
    for (const BreakdownEntry &e : r.byProfession.entries)
        header << professionName(e.id);
    rows << header;
    for (const SeriesReport::MeetingSummary &s : r.meetings) {
        QStringList row{QString::number(s.meeting.number),
                        s.meeting.date.toString(Qt::ISODate),
                        s.meeting.theme,
                        m_programmes.value(s.meeting.id),
                        QString::number(s.attended),
                        QString::number(s.members),
                        QString::number(s.guests),
                        QString::number(s.firstTimers),
                        QString::number(s.social),
                        QString::number(s.professions)};
        for (const BreakdownEntry &e : r.byProfession.entries)
            row << QString::number(s.byProfession.count(e.id));
        rows << row;
    }
    int professionsTogether = 0;
    for (const BreakdownEntry &e : r.byProfession.entries)
        professionsTogether += e.id > 0 ? 1 : 0;
    QStringList total{t.translate("renkei::ActivityReport", "Total"),
                      QString(),
                      QString(),
                      QString(),
                      QString::number(r.attendances),
                      QString::number(r.memberAttendances),
                      QString::number(r.guestAttendances),
                      QString::number(r.firstTimers),
                      QString::number(r.social),
                      QString::number(professionsTogether)};
    for (const BreakdownEntry &e : r.byProfession.entries)
        total << QString::number(e.count);
    rows << total;
    return rows;
}

Status ActivityReport::saveCsv(const QString &path, TextEncoding encoding) const
{
    return ReportCsv::save(path, csvRows(), encoding);
}

QJsonObject ActivityReport::json() const
{
    return ReportJson::activity(m_report, m_programmes);
}

Status ActivityReport::saveJson(const QString &path) const
{
    return DocumentFile::write(path, ReportJson::text(json()));
}

Status ActivityReport::save(const QString &path) const
{
    const QString extension = DocumentFile::extension(path);
    if (extension == QStringLiteral("pdf"))
        return savePdf(path);
    if (extension == QStringLiteral("csv"))
        return saveCsv(path);
    if (extension == QStringLiteral("json"))
        return saveJson(path);
    Error e(tr("Save the report as .pdf, .csv or .json, not .%1.").arg(extension));
    e.file = path;
    e.field = QStringLiteral("out");
    return e;
}

} // namespace renkei
