#pragma once

#include "CliContext.h"
#include "core/model/Member.h"
#include "core/storage/DisplayNames.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace renkei::cli {

// How the roster commands print: --format table (aligned, for reading) or csv (UTF-8, stable column
// keys, for scripts); members as rows or one member field by field; and the names of the professions,
// organisations and areas members refer to by id, read once.
class RosterOutput
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::RosterOutput)

public:
    enum class Format
    {
        Table,
        Csv
    };

    // --format table|csv
    static QCommandLineOption formatOption();
    // The format named, or nothing for an unknown name.
    static std::optional<Format> format(const QString &name);

    explicit RosterOutput(Format format) : m_format(format) {}
    Format format() const { return m_format; }

    // Reads the names of professions, organisations and areas of `db`.
    Status loadNames(Database &db);
    QString professionName(qint64 id) const { return m_names.profession(id); }
    QString organisationName(qint64 id) const { return m_names.organisation(id); }
    // 「豊島区 / 池袋圏域」 for a zone.
    QString areaName(qint64 id) const { return m_names.area(id); }

    // Members one a row: id, name, kana, profession, organisation, area, email, phone, status.
    int printMembers(CliContext &context, const QList<Member> &members) const;
    // Every field of one member: "Field  value" lines, or a CSV header and one row.
    int printMember(CliContext &context, const Member &member, const QString &referredByName) const;
    // Any table: CSV with `keys` as its header, or an aligned table with `labels`.
    int printTable(CliContext &context, const QStringList &keys, const QStringList &labels,
                   const QList<QStringList> &rows, const QList<int> &rightAligned = {}) const;

    // "yes"/"no": the stable words in CSV, translated in a table.
    QString yesNo(bool value) const;

private:
    Format m_format;
    DisplayNames m_names;
};

} // namespace renkei::cli
