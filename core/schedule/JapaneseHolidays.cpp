#include "JapaneseHolidays.h"

#include "core/text/Language.h"

#include <algorithm>
#include <vector>

namespace renkei {

namespace {

struct Name
{
    const char16_t *ja;
    const char *en;
};

constexpr Name newYearsDay{u"元日", "New Year's Day"};
constexpr Name comingOfAgeDay{u"成人の日", "Coming of Age Day"};
constexpr Name foundationDay{u"建国記念の日", "National Foundation Day"};
constexpr Name emperorsBirthday{u"天皇誕生日", "The Emperor's Birthday"};
constexpr Name vernalEquinox{u"春分の日", "Vernal Equinox Day"};
constexpr Name greeneryDay{u"みどりの日", "Greenery Day"};
constexpr Name showaDay{u"昭和の日", "Showa Day"};
constexpr Name constitutionDay{u"憲法記念日", "Constitution Memorial Day"};
constexpr Name childrensDay{u"こどもの日", "Children's Day"};
constexpr Name marineDay{u"海の日", "Marine Day"};
constexpr Name mountainDay{u"山の日", "Mountain Day"};
constexpr Name respectForTheAgedDay{u"敬老の日", "Respect for the Aged Day"};
constexpr Name autumnalEquinox{u"秋分の日", "Autumnal Equinox Day"};
constexpr Name healthAndSportsDay{u"体育の日", "Health and Sports Day"};
constexpr Name sportsDay{u"スポーツの日", "Sports Day"};
constexpr Name cultureDay{u"文化の日", "Culture Day"};
constexpr Name labourThanksgivingDay{u"勤労感謝の日", "Labour Thanksgiving Day"};
constexpr Name substituteHoliday{u"振替休日", "Substitute holiday"};
constexpr Name citizensHoliday{u"国民の休日", "Citizens' holiday"};

// Days made holidays once, each by its own law.
struct OneOff
{
    int year, month, day;
    Name name;
};
constexpr OneOff oneOffs[] = {
    {1989, 2, 24, {u"昭和天皇の大喪の礼", "State Funeral of Emperor Showa"}},
    {1990, 11, 12, {u"即位礼正殿の儀", "Enthronement Ceremony"}},
    {1993, 6, 9, {u"皇太子徳仁親王の結婚の儀", "Wedding of Crown Prince Naruhito"}},
    {2019, 5, 1, {u"天皇の即位の日", "Enthronement Day"}},
    {2019, 10, 22, {u"即位礼正殿の儀の行われる日", "Enthronement Ceremony Day"}},
};

// The n-th Monday (Happy Monday system, from 2000 and 2003).
QDate nthMonday(int year, int month, int n)
{
    const QDate first(year, month, 1);
    return first.addDays((Qt::Monday - first.dayOfWeek() + 7) % 7 + 7 * (n - 1));
}

Holiday make(const QDate &date, const Name &name, HolidayKind kind = HolidayKind::National)
{
    return Holiday{date, QString::fromUtf16(name.ja), QString::fromLatin1(name.en), kind};
}

// The days named in the law (国民の祝日) as it stood in `year`.
QList<Holiday> nationalHolidays(int year)
{
    QList<Holiday> out;
    auto add = [&](int month, int day, const Name &name) { out << make(QDate(year, month, day), name); };
    auto addDate = [&](const QDate &date, const Name &name) { out << make(date, name); };

    add(1, 1, newYearsDay);
    if (year <= 1999)
        add(1, 15, comingOfAgeDay);
    else
        addDate(nthMonday(year, 1, 2), comingOfAgeDay);
    add(2, 11, foundationDay);
    if (year >= 2020)
        add(2, 23, emperorsBirthday);
    add(3, JapaneseHolidays::vernalEquinoxDay(year), vernalEquinox);
    if (year <= 1988)
        add(4, 29, emperorsBirthday);
    else if (year <= 2006)
        add(4, 29, greeneryDay);
    else
        add(4, 29, showaDay);
    add(5, 3, constitutionDay);
    if (year >= 2007)
        add(5, 4, greeneryDay);
    add(5, 5, childrensDay);

    if (year == 2020)
        add(7, 23, marineDay); // moved for the Tokyo Olympics
    else if (year == 2021)
        add(7, 22, marineDay);
    else if (year >= 2003)
        addDate(nthMonday(year, 7, 3), marineDay);
    else if (year >= 1996)
        add(7, 20, marineDay);

    if (year == 2020)
        add(7, 24, sportsDay);
    else if (year == 2021)
        add(7, 23, sportsDay);

    if (year == 2020)
        add(8, 10, mountainDay);
    else if (year == 2021)
        add(8, 8, mountainDay);
    else if (year >= 2016)
        add(8, 11, mountainDay);

    if (year >= 2003)
        addDate(nthMonday(year, 9, 3), respectForTheAgedDay);
    else
        add(9, 15, respectForTheAgedDay);
    add(9, JapaneseHolidays::autumnalEquinoxDay(year), autumnalEquinox);

    if (year <= 1999)
        add(10, 10, healthAndSportsDay);
    else if (year <= 2019)
        addDate(nthMonday(year, 10, 2), healthAndSportsDay);
    else if (year >= 2022)
        addDate(nthMonday(year, 10, 2), sportsDay);

    add(11, 3, cultureDay);
    add(11, 23, labourThanksgivingDay);
    if (year >= 1989 && year <= 2018)
        add(12, 23, emperorsBirthday);

    for (const OneOff &o : oneOffs)
        if (o.year == year)
            add(o.month, o.day, o.name);

    std::sort(out.begin(), out.end(), [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    return out;
}

// Substitute holidays began on 12 April 1973; citizens' holidays on 27 December 1985.
const QDate substituteLawStart(1973, 4, 12);
const QDate citizensLawStart(1985, 12, 27);
const QDate lawOf2007(2007, 1, 1);

QList<Holiday> computeYear(int year)
{
    QList<Holiday> national = nationalHolidays(year);
    auto isNational = [&](const QDate &d) {
        return std::any_of(national.cbegin(), national.cend(), [&](const Holiday &h) { return h.date == d; });
    };

    QList<Holiday> extra;
    auto isExtra = [&](const QDate &d) {
        return std::any_of(extra.cbegin(), extra.cend(), [&](const Holiday &h) { return h.date == d; });
    };

    // 振替休日: until 2006 only the Monday after a Sunday holiday (when it is not a holiday itself);
    // from 2007 the first day after it that is not a national holiday.
    for (const Holiday &h : national) {
        if (h.date.dayOfWeek() != Qt::Sunday || h.date < substituteLawStart)
            continue;
        QDate next = h.date.addDays(1);
        if (h.date < lawOf2007) {
            if (!isNational(next))
                extra << make(next, substituteHoliday, HolidayKind::Substitute);
            continue;
        }
        while (isNational(next))
            next = next.addDays(1);
        if (next.year() == year && !isExtra(next))
            extra << make(next, substituteHoliday, HolidayKind::Substitute);
    }

    // 国民の休日: a day between two national holidays that is not one itself. Until 2006 the law
    // excluded Sundays and substitute holidays.
    for (const Holiday &h : national) {
        const QDate between = h.date.addDays(1);
        if (between < citizensLawStart || between.year() != year)
            continue;
        if (isNational(between) || !isNational(between.addDays(1)) || isExtra(between))
            continue;
        if (between < lawOf2007 && between.dayOfWeek() == Qt::Sunday)
            continue;
        extra << make(between, citizensHoliday, HolidayKind::Citizens);
    }

    QList<Holiday> all = national + extra;
    std::sort(all.begin(), all.end(), [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    return all;
}

const std::vector<QList<Holiday>> &table()
{
    static const std::vector<QList<Holiday>> years = [] {
        std::vector<QList<Holiday>> out;
        for (int year = JapaneseHolidays::firstYear; year <= JapaneseHolidays::lastYear; ++year)
            out.push_back(computeYear(year));
        return out;
    }();
    return years;
}

} // namespace

QString Holiday::name() const
{
    return Language::isJapanese() ? nameJa : nameEn;
}

int JapaneseHolidays::vernalEquinoxDay(int year)
{
    // Integer division truncates toward zero, as the published formula assumes.
    if (year < 1980)
        return int(20.8357 + 0.242194 * (year - 1980) - (year - 1983) / 4);
    return int(20.8431 + 0.242194 * (year - 1980) - (year - 1980) / 4);
}

int JapaneseHolidays::autumnalEquinoxDay(int year)
{
    if (year < 1980)
        return int(23.2588 + 0.242194 * (year - 1980) - (year - 1983) / 4);
    return int(23.2488 + 0.242194 * (year - 1980) - (year - 1980) / 4);
}

const QList<Holiday> &JapaneseHolidays::inYear(int year)
{
    static const QList<Holiday> none;
    if (!covers(year))
        return none;
    return table()[std::size_t(year - firstYear)];
}

QList<Holiday> JapaneseHolidays::between(const QDate &from, const QDate &to)
{
    QList<Holiday> out;
    if (!from.isValid() || !to.isValid())
        return out;
    for (int year = std::max(from.year(), firstYear); year <= std::min(to.year(), lastYear); ++year)
        for (const Holiday &h : inYear(year))
            if (h.date >= from && h.date <= to)
                out << h;
    return out;
}

std::optional<Holiday> JapaneseHolidays::on(const QDate &date)
{
    if (!date.isValid())
        return std::nullopt;
    for (const Holiday &h : inYear(date.year()))
        if (h.date == date)
            return h;
    return std::nullopt;
}

} // namespace renkei
