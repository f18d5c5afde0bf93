#include "AgendaCommand.h"

#include "DocumentLanguageOption.h"

#include "MeetingArguments.h"
#include "core/documents/AgendaDocument.h"
#include "core/schedule/AgendaTemplate.h"

#include <QDir>

namespace renkei::cli {

QString AgendaCommand::summary() const
{
    return tr("Write a meeting's agenda (次第) as .pdf, .html or .txt; or copy an earlier meeting's agenda.");
}

int AgendaCommand::run(CliContext &context, const QString &path, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption meetingOption(QStringLiteral("meeting"), tr("The meeting's id."), tr("ID"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       tr("The file to write; its extension chooses the format: .pdf (A4), "
                                          ".html or .txt."),
                                       tr("FILE"));
    const QCommandLineOption copyFrom(QStringLiteral("copy-from"),
                                      tr("First replace the meeting's agenda with a copy of this meeting's."),
                                      tr("ID"));
    const QCommandLineOption copyPrevious(QStringLiteral("copy-previous"),
                                          tr("First replace the meeting's agenda with a copy of the latest "
                                             "earlier meeting's of the series."));
    const QCommandLineOption era(QStringLiteral("era"), tr("Dates in the Japanese era (令和8年1月13日)."));
    const DocumentLanguageOption language;
    parser.addOptions({meetingOption, outOption, copyFrom, copyPrevious, era, language.option()});
    if (auto stop = parse(parser, context, path, args))
        return *stop;
    if (auto stop = language.apply(parser, context, path))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(tr("'%1' takes no arguments.").arg(path), path);
    if (!parser.isSet(meetingOption))
        return context.usageError(tr("Give the meeting with --meeting."), path);
    if (parser.isSet(copyFrom) && parser.isSet(copyPrevious))
        return context.usageError(tr("Use either --copy-from or --copy-previous, not both."), path);
    if (!parser.isSet(outOption) && !parser.isSet(copyFrom) && !parser.isSet(copyPrevious))
        return context.usageError(tr("Give the file to write with --out."), path);

    std::unique_ptr<Database> db = context.openDatabase(Database::OpenMode::OpenExisting);
    if (!db)
        return BadInput;
    Result<Meeting> meeting = MeetingArguments::meeting(*db, parser.value(meetingOption));
    if (!meeting)
        return context.fail(meeting.error());

    if (parser.isSet(copyFrom) || parser.isSet(copyPrevious)) {
        qint64 source = 0;
        if (parser.isSet(copyFrom)) {
            Result<Meeting> from = MeetingArguments::meeting(*db, parser.value(copyFrom));
            if (!from)
                return context.fail(from.error());
            source = from->id;
        } else {
            Result<qint64> previous = AgendaTemplate::previousWithAgenda(*db, meeting->id);
            if (!previous)
                return context.fail(previous.error());
            if (*previous == 0)
                return context.fail(Error{tr("No earlier meeting of the series has an agenda to copy.")});
            source = *previous;
        }
        Result<int> copied = AgendaTemplate::copy(*db, source, meeting->id);
        if (!copied)
            return context.fail(copied.error());
        context.out() << tr("Copied %n item(s) from meeting %1.", nullptr, *copied).arg(source) << '\n';
    }

    if (!parser.isSet(outOption))
        return Success;
    Result<MeetingDocument> doc = MeetingDocument::load(*db, meeting->id);
    if (!doc)
        return context.fail(doc.error());
    Result<DocumentText> text = DocumentText::stored(*db, context.documentOptions(parser.isSet(era)));
    if (!text)
        return context.fail(text.error());
    const QString file = parser.value(outOption);
    if (Status saved = AgendaDocument(*doc, *text).save(file); !saved) {
        if (saved.error().field == QStringLiteral("out"))
            return context.usageError(saved.error().message, path);
        return context.fail(saved.error());
    }
    if (const QString warning = doc->timetable.overrunWarning(); !warning.isEmpty())
        context.err() << tr("Note: %1").arg(warning) << '\n';
    context.out() << tr("Wrote %1.").arg(QDir::toNativeSeparators(file)) << '\n';
    return Success;
}

} // namespace renkei::cli
