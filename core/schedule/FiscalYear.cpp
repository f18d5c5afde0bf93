#include "FiscalYear.h"

#include "core/schedule/JapaneseEra.h"

#include <QRegularExpression>

namespace renkei {

FiscalYear FiscalYear::containing(const QDate &date)
{
    if (!date.isValid())
        return {};
    return FiscalYear(date.month() >= 4 ? date.year() : date.year() - 1);
}

Result<FiscalYear> FiscalYear::parse(const QString &text)
{
    const QString t = text.normalized(QString::NormalizationForm_KC).trimmed();
    static const QRegularExpression western(QStringLiteral("^(?:FY)?\\s*(\\d{4})\\s*(?:年度)?$"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = western.match(t); m.hasMatch())
        return FiscalYear(m.captured(1).toInt());

    // An era's year: 令和8年度, R8, 平成元年度.
    static const QRegularExpression era(
        QStringLiteral("^(%1)\\s*(\\d{1,2}|元)\\s*(?:年度)?$").arg(JapaneseEra::namePattern()));
    if (const QRegularExpressionMatch m = era.match(t); m.hasMatch())
        if (const std::optional<int> year = JapaneseEra::gregorianYear(m.capturedView(1), m.capturedView(2)))
            return FiscalYear(*year);
    return Error{tr("“%1” is not a fiscal year; write its first year, for example 2026 (April 2026 to "
                    "March 2027).")
                     .arg(text)};
}

QList<QDate> FiscalYear::months() const
{
    QList<QDate> out;
    for (int i = 0; i < 12; ++i)
        out << first().addMonths(i);
    return out;
}

QString FiscalYear::label() const
{
    //: A fiscal year (April to March) by the year it begins in; Japanese: %1年度
    return tr("FY%1").arg(m_year);
}

} // namespace renkei
