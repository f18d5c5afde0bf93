#pragma once

#include "DocumentText.h"
#include "MeetingDocument.h"
#include "SignInSheetLayout.h"
#include "core/Result.h"
#include "core/model/Attendee.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class QPagedPaintDevice;
class QPaintDevice;

namespace renkei {

class Database;

// The sign-in sheet (出席簿, 受付名簿) people sign at reception: A4 portrait; a header with the series,
// 第N回, the date and the venue on every page; a table of No., name, reading, profession, organisation
// (the series' chosen columns), a box to sign and one to tick for the social gathering; blank rows at
// the end for walk-ins; page numbers "1 / 3". A row never splits across pages, and long names shrink or
// wrap, never clipped. Painted onto any QPagedPaintDevice: a PDF, or a printer from the print preview.
class SignInSheet
{
    Q_DECLARE_TR_FUNCTIONS(renkei::SignInSheet)

public:
    SignInSheet(MeetingDocument meeting, QList<Attendee> people, SignInSheetLayout layout,
                DocumentText text = {});

    // The meeting's sheet: everyone registered or already there, in the layout's order. Without a
    // layout, the series' saved one; in the options' document language, or the network's.
    static Result<SignInSheet> load(Database &db, qint64 meetingId,
                                    std::optional<SignInSheetLayout> layout = std::nullopt,
                                    const DocumentOptions &document = {});

    const MeetingDocument &meeting() const { return m_meeting; }
    // The people listed, in the sheet's order (No. 1 first).
    const QList<Attendee> &people() const { return m_people; }
    const SignInSheetLayout &layout() const { return m_layout; }
    // The layout's columns as printed: the social gathering's only when the meeting has one.
    QList<SheetColumn> printedColumns() const;
    QString title() const;

    int pageCount(const QPaintDevice &device) const;
    // Sets the device to A4 portrait and paints every page; a printer must be in full-page mode.
    // Returns the number of pages.
    Result<int> print(QPagedPaintDevice &device) const;
    Result<int> writePdf(const QString &path) const;

private:
    struct Plan;
    Plan plan(const QPaintDevice &device) const;

    MeetingDocument m_meeting;
    QList<Attendee> m_people;
    SignInSheetLayout m_layout;
    DocumentText m_text;
};

} // namespace renkei
