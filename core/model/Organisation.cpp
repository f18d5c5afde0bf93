#include "Organisation.h"

#include "EnumText.h"

#include <QCoreApplication>

namespace renkei {

namespace {
constexpr EnumKeys<OrganisationKind, 10> kindKeys{{
    {OrganisationKind::Clinic, "clinic"},
    {OrganisationKind::Hospital, "hospital"},
    {OrganisationKind::DentalClinic, "dental-clinic"},
    {OrganisationKind::Pharmacy, "pharmacy"},
    {OrganisationKind::VisitingNurseStation, "visiting-nurse-station"},
    {OrganisationKind::CareManagementOffice, "care-management-office"},
    {OrganisationKind::SupportCentre, "support-centre"},
    {OrganisationKind::WardOffice, "ward-office"},
    {OrganisationKind::Company, "company"},
    {OrganisationKind::Other, "other"},
}};
} // namespace

QString organisationKindKey(OrganisationKind kind)
{
    return enumKey(kindKeys, kind);
}
std::optional<OrganisationKind> organisationKindFromKey(const QString &key)
{
    return enumFromKey(kindKeys, key);
}
QStringList organisationKindKeys()
{
    return allEnumKeys(kindKeys);
}

QString organisationKindLabel(OrganisationKind kind)
{
    switch (kind) {
    case OrganisationKind::Clinic:
        return QCoreApplication::translate("renkei::Organisation", "Clinic");
    case OrganisationKind::Hospital:
        return QCoreApplication::translate("renkei::Organisation", "Hospital");
    case OrganisationKind::DentalClinic:
        return QCoreApplication::translate("renkei::Organisation", "Dental clinic");
    case OrganisationKind::Pharmacy:
        return QCoreApplication::translate("renkei::Organisation", "Pharmacy");
    case OrganisationKind::VisitingNurseStation:
        return QCoreApplication::translate("renkei::Organisation", "Visiting-nurse station");
    case OrganisationKind::CareManagementOffice:
        return QCoreApplication::translate("renkei::Organisation", "Care-management office");
    case OrganisationKind::SupportCentre:
        return QCoreApplication::translate("renkei::Organisation", "Community support centre");
    case OrganisationKind::WardOffice:
        return QCoreApplication::translate("renkei::Organisation", "Ward office");
    case OrganisationKind::Company:
        return QCoreApplication::translate("renkei::Organisation", "Company");
    case OrganisationKind::Other:
        break;
    }
    return QCoreApplication::translate("renkei::Organisation", "Other");
}

} // namespace renkei
