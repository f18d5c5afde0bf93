#include "MembersImportCommand.h"

#include "core/io/RosterImport.h"
#include "core/storage/AreaRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/ProfessionRepository.h"

#include <QDir>

namespace renkei::cli {

namespace {

// The id an existing entry of `kind` is known by under `name`.
Result<qint64> existingId(Database &db, ReferenceKind kind, const QString &name)
{
    switch (kind) {
    case ReferenceKind::Profession: {
        const Result<Profession> p = ProfessionRepository(db).findByName(name);
        return p ? Result<qint64>(p->id) : Result<qint64>(p.error());
    }
    case ReferenceKind::Organisation: {
        const Result<Organisation> o = OrganisationRepository(db).findByName(name);
        return o ? Result<qint64>(o->id) : Result<qint64>(o.error());
    }
    case ReferenceKind::Area:
        break;
    }
    const Result<Area> a = AreaRepository(db).findByName(name);
    return a ? Result<qint64>(a->id) : Result<qint64>(a.error());
}

RosterImport::Choices &choicesFor(RosterImport::Options &options, ReferenceKind kind)
{
    switch (kind) {
    case ReferenceKind::Profession:
        return options.professions;
    case ReferenceKind::Organisation:
        return options.organisations;
    case ReferenceKind::Area:
        break;
    }
    return options.areas;
}

} // namespace

QString MembersImportCommand::summary() const
{
    return tr("Import a roster (CSV, as Excel saves it): every row or none.");
}

int MembersImportCommand::run(CliContext &context, const QString &path, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      tr("auto, utf-8 or shift_jis (default: auto, found from the file)."),
                                      tr("encoding"), QStringLiteral("auto"));
    const QCommandLineOption map(QStringLiteral("map"),
                                 tr("Import the column headed HEADER as FIELD (or leave it out with "
                                    "HEADER=-); may be given more than once. Fields: %1.")
                                     .arg(rosterFieldKeys().join(QLatin1String(", "))),
                                 tr("HEADER=FIELD"));
    const QCommandLineOption onDuplicate(
        QStringLiteral("on-duplicate"),
        tr("What to do with a row that is a member already there: skip, update or add (default: skip)."),
        tr("action"), QStringLiteral("skip"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Check every row and say what would happen, writing nothing."));
    const QCommandLineOption createUnknown(
        QStringLiteral("create-unknown"),
        tr("Create the professions, organisations and areas the file names and the database lacks."));
    const QCommandLineOption mapValue(QStringLiteral("map-value"),
                                      tr("Take NAME in the file's LIST column (profession, organisation "
                                         "or area) as the existing entry EXISTING; may be given more than "
                                         "once."),
                                      tr("LIST:NAME=EXISTING"));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     tr("Also list the duplicates found and the entries created."));
    parser.addOptions({encoding, map, onDuplicate, dryRun, createUnknown, mapValue, verbose});
    parser.addPositionalArgument(QStringLiteral("file"), tr("The roster to import."), tr("FILE"));
    if (auto stop = parse(parser, context, path, args))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(tr("'%1' takes one file.").arg(path), path);
    const QString file = parser.positionalArguments().first();

    RosterImport::Options options;
    const QString encodingName = parser.value(encoding).trimmed();
    if (encodingName.compare(QLatin1String("auto"), Qt::CaseInsensitive) != 0) {
        const std::optional<TextEncoding> chosen = textEncodingFromKey(encodingName);
        if (!chosen)
            return context.usageError(
                tr("Unknown encoding '%1'; use auto, utf-8 or shift_jis.").arg(encodingName), path);
        options.encoding = *chosen == TextEncoding::Utf8Bom ? TextEncoding::Utf8 : *chosen;
    }
    for (const QString &pair : parser.values(map)) {
        const qsizetype equals = pair.lastIndexOf(QLatin1Char('='));
        if (equals <= 0)
            return context.usageError(tr("--map takes HEADER=FIELD, not '%1'.").arg(pair), path);
        const QString field = pair.mid(equals + 1).trimmed();
        if (!field.isEmpty() && field != QLatin1String("-") && !rosterFieldFromKey(field))
            return context.usageError(tr("'%1' is not a field; the fields are: %2.")
                                          .arg(field, rosterFieldKeys().join(QLatin1String(", "))),
                                      path);
        options.headerOverrides.insert(pair.left(equals), field == QLatin1String("-") ? QString() : field);
    }
    const std::optional<DuplicateAction> action = duplicateActionFromKey(parser.value(onDuplicate));
    if (!action)
        return context.usageError(
            tr("Unknown action '%1'; use skip, update or add.").arg(parser.value(onDuplicate)), path);
    options.onDuplicate = *action;
    options.dryRun = parser.isSet(dryRun);
    if (parser.isSet(createUnknown))
        options.professions.createUnknown = options.organisations.createUnknown =
            options.areas.createUnknown = true;

    std::unique_ptr<Database> db = context.openDatabase(Database::OpenMode::OpenExisting);
    if (!db)
        return BadInput;
    for (const QString &mapping : parser.values(mapValue)) {
        const qsizetype colon = mapping.indexOf(QLatin1Char(':'));
        const qsizetype equals = mapping.lastIndexOf(QLatin1Char('='));
        const std::optional<ReferenceKind> kind =
            colon > 0 ? referenceKindFromKey(mapping.left(colon)) : std::nullopt;
        if (!kind || equals < colon + 2)
            return context.usageError(tr("--map-value takes LIST:NAME=EXISTING with LIST profession, "
                                         "organisation or area, not '%1'.")
                                          .arg(mapping),
                                      path);
        const Result<qint64> id = existingId(*db, *kind, mapping.mid(equals + 1).trimmed());
        if (!id)
            return context.fail(id.error());
        choicesFor(options, *kind).mapTo.insert(mapping.mid(colon + 1, equals - colon - 1), *id);
    }

    const RosterImportReport report = RosterImport(*db).run(file, options);
    QTextStream &err = context.err();
    for (const Error &problem : report.problems)
        err << problem.toString() << '\n';
    if (report.problemCount > report.problems.size())
        err << tr("… and %n more problem(s).", "", report.problemCount - int(report.problems.size())) << '\n';

    if (parser.isSet(verbose) || options.dryRun) {
        QTextStream &out = context.out();
        for (const RosterDuplicate &d : report.duplicates) {
            const QString what = d.earlierLine > 0
                                     ? tr("line %1: %2 has the %3 as line %4 (%5): %6")
                                           .arg(d.line)
                                           .arg(d.name, d.reasonText())
                                           .arg(d.earlierLine)
                                           .arg(d.memberName, duplicateActionLabel(d.action).toLower())
                                     : tr("line %1: %2 has the %3 as member %4 (ID %5): %6")
                                           .arg(d.line)
                                           .arg(d.name, d.reasonText(), d.memberName)
                                           .arg(d.memberId)
                                           .arg(duplicateActionLabel(d.action).toLower());
            out << what << '\n';
        }
        if (report.duplicateCount > report.duplicates.size())
            out << tr("… and %n more duplicate(s).", "",
                      report.duplicateCount - int(report.duplicates.size()))
                << '\n';
        for (const UnknownReference &u : report.unknown)
            if (u.created)
                out << tr("new %1: “%2” (%n row(s))", "", u.rows)
                           .arg(referenceKindLabel(u.kind).toLower(), u.name)
                    << '\n';
    }
    if (!report.ok()) {
        Error error{report.cancelled ? tr("The import was cancelled; nothing was imported.")
                                     : tr("%n problem(s); nothing was imported.", "", report.problemCount)};
        error.file = QDir::toNativeSeparators(file);
        return context.fail(error);
    }
    context.out() << tr("imported %1, updated %2, skipped %3")
                         .arg(report.imported)
                         .arg(report.updated)
                         .arg(report.skipped)
                  << '\n';
    if (options.dryRun)
        context.out() << tr("Dry run: nothing was written.") << '\n';
    return Success;
}

} // namespace renkei::cli
