#include "MemberBulkWriter.h"

#include "Database.h"
#include "core/text/KanaText.h"

namespace renkei {

namespace {
constexpr int bulkCacheKiB = 16 * 1024;
}

MemberBulkWriter::MemberBulkWriter(Database &db) : m_db(db)
{
    QSqlQuery q = m_db.query();
    if (!q.exec(QStringLiteral("PRAGMA cache_size")) || !q.next())
        return;
    m_previousCache = q.value(0).toInt();
    if (m_previousCache < 0 && -m_previousCache >= bulkCacheKiB)
        return; // already as large
    // A failure only costs speed.
    (void)m_db.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(bulkCacheKiB),
                    QStringLiteral("enlarging the page cache"));
}

MemberBulkWriter::~MemberBulkWriter()
{
    // Statements are finalised before the page cache is put back.
    m_fastInsert.reset();
    m_insert.reset();
    m_update.reset();
    m_candidates.reset();
    if (m_previousCache != 0)
        (void)m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previousCache),
                        QStringLiteral("restoring the page cache"));
}

const QVariant &MemberBulkWriter::nowValue()
{
    const QDateTime now = m_db.now();
    if (now != m_lastNow || !m_lastNowValue.isValid()) {
        m_lastNow = now;
        m_lastNowValue = sql::dateTime(now);
    }
    return m_lastNowValue;
}

Result<qint64> MemberBulkWriter::add(const Member &member, const MemberColumns::Keys &keys)
{
    const std::array<QVariant, 20> values = MemberColumns::values(member, keys);
    const QVariant &now = nowValue();
    if (!m_fastInsert)
        m_fastInsert = std::make_unique<SqliteStatement>(m_db, MemberColumns::insert());
    if (m_fastInsert->isValid()) {
        // Bound through SQLite's own API: QSqlQuery names each placeholder anew for every value.
        SqliteStatement &q = *m_fastInsert;
        for (int i = 0; i < int(values.size()); ++i)
            q.bindVariant(i, values[i]);
        q.bindVariant(20, now);
        q.bindVariant(21, now);
        if (Status s = q.exec(tr("adding a member")); !s)
            return s.error();
        return q.lastInsertId();
    }
    if (!m_insert)
        m_insert = m_db.prepare(MemberColumns::insert());
    QSqlQuery &q = *m_insert;
    for (int i = 0; i < int(values.size()); ++i)
        q.bindValue(i, values[i]);
    q.bindValue(20, now);
    q.bindValue(21, now);
    if (Status s = m_db.exec(q, tr("adding a member")); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Status MemberBulkWriter::update(const Member &member, const MemberColumns::Keys &keys)
{
    if (!m_update)
        m_update = m_db.prepare(MemberColumns::update());
    QSqlQuery &q = *m_update;
    MemberColumns::bind(q, member, keys);
    q.bindValue(20, nowValue());
    q.bindValue(21, member.id);
    if (Status s = m_db.exec(q, tr("saving a member")); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error{tr("There is no member with id %1.").arg(member.id)};
    return {};
}

Result<QList<Member>> MemberBulkWriter::sameReadingOrEmail(const Member &member)
{
    if (!m_candidates)
        m_candidates = m_db.prepare(MemberColumns::select() +
                                    QStringLiteral(" WHERE (m.archived IN (0, 1) AND m.kana_key = ?)"
                                                   " OR m.email = ? COLLATE NOCASE"));
    QSqlQuery &q = *m_candidates;
    const QString email = member.email.trimmed();
    q.bindValue(0, KanaText::sortKey(member.familyKana, member.givenKana));
    // No address matches nobody (NULL equals nothing), although members without one store ''.
    const QVariant none(QMetaType(QMetaType::QString));
    q.bindValue(1, email.isEmpty() ? none : QVariant(email));
    if (Status s = m_db.exec(q, tr("looking for members who may be the same person")); !s)
        return s.error();
    QList<Member> out;
    while (q.next())
        out.append(MemberColumns::read(q));
    q.finish();
    return out;
}

Status MemberBulkWriter::forEachReadingAndEmail(const std::function<void(const Member &)> &visit) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT family_kana, given_kana, email FROM members"));
    if (Status s = m_db.exec(q, tr("reading the members")); !s)
        return s;
    Member m;
    while (q.next()) {
        m.familyKana = q.value(0).toString();
        m.givenKana = q.value(1).toString();
        m.email = q.value(2).toString();
        visit(m);
    }
    return {};
}

QStringList MemberBulkWriter::lookupIndexes()
{
    return {QStringLiteral("members_kana"), QStringLiteral("members_email_nocase")};
}

Status MemberBulkWriter::deferIndexes()
{
    if (!m_db.inTransaction())
        return Error{QStringLiteral("MemberBulkWriter::deferIndexes outside a transaction")};
    // Only indexes made by CREATE INDEX have a statement; those of UNIQUE and PRIMARY KEY constraints
    // (sql IS NULL) stay.
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                                              " AND tbl_name = 'members' AND sql IS NOT NULL"));
    if (Status s = m_db.exec(q, tr("reading the indexes of %1").arg(QStringLiteral("members"))); !s)
        return s;
    const QStringList keep = lookupIndexes();
    QList<std::pair<QString, QString>> found;
    while (q.next())
        if (!keep.contains(q.value(0).toString()))
            found.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    for (const auto &[name, sql] : found) {
        if (Status s = m_db.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name),
                                 tr("setting the index %1 aside").arg(name));
            !s)
            return s;
        m_deferred.append({name, sql});
    }
    return {};
}

Status MemberBulkWriter::restoreIndexes()
{
    while (!m_deferred.isEmpty()) {
        const auto [name, sql] = m_deferred.first();
        if (Status s = m_db.exec(sql, tr("building the index %1").arg(name)); !s)
            return s;
        m_deferred.removeFirst();
    }
    return {};
}

QStringList MemberBulkWriter::deferredIndexes() const
{
    QStringList names;
    for (const auto &entry : m_deferred)
        names << entry.first;
    return names;
}

} // namespace renkei
