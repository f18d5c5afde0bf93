#include "Profession.h"

#include "EnumText.h"
#include "core/text/Language.h"

#include <QCoreApplication>

namespace renkei {

namespace {
constexpr EnumKeys<ProfessionCategory, 10> categoryKeys{{
    {ProfessionCategory::Medical, "medical"},
    {ProfessionCategory::Dental, "dental"},
    {ProfessionCategory::Pharmacy, "pharmacy"},
    {ProfessionCategory::Nursing, "nursing"},
    {ProfessionCategory::Rehabilitation, "rehabilitation"},
    {ProfessionCategory::Care, "care"},
    {ProfessionCategory::Welfare, "welfare"},
    {ProfessionCategory::Government, "government"},
    {ProfessionCategory::Company, "company"},
    {ProfessionCategory::Other, "other"},
}};
} // namespace

QString professionCategoryKey(ProfessionCategory category)
{
    return enumKey(categoryKeys, category);
}
std::optional<ProfessionCategory> professionCategoryFromKey(const QString &key)
{
    return enumFromKey(categoryKeys, key);
}
QStringList professionCategoryKeys()
{
    return allEnumKeys(categoryKeys);
}

QString professionCategoryLabel(ProfessionCategory category)
{
    switch (category) {
    case ProfessionCategory::Medical:
        return QCoreApplication::translate("renkei::Profession", "Medical");
    case ProfessionCategory::Dental:
        return QCoreApplication::translate("renkei::Profession", "Dental");
    case ProfessionCategory::Pharmacy:
        return QCoreApplication::translate("renkei::Profession", "Pharmacy");
    case ProfessionCategory::Nursing:
        return QCoreApplication::translate("renkei::Profession", "Nursing");
    case ProfessionCategory::Rehabilitation:
        return QCoreApplication::translate("renkei::Profession", "Rehabilitation");
    case ProfessionCategory::Care:
        return QCoreApplication::translate("renkei::Profession", "Care");
    case ProfessionCategory::Welfare:
        return QCoreApplication::translate("renkei::Profession", "Welfare");
    case ProfessionCategory::Government:
        return QCoreApplication::translate("renkei::Profession", "Government");
    case ProfessionCategory::Company:
        return QCoreApplication::translate("renkei::Profession", "Company");
    case ProfessionCategory::Other:
        break;
    }
    return QCoreApplication::translate("renkei::Profession", "Other");
}

QString Profession::displayName() const
{
    if (Language::isJapanese() || nameEn.isEmpty())
        return nameJa;
    return nameEn;
}

} // namespace renkei
