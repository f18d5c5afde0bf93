#include "MembersExportCommand.h"

#include "ExportEncoding.h"
#include "MemberFilterArguments.h"
#include "core/io/RosterExport.h"

#include <QDir>

namespace renkei::cli {

QString MembersExportCommand::summary() const
{
    return tr("Export the roster as CSV that Excel opens (UTF-8 with BOM, UTF-8 or Shift_JIS).");
}

int MembersExportCommand::run(CliContext &context, const QString &path, const QStringList &args)
{
    QCommandLineParser parser;
    const ExportEncodingOptions encodingOptions;
    const QCommandLineOption columns(
        QStringLiteral("columns"),
        tr("The columns, in order, separated by commas (default: %1). Fields: %2.")
            .arg(rosterFieldKeysOf(RosterExport::defaultColumns()),
                 rosterFieldKeys().join(QLatin1String(", "))),
        tr("a,b,…"));
    const MemberFilterArguments filterArguments;
    const QCommandLineOption text(QStringLiteral("text"),
                                  tr("Only members whose name, reading or e-mail "
                                     "address holds this text."),
                                  tr("text"));
    const QCommandLineOption allMembers(
        QStringLiteral("all-members"),
        tr("Include the members who have not agreed to appear on shared rosters (for the organiser's own "
           "use). Without it the roster holds only those who agreed."));
    encodingOptions.addTo(parser);
    parser.addOptions({columns, text, allMembers});
    filterArguments.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file to write."), tr("FILE"));
    if (auto stop = parse(parser, context, path, args))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(tr("'%1' takes one file.").arg(path), path);
    const QString file = parser.positionalArguments().first();

    RosterExport::Options options;
    const std::optional<TextEncoding> encoding = encodingOptions.encoding(parser);
    if (!encoding)
        return context.usageError(encodingOptions.unknownEncoding(parser), path);
    options.encoding = *encoding;
    options.replaceUnrepresentable = encodingOptions.replace(parser);
    if (parser.isSet(columns)) {
        options.columns.clear();
        for (const QString &key : parser.value(columns).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const std::optional<RosterField> field = rosterFieldFromKey(key);
            if (!field)
                return context.usageError(
                    tr("'%1' is not a field; the fields are: %2.")
                        .arg(key.trimmed(), rosterFieldKeys().join(QLatin1String(", "))),
                    path);
            options.columns << *field;
        }
        if (options.columns.isEmpty())
            return context.usageError(tr("--columns names no column."), path);
    }
    options.shared = !parser.isSet(allMembers);
    if (auto stop = filterArguments.check(context, parser, path))
        return *stop;

    std::unique_ptr<Database> db = context.openDatabase(Database::OpenMode::OpenExisting);
    if (!db)
        return BadInput;
    if (auto stop = filterArguments.read(context, parser, path, *db, options.filter))
        return *stop;
    options.filter.text = parser.value(text);

    RosterExport roster(*db);
    if (options.encoding == TextEncoding::ShiftJis && !options.replaceUnrepresentable) {
        const Result<QList<UnrepresentableValue>> found = roster.check(options);
        if (!found)
            return context.fail(found.error());
        if (!found->isEmpty())
            return reportUnrepresentable(context, *found, options.encoding);
    }
    const Result<RosterExport::Summary> summary = roster.write(file, options);
    if (!summary)
        return context.fail(summary.error());
    const QString shown = QDir::toNativeSeparators(file);
    context.out() << tr("Exported %n member(s) to %1.", "", summary->rows).arg(shown) << '\n';
    if (summary->leftOutWithoutConsent > 0)
        context.out() << tr("Left out %n member(s) who have not agreed to appear on shared rosters "
                            "(--all-members includes them).",
                            "", summary->leftOutWithoutConsent)
                      << '\n';
    if (summary->emailsWithheld > 0)
        context.out() << tr("Left the e-mail address blank for %n member(s) who have not agreed to be "
                            "e-mailed.",
                            "", summary->emailsWithheld)
                      << '\n';
    if (summary->replacedValues > 0)
        context.out() << tr("Replaced characters %1 cannot hold in %n value(s).", "", summary->replacedValues)
                             .arg(textEncodingLabel(options.encoding))
                      << '\n';
    return Success;
}

} // namespace renkei::cli
