#pragma once

#include <QString>

namespace renkei {

// Plausibility of contact details as people write them in Japan; an empty value is plausible.
class ContactCheck
{
public:
    // 03-1234-5678, 0312345678, 090-1234-5678, (03)1234-5678, full-width digits too:
    // 10 or 11 digits starting with 0 (or +81 followed by 9 or 10).
    static bool isPlausiblePhone(const QString &phone);
    static bool isPlausibleEmail(const QString &email);
    // The digits of a phone number as dialled within Japan (+81 3… as 03…), for telling whether two
    // numbers written differently are the same: "03-1234-5678" and "０３（１２３４）５６７８" give
    // "0312345678". Empty when there are no digits.
    static QString phoneKey(const QString &phone);
};

} // namespace renkei
