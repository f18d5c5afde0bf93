#include "ReportPeriod.h"

#include <QLocale>

namespace renkei {

ReportPeriod ReportPeriod::of(const FiscalYear &year)
{
    ReportPeriod p;
    p.first = year.first();
    p.last = year.last();
    p.fiscalYear = year;
    return p;
}

ReportPeriod ReportPeriod::range(const QDate &first, const QDate &last)
{
    ReportPeriod p;
    p.first = first;
    p.last = last;
    if (first.isValid() && FiscalYear::containing(first).first() == first &&
        FiscalYear::containing(first).last() == last)
        p.fiscalYear = FiscalYear::containing(first);
    return p;
}

QList<QDate> ReportPeriod::months() const
{
    QList<QDate> out;
    if (!isValid())
        return out;
    for (QDate month(first.year(), first.month(), 1); month <= last; month = month.addMonths(1))
        out << month;
    return out;
}

QString ReportPeriod::label() const
{
    if (fiscalYear.isValid())
        return fiscalYear.label();
    const QLocale locale;
    //: A range of dates: "2026/04/01 – 2026/09/30"
    return tr("%1 – %2").arg(locale.toString(first, QLocale::ShortFormat),
                             locale.toString(last, QLocale::ShortFormat));
}

} // namespace renkei
