#include "ReportQueries.h"

namespace renkei {

namespace {
const QString factColumns = QStringLiteral(
    "SELECT a.meeting_id, a.member_id, a.guest_name, a.guest_kana, "
    "COALESCE(mb.profession_id, a.guest_profession_id), mb.area_id, a.status, a.role, a.walk_in, a.social, "
    "a.fee_paid FROM attendance a LEFT JOIN members mb ON mb.id = a.member_id ");
}

QString ReportQueries::meetingFacts()
{
    return factColumns + QStringLiteral("WHERE a.meeting_id = ?");
}

QString ReportQueries::periodFacts()
{
    return factColumns + QStringLiteral("WHERE a.meeting_id IN (SELECT id FROM meetings WHERE series_id = ? "
                                        "AND status = 'held' AND date BETWEEN ? AND ?)");
}

QString ReportQueries::attendedBefore()
{
    // For each member who came in the period, one look along attendance_member for an earlier visit.
    return QStringLiteral(
        "SELECT p.member_id FROM (SELECT DISTINCT a.member_id FROM attendance a "
        "JOIN meetings m ON m.id = a.meeting_id WHERE m.series_id = ? AND m.status = 'held' "
        "AND m.date BETWEEN ? AND ? AND a.status = 'attended' AND a.member_id IS NOT NULL) p "
        "WHERE EXISTS (SELECT 1 FROM attendance b JOIN meetings n ON n.id = b.meeting_id "
        "WHERE b.member_id = p.member_id AND b.status = 'attended' AND n.series_id = ? AND n.status = 'held' "
        "AND (n.date < ? OR (n.date = ? AND n.number < ?)))");
}

QString ReportQueries::heldAfter()
{
    return QStringLiteral("SELECT id FROM meetings WHERE series_id = ? AND status = 'held' AND date > ? "
                          "ORDER BY date, number LIMIT ?");
}

QString ReportQueries::attendedAt()
{
    return QStringLiteral("SELECT member_id FROM attendance WHERE meeting_id = ? AND status = 'attended' "
                          "AND member_id IS NOT NULL");
}

QString ReportQueries::periodMembers()
{
    return QStringLiteral(
        "SELECT id, family_name, given_name, family_kana, given_kana, profession_id, archived, joined_on "
        "FROM members WHERE id IN (SELECT a.member_id FROM attendance a JOIN meetings m ON m.id = "
        "a.meeting_id "
        "WHERE m.series_id = ? AND m.status = 'held' AND m.date BETWEEN ? AND ?) ORDER BY kana_key, id");
}

QString ReportQueries::joinedBefore()
{
    return QStringLiteral("SELECT count(*) FROM members WHERE joined_on < ?");
}

QString ReportQueries::withoutJoinDate()
{
    return QStringLiteral("SELECT count(*) FROM members WHERE joined_on IS NULL");
}

QString ReportQueries::joinedByMonth()
{
    return QStringLiteral(
        "SELECT substr(joined_on, 1, 7), count(*) FROM members WHERE joined_on BETWEEN ? AND ? GROUP BY 1");
}

QList<ReportQueries::Named> ReportQueries::all()
{
    return {{QStringLiteral("meeting rows"), meetingFacts()},
            {QStringLiteral("period rows"), periodFacts()},
            {QStringLiteral("came before"), attendedBefore()},
            {QStringLiteral("next meetings"), heldAfter()},
            {QStringLiteral("came to a meeting"), attendedAt()},
            {QStringLiteral("period members"), periodMembers()},
            {QStringLiteral("joined before"), joinedBefore()},
            {QStringLiteral("no joining day"), withoutJoinDate()},
            {QStringLiteral("joined by month"), joinedByMonth()}};
}

} // namespace renkei
