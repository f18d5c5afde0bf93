#pragma once

#include "DocumentText.h"
#include "MeetingDocument.h"
#include "core/Result.h"
#include "core/model/Attendee.h"

#include <QCoreApplication>
#include <QList>

class QPagedPaintDevice;

namespace renkei {

class Database;

// How many badge cards go across and down an A4 page, and how many blank ones follow for walk-ins.
struct BadgeLayout
{
    int columns = 2;
    int rows = 5;
    int blankCards = 0;
};

// Name badges (名札): A4 sheets of cards to cut out — 2 × 5 business-card sized cards by default —
// each with the name large, its reading small above it, the profession and the organisation, the
// meeting, and a tag for staff, presenters and guests. Blank cards can follow for walk-ins.
class NameBadges
{
    Q_DECLARE_TR_FUNCTIONS(renkei::NameBadges)

public:
    NameBadges(MeetingDocument meeting, QList<Attendee> people, BadgeLayout layout, DocumentText text = {});
    NameBadges(MeetingDocument meeting, QList<Attendee> people)
        : NameBadges(std::move(meeting), std::move(people), BadgeLayout{})
    {}

    // Badges for everyone registered or already there (staff and presenters too), in 五十音 order; or,
    // when `attendanceIds` is not empty, for those rows of the list only, in that order. In the options'
    // document language, or the network's.
    static Result<NameBadges> load(Database &db, qint64 meetingId, const QList<qint64> &attendanceIds = {},
                                   BadgeLayout layout = {}, const DocumentOptions &document = {});

    const QList<Attendee> &people() const { return m_people; }
    const BadgeLayout &layout() const { return m_layout; }
    int cardsPerPage() const { return m_layout.columns * m_layout.rows; }
    int pageCount() const;

    Result<int> print(QPagedPaintDevice &device) const;
    Result<int> writePdf(const QString &path) const;

private:
    MeetingDocument m_meeting;
    QList<Attendee> m_people;
    BadgeLayout m_layout;
    DocumentText m_text;
};

} // namespace renkei
