#include "ActivityReport.h"

#include "AgendaDocument.h"
#include "DocumentFile.h"
#include "HtmlPdf.h"
#include "core/reports/ProfessionPalette.h"
#include "core/reports/ReportCsv.h"
#include "core/reports/ReportJson.h"
#include "core/reports/ReportLabels.h"
#include "core/schedule/JapaneseDate.h"
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
                               QList<Profession> professions, DocumentOptions options)
    : m_report(std::move(report)), m_programmes(std::move(programmes)), m_professions(std::move(professions)),
      m_text(options)
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
    const DocumentText t(options);
    const QString separator = t.japanese() ? QStringLiteral("、") : QStringLiteral("; ");
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
            parts << (title.isEmpty() ? t.kind(item.kind)
                      : t.japanese()  ? QStringLiteral("【%1】%2").arg(t.kind(item.kind), title)
                                      : QStringLiteral("[%1] %2").arg(t.kind(item.kind), title));
        }
        programmes.insert(s.meeting.id, parts.join(separator));
    }
    return ActivityReport(std::move(*report), std::move(programmes), labels->professions(), options);
}

QString ActivityReport::title() const
{
    const DocumentText &t = m_text;
    const ReportPeriod &p = m_report.period;
    if (p.fiscalYear.isValid())
        return t.japanese()
                   ? QStringLiteral("%1 %2 年間活動実績報告")
                         .arg(m_report.series.name,
                              JapaneseDate::fiscalYear(p.fiscalYear.year(),
                                                       t.options().era ? JapaneseDate::Style::Era
                                                                       : JapaneseDate::Style::Western))
                   : QStringLiteral("%1: annual activity report, FY%2")
                         .arg(m_report.series.name)
                         .arg(p.fiscalYear.year());
    return t.japanese() ? QStringLiteral("%1 活動実績報告").arg(m_report.series.name)
                        : QStringLiteral("%1: activity report").arg(m_report.series.name);
}

