#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace renkei {

enum class AgendaKind
{
    Opening,
    InformationSharing, // 情報提供
    Lecture,            // 講演
    CaseReview,         // 事例検討 (case review)
    HandsOn,            // ハンズオン
    Discussion,         // 意見交換
    Announcement,
    Closing,
    Other
};

QString agendaKindKey(AgendaKind kind);
std::optional<AgendaKind> agendaKindFromKey(const QString &key);
QStringList agendaKindKeys();
QString agendaKindLabel(AgendaKind kind);
// The programme's main parts (情報提供, 講演, 事例検討, ハンズオン, 意見交換), as opposed to its frame
// (opening, announcements, closing).
bool isAgendaContent(AgendaKind kind);

// One timed item of a meeting's programme (次第).
struct AgendaItem
{
    qint64 id = 0;
    qint64 meetingId = 0;
    int position = 0; // order within the meeting, from 0
    AgendaKind kind = AgendaKind::Other;
    QString title;
    int minutes = 0;
    qint64 presenterMemberId = 0; // 0: none, or free text below
    QString presenterText;
};

} // namespace renkei
