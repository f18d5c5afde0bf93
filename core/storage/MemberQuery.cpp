#include "MemberQuery.h"

#include "Database.h"
#include "SqlValues.h"
#include "core/text/KanaText.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace renkei {

namespace {

// Escapes LIKE's wildcards in what the user typed.
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// "?,?,?" for `ids`, whose values are appended to `values`.
QString marks(const QList<qint64> &ids, QVariantList &values)
{
    for (qint64 id : ids)
        values.append(id);
    return QStringList(ids.size(), QStringLiteral("?")).join(QLatin1Char(','));
}

} // namespace

MemberFilter MemberFilter::unpaged() const
{
    MemberFilter all = *this;
    all.limit = -1;
    all.offset = 0;
    return all;
}

MemberQuery::MemberQuery(const MemberFilter &filter, const QList<qint64> &areaOrder)
    : m_limit(filter.limit), m_offset(filter.offset)
{
    addWhere(filter);
    addOrder(filter, areaOrder);
}

Result<MemberQuery> MemberQuery::make(Database &db, const MemberFilter &filter)
{
    if (!needsAreaOrder(filter))
        return MemberQuery(filter);
    Result<QList<qint64>> order = areaOrder(db);
    if (!order)
        return order.error();
    return MemberQuery(filter, *order);
}

Result<QList<qint64>> MemberQuery::areaOrder(Database &db)
{
    QSqlQuery areas =
        db.prepare(QStringLiteral("SELECT id, parent_id FROM areas ORDER BY display_order, id"));
    if (Status s =
            db.exec(areas, QCoreApplication::translate("renkei::MemberRepository", "reading the members"));
        !s)
        return s.error();
    QList<std::pair<qint64, qint64>> all;
    while (areas.next())
        all.append({areas.value(0).toLongLong(), sql::toId(areas.value(1))});
    QList<qint64> ranks;
    for (const auto &[wardId, parentId] : all) {
        if (parentId != 0)
            continue;
        ranks << wardId;
        for (const auto &[zoneId, zoneParent] : all)
            if (zoneParent == wardId)
                ranks << zoneId;
    }
    return ranks;
}

void MemberQuery::addWhere(const MemberFilter &filter)
{
    QStringList conditions;
    QVariantList &values = m_whereValues;
    switch (filter.archived) {
    case MemberFilter::Archived::Exclude:
        conditions << QStringLiteral("m.archived = 0");
        break;
    case MemberFilter::Archived::Only:
        conditions << QStringLiteral("m.archived = 1");
        break;
    case MemberFilter::Archived::Include:
        break;
    }
    if (const QString text = KanaText::searchKey(filter.text); !text.isEmpty()) {
        conditions << QStringLiteral("m.search_key LIKE ? ESCAPE '\\'");
        values.append(likePattern(text));
    }
    if (!filter.professionIds.isEmpty())
        conditions << QStringLiteral("m.profession_id IN (%1)").arg(marks(filter.professionIds, values));
    if (!filter.areaIds.isEmpty()) {
        const QString zones = marks(filter.areaIds, values);
        const QString wards = marks(filter.areaIds, values);
        conditions
            << QStringLiteral(
                   "(m.area_id IN (%1) OR m.area_id IN (SELECT id FROM areas WHERE parent_id IN (%2)))")
                   .arg(zones, wards);
    }
    if (!filter.organisationIds.isEmpty())
        conditions << QStringLiteral("m.organisation_id IN (%1)").arg(marks(filter.organisationIds, values));
    if (filter.inArea) {
        conditions << QStringLiteral(
            "EXISTS (SELECT 1 FROM areas a WHERE a.id = m.area_id AND a.in_area = ?)");
        values.append(*filter.inArea ? 1 : 0);
    }
    if (filter.medicalAssociation) {
        conditions << QStringLiteral("m.medical_association = ?");
        values.append(*filter.medicalAssociation ? 1 : 0);
    }
    if (filter.recentMeetings > 0) {
        // The series' meetings before the given one, latest first, cancelled ones aside.
        conditions << QStringLiteral(
            "m.id IN (SELECT r.member_id FROM attendance r WHERE r.status = ? AND r.meeting_id IN"
            " (SELECT p.id FROM meetings p JOIN meetings t ON t.series_id = p.series_id"
            " WHERE t.id = ? AND p.id <> t.id AND p.status <> ?"
            " AND (p.date < t.date OR (p.date = t.date AND p.number < t.number))"
            " ORDER BY p.date DESC, p.number DESC LIMIT ?))");
        values << QStringLiteral("attended") << filter.recentBefore << QStringLiteral("cancelled")
               << filter.recentMeetings;
    }
    m_where = conditions.isEmpty() ? QString()
                                   : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

void MemberQuery::addOrder(const MemberFilter &filter, const QList<qint64> &areaOrder)
{
    const QString direction = filter.descending ? QStringLiteral(" DESC") : QString();
    QString primary;
    switch (filter.order) {
    case MemberFilter::Order::Kana:
        m_orderBy = QStringLiteral(" ORDER BY m.kana_key%1, m.id%1").arg(direction);
        return;
    case MemberFilter::Order::Name:
        primary = QStringLiteral("m.family_name%1, m.given_name%1").arg(direction);
        break;
    case MemberFilter::Order::Profession:
        primary = QStringLiteral("m.profession_id IS NULL, (SELECT p.display_order FROM professions p"
                                 " WHERE p.id = m.profession_id)%1, m.profession_id%1")
                      .arg(direction);
        break;
    case MemberFilter::Order::Organisation:
        primary = QStringLiteral("m.organisation_id IS NULL, (SELECT o.name FROM organisations o"
                                 " WHERE o.id = m.organisation_id)%1, m.organisation_id%1")
                      .arg(direction);
        break;
    case MemberFilter::Order::Area: {
        // Ranks are bound as values: the tree's order is not a column.
        QString cases;
        for (qsizetype rank = 0; rank < areaOrder.size(); ++rank) {
            cases += QStringLiteral(" WHEN ? THEN ?");
            m_orderValues.append(areaOrder.at(rank));
            m_orderValues.append(int(rank));
        }
        primary = cases.isEmpty() ? QStringLiteral("m.area_id IS NULL, m.area_id%1").arg(direction)
                                  : QStringLiteral("m.area_id IS NULL, CASE m.area_id%1 END%2, m.area_id%2")
                                        .arg(cases, direction);
        break;
    }
    case MemberFilter::Order::Email:
        primary = QStringLiteral("m.email = '', m.email%1").arg(direction);
        break;
    case MemberFilter::Order::Phone:
        primary = QStringLiteral("m.phone = '', m.phone%1").arg(direction);
        break;
    case MemberFilter::Order::Status:
        primary = QStringLiteral("m.archived%1").arg(direction);
        break;
    }
    m_orderBy = QStringLiteral(" ORDER BY ") + primary + QStringLiteral(", m.kana_key, m.id");
}

QString MemberQuery::limit() const
{
    return m_limit >= 0 ? QStringLiteral(" LIMIT ? OFFSET ?") : QString();
}

QVariantList MemberQuery::values() const
{
    QVariantList all = m_whereValues + m_orderValues;
    if (m_limit >= 0)
        all << m_limit << m_offset;
    return all;
}

} // namespace renkei
