#include "Member.h"

namespace renkei {

namespace {
QString joinName(const QString &family, const QString &given)
{
    if (given.isEmpty())
        return family;
    if (family.isEmpty())
        return given;
    return family + QLatin1Char(' ') + given;
}
} // namespace

QString Member::fullName() const
{
    return joinName(familyName, givenName);
}
QString Member::fullKana() const
{
    return joinName(familyKana, givenKana);
}

} // namespace renkei
