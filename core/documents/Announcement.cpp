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
    const DocumentText t(options.document);
    const Meeting &m = doc.meeting;
    const bool ja = t.japanese();
    const QString title = t.meetingTitle(doc.series.name, m.number);
    const QString indent = ja ? QStringLiteral("　") : QStringLiteral("  ");
    auto section = [&](const QString &label, const QString &value) {
        return ja ? QStringLiteral("■%1：%2").arg(label, value)
                  : QStringLiteral("- %1: %2").arg(label, value);
    };

    QStringList lines;
    if (ja) {
        lines << QStringLiteral("【%1のご案内】").arg(title) << QString();
        lines << QStringLiteral("いつもお世話になっております。");
        lines << QStringLiteral("%1を下記のとおり開催いたします。皆さまのご参加をお待ちしております。")
                     .arg(title);
    } else {
        lines << QStringLiteral("%1: invitation").arg(title) << QString();
        lines << QStringLiteral("You are warmly invited to %1.").arg(title);
    }
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
        lines << (ja ? QStringLiteral("■%1").arg(t.word(Word::Programme))
                     : QStringLiteral("- %1:").arg(t.word(Word::Programme)));
        for (const AgendaTimetable::Entry &e : doc.timetable.entries()) {
            QString title = e.item.title.trimmed().isEmpty() ? t.kind(e.item.kind) : e.item.title.trimmed();
            QString row = indent + (e.start.isValid() ? t.time(e.start) + indent : QString()) + title;
            if (!e.presenter.isEmpty())
                row +=
                    t.parenthesised(e.presenterOrganisation.isEmpty()
                                        ? e.presenter
                                        : QStringLiteral("%1・%2").arg(e.presenter, e.presenterOrganisation));
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
            parts << t.pick(u"会費 ", "fee ") + t.yen(m.socialFee);
        lines << section(t.word(Word::Social), parts.join(ja ? QStringLiteral("　") : QStringLiteral(", ")));
    }

    lines << QString();
    const QDate replyBy = options.replyBy.isValid() ? options.replyBy : defaultReplyBy(m.date);
    const QString how = options.howToReply.trimmed();
    lines << (ja ? QStringLiteral("■%1").arg(t.word(Word::Reply))
                 : QStringLiteral("- %1:").arg(t.word(Word::Reply)));
    if (ja)
        lines << indent + QStringLiteral("%1までに、%2出欠をお知らせください。")
                              .arg(t.monthDay(replyBy),
                                   how.isEmpty() ? QStringLiteral("このメッセージへの返信で")
                                                 : QStringLiteral("%1%2で").arg(how, spaceAfter(how)));
    else
        lines << indent + QStringLiteral("Please let us know whether you will come by %1, %2.")
                              .arg(t.monthDay(replyBy), how.isEmpty()
                                                            ? QStringLiteral("by replying to this message")
                                                            : QStringLiteral("via %1").arg(how));
    if (m.hasSocial)
        lines << indent + t.pick(u"懇親会への出欠もあわせてお知らせください。",
                                 "Please also say whether you will join the social gathering.");
    if (!options.contact.trimmed().isEmpty())
        lines << indent + t.pick(u"お問い合わせ：", "Contact: ") + options.contact.trimmed();
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

Status Announcement::save(const QString &path, const MeetingDocument &meeting, const Options &options)
{
    return DocumentFile::write(path, text(meeting, options).toUtf8());
}

} // namespace renkei
