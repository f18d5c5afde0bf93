#include "RosterField.h"

#include "core/model/EnumText.h"

#include <QCoreApplication>

namespace renkei {

namespace {

constexpr EnumKeys<RosterField, 18> fieldKeys{{
    {RosterField::Name, "name"},
    {RosterField::FamilyName, "family_name"},
    {RosterField::GivenName, "given_name"},
    {RosterField::Kana, "kana"},
    {RosterField::FamilyKana, "family_kana"},
    {RosterField::GivenKana, "given_kana"},
    {RosterField::Profession, "profession"},
    {RosterField::Organisation, "organisation"},
    {RosterField::Area, "area"},
    {RosterField::Email, "email"},
    {RosterField::Phone, "phone"},
    {RosterField::Fax, "fax"},
    {RosterField::MedicalAssociation, "medical_association"},
    {RosterField::JoinedOn, "joined_on"},
    {RosterField::ConsentRoster, "consent_roster"},
    {RosterField::ConsentEmail, "consent_email"},
    {RosterField::Notes, "notes"},
    {RosterField::Id, "id"},
}};

// Never "ID" first in a file: Excel takes a file that starts with "ID" for SYLK and refuses it.
const char *labelSource(RosterField field)
{
    switch (field) {
    case RosterField::Name:
        return QT_TRANSLATE_NOOP("renkei::RosterField", "Name");
    case RosterField::FamilyName:
        return QT_TRANSLATE_NOOP("renkei::RosterField", "Family name");
    case RosterField::GivenName:
        return QT_TRANSLATE_NOOP("renkei::RosterField", "Given name");
    case RosterField::Kana:
        return QT_TRANSLATE_NOOP("renkei::RosterField", "Reading");
    case RosterField::FamilyKana:
        return QT_TRANSLATE_NOOP("renkei::RosterField", "Family name reading");
    case RosterField::GivenKana:
        return QT_TRANSLATE_NOOP("renkei::RosterField", "Given name reading");
    case RosterField::Profession:
        return QT_TRANSLATE_NOOP("renkei::RosterField", "Profession");
    case RosterField::Organisation:
        return QT_TRANSLATE_NOOP("renkei::RosterField", "Organisation");
    case RosterField::Area:
        return QT_TRANSLATE_NOOP("renkei::RosterField", "Area");
    case RosterField::Email:
        return QT_TRANSLATE_NOOP("renkei::RosterField", "E-mail");
    case RosterField::Phone:
        return QT_TRANSLATE_NOOP("renkei::RosterField", "Phone");
    case RosterField::Fax:
        return QT_TRANSLATE_NOOP("renkei::RosterField", "Fax");
    case RosterField::MedicalAssociation:
        return QT_TRANSLATE_NOOP("renkei::RosterField", "Medical association");
    case RosterField::JoinedOn:
        return QT_TRANSLATE_NOOP("renkei::RosterField", "Joined on");
    case RosterField::ConsentRoster:
        return QT_TRANSLATE_NOOP("renkei::RosterField", "On shared rosters");
    case RosterField::ConsentEmail:
        return QT_TRANSLATE_NOOP("renkei::RosterField", "E-mail contact");
    case RosterField::Notes:
        return QT_TRANSLATE_NOOP("renkei::RosterField", "Notes");
    case RosterField::Id:
        break;
    }
    return QT_TRANSLATE_NOOP("renkei::RosterField", "Member ID");
}

} // namespace

QString rosterFieldKey(RosterField field)
{
    return enumKey(fieldKeys, field);
}

std::optional<RosterField> rosterFieldFromKey(const QString &key)
{
    QString folded = key.trimmed();
    folded.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (folded.compare(QLatin1String("organization"), Qt::CaseInsensitive) == 0)
        return RosterField::Organisation;
    return enumFromKey(fieldKeys, folded);
}

QStringList rosterFieldKeys()
{
    return allEnumKeys(fieldKeys);
}

QList<RosterField> allRosterFields()
{
    QList<RosterField> out;
    for (const auto &entry : fieldKeys)
        out << entry.first;
    return out;
}

QString rosterFieldLabel(RosterField field)
{
    return QCoreApplication::translate("renkei::RosterField", labelSource(field));
}

QString rosterFieldEnglishLabel(RosterField field)
{
    return QString::fromLatin1(labelSource(field));
}

bool isYesNoField(RosterField field)
{
    return field == RosterField::MedicalAssociation || field == RosterField::ConsentRoster ||
           field == RosterField::ConsentEmail;
}

} // namespace renkei
