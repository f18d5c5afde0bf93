#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace renkei {

// The Japanese eras (元号) from 明治 on and the day each began: the one table both for writing a
// date's era year (令和8年, 令和元年) and for reading one back (令和8, R8, 平成元, ｈ３１).
class JapaneseEra
{
public:
    // A year counted in an era.
    struct Year
    {
        QString era;   // 令和
        QString eraEn; // Reiwa
        int year = 0;  // 1 is written 元年

        // 「令和8年」, 「令和元年」.
        QString text() const;
    };

    // The era of a date from 1873 (when Japan took the Gregorian calendar) on; nothing before.
    static std::optional<Year> of(const QDate &date);

    // The Gregorian year of year `year` of the era `name`: the era's name (令和, 平成, 昭和, 大正, 明治)
    // or its letter (R, H, S, T, M, either case, half- or full-width); the year in digits (full-width
    // too) or 元. Nothing for another name, a year below 1, or a year after the one the next era began in
    // (平成31 is 2019, 平成32 is not a year).
    static std::optional<int> gregorianYear(QStringView name, QStringView year);

    // The era names and letters as alternatives for a regular expression: 令和|平成|…|[RHSTMrhstm].
    static QString namePattern();
};

} // namespace renkei