QString ActivityReport::html() const
{
    const DocumentText &t = m_text;
    const SeriesReport &r = m_report;
    const ProfessionPalette palette(m_professions);
    auto professionName = [&](qint64 id) {
        for (const Profession &p : m_professions)
            if (p.id == id)
                return t.japanese() || p.nameEn.isEmpty() ? p.nameJa : p.nameEn;
        return t.pick(u"未登録", "Not recorded");
    };
    const QString people = t.pick(u"名", "");

    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
             .arg(t.japanese() ? QStringLiteral("ja") : QStringLiteral("en"));
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
             .arg(esc(t.pick(u"対象期間：", "Period: ") + t.date(r.period.first) + t.pick(u"〜", " – ") +
                      t.date(r.period.last)));

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
    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(t.pick(u"1. 実績の概要", "1. Summary")));
    h += QStringLiteral("<table width=\"60%\" cellspacing=\"0\" cellpadding=\"3\">\n");
    h += figure(t.pick(u"開催回数", "Meetings held"), t.japanese()
                                                          ? QStringLiteral("%1回").arg(r.meetingsHeld())
                                                          : QString::number(r.meetingsHeld()));
    h += figure(t.pick(u"延べ参加者数", "Attendances"), number(r.attendances) + people);
    h += figure(
        t.pick(u"（うち会員／ゲスト）", "(members / guests)"),
        QStringLiteral("%1%3 / %2%3").arg(number(r.memberAttendances), number(r.guestAttendances), people));
    h += figure(t.pick(u"実参加者数", "Different people"), number(r.uniqueAttendees()) + people);
    h += figure(t.pick(u"1回あたり平均参加者数", "Average per meeting"),
                QStringLiteral("%1%2").arg(r.averagePerMeeting(), 0, 'f', 1).arg(people));
    h += figure(t.pick(u"参加職種数", "Professions taking part"),
                t.japanese() ? QStringLiteral("%1職種").arg(professionsTogether)
                             : QString::number(professionsTogether));
    h += figure(t.pick(u"初参加者数", "First-timers"), number(r.firstTimers) + people);
    h += figure(
        t.pick(u"区内／区外／不明", "In area / out of area / not recorded"),
        QStringLiteral("%1 / %2 / %3")
            .arg(number(r.areaSplit.inArea), number(r.areaSplit.outOfArea), number(r.areaSplit.unknown)));
    h += QStringLiteral("</table>\n");

    // The meetings.
    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(t.pick(u"2. 開催実績", "2. Meetings held")));
    h += QStringLiteral(
             "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">\n<thead><tr>"
             "<th style=\"%6\" width=\"7%\">%1</th><th style=\"%6\" width=\"15%\">%2</th>"
             "<th style=\"%6\" width=\"36%\">%3</th><th class=\"n\" style=\"%6\" width=\"8%\">%4</th>"
             "<th style=\"%6\" width=\"34%\">%5</th></tr></thead>\n")
             .arg(esc(t.pick(u"回", "No.")), esc(t.pick(u"開催日", "Date")),
                  esc(t.pick(u"テーマ・内容", "Theme and programme")), esc(t.pick(u"参加者", "Came")),
                  esc(t.pick(u"職種別参加者数", "By profession")), cell);
    const QString listSeparator = t.japanese() ? QStringLiteral("、") : QStringLiteral(", ");
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
                        .arg(esc(t.japanese() ? QStringLiteral("うちゲスト%1").arg(s.guests)
                                              : QStringLiteral("%1 guests").arg(s.guests)));
        h += QStringLiteral(
                 "<tr><td style=\"%6\">%1</td><td class=\"date\" style=\"%6\">%2</td><td style=\"%6\">%3</td>"
                 "<td class=\"n\" style=\"%6\">%4</td><td style=\"%6\"><span "
                 "class=\"small\">%5</span></td></tr>\n")
                 .arg(esc(t.meetingNumber(s.meeting.number)), esc(t.date(s.meeting.date)), theme, came,
                      esc(mix.join(listSeparator)), cell);
    }
    if (r.meetings.isEmpty())
        h += QStringLiteral("<tr><td colspan=\"5\" style=\"%2\">%1</td></tr>\n")
                 .arg(esc(t.pick(u"この期間に開催した会はありません。",
                                 "No meetings were held in this period.")),
                      cell);
    else
        h +=
            QStringLiteral(
                "<tr><td colspan=\"3\" style=\"%3\"><b>%1</b></td><td class=\"n\" style=\"%3\"><b>%2</b></td>"
                "<td style=\"%3\"></td></tr>\n")
                .arg(esc(t.pick(u"合計", "Total")), number(r.attendances), cell);
    h += QStringLiteral("</table>\n");

    // The profession mix.
    h +=
        QStringLiteral("<h2>%1</h2>\n").arg(esc(t.pick(u"3. 職種別参加状況", "3. Attendance by profession")));
    h += QStringLiteral("<table width=\"75%\" cellspacing=\"0\" cellpadding=\"3\">\n<thead><tr>"
                        "<th style=\"%5\" width=\"4%\"></th><th style=\"%5\" width=\"44%\">%1</th>"
                        "<th class=\"n\" style=\"%5\" width=\"18%\">%2</th><th class=\"n\" style=\"%5\" "
                        "width=\"16%\">%3</th>"
                        "<th class=\"n\" style=\"%5\" width=\"18%\">%4</th></tr></thead>\n")
             .arg(esc(t.pick(u"職種", "Profession")), esc(t.pick(u"延べ参加者数", "Attendances")),
                  esc(t.pick(u"割合", "Share")), esc(t.pick(u"実人数", "People")), cell);
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
            .arg(esc(t.pick(u"合計", "Total")), number(r.attendances), number(r.uniqueAttendees()), cell);
    h += QStringLiteral("</table>\n");
    h += QStringLiteral("<p><span class=\"small\">%1</span></p>\n")
             .arg(esc(
                 t.pick(u"延べ参加者数は各回の参加者の合計、実人数は期間中に1回以上参加した人数です（ゲストは"
                        u"氏名で区別）。",
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

QList<QStringList> ActivityReport::csvRows() const
{
    const DocumentText &t = m_text;
    const SeriesReport &r = m_report;
    auto professionName = [&](qint64 id) {
        for (const Profession &p : m_professions)
            if (p.id == id)
                return t.japanese() || p.nameEn.isEmpty() ? p.nameJa : p.nameEn;
        return t.pick(u"未登録", "Not recorded");
    };
    QList<QStringList> rows;
    QStringList header{t.pick(u"回", "No."),
                       t.pick(u"開催日", "Date"),
                       t.pick(u"テーマ", "Theme"),
                       t.pick(u"内容", "Programme"),
                       t.pick(u"参加者数", "Attended"),
                       t.pick(u"会員", "Members"),
                       t.pick(u"ゲスト", "Guests"),
                       t.pick(u"初参加", "First-timers"),
                       t.pick(u"懇親会", "Social gathering"),
                       t.pick(u"参加職種数", "Professions")};
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
    QStringList total{t.pick(u"合計", "Total"),
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
