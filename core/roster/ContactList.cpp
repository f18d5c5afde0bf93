#include "ContactList.h"

#include "core/io/CsvSaveFile.h"
#include "core/model/ContactCheck.h"
#include "core/storage/Database.h"
#include "core/storage/OrganisationRepository.h"

#include <QHash>
#include <QSet>

namespace renkei {

QString ContactList::Emails::bccLine() const
{
    return addresses.join(QStringLiteral("; "));
}

int ContactList::Faxes::members() const
{
    int total = 0;
    for (const Fax &fax : numbers)
        total += int(fax.names.size());
    return total;
}

Result<ContactList::Emails> ContactList::emails(Database &db, const MemberFilter &filter)
{
    const MemberFilter all = filter.unpaged();
    Emails out;
    QSet<QString> seen;
    Status s = MemberRepository(db).forEach(all, [&](const Member &m) {
        const QString address = m.email.trimmed();
        if (!m.consentEmail) {
            if (!address.isEmpty())
                ++out.withoutConsent;
        } else if (address.isEmpty()) {
            ++out.withoutAddress;
        } else if (!seen.contains(address.toLower())) {
            seen.insert(address.toLower());
            out.addresses << address;
        }
        return true;
    });
    if (!s)
        return s.error();
    return out;
}

Result<ContactList::Faxes> ContactList::faxes(Database &db, const MemberFilter &filter)
{
    Result<QList<Organisation>> organisations = OrganisationRepository(db).all();
    if (!organisations)
        return organisations.error();
    QHash<qint64, const Organisation *> byId;
    for (const Organisation &o : *organisations)
        byId.insert(o.id, &o);

    const MemberFilter all = filter.unpaged();
    Faxes out;
    QHash<QString, qsizetype> byNumber; // phone key → index in out.numbers
    Status s = MemberRepository(db).forEach(all, [&](const Member &m) {
        const Organisation *organisation = byId.value(m.organisationId);
        QString number = m.fax.trimmed();
        if (number.isEmpty() && organisation)
            number = organisation->fax.trimmed();
        const QString key = ContactCheck::phoneKey(number);
        if (key.isEmpty()) {
            ++out.withoutFax;
            return true;
        }
        qsizetype index = byNumber.value(key, -1);
        if (index < 0) {
            index = out.numbers.size();
            byNumber.insert(key, index);
            out.numbers.append(Fax{number, {}, {}});
        }
        Fax &fax = out.numbers[index];
        if (fax.organisation.isEmpty() && organisation && ContactCheck::phoneKey(organisation->fax) == key)
            fax.organisation = organisation->name;
        fax.names << m.fullName();
        return true;
    });
    if (!s)
        return s.error();
    return out;
}

Result<ContactList::Faxes> ContactList::writeFaxList(Database &db, const MemberFilter &filter,
                                                     const QString &path, TextEncoding encoding)
{
    Result<Faxes> list = faxes(db, filter);
    if (!list)
        return list.error();
    CsvSaveFile file(path, encoding);
    if (Status s = file.open(); !s)
        return s.error();
    // Japanese headers: the list goes to fax software and spreadsheets in Japan.
    file.writeRow(
        {QStringLiteral("FAX番号"), QStringLiteral("所属"), QStringLiteral("氏名"), QStringLiteral("人数")});
    for (const Fax &fax : list->numbers)
        file.writeRow({fax.number, fax.organisation, fax.names.join(QStringLiteral("、")),
                       QString::number(fax.names.size())});
    if (Status s = file.commit(); !s)
        return s.error();
    return list;
}

} // namespace renkei
