#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace renkei {

// A member of the network (会員). Archived members keep all their history.
struct Member
{
    qint64 id = 0;
    QString familyName;
    QString givenName;
    QString familyKana; // reading, in hiragana or katakana
    QString givenKana;
    qint64 professionId = 0; // 0: none
    qint64 organisationId = 0;
    qint64 areaId = 0;
    QString email;
    QString phone;
    QString fax;
    bool medicalAssociation = false; // 医師会 member
    qint64 referredById = 0;         // the member who brought them in
    QDate joinedOn;
    bool consentRoster = false; // may appear on rosters shared with other members
    bool consentEmail = false;  // may be contacted by e-mail
    bool archived = false;
    QString notes;
    QDateTime createdAt; // set by the repository
    QDateTime updatedAt;

    // 「山田 太郎」: family name first, as Japanese names are written.
    QString fullName() const;
    QString fullKana() const;
};

} // namespace renkei
