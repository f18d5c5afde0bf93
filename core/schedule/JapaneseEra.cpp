#include "JapaneseEra.h"

namespace renkei {

namespace {

struct Era
{
    int year, month, day; // the first day of the era
    int firstYear;        // the Gregorian year that is its 元年
    const char16_t *name;
    const char *nameEn;
    char16_t letter;
};

// Newest first. 明治 is counted from 1 January 1873, the first day of the Gregorian calendar in Japan;
// its years from 1868, when it began.
constexpr Era eras[] = {
    {2019, 5, 1, 2019, u"令和", "Reiwa", u'R'},   {1989, 1, 8, 1989, u"平成", "Heisei", u'H'},
    {1926, 12, 25, 1926, u"昭和", "Showa", u'S'}, {1912, 7, 30, 1912, u"大正", "Taisho", u'T'},
    {1873, 1, 1, 1868, u"明治", "Meiji", u'M'},
};
constexpr int eraCount = int(std::size(eras));

} // namespace

QString JapaneseEra::Year::text() const
{
    if (year == 1)
        return era + QStringLiteral("元年");
    return QStringLiteral("%1%2年").arg(era).arg(year);
}

std::optional<JapaneseEra::Year> JapaneseEra::of(const QDate &date)
{
    if (!date.isValid())
        return std::nullopt;
    for (const Era &e : eras)
        if (date >= QDate(e.year, e.month, e.day))
            return Year{QString::fromUtf16(e.name), QString::fromLatin1(e.nameEn),
                        date.year() - e.firstYear + 1};
    return std::nullopt;
}

std::optional<int> JapaneseEra::gregorianYear(QStringView name, QStringView year)
{
    const QString n = name.toString().normalized(QString::NormalizationForm_KC).trimmed().toUpper();
    const QString y = year.toString().normalized(QString::NormalizationForm_KC).trimmed();
    for (int i = 0; i < eraCount; ++i) {
        const Era &e = eras[i];
        if (n != QStringView(e.name) && !(n.size() == 1 && n.front() == QChar(e.letter)))
            continue;
        int count = 0;
        if (y == QStringLiteral("元")) {
            count = 1;
        } else {
            bool ok = false;
            count = y.toInt(&ok);
            if (!ok || y.isEmpty() || !y.front().isDigit())
                return std::nullopt;
        }
        const int gregorian = e.firstYear + count - 1;
        // The next era (the one before in the table) began in the last year this one has.
        if (count < 1 || (i > 0 && gregorian > eras[i - 1].firstYear))
            return std::nullopt;
        return gregorian;
    }
    return std::nullopt;
}

QString JapaneseEra::namePattern()
{
    QStringList names;
    QString letters;
    for (const Era &e : eras) {
        names << QString::fromUtf16(e.name);
        letters += QChar(e.letter);
        letters += QChar(e.letter).toLower();
    }
    return names.join(QLatin1Char('|')) + QStringLiteral("|[") + letters + QLatin1Char(']');
}

} // namespace renkei
