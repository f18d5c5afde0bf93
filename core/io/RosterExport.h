#pragma once

#include "core/Result.h"
#include "core/io/EncodingCheck.h"
#include "core/io/RosterField.h"
#include "core/io/TextEncoding.h"
#include "core/storage/MemberRepository.h"

#include <QCoreApplication>
#include <QList>

class QIODevice;

namespace renkei {

class Database;

// The roster as a CSV file others can open in Excel: chosen columns, the members a filter selects,
// in UTF-8 with BOM (what Excel recognises), UTF-8, or Shift_JIS. Characters Shift_JIS cannot hold
// are reported by member and column and replaced only when the user has agreed. Reading it back
// with RosterImport changes nothing.
class RosterExport
{
    Q_DECLARE_TR_FUNCTIONS(renkei::RosterExport)

public:
    struct Options
    {
        QList<RosterField> columns = defaultColumns();
        MemberFilter filter;
        TextEncoding encoding = TextEncoding::Utf8Bom;
        // A roster shared with members or partner organisations holds only the members who agreed to
        // appear on one (consent_roster), shows the e-mail address only of those who agreed to be
        // e-mailed (consent_email), and never the organiser's notes; the organiser's own copy holds
        // everyone the filter selects, whole.
        bool shared = true;
        // The user agreed to replacing what the encoding cannot hold (see EncodingCheck::replaced).
        bool replaceUnrepresentable = false;
    };

    struct Summary
    {
        int rows = 0;                  // members written
        int leftOutWithoutConsent = 0; // members the filter selected but a shared roster leaves out
        int emailsWithheld = 0;        // e-mail addresses a shared roster left blank (no consent)
        int replacedValues = 0;        // values written with replacements
    };

    explicit RosterExport(Database &db) : m_db(db) {}

    // 氏名, フリガナ, 職種, 所属, エリア, メール, 電話, FAX, 医師会, 入会日, 名簿掲載, メール配信, 備考.
    static QList<RosterField> defaultColumns();

    // The values the encoding cannot hold, by member and column; empty for UTF-8.
    Result<QList<UnrepresentableValue>> check(const Options &options) const;
    // Writes the roster to `path` atomically. Refuses, writing nothing, when a value cannot be
    // written and replacing was not agreed to (check() lists them).
    Result<Summary> write(const QString &path, const Options &options) const;

private:
    // Reads the members once: each row's cells, with what the encoding cannot hold.
    Status visit(const Options &options, Summary &summary,
                 const std::function<bool(const Member &, QStringList &)> &row) const;

    Database &m_db;
};

} // namespace renkei
