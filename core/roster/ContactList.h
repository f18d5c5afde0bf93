#pragma once

#include "core/Result.h"
#include "core/io/TextEncoding.h"
#include "core/storage/MemberRepository.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace renkei {

class Database;

// Reaching the members a filter selects in one go: their e-mail addresses for the BCC line of one
// message, and a fax list (one line a number, since colleagues often share their organisation's fax).
class ContactList
{
    Q_DECLARE_TR_FUNCTIONS(renkei::ContactList)

public:
    struct Emails
    {
        QStringList addresses;  // each address once (ignoring case), in the list's order
        int withoutConsent = 0; // members with an address who did not agree to be contacted by e-mail
        int withoutAddress = 0; // members who agreed but have no address

        // "a@example.jp; b@example.jp": what mail programs take in a BCC field (Outlook wants the
        // semicolon; the others accept it too).
        QString bccLine() const;
    };

    // One fax number and who it reaches.
    struct Fax
    {
        QString number;       // as first written
        QString organisation; // the organisation whose number it is, when it is one's
        QStringList names;    // the members it reaches, in 五十音 order
    };
    struct Faxes
    {
        QList<Fax> numbers;  // in 五十音 order of the first member each reaches
        int withoutFax = 0;  // members with no fax of their own or of their organisation
        int members() const; // members reached
    };

    // The addresses of the members `filter` selects who agreed to e-mail (consent_email).
    static Result<Emails> emails(Database &db, const MemberFilter &filter);
    // The fax numbers of the members `filter` selects: their own, else their organisation's.
    static Result<Faxes> faxes(Database &db, const MemberFilter &filter);
    // faxes() as a CSV file (FAX番号, 所属, 氏名, 人数), written atomically.
    static Result<Faxes> writeFaxList(Database &db, const MemberFilter &filter, const QString &path,
                                      TextEncoding encoding = TextEncoding::Utf8Bom);
};

} // namespace renkei
