#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace renkei {

// What one column of a roster holds: a member field, or a name or reading in one column that is
// split at its space. The keys name columns on the command line (--columns, --map).
enum class RosterField
{
    Name,       // 氏名: family and given name, separated by a space
    FamilyName, // 姓
    GivenName,  // 名
    Kana,       // フリガナ: family and given reading, separated by a space
    FamilyKana,
    GivenKana,
    Profession,
    Organisation,
    Area,
    Email,
    Phone,
    Fax,
    MedicalAssociation,
    JoinedOn,
    ConsentRoster,
    ConsentEmail,
    Notes,
    Id, // Renkei's own number for the member
};

QString rosterFieldKey(RosterField field);
std::optional<RosterField> rosterFieldFromKey(const QString &key);
QStringList rosterFieldKeys();
QList<RosterField> allRosterFields();
// The column header exports write ("Name", 「氏名」 in Japanese).
QString rosterFieldLabel(RosterField field);
// The same in English whatever the language, so that either reads back.
QString rosterFieldEnglishLabel(RosterField field);
// True for the yes/no columns.
bool isYesNoField(RosterField field);

} // namespace renkei
