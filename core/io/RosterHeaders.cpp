#include "RosterHeaders.h"

#include "core/text/KanaText.h"

namespace renkei {

namespace {

struct Synonym
{
    const char16_t *header; // already folded
    RosterField field;
};

// Whole headers as Japanese and English rosters write them, folded (katakana become hiragana).
const Synonym synonyms[] = {
    {u"氏名", RosterField::Name},
    {u"名前", RosterField::Name},
    {u"お名前", RosterField::Name},
    {u"なまえ", RosterField::Name},
    {u"氏名漢字", RosterField::Name},
    {u"会員氏名", RosterField::Name},
    {u"会員名", RosterField::Name},
    {u"参加者氏名", RosterField::Name},
    {u"参加者名", RosterField::Name},
    {u"name", RosterField::Name},
    {u"fullname", RosterField::Name},
    {u"membername", RosterField::Name},
    {u"姓", RosterField::FamilyName},
    {u"氏", RosterField::FamilyName},
    {u"苗字", RosterField::FamilyName},
    {u"名字", RosterField::FamilyName},
    {u"familyname", RosterField::FamilyName},
    {u"lastname", RosterField::FamilyName},
    {u"surname", RosterField::FamilyName},
    {u"名", RosterField::GivenName},
    {u"givenname", RosterField::GivenName},
    {u"firstname", RosterField::GivenName},
    {u"ふりがな", RosterField::Kana},
    {u"よみがな", RosterField::Kana},
    {u"よみ", RosterField::Kana},
    {u"読み", RosterField::Kana},
    {u"読みがな", RosterField::Kana},
    {u"読み仮名", RosterField::Kana},
    {u"かな", RosterField::Kana},
    {u"氏名かな", RosterField::Kana},
    {u"氏名ふりがな", RosterField::Kana},
    {u"kana", RosterField::Kana},
    {u"furigana", RosterField::Kana},
    {u"reading", RosterField::Kana},
    {u"namereading", RosterField::Kana},
    {u"せい", RosterField::FamilyKana},
    {u"めい", RosterField::GivenKana},
    {u"職種", RosterField::Profession},
    {u"職種名", RosterField::Profession},
    {u"職業", RosterField::Profession},
    {u"資格", RosterField::Profession},
    {u"profession", RosterField::Profession},
    {u"occupation", RosterField::Profession},
    {u"job", RosterField::Profession},
    {u"所属", RosterField::Organisation},
    {u"所属先", RosterField::Organisation},
    {u"所属機関", RosterField::Organisation},
    {u"所属事業所", RosterField::Organisation},
    {u"事業所", RosterField::Organisation},
    {u"事業所名", RosterField::Organisation},
    {u"勤務先", RosterField::Organisation},
    {u"勤務先名", RosterField::Organisation},
    {u"勤め先", RosterField::Organisation},
    {u"所属名", RosterField::Organisation},
    {u"施設", RosterField::Organisation},
    {u"施設名", RosterField::Organisation},
    {u"機関名", RosterField::Organisation},
    {u"病院名", RosterField::Organisation},
    {u"会社名", RosterField::Organisation},
    {u"organisation", RosterField::Organisation},
    {u"organization", RosterField::Organisation},
    {u"affiliation", RosterField::Organisation},
    {u"workplace", RosterField::Organisation},
    {u"employer", RosterField::Organisation},
    {u"えりあ", RosterField::Area},
    {u"地区", RosterField::Area},
    {u"圏域", RosterField::Area},
    {u"日常生活圏域", RosterField::Area},
    {u"地域", RosterField::Area},
    {u"区", RosterField::Area},
    {u"area", RosterField::Area},
    {u"district", RosterField::Area},
    {u"zone", RosterField::Area},
    {u"ward", RosterField::Area},
    {u"めーる", RosterField::Email},
    {u"めーるあどれす", RosterField::Email},
    {u"eめーる", RosterField::Email},
    {u"電子めーる", RosterField::Email},
    {u"email", RosterField::Email},
    {u"mail", RosterField::Email},
    {u"emailaddress", RosterField::Email},
    {u"mailaddress", RosterField::Email},
    {u"電話", RosterField::Phone},
    {u"電話番号", RosterField::Phone},
    {u"連絡先", RosterField::Phone},
    {u"連絡先電話番号", RosterField::Phone},
    {u"携帯", RosterField::Phone},
    {u"携帯電話", RosterField::Phone},
    {u"tel", RosterField::Phone},
    {u"phone", RosterField::Phone},
    {u"telephone", RosterField::Phone},
    {u"phonenumber", RosterField::Phone},
    {u"fax", RosterField::Fax},
    {u"fax番号", RosterField::Fax},
    {u"ふぁっくす", RosterField::Fax},
    {u"ふぁくす", RosterField::Fax},
    {u"faxnumber", RosterField::Fax},
    {u"医師会", RosterField::MedicalAssociation},
    {u"医師会員", RosterField::MedicalAssociation},
    {u"医師会会員", RosterField::MedicalAssociation},
    {u"medicalassociation", RosterField::MedicalAssociation},
    {u"入会日", RosterField::JoinedOn},
    {u"入会年月日", RosterField::JoinedOn},
    {u"加入日", RosterField::JoinedOn},
    {u"登録日", RosterField::JoinedOn},
    {u"joined", RosterField::JoinedOn},
    {u"joinedon", RosterField::JoinedOn},
    {u"joindate", RosterField::JoinedOn},
    {u"名簿掲載", RosterField::ConsentRoster},
    {u"名簿掲載可", RosterField::ConsentRoster},
    {u"名簿掲載同意", RosterField::ConsentRoster},
    {u"名簿同意", RosterField::ConsentRoster},
    {u"名簿公開", RosterField::ConsentRoster},
    {u"rosterconsent", RosterField::ConsentRoster},
    {u"consentroster", RosterField::ConsentRoster},
    {u"めーる配信", RosterField::ConsentEmail},
    {u"めーる配信可", RosterField::ConsentEmail},
    {u"めーる連絡", RosterField::ConsentEmail},
    {u"めーる連絡可", RosterField::ConsentEmail},
    {u"めーる同意", RosterField::ConsentEmail},
    {u"emailconsent", RosterField::ConsentEmail},
    {u"consentemail", RosterField::ConsentEmail},
    {u"備考", RosterField::Notes},
    {u"めも", RosterField::Notes},
    {u"note", RosterField::Notes},
    {u"notes", RosterField::Notes},
    {u"remarks", RosterField::Notes},
    {u"comment", RosterField::Notes},
    {u"comments", RosterField::Notes},
    {u"会員id", RosterField::Id},
    {u"memberid", RosterField::Id},
    {u"id", RosterField::Id},
};

bool containsAny(const QString &text, std::initializer_list<const char16_t *> words)
{
    for (const char16_t *word : words)
        if (text.contains(QStringView(word)))
            return true;
    return false;
}

// Headers that are not written exactly as above, by the words in them ("氏名（フリガナ）", "勤務先名称").
std::optional<RosterField> byWords(const QString &h)
{
    if (containsAny(h, {u"ふりがな", u"よみ", u"読み", u"かな", u"kana", u"reading"})) {
        if (containsAny(h, {u"氏名", u"full"}))
            return RosterField::Kana;
        if (containsAny(h, {u"姓", u"せい", u"family", u"last", u"surname", u"苗字", u"名字"}))
            return RosterField::FamilyKana;
        if (containsAny(h, {u"名", u"めい", u"given", u"first"}))
            return RosterField::GivenKana;
        return RosterField::Kana;
    }
    if (containsAny(h, {u"めーる", u"mail"})) {
        if (containsAny(h, {u"配信", u"同意", u"連絡可", u"consent", u"可"}))
            return RosterField::ConsentEmail;
        return RosterField::Email;
    }
    if (containsAny(h, {u"fax", u"ふぁっくす", u"ふぁくす"}) && !containsAny(h, {u"電話", u"tel"}))
        return RosterField::Fax;
    if (containsAny(h, {u"電話", u"tel", u"phone", u"携帯"}))
        return RosterField::Phone;
    if (containsAny(h, {u"名簿"}))
        return RosterField::ConsentRoster;
    if (containsAny(h, {u"医師会"}))
        return RosterField::MedicalAssociation;
    if (containsAny(h, {u"所属", u"事業所", u"勤務先", u"勤め先", u"施設", u"病院", u"機関", u"organi"}))
        return RosterField::Organisation;
    if (containsAny(h, {u"職種", u"職業", u"資格", u"profession"}))
        return RosterField::Profession;
    if (containsAny(h, {u"圏域", u"地区", u"えりあ", u"地域", u"area"}))
        return RosterField::Area;
    if (containsAny(h, {u"入会", u"加入日", u"登録日"}))
        return RosterField::JoinedOn;
    if (containsAny(h, {u"備考", u"めも", u"note"}))
        return RosterField::Notes;
    if (containsAny(h, {u"氏名", u"名前"}))
        return RosterField::Name;
    return std::nullopt;
}

} // namespace

QString RosterHeaders::fold(const QString &header)
{
    QString folded = KanaText::searchKey(header);
    QString out;
    out.reserve(folded.size());
    for (QChar c : folded) {
        switch (c.unicode()) {
        case u'(':
        case u')':
        case u'[':
        case u']':
        case u'「':
        case u'」':
        case u'【':
        case u'】':
        case u'〔':
        case u'〕':
        case u'*':
        case u'※':
        case u'・':
        case u'_':
        case u'-':
        case u'.':
        case u':':
        case u'/':
            continue;
        default:
            out.append(c);
        }
    }
    return out;
}

std::optional<RosterField> RosterHeaders::recognise(const QString &header)
{
    const QString h = fold(header);
    if (h.isEmpty())
        return std::nullopt;
    for (const Synonym &s : synonyms)
        if (h == QStringView(s.header))
            return s.field;
    // What this version of Renkei writes, in the language it runs in and in English.
    for (RosterField field : allRosterFields())
        if (h == fold(rosterFieldLabel(field)) || h == fold(rosterFieldEnglishLabel(field)) ||
            h == fold(rosterFieldKey(field)))
            return field;
    return byWords(h);
}

RosterHeaders::Mapping RosterHeaders::map(const QStringList &header, const QHash<QString, QString> &overrides)
{
    Mapping mapping(header.size());
    QList<bool> overridden(header.size(), false);
    QList<RosterField> taken;
    for (qsizetype c = 0; c < header.size(); ++c) {
        for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
            if (it.key().trimmed() == header[c].trimmed() || fold(it.key()) == fold(header[c])) {
                overridden[c] = true;
                mapping[c] = rosterFieldFromKey(it.value());
                if (mapping[c])
                    taken << *mapping[c];
                break;
            }
        }
    }
    for (qsizetype c = 0; c < header.size(); ++c) {
        if (overridden[c])
            continue;
        const std::optional<RosterField> field = recognise(header[c]);
        if (field && !taken.contains(*field)) {
            mapping[c] = field;
            taken << *field;
        }
    }
    return mapping;
}

} // namespace renkei
