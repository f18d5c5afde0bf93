#pragma once

#include "DocumentText.h"
#include "MeetingDocument.h"
#include "core/Result.h"
#include "core/model/Attendee.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class QPagedPaintDevice;

namespace renkei {

class Database;

// Who issues certificates of attendance, and when.
struct CertificateOptions
{
    QString issuer;           // who certifies; empty: the series' name (the network's)
    QDate issuedOn;           // empty: the meeting's date
    DocumentOptions document; // the language; none: the network's
};

// Certificates of attendance (参加証明書): one A4 page for each person who came, naming them, the
// meeting, its date, time and length in hours, the venue and the network that issues it — for
// professionals who must show their hours of training.
class AttendanceCertificates
{
    Q_DECLARE_TR_FUNCTIONS(renkei::AttendanceCertificates)

public:
    struct Options
    {
        QString issuer; // who certifies; empty: the series' name (the network's)
        QDate issuedOn; // empty: the meeting's date
    };

    AttendanceCertificates(MeetingDocument meeting, QList<Attendee> people, CertificateOptions options,
                           DocumentText text = {});

    // For everyone recorded as attended, in 五十音 order; or for the members given, each of whom must
    // be recorded as attended.
    static Result<AttendanceCertificates> load(Database &db, qint64 meetingId,
                                               const QList<qint64> &memberIds = {},
                                               CertificateOptions options = {});

    const QList<Attendee> &people() const { return m_people; }
    QString issuer() const;
    // "1.5": the meeting's length in hours, from its start and end; empty when either is unknown.
    QString hours() const;
    int pageCount() const { return int(m_people.size()); }

    Result<int> print(QPagedPaintDevice &device) const;
    Result<int> writePdf(const QString &path) const;

private:
    MeetingDocument m_meeting;
    QList<Attendee> m_people;
    CertificateOptions m_options;
    DocumentText m_text;
};

} // namespace renkei
