#include "Announcement.h"

#include "DocumentFile.h"

namespace renkei {

namespace {

using Word = DocumentText::Word;

// A space after text ending in Latin letters (an address, a URL), so that a chat still sees where it ends.
QString spaceAfter(const QString &text)
{
    return !text.isEmpty() && text.back().unicode() < 0x80 ? QStringLiteral(" ") : QString();
}

} // namespace

QString Announcement::text(const MeetingDocument &doc, const Options &options)
{
    const DocumentText &t = options.document;
    const Meeting &m = doc.meeting;
    const QString title = t.meetingTitle(doc.series.name, m.number);
    //: The indent of lines under a heading; Japanese: one full-width space
    const QString indent = t.translate("renkei::Announcement", "  ", "indent");
    auto heading = [&](const QString &label) {
        //: A heading of the announcement; Japanese: ■%1
        return t.translate("renkei::Announcement", "- %1:").arg(label);
    };
    auto section = [&](const QString &label, const QString &value) {
        //: A heading and its value on one line; Japanese: ■%1：%2
        return t.translate("renkei::Announcement", "- %1: %2").arg(label, value);
    };

    QStringList lines;
    //: The announcement's first line; %1 is the series and meeting number. Japanese: 【%1のご案内】
    lines << t.translate("renkei::Announcement", "%1: invitation").arg(title) << QString();
    //: The announcement's greeting, one or more lines; %1 is the series and meeting number.
    lines << t.translate("renkei::Announcement", "You are warmly invited to %1.").arg(title);
    lines << QString();
    if (!m.theme.trimmed().isEmpty())
        lines << section(t.word(Word::Theme), m.theme.trimmed());
    lines << section(t.word(Word::Date), t.dateTime(m.date, m.start, m.end));
    if (!m.venue.isEmpty() || !m.address.isEmpty()) {
        lines << section(t.word(Word::Venue), m.venue.isEmpty() ? m.address : m.venue);
        if (!m.venue.isEmpty() && !m.address.isEmpty())
            lines << indent + t.parenthesised(m.address).trimmed();
    }
    lines << section(t.word(Word::Fee), t.yen(m.fee));
    if (m.capacity)
        lines << section(t.word(Word::Capacity), t.people(*m.capacity));

    if (!doc.timetable.entries().isEmpty()) {
        lines << heading(t.word(Word::Programme));
        for (const AgendaTimetable::Entry &e : doc.timetable.entries()) {
            QString title = e.item.title.trimmed().isEmpty() ? t.kind(e.item.kind) : e.item.title.trimmed();
            QString row = indent + (e.start.isValid() ? t.time(e.start) + indent : QString()) + title;
            if (!e.presenter.isEmpty())
                row += t.parenthesised(e.presenterOrganisation.isEmpty()
                                           ? e.presenter
                                           //: A presenter and their organisation; Japanese: %1・%2
                                           : t.translate("renkei::Announcement", "%1, %2", "presenter")
                                                 .arg(e.presenter, e.presenterOrganisation));
            lines << row;
        }
    }
    if (m.hasSocial) {
        QStringList parts;
        if (m.socialStart.isValid())
            parts << t.timeRange(m.socialStart, QTime());
        if (!m.socialVenue.isEmpty())
            parts << m.socialVenue;
        if (m.socialFee > 0)
            //: The social gathering's fee; Japanese: 会費 %1
            parts << t.translate("renkei::Announcement", "fee %1").arg(t.yen(m.socialFee));
        //: Between the social gathering's time, venue and fee; Japanese: one full-width space
        lines << section(t.word(Word::Social),
                         parts.join(t.translate("renkei::Announcement", ", ", "social")));
    }

    lines << QString();
    const QDate replyBy = options.replyBy.isValid() ? options.replyBy : defaultReplyBy(m.date);
    const QString how = options.howToReply.trimmed();
    lines << heading(t.word(Word::Reply));
    const QString way =
        how.isEmpty()
            //: How to reply when the organiser names no way; Japanese: このメッセージへの返信で
            ? t.translate("renkei::Announcement", "by replying to this message")
            //: How to reply: %1 a form's address or an e-mail address; Japanese: %1で
            : t.translate("renkei::Announcement", "via %1").arg(how + spaceAfter(how));
    //: %1 the reply-by date, %2 how to reply; Japanese: %1までに、%2出欠をお知らせください。
    lines << indent +
                 t.translate("renkei::Announcement", "Please let us know whether you will come by %1, %2.")
                     .arg(t.monthDay(replyBy), way);
    if (m.hasSocial)
        lines << indent + t.translate("renkei::Announcement",
                                      "Please also say whether you will join the social gathering.");
    if (!options.contact.trimmed().isEmpty())
        //: Who to ask about the meeting; Japanese: お問い合わせ：%1
        lines << indent + t.translate("renkei::Announcement", "Contact: %1").arg(options.contact.trimmed());
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

Status Announcement::save(const QString &path, const MeetingDocument &meeting, const Options &options)
{
    return DocumentFile::write(path, text(meeting, options).toUtf8());
}

} // namespace renkei
