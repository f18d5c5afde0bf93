#include "RosterDuplicateFinder.h"

#include "core/storage/MemberBulkWriter.h"
#include "core/storage/MemberRepository.h"
#include "core/text/KanaText.h"

namespace renkei {

namespace {

QString nameKey(const Member &m)
{
    return KanaText::searchKey(m.familyName + m.givenName);
}

QString phoneDigits(const QString &phone)
{
    QString digits;
    for (QChar c : phone.normalized(QString::NormalizationForm_KC))
        if (c.isDigit())
            digits.append(c);
    return digits;
}

} // namespace

RosterDuplicateFinder::RosterDuplicateFinder(Database &db, MemberBulkWriter &writer)
    : m_db(db), m_writer(writer), m_bits(bitCount / 64, 0)
{}

QString RosterDuplicateFinder::readingKey(const Member &m)
{
    return KanaText::sortKey(m.familyKana, m.givenKana);
}

QString RosterDuplicateFinder::emailKey(const Member &m)
{
    return m.email.trimmed().toLower();
}

// Two hashes from one (Kirsch and Mitzenmacher): the probes are h1 + k·h2.
std::pair<quint64, quint64> RosterDuplicateFinder::hashes(const QString &key)
{
    const quint64 h = quint64(qHash(key, size_t(0x9E3779B97F4A7C15ULL)));
    return {h, ((h >> 32) | (h << 32)) * 0xC2B2AE3D27D4EB4FULL | 1};
}

void RosterDuplicateFinder::addKey(const QString &key)
{
    if (key.isEmpty())
        return;
    const auto [h1, h2] = hashes(key);
    for (quint64 k = 0; k < probes; ++k) {
        const quint64 bit = (h1 + k * h2) % bitCount;
        m_bits[bit / 64] |= quint64(1) << (bit % 64);
    }
}

bool RosterDuplicateFinder::mayContain(const QString &key) const
{
    if (key.isEmpty())
        return false;
    const auto [h1, h2] = hashes(key);
    for (quint64 k = 0; k < probes; ++k) {
        const quint64 bit = (h1 + k * h2) % bitCount;
        if (!(m_bits[bit / 64] & (quint64(1) << (bit % 64))))
            return false;
    }
    return true;
}

void RosterDuplicateFinder::remember(const QString &reading, const QString &email)
{
    addKey(reading);
    addKey(email);
}

Status RosterDuplicateFinder::seed()
{
    return m_writer.forEachReadingAndEmail([this](const Member &m) {
        remember(readingKey(m), emailKey(m));
        ++m_existingMembers;
    });
}

void RosterDuplicateFinder::added(qint64 id, int line)
{
    if (m_firstAddedId == 0)
        m_firstAddedId = id;
    if (id >= m_firstAddedId) {
        m_addedLines.resize(std::max(m_addedLines.size(), size_t(id - m_firstAddedId) + 1), 0);
        m_addedLines[size_t(id - m_firstAddedId)] = line;
    }
}

int RosterDuplicateFinder::lineAdded(qint64 id) const
{
    if (m_firstAddedId > 0 && id >= m_firstAddedId && size_t(id - m_firstAddedId) < m_addedLines.size())
        return m_addedLines[size_t(id - m_firstAddedId)];
    return 0;
}

Result<std::optional<RosterDuplicateFinder::Match>>
RosterDuplicateFinder::find(const Member &row, const QString &reading, const QString &email, qint64 idInFile)
{
    if (idInFile > 0) {
        // Renkei's own number, from an earlier export: trusted when the person looks the same.
        Result<Member> byId = MemberRepository(m_db).get(idInFile);
        if (byId && (nameKey(*byId) == nameKey(row) || readingKey(*byId) == reading ||
                     (!email.isEmpty() && emailKey(*byId) == email)))
            return std::optional<Match>(Match{*byId, RosterDuplicate::Reason::SameId});
    }
    if (!mayContain(reading) && !mayContain(email))
        return std::optional<Match>();
    const Result<QList<Member>> candidates = m_writer.sameReadingOrEmail(row);
    if (!candidates)
        return candidates.error();
    const QString phone = phoneDigits(row.phone);
    for (const Member &c : *candidates)
        if (readingKey(c) == reading && nameKey(c) == nameKey(row))
            return std::optional<Match>(Match{c, RosterDuplicate::Reason::SameNameAndReading});
    for (const Member &c : *candidates)
        if (!email.isEmpty() && emailKey(c) == email)
            return std::optional<Match>(Match{c, RosterDuplicate::Reason::SameEmail});
    for (const Member &c : *candidates)
        if (!phone.isEmpty() && readingKey(c) == reading && phoneDigits(c.phone) == phone)
            return std::optional<Match>(Match{c, RosterDuplicate::Reason::SameReadingAndPhone});
    return std::optional<Match>();
}

} // namespace renkei
