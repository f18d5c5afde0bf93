#include "SheetCommand.h"

#include "AttendanceArguments.h"
#include "DocumentLanguageOption.h"
#include "MeetingArguments.h"
#include "core/documents/SignInSheet.h"

namespace renkei::cli {

QString SheetCommand::summary() const
{
    return tr("Write a meeting's sign-in sheet (出席簿) as an A4 PDF.");
}

int SheetCommand::run(CliContext &context, const QString &path, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption sortOption(QStringLiteral("sort"),
                                        tr("The order: %1. Default: the series' saved order, else kana.")
                                            .arg(attendeeSortKeys().join(QStringLiteral(", "))),
                                        tr("order"));
    const QCommandLineOption blankOption(QStringLiteral("blank-rows"),
                                         tr("Empty rows at the end, for walk-ins. Default: the series' saved "
                                            "number, else 5."),
                                         tr("N"));
    const QCommandLineOption columnsOption(
        QStringLiteral("columns"),
        tr("The columns after No. and the name, in order, separated by commas: %1. Default: the series' "
           "saved "
           "columns, else %2.")
            .arg(sheetColumnKeys().join(QStringLiteral(", ")),
                 SignInSheetLayout::columnsText(SignInSheetLayout::defaultColumns())),
        tr("list"));
    const QCommandLineOption saveOption(QStringLiteral("save-layout"),
                                        tr("Keep the columns, order and blank rows as the series' layout."));
    const DocumentLanguageOption language;
    parser.addOptions({AttendanceArguments::meetingOption(), AttendanceArguments::outOption(), sortOption,
                       blankOption, columnsOption, saveOption, language.option()});
    if (auto stop = parse(parser, context, path, args))
        return *stop;
    if (auto stop = language.apply(parser, context, path))
        return *stop;
    if (auto stop = AttendanceArguments::check(context, parser, path, true, true))
        return *stop;
    const QString file = parser.value(QStringLiteral("out"));
    std::optional<AttendeeSort> sort;
    if (parser.isSet(sortOption)) {
        sort = attendeeSortFromKey(parser.value(sortOption));
        if (!sort)
            return context.usageError(
                tr("Unknown order '%1'; use %2.")
                    .arg(parser.value(sortOption), attendeeSortKeys().join(QStringLiteral(", "))),
                path);
    }
    std::optional<int> blankRows;
    if (parser.isSet(blankOption)) {
        blankRows = MeetingArguments::wholeNumber(parser.value(blankOption));
        if (!blankRows || *blankRows < 0 || *blankRows > SignInSheetLayout::maxBlankRows)
            return context.usageError(
                tr("--blank-rows takes a number from 0 to %1.").arg(SignInSheetLayout::maxBlankRows), path);
    }
    std::optional<QList<SheetColumn>> columns;
    if (parser.isSet(columnsOption)) {
        Result<QList<SheetColumn>> parsed = SignInSheetLayout::parseColumns(parser.value(columnsOption));
        if (!parsed)
            return context.usageError(parsed.error().message, path);
        columns = *parsed;
    }

    Meeting meeting;
    std::unique_ptr<Database> db = AttendanceArguments::openMeeting(context, parser, meeting);
    if (!db)
        return BadInput;
    Result<SignInSheetLayout> layout = SignInSheetLayout::forSeries(*db, meeting.seriesId);
    if (!layout)
        return context.fail(layout.error());
    if (sort)
        layout->sort = *sort;
    if (blankRows)
        layout->blankRows = *blankRows;
    if (columns)
        layout->columns = *columns;
    if (parser.isSet(saveOption))
        if (Status saved = layout->saveForSeries(*db, meeting.seriesId); !saved)
            return context.fail(saved.error());

    const Result<SignInSheet> sheet = SignInSheet::load(*db, meeting.id, *layout, context.documentOptions());
    if (!sheet)
        return context.fail(sheet.error());
    const Result<int> pages = sheet->writePdf(file);
    if (!pages)
        return context.fail(pages.error());
    context.out() << tr("The sign-in sheet lists %n person(s).", nullptr, int(sheet->people().size())) << ' '
                  << AttendanceArguments::wrote(*pages, file) << '\n';
    return Success;
}

} // namespace renkei::cli
