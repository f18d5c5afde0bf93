#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <compare>

namespace renkei {

// A Japanese fiscal year (年度), April to March, named by the year it begins in: FY2026 runs from
// 1 April 2026 to 31 March 2027.
class FiscalYear
{
    Q_DECLARE_TR_FUNCTIONS(renkei::FiscalYear)

public:
    FiscalYear() = default;
    explicit FiscalYear(int year) : m_year(year) {}
    static FiscalYear containing(const QDate &date);
    // "2026", "FY2026", "2026年度", "R8", "令和8年度" (also "令和元年度").
    static Result<FiscalYear> parse(const QString &text);

    bool isValid() const { return m_year > 0; }
    int year() const { return m_year; }
    QDate first() const { return QDate(m_year, 4, 1); }
    QDate last() const { return QDate(m_year + 1, 3, 31); }
    bool contains(const QDate &date) const { return date.isValid() && date >= first() && date <= last(); }
    FiscalYear next() const { return FiscalYear(m_year + 1); }
    FiscalYear previous() const { return FiscalYear(m_year - 1); }
    // The first day of each of its twelve months, April first.
    QList<QDate> months() const;

    // "FY2026" in English, 「2026年度」 in Japanese.
    QString label() const;

    auto operator<=>(const FiscalYear &) const = default;

private:
    int m_year = 0;
};

} // namespace renkei
