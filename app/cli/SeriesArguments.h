#pragma once

#include "core/Result.h"
#include "core/model/Series.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>

namespace renkei {
class Database;
}

namespace renkei::cli {

class CliContext;

// The fields of a meeting series as options, shared by `series add` and `series edit`: --name,
// --first-number, --venue, --address, --start, --end, --fee, --capacity and --notes. An empty value
// clears a text or time field (and --capacity 0 or "" means no limit).
class SeriesArguments
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::SeriesArguments)

public:
    SeriesArguments();

    const QList<QCommandLineOption> &options() const { return m_options; }
    // True when any field is given.
    bool anyGiven(const QCommandLineParser &parser) const;
    // Sets the fields given in `parser` on `series`. Every value that cannot be read is reported, each
    // naming its core field ("default_start") so that optionFor() can point at the option.
    QList<Error> apply(const QCommandLineParser &parser, Series &series) const;

    // The series with the id or the name `text` (an id first when `text` is a number).
    static Result<Series> series(Database &db, const QString &text);

    // "--start" for the core's field "default_start": where to point a validation error.
    static QString optionFor(const QString &field);
    // Writes each error as "renkei-cli: --option: message" and returns BadInput.
    static int fail(CliContext &context, const QList<Error> &errors);

private:
    QList<QCommandLineOption> m_options;
};

} // namespace renkei::cli
