#pragma once

#include "DocumentText.h"
#include "MeetingDocument.h"
#include "core/Result.h"

#include <QDate>
#include <QString>

namespace renkei {

// The announcement (案内文) of a meeting as plain text to paste into a group chat or an e-mail: what,
// when, where, the fee, the programme, the social gathering and how to reply.
class Announcement
{
public:
    struct Options
    {
        DocumentText document; // the language (DocumentText::stored gives the network's)
        QDate replyBy;         // invalid: a week before the meeting
        QString howToReply; // "このメッセージへの返信で", a form's address, an e-mail address; empty: a reply
        QString contact; // the organiser's name and how to reach them; optional
    };

    static QString text(const MeetingDocument &meeting, const Options &options);
    static QString text(const MeetingDocument &meeting) { return text(meeting, Options()); }
    static Status save(const QString &path, const MeetingDocument &meeting, const Options &options);
    // The default reply-by date: a week before the meeting.
    static QDate defaultReplyBy(const QDate &meetingDate) { return meetingDate.addDays(-7); }
};

} // namespace renkei
