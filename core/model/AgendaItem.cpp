#include "AgendaItem.h"

#include "EnumText.h"

#include <QCoreApplication>

namespace renkei {

namespace {
constexpr EnumKeys<AgendaKind, 9> kindKeys{{
    {AgendaKind::Opening, "opening"},
    {AgendaKind::InformationSharing, "information"},
    {AgendaKind::Lecture, "lecture"},
    {AgendaKind::CaseReview, "case-review"},
    {AgendaKind::HandsOn, "hands-on"},
    {AgendaKind::Discussion, "discussion"},
    {AgendaKind::Announcement, "announcement"},
    {AgendaKind::Closing, "closing"},
    {AgendaKind::Other, "other"},
}};
} // namespace

QString agendaKindKey(AgendaKind kind)
{
    return enumKey(kindKeys, kind);
}
std::optional<AgendaKind> agendaKindFromKey(const QString &key)
{
    return enumFromKey(kindKeys, key);
}
QStringList agendaKindKeys()
{
    return allEnumKeys(kindKeys);
}

bool isAgendaContent(AgendaKind kind)
{
    switch (kind) {
    case AgendaKind::InformationSharing:
    case AgendaKind::Lecture:
    case AgendaKind::CaseReview:
    case AgendaKind::HandsOn:
    case AgendaKind::Discussion:
        return true;
    default:
        return false;
    }
}

QString agendaKindLabel(AgendaKind kind)
{
    switch (kind) {
    case AgendaKind::Opening:
        return QCoreApplication::translate("renkei::AgendaItem", "Opening");
    case AgendaKind::InformationSharing:
        return QCoreApplication::translate("renkei::AgendaItem", "Information sharing");
    case AgendaKind::Lecture:
        return QCoreApplication::translate("renkei::AgendaItem", "Lecture");
    case AgendaKind::CaseReview:
        return QCoreApplication::translate("renkei::AgendaItem", "Case review");
    case AgendaKind::HandsOn:
        return QCoreApplication::translate("renkei::AgendaItem", "Hands-on");
    case AgendaKind::Discussion:
        return QCoreApplication::translate("renkei::AgendaItem", "Discussion");
    case AgendaKind::Announcement:
        return QCoreApplication::translate("renkei::AgendaItem", "Announcement");
    case AgendaKind::Closing:
        return QCoreApplication::translate("renkei::AgendaItem", "Closing");
    case AgendaKind::Other:
        break;
    }
    return QCoreApplication::translate("renkei::AgendaItem", "Other");
}

} // namespace renkei
