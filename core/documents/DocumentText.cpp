#include "DocumentText.h"

#include "core/schedule/JapaneseDate.h"

#include <QLocale>

namespace renkei {

QString DocumentText::pick(const char16_t *ja, const char *en) const
{
    return japanese() ? QString::fromUtf16(ja) : QString::fromUtf8(en);
}

QString DocumentText::word(Word word) const
{
    switch (word) {
    case Word::Agenda:
        return pick(u"次第", "Agenda");
    case Word::Programme:
        return pick(u"プログラム", "Programme");
    case Word::Date:
        return pick(u"日時", "Date");
    case Word::Venue:
        return pick(u"会場", "Venue");
    case Word::Theme:
        return pick(u"テーマ", "Theme");
    case Word::Fee:
        return pick(u"参加費", "Fee");
    case Word::Capacity:
        return pick(u"定員", "Places");
    case Word::Time:
        return pick(u"時間", "Time");
    case Word::Item:
        return pick(u"内容", "Item");
    case Word::Presenter:
        return pick(u"担当", "Presenter");
    case Word::Social:
        return pick(u"懇親会", "Social gathering");
    case Word::Free:
        return pick(u"無料", "free");
    case Word::Reply:
        return pick(u"参加申込", "To attend");
    }
    return {};
}

QString DocumentText::date(const QDate &date) const
{
    if (japanese())
        return JapaneseDate::date(date,
                                  m_options.era ? JapaneseDate::Style::Era : JapaneseDate::Style::Western);
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(date, QStringLiteral("ddd d MMMM yyyy"));
}

QString DocumentText::monthDay(const QDate &date) const
{
    if (japanese())
        return JapaneseDate::monthDay(date);
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, QStringLiteral("ddd d MMMM"));
}

QString DocumentText::time(const QTime &time) const
{
    return JapaneseDate::time(time);
}

QString DocumentText::timeRange(const QTime &start, const QTime &end) const
{
    if (japanese())
        return JapaneseDate::timeRange(start, end);
    if (!start.isValid())
        return {};
    if (!end.isValid())
        return QStringLiteral("from %1").arg(time(start));
    return QStringLiteral("%1–%2").arg(time(start), time(end));
}

QString DocumentText::dateTime(const QDate &day, const QTime &start, const QTime &end) const
{
    const QString range = timeRange(start, end);
    if (range.isEmpty())
        return date(day);
    if (japanese())
        return date(day) + range;
    return QStringLiteral("%1, %2").arg(date(day), range);
}

QString DocumentText::meetingNumber(int number) const
{
    return japanese() ? QStringLiteral("第%1回").arg(number) : QStringLiteral("No. %1").arg(number);
}

QString DocumentText::meetingTitle(const QString &series, int number) const
{
    return QStringLiteral("%1 %2").arg(series, meetingNumber(number));
}

QString DocumentText::yen(int amount) const
{
    if (amount == 0)
        return word(Word::Free);
    const QString digits = QLocale(QLocale::English).toString(amount);
    return japanese() ? digits + QStringLiteral("円") : QStringLiteral("¥") + digits;
}

QString DocumentText::people(int count) const
{
    return japanese() ? QStringLiteral("%1名").arg(count)
                      : (count == 1 ? QStringLiteral("1 person") : QStringLiteral("%1 people").arg(count));
}

QString DocumentText::quoted(const QString &text) const
{
    return japanese() ? QStringLiteral("「%1」").arg(text) : QStringLiteral("“%1”").arg(text);
}

QString DocumentText::parenthesised(const QString &text) const
{
    return japanese() ? QStringLiteral("（%1）").arg(text) : QStringLiteral(" (%1)").arg(text);
}

QString DocumentText::kind(AgendaKind kind) const
{
    switch (kind) {
    case AgendaKind::Opening:
        return pick(u"開会", "Opening");
    case AgendaKind::InformationSharing:
        return pick(u"情報提供", "Information sharing");
    case AgendaKind::Lecture:
        return pick(u"講演", "Lecture");
    case AgendaKind::CaseReview:
        return pick(u"事例検討", "Case review");
    case AgendaKind::HandsOn:
        return pick(u"ハンズオン", "Hands-on");
    case AgendaKind::Discussion:
        return pick(u"意見交換", "Discussion");
    case AgendaKind::Announcement:
        return pick(u"お知らせ", "Announcements");
    case AgendaKind::Closing:
        return pick(u"閉会", "Closing");
    case AgendaKind::Other:
        break;
    }
    return pick(u"その他", "Other");
}

} // namespace renkei
