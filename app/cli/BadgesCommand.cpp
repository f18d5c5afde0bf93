#include "BadgesCommand.h"

#include "AttendanceArguments.h"
#include "DocumentLanguageOption.h"
#include "MeetingArguments.h"
#include "core/documents/NameBadges.h"
#include "core/storage/AttendanceRepository.h"

namespace renkei::cli {

QString BadgesCommand::summary() const
{
    return tr("Write name badges (名札) for a meeting as an A4 PDF.");
}

int BadgesCommand::run(CliContext &context, const QString &path, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption memberOption(
        QStringLiteral("member"),
        tr("Only this member's badge (repeat, or separate ids with commas). "
           "Default: everyone registered or there."),
        tr("ID"));
    const QCommandLineOption blankOption(QStringLiteral("blank"), tr("Blank badges to add, for walk-ins."),
                                         tr("N"), QStringLiteral("0"));
    const QCommandLineOption columnsOption(QStringLiteral("columns"),
                                           tr("Cards across a page (1–4). Default: 2."), tr("N"),
                                           QStringLiteral("2"));
    const QCommandLineOption rowsOption(QStringLiteral("rows"), tr("Cards down a page (1–8). Default: 5."),
                                        tr("N"), QStringLiteral("5"));
    const DocumentLanguageOption language;
    parser.addOptions({AttendanceArguments::meetingOption(), AttendanceArguments::outOption(), memberOption,
                       blankOption, columnsOption, rowsOption, language.option()});
    if (auto stop = parse(parser, context, path, args))
        return *stop;
    if (auto stop = language.apply(parser, context, path))
        return *stop;
    if (auto stop = AttendanceArguments::check(context, parser, path, true, true))
        return *stop;
    const QString file = parser.value(QStringLiteral("out"));
    const Result<QList<qint64>> members =
        AttendanceArguments::ids(parser.values(memberOption), QStringLiteral("member"));
    if (!members)
        return context.usageError(members.error().message, path);
    BadgeLayout layout;
    const std::optional<int> blank = MeetingArguments::wholeNumber(parser.value(blankOption));
    const std::optional<int> columns = MeetingArguments::wholeNumber(parser.value(columnsOption));
    const std::optional<int> rows = MeetingArguments::wholeNumber(parser.value(rowsOption));
    if (!blank || *blank < 0 || *blank > 1000)
        return context.usageError(tr("--blank takes a number from 0 to 1000."), path);
    if (!columns || *columns < 1 || *columns > 4 || !rows || *rows < 1 || *rows > 8)
        return context.usageError(tr("--columns takes 1 to 4 and --rows 1 to 8."), path);
    layout.blankCards = *blank;
    layout.columns = *columns;
    layout.rows = *rows;

    Meeting meeting;
    std::unique_ptr<Database> db = AttendanceArguments::openMeeting(context, parser, meeting);
    if (!db)
        return BadInput;
    // Members are named by member id; the badges take the rows of the meeting's list.
    QList<qint64> rowsChosen;
    if (!members->isEmpty()) {
        const Result<QList<Attendance>> list = AttendanceRepository(*db).forMeeting(meeting.id);
        if (!list)
            return context.fail(list.error());
        for (qint64 memberId : *members) {
            const auto found = std::find_if(list->begin(), list->end(), [memberId](const Attendance &a) {
                return a.memberId == memberId;
            });
            if (found == list->end())
                return context.fail(Error::inField(
                    tr("Member %1 is not on the list of meeting %2.").arg(memberId).arg(meeting.id),
                    QStringLiteral("member")));
            rowsChosen << found->id;
        }
    }
    const Result<NameBadges> badges =
        NameBadges::load(*db, meeting.id, rowsChosen, layout, context.documentOptions());
    if (!badges)
        return context.fail(badges.error());
    const Result<int> pages = badges->writePdf(file);
    if (!pages)
        return context.fail(pages.error());
    context.out() << tr("%n badge(s).", nullptr, int(badges->people().size())) << ' '
                  << AttendanceArguments::wrote(*pages, file) << '\n';
    return Success;
}

} // namespace renkei::cli
