#include "ContactCheck.h"

#include <QRegularExpression>

namespace renkei {

bool ContactCheck::isPlausiblePhone(const QString &phone)
{
    const QString folded = phone.normalized(QString::NormalizationForm_KC).trimmed();
    if (folded.isEmpty())
        return true;
    QString digits;
    for (QChar c : folded) {
        if (c.isDigit())
            digits.append(c);
        else if (c != QLatin1Char('-') && c != QLatin1Char(' ') && c != QLatin1Char('(') &&
                 c != QLatin1Char(')') && c != QLatin1Char('+') && c != u'‐' && c != u'−' && c != u'ー')
            return false;
    }
    if (folded.startsWith(QLatin1Char('+'))) {
        if (!digits.startsWith(QLatin1String("81")))
            return false;
        digits = QLatin1Char('0') + digits.mid(2);
    }
    return digits.startsWith(QLatin1Char('0')) && (digits.size() == 10 || digits.size() == 11);
}

QString ContactCheck::phoneKey(const QString &phone)
{
    const QString folded = phone.normalized(QString::NormalizationForm_KC).trimmed();
    QString digits;
    for (QChar c : folded)
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits.append(c);
    if (folded.startsWith(QLatin1Char('+')) && digits.startsWith(QLatin1String("81")))
        digits = QLatin1Char('0') + digits.mid(2);
    return digits;
}

bool ContactCheck::isPlausibleEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$)"));
    const QString trimmed = email.trimmed();
    return trimmed.isEmpty() || pattern.match(trimmed).hasMatch();
}

} // namespace renkei
