#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace renkei {

enum class OrganisationKind
{
    Clinic,
    Hospital,
    DentalClinic,
    Pharmacy,
    VisitingNurseStation,
    CareManagementOffice,
    SupportCentre,
    WardOffice,
    Company,
    Other
};

QString organisationKindKey(OrganisationKind kind);
std::optional<OrganisationKind> organisationKindFromKey(const QString &key);
QStringList organisationKindKeys();
QString organisationKindLabel(OrganisationKind kind);

// 所属 (organisation): where a member works.
struct Organisation
{
    qint64 id = 0;
    QString name;
    OrganisationKind kind = OrganisationKind::Other;
    qint64 areaId = 0; // 0: unknown
    QString address;
    QString phone;
    QString fax;
    bool hidden = false;
};

} // namespace renkei
