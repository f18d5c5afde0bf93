#include "DocumentText.h"

#include "DocumentCatalogue.h"
#include "core/schedule/JapaneseDate.h"
#include "core/storage/SettingsRepository.h"

namespace renkei {

Result<DocumentText> DocumentText::stored(Database &db, const DocumentOptions &options)
{
    if (options.language)
        return DocumentText(*options.language, options.era);
    const Result<DocumentLanguage> language = SettingsRepository(db).documentLanguage();
    if (!language)
        return language.error();
    return DocumentText(*language, options.era);
}

QLocale DocumentText::locale() const
{
    return m_language == DocumentLanguage::English ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                   : QLocale(QLocale::Japanese, QLocale::Japan);
}

QString DocumentText::translate(const char *ctx, const char *source, const char *disambiguation, int n) const
{
    return DocumentCatalogue::translate(m_language, ctx, source, disambiguation, n);
}

QString DocumentText::word(Word word) const
{
    switch (word) {
    case Word::Agenda:
        return translate("renkei::DocumentText", "Agenda");
    case Word::Programme:
        return translate("renkei::DocumentText", "Programme");
    case Word::Date:
        return translate("renkei::DocumentText", "Date");
    case Word::Venue:
        return translate("renkei::DocumentText", "Venue");
    case Word::Theme:
        return translate("renkei::DocumentText", "Theme");
    case Word::Fee:
        return translate("renkei::DocumentText", "Fee");
    case Word::Capacity:
        return translate("renkei::DocumentText", "Places");
    case Word::Time:
        return translate("renkei::DocumentText", "Time");
    case Word::Item:
        return translate("renkei::DocumentText", "Item");
    case Word::Presenter:
        return translate("renkei::DocumentText", "Presenter");
    case Word::Social:
        return translate("renkei::DocumentText", "Social gathering");
    case Word::Free:
        //: A meeting's fee when there is none
        return translate("renkei::DocumentText", "free");
    case Word::Reply:
        //: The heading of how to reply to an invitation
        return translate("renkei::DocumentText", "To attend");
    }
    return {};
}

QString DocumentText::colon() const
{
    //: Between a label and its value on a printed line ("Date: …"); Japanese: a full-width colon
    return translate("renkei::DocumentText", ": ", "label and value");
}

QString DocumentText::listSeparator() const
{
    //: Between the items of a list on one printed line; Japanese: 、
    return translate("renkei::DocumentText", ", ", "list");
}

QString DocumentText::gap() const
{
    //: Between the parts of a printed line (a time and a title); Japanese: one full-width space
    return translate("renkei::DocumentText", "  ", "gap");
}

QString DocumentText::year(const QDate &date) const
{
    // The era belongs to the Japanese calendar (JapaneseDate); documents in English keep the Western year.
    if (m_era && m_language == DocumentLanguage::Japanese)
        return JapaneseDate::year(date, JapaneseDate::Style::Era);
    //: The year of a printed date (%1 is 2026); Japanese: %1年
    return translate("renkei::DocumentText", "%1", "year").arg(date.year());
}

QString DocumentText::date(const QDate &date) const
{
    if (!date.isValid())
        return {};
    // replace(), not arg(): the month's digits that follow %1 in Japanese would read as %11 or %12.
    //: A printed date as a QDate format, %1 the year: Tue 13 January 2026; Japanese: %1M月d日（ddd）
    return locale()
        .toString(date, translate("renkei::DocumentText", "ddd d MMMM %1"))
        .replace(QStringLiteral("%1"), year(date));
}

QString DocumentText::monthDay(const QDate &date) const
{
    if (!date.isValid())
        return {};
    //: A printed date without the year as a QDate format: Tue 6 January; Japanese: M月d日（ddd）
    return locale().toString(date, translate("renkei::DocumentText", "ddd d MMMM"));
}

QString DocumentText::time(const QTime &time) const
{
    return JapaneseDate::time(time);
}

QString DocumentText::timeRange(const QTime &start, const QTime &end) const
{
    if (!start.isValid())
        return {};
    if (!end.isValid())
        //: A time with no end: from 20:45; Japanese: %1〜
        return translate("renkei::DocumentText", "from %1").arg(time(start));
    //: From a time to another: 19:00–20:30; Japanese: %1〜%2
    return translate("renkei::DocumentText", "%1–%2").arg(time(start), time(end));
}

QString DocumentText::dateTime(const QDate &day, const QTime &start, const QTime &end) const
{
    const QString range = timeRange(start, end);
    if (range.isEmpty())
        return date(day);
    //: A date and its times: Tue 13 January 2026, 19:00–20:30; Japanese: %1%2 (no space)
    return translate("renkei::DocumentText", "%1, %2", "date and time").arg(date(day), range);
}

QString DocumentText::fiscalYear(int year) const
{
    if (m_era && m_language == DocumentLanguage::Japanese)
        return JapaneseDate::fiscalYear(year, JapaneseDate::Style::Era);
    //: A fiscal year (April to March) by the year it begins in; Japanese: %1年度
    return translate("renkei::DocumentText", "FY%1").arg(year);
}

QString DocumentText::meetingNumber(int number) const
{
    //: The number of a meeting in its series; Japanese: 第%1回
    return translate("renkei::DocumentText", "No. %1").arg(number);
}

QString DocumentText::meetingTitle(const QString &series, int number) const
{
    return QStringLiteral("%1 %2").arg(series, meetingNumber(number));
}

QString DocumentText::yen(int amount) const
{
    if (amount == 0)
        return word(Word::Free);
    //: An amount of money in yen (%1 is 3,000); Japanese: %1円
    return translate("renkei::DocumentText", "¥%1").arg(QLocale(QLocale::English).toString(amount));
}

QString DocumentText::people(int count) const
{
    //: A number of people (a meeting's places); Japanese: %n名
    return translate("renkei::DocumentText", "%n people", nullptr, count);
}

QString DocumentText::quoted(const QString &text) const
{
    //: A quoted theme; Japanese: 「%1」
    return translate("renkei::DocumentText", "“%1”").arg(text);
}

QString DocumentText::parenthesised(const QString &text) const
{
    //: A parenthetical after a name (its address, organisation or fee); Japanese: （%1） with no space
    return translate("renkei::DocumentText", " (%1)").arg(text);
}

QString DocumentText::kindAndTitle(AgendaKind kind, const QString &title) const
{
    //: An agenda item's kind and its title: [Lecture] Care at home; Japanese: 【%1】%2
    return translate("renkei::DocumentText", "[%1] %2").arg(this->kind(kind), title);
}

QString DocumentText::kind(AgendaKind kind) const
{
    switch (kind) {
    case AgendaKind::Opening:
        return translate("renkei::DocumentText", "Opening");
    case AgendaKind::InformationSharing:
        return translate("renkei::DocumentText", "Information sharing");
    case AgendaKind::Lecture:
        return translate("renkei::DocumentText", "Lecture");
    case AgendaKind::CaseReview:
        return translate("renkei::DocumentText", "Case review");
    case AgendaKind::HandsOn:
        return translate("renkei::DocumentText", "Hands-on");
    case AgendaKind::Discussion:
        return translate("renkei::DocumentText", "Discussion");
    case AgendaKind::Announcement:
        return translate("renkei::DocumentText", "Announcements");
    case AgendaKind::Closing:
        return translate("renkei::DocumentText", "Closing");
    case AgendaKind::Other:
        break;
    }
    return translate("renkei::DocumentText", "Other");
}

} // namespace renkei
