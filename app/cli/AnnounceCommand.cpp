#include "AnnounceCommand.h"

#include "DocumentLanguageOption.h"
#include "MeetingArguments.h"
#include "core/documents/Announcement.h"

#include <QDir>

namespace renkei::cli {

QString AnnounceCommand::summary() const
{
    return tr("Print a meeting's announcement (案内文) to paste into a group chat or an e-mail.");
}

int AnnounceCommand::run(CliContext &context, const QString &path, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption meetingOption(QStringLiteral("meeting"), tr("The meeting's id."), tr("ID"));
    const QCommandLineOption replyBy(QStringLiteral("reply-by"),
                                     tr("The day to reply by (default: a week before the meeting)."),
                                     tr("YYYY-MM-DD"));
    const QCommandLineOption replyVia(QStringLiteral("reply-via"),
                                      tr("How to reply: a form's address, an e-mail address... (default: by "
                                         "replying to the message)."),
                                      tr("text"));
    const QCommandLineOption contact(QStringLiteral("contact"), tr("Who to ask, and how."), tr("text"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("Write to this file instead of printing."),
                                       tr("FILE"));
    const QCommandLineOption era(QStringLiteral("era"), tr("Dates in the Japanese era (令和8年1月13日)."));
    const DocumentLanguageOption language;
    parser.addOptions({meetingOption, replyBy, replyVia, contact, outOption, era, language.option()});
    if (auto stop = parse(parser, context, path, args))
        return *stop;
    if (auto stop = language.apply(parser, context, path))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(tr("'%1' takes no arguments.").arg(path), path);
    if (!parser.isSet(meetingOption))
        return context.usageError(tr("Give the meeting with --meeting."), path);

    Announcement::Options options;
    if (parser.isSet(replyBy)) {
        const std::optional<QDate> d = MeetingArguments::date(parser.value(replyBy));
        if (!d)
            return context.usageError(
                tr("'%1' is not a date; write it as 2026-01-06.").arg(parser.value(replyBy)), path);
        options.replyBy = *d;
    }
    options.howToReply = parser.value(replyVia);
    options.contact = parser.value(contact);

    std::unique_ptr<Database> db = context.openDatabase(Database::OpenMode::OpenExisting);
    if (!db)
        return BadInput;
    Result<Meeting> meeting = MeetingArguments::meeting(*db, parser.value(meetingOption));
    if (!meeting)
        return context.fail(meeting.error());
    Result<MeetingDocument> doc = MeetingDocument::load(*db, meeting->id);
    if (!doc)
        return context.fail(doc.error());
    Result<DocumentText> text = DocumentText::stored(*db, context.documentOptions(parser.isSet(era)));
    if (!text)
        return context.fail(text.error());
    options.document = *text;
    if (parser.isSet(outOption)) {
        if (Status saved = Announcement::save(parser.value(outOption), *doc, options); !saved)
            return context.fail(saved.error());
        context.out() << tr("Wrote %1.").arg(QDir::toNativeSeparators(parser.value(outOption))) << '\n';
        return Success;
    }
    context.out() << Announcement::text(*doc, options);
    return Success;
}

} // namespace renkei::cli
