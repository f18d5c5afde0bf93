#pragma once

#include "core/schedule/FiscalYear.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace renkei {

// The span a series report covers: a fiscal year (年度) by default, or any range of days (inclusive).
struct ReportPeriod
{
    Q_DECLARE_TR_FUNCTIONS(renkei::ReportPeriod)

public:
    QDate first;
    QDate last;
    FiscalYear fiscalYear; // valid when the period is exactly one fiscal year

    static ReportPeriod of(const FiscalYear &year);
    static ReportPeriod range(const QDate &first, const QDate &last);

    bool isValid() const { return first.isValid() && last.isValid() && first <= last; }
    bool contains(const QDate &date) const { return date >= first && date <= last; }
    // The first day of each month the period touches, in order.
    QList<QDate> months() const;
    // "FY2026" or "2026-04-01 – 2026-09-30", in the application's language.
    QString label() const;
};

} // namespace renkei
