#pragma once

#include "CliContext.h"
#include "core/storage/MemberQuery.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace renkei::cli {

// The options that choose members, the same for members list, find and export: --profession,
// --area, --organisation (repeat, or separate professions and areas with commas), --in-area or
// --out-of-area, --all or --archived. What they choose is a MemberFilter, which core turns into the
// query (MemberQuery).
class MemberFilterArguments
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::MemberFilterArguments)

public:
    MemberFilterArguments();

    void addTo(QCommandLineParser &parser) const;
    // The filter the options name, with names looked up in `db`; on wrong usage or an unknown name
    // the exit status after saying why.
    std::optional<int> read(CliContext &context, const QCommandLineParser &parser, const QString &path,
                            Database &db, MemberFilter &filter) const;
    // The usage mistakes read() would find, checked before a database is opened.
    std::optional<int> check(CliContext &context, const QCommandLineParser &parser,
                             const QString &path) const;

    // Looks up professions, areas and organisations by name ("医師,看護師" or repeated options):
    // also what attendance invite uses.
    static Result<QList<qint64>> professionIds(Database &db, const QStringList &values);
    static Result<QList<qint64>> areaIds(Database &db, const QStringList &values);
    static Result<QList<qint64>> organisationIds(Database &db, const QStringList &values);

private:
    QCommandLineOption m_profession;
    QCommandLineOption m_area;
    QCommandLineOption m_organisation;
    QCommandLineOption m_inArea;
    QCommandLineOption m_outOfArea;
    QCommandLineOption m_all;
    QCommandLineOption m_archived;
};

} // namespace renkei::cli
