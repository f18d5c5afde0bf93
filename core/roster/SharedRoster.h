#pragma once

#include "core/Result.h"
#include "core/storage/MemberRepository.h"

#include <QCoreApplication>
#include <QDate>

class QPagedPaintDevice;

namespace renkei {

class Database;

// The roster printed for members and partner organisations (会員名簿): only the members who agreed to
// appear on a shared roster (consent_roster), and e-mail addresses only of those who agreed to be
// contacted by e-mail. Written in Japanese, as the network's documents are, on A4 landscape.
class SharedRoster
{
    Q_DECLARE_TR_FUNCTIONS(renkei::SharedRoster)

public:
    struct Summary
    {
        int rows = 0;                  // members printed
        int leftOutWithoutConsent = 0; // members the filter selected who did not agree
    };

    // Reads the members `filter` selects (in its order); `asOf` is the date printed as 「…現在」.
    static Result<SharedRoster> load(Database &db, const MemberFilter &filter, const QDate &asOf);

    const Summary &summary() const { return m_summary; }
    // The roster as an HTML table, the form it is printed in.
    QString html() const;
    // Paints the pages on a PDF writer or a printer.
    Status print(QPagedPaintDevice &device) const;
    // Writes a PDF atomically.
    Status writePdf(const QString &path) const;

private:
    struct Row
    {
        QString name;
        QString kana;
        QString profession;
        QString organisation;
        QString area;
        QString phone;
        QString email;
    };

    QList<Row> m_rows;
    Summary m_summary;
    QDate m_asOf;
};

} // namespace renkei
