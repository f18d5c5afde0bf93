#include "AgendaDocument.h"

#include "DocumentFile.h"
#include "HtmlPdf.h"

#include <QFontDatabase>
#include <QGuiApplication>

namespace renkei {

namespace {

using Word = DocumentText::Word;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// The item as people read it: its title, with the kind first for the programme's main parts.
QString itemTitle(const DocumentText &t, const AgendaItem &item)
{
    const QString title = item.title.trimmed();
    if (title.isEmpty())
        return t.kind(item.kind);
    if (!isAgendaContent(item.kind) || title.contains(t.kind(item.kind)))
        return title;
    return t.kindAndTitle(item.kind, title);
}

QString presenterLine(const DocumentText &t, const AgendaTimetable::Entry &e)
{
    if (e.presenterOrganisation.isEmpty())
        return e.presenter;
    return e.presenter + t.parenthesised(e.presenterOrganisation);
}

QString itemTime(const DocumentText &t, const AgendaTimetable::Entry &e)
{
    if (e.start.isValid())
        return t.timeRange(e.start, e.end);
    //: An agenda item's length when the meeting has no start time; Japanese: %1分
    return t.translate("renkei::AgendaDocument", "%1 min").arg(e.item.minutes);
}

QString venueLine(const DocumentText &t, const Meeting &m)
{
    if (m.address.isEmpty())
        return m.venue;
    if (m.venue.isEmpty())
        return m.address;
    return m.venue + t.parenthesised(m.address);
}

QString socialLine(const DocumentText &t, const Meeting &m)
{
    QStringList parts;
    if (m.socialStart.isValid())
        parts << t.timeRange(m.socialStart, QTime());
    if (!m.socialVenue.isEmpty())
        parts << m.socialVenue;
    //: Between the social gathering's time and venue; Japanese: one full-width space
    QString line = parts.join(t.translate("renkei::AgendaDocument", ", ", "social gathering"));
    if (m.socialFee > 0)
        //: The social gathering's fee; Japanese: 会費 %1
        line += t.parenthesised(t.translate("renkei::AgendaDocument", "fee %1").arg(t.yen(m.socialFee)));
    return line;
}

QString heading(const DocumentText &t, const Meeting &m)
{
    //: The agenda's heading: %1 the meeting's number (No. 42), %2 the word Agenda; Japanese: %1 %2
    return t.translate("renkei::AgendaDocument", "%2 — %1")
        .arg(t.meetingNumber(m.number), t.word(Word::Agenda));
}

} // namespace

AgendaDocument::AgendaDocument(MeetingDocument meeting, DocumentText text)
    : m_meeting(std::move(meeting)), m_text(std::move(text))
{}

QString AgendaDocument::fontFamily()
{
    if (!canRenderPdf())
        return QStringLiteral("Noto Sans CJK JP");
    const QStringList installed = QFontDatabase::families();
    for (const QString &family : {QStringLiteral("Noto Sans CJK JP"), QStringLiteral("Noto Sans JP"),
                                  QStringLiteral("IPAexGothic"), QStringLiteral("IPAGothic")})
        if (installed.contains(family))
            return family;
    return QStringLiteral("Noto Sans CJK JP");
}

bool AgendaDocument::canRenderPdf()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

QString AgendaDocument::html() const
{
    const DocumentText &t = m_text;
    const Meeting &m = m_meeting.meeting;
    const QString title = t.meetingTitle(m_meeting.series.name, m.number);

    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
             .arg(t.code());
    h += QStringLiteral("<title>%1 %2</title>\n").arg(esc(title), esc(t.word(Word::Agenda)));
    // Plain CSS that browsers and Qt's rich text both understand: the PDF is laid out from this page.
    h += QStringLiteral("<style>\n"
                        "@page { size: A4; margin: 18mm; }\n"
                        "body { font-family: 'Noto Sans CJK JP', 'Hiragino Sans', 'Yu Gothic', sans-serif; "
                        "font-size: 10.5pt; "
                        "color: #222; }\n"
                        "p.series { font-size: 13pt; color: #444; margin: 0; }\n"
                        "h1 { font-size: 21pt; margin: 4pt 0 2pt 0; }\n"
                        "p.theme { font-size: 14pt; margin-top: 2pt; margin-bottom: 0; }\n"
                        "table { border-collapse: collapse; }\n"
                        "th { text-align: left; font-weight: bold; }\n"
                        "td.label { font-weight: bold; color: #444; }\n"
                        "td.time { white-space: nowrap; }\n"
                        "span.organisation { font-size: 9pt; color: #555; }\n"
                        "h2 { font-size: 13pt; margin-top: 0; margin-bottom: 6pt; }\n"
                        "p.gap { font-size: 8pt; margin: 0; }\n"
                        "</style>\n</head>\n<body>\n");

    h += QStringLiteral("<p class=\"series\" align=\"center\">%1</p>\n").arg(esc(m_meeting.series.name));
    h += QStringLiteral("<h1 align=\"center\">%1</h1>\n").arg(esc(heading(t, m)));
    if (!m.theme.trimmed().isEmpty())
        h += QStringLiteral("<p class=\"theme\" align=\"center\">%1</p>\n")
                 .arg(esc(t.quoted(m.theme.trimmed())));
    else
        h += QStringLiteral("<p class=\"theme\" align=\"center\">&nbsp;</p>\n");

    h += QStringLiteral("<p class=\"gap\">&nbsp;</p>\n");

    // The details: when, where, how much.
    auto detail = [&](Word label, const QString &valueHtml) {
        return QStringLiteral("<tr><td class=\"label\" width=\"16%\">%1</td><td>%2</td></tr>\n")
            .arg(esc(t.word(label)), valueHtml);
    };
    h += QStringLiteral("<table class=\"details\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">\n");
    h += detail(Word::Date, esc(t.dateTime(m.date, m.start, m.end)));
    QString venue = esc(m.venue);
    if (!m.address.isEmpty())
        venue += (venue.isEmpty() ? QString() : QStringLiteral("<br>")) +
                 QStringLiteral("<span class=\"organisation\">%1</span>").arg(esc(m.address));
    if (!venue.isEmpty())
        h += detail(Word::Venue, venue);
    h += detail(Word::Fee, esc(t.yen(m.fee)));
    if (m.capacity)
        h += detail(Word::Capacity, esc(t.people(*m.capacity)));
    h += QStringLiteral("</table>\n");

    // The programme.
    // Qt's rich text drops a heading's top margin after a table: an empty paragraph keeps the gap.
    h += QStringLiteral("<p class=\"gap\">&nbsp;</p>\n<h2>%1</h2>\n").arg(esc(t.word(Word::Programme)));
    const QString line = QStringLiteral("border-bottom: 1px solid #999;");
    h += QStringLiteral("<table class=\"programme\" width=\"100%\" cellspacing=\"0\" cellpadding=\"6\">\n");
    h += QStringLiteral("<thead><tr><th width=\"20%\" style=\"%4 background-color: #eee;\">%1</th>"
                        "<th width=\"50%\" style=\"%4 background-color: #eee;\">%2</th>"
                        "<th width=\"30%\" style=\"%4 background-color: #eee;\">%3</th></tr></thead>\n")
             .arg(esc(t.word(Word::Time)), esc(t.word(Word::Item)), esc(t.word(Word::Presenter)), line);
    for (const AgendaTimetable::Entry &e : m_meeting.timetable.entries()) {
        QString presenter = esc(e.presenter);
        if (!e.presenterOrganisation.isEmpty())
            presenter += QStringLiteral("<br><span class=\"organisation\">%1</span>")
                             .arg(esc(e.presenterOrganisation));
        h += QStringLiteral("<tr><td class=\"time\" style=\"%4\">%1</td><td style=\"%4\">%2</td>"
                            "<td style=\"%4\">%3</td></tr>\n")
                 .arg(esc(itemTime(t, e)), esc(itemTitle(t, e.item)), presenter, line);
    }
    h += QStringLiteral("</table>\n");

    if (m.hasSocial)
        h += QStringLiteral("<p class=\"gap\">&nbsp;</p>\n<h2>%1</h2>\n<p>%2</p>\n")
                 .arg(esc(t.word(Word::Social)), esc(socialLine(t, m)));
    h += QStringLiteral("</body>\n</html>\n");
    return h;
}

QString AgendaDocument::plainText() const
{
    const DocumentText &t = m_text;
    const Meeting &m = m_meeting.meeting;
    const QString colon = t.colon();
    const QString gap = t.gap();
    QStringList lines;
    lines << QStringLiteral("%1 %2").arg(m_meeting.series.name, heading(t, m));
    if (!m.theme.trimmed().isEmpty())
        lines << t.quoted(m.theme.trimmed());
    lines << QString();
    lines << t.word(Word::Date) + colon + t.dateTime(m.date, m.start, m.end);
    if (!venueLine(t, m).isEmpty())
        lines << t.word(Word::Venue) + colon + venueLine(t, m);
    lines << t.word(Word::Fee) + colon + t.yen(m.fee);
    if (m.capacity)
        lines << t.word(Word::Capacity) + colon + t.people(*m.capacity);
    lines << QString() << t.word(Word::Programme);
    for (const AgendaTimetable::Entry &e : m_meeting.timetable.entries()) {
        QString row = itemTime(t, e) + gap + itemTitle(t, e.item);
        if (!e.presenter.isEmpty())
            row += gap + presenterLine(t, e);
        lines << row;
    }
    if (m.hasSocial)
        lines << QString() << t.word(Word::Social) + colon + socialLine(t, m);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

Status AgendaDocument::saveHtml(const QString &path) const
{
    return DocumentFile::write(path, html().toUtf8());
}

Status AgendaDocument::saveText(const QString &path) const
{
    return DocumentFile::write(path, plainText().toUtf8());
}

Status AgendaDocument::savePdf(const QString &path) const
{
    if (!canRenderPdf()) {
        Error e(tr("A PDF can only be made by a program that loads fonts (the GUI, or renkei-cli); save "
                   "the agenda as HTML instead."));
        e.file = path;
        return e;
    }
    HtmlPdf::Layout layout;
    layout.marginsMm = QMarginsF(18, 16, 18, 16);
    layout.bodyPoints = 10.5;
    layout.footerPoints = 8;
    return HtmlPdf::save(
        path,
        QStringLiteral("%1 %2").arg(m_text.meetingTitle(m_meeting.series.name, m_meeting.meeting.number),
                                    m_text.word(Word::Agenda)),
        html(), layout);
}

Status AgendaDocument::save(const QString &path) const
{
    const QString extension = DocumentFile::extension(path);
    if (extension == QStringLiteral("pdf"))
        return savePdf(path);
    if (extension == QStringLiteral("html") || extension == QStringLiteral("htm"))
        return saveHtml(path);
    if (extension == QStringLiteral("txt"))
        return saveText(path);
    Error e(tr("Save the agenda as .pdf, .html or .txt, not .%1.").arg(extension));
    e.file = path;
    e.field = QStringLiteral("out");
    return e;
}

} // namespace renkei
