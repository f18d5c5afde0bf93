#include "MeetingsShowCommand.h"

#include "MeetingArguments.h"
#include "core/documents/MeetingDocument.h"
#include "core/io/TextTable.h"

#include <QLocale>

namespace renkei::cli {

QString MeetingsShowCommand::summary() const
{
    return tr("Show a meeting with its programme and times.");
}

int MeetingsShowCommand::run(CliContext &context, const QString &path, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("id"), tr("The meeting's id, as 'meetings list' shows it."),
                                 tr("ID"));
    if (auto stop = parse(parser, context, path, args))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(tr("'%1' takes one meeting id.").arg(path), path);

    std::unique_ptr<Database> db = context.openDatabase(Database::OpenMode::OpenExisting);
    if (!db)
        return BadInput;
    Result<Meeting> meeting = MeetingArguments::meeting(*db, parser.positionalArguments().first());
    if (!meeting)
        return context.fail(meeting.error());
    Result<MeetingDocument> doc = MeetingDocument::load(*db, meeting->id);
    if (!doc)
        return context.fail(doc.error());
    const Meeting &m = doc->meeting;
    const QLocale locale;

    QTextStream &out = context.out();
    //: Series, meeting number, id; e.g. "みなと坂医介連 No. 46 (id 16)"
    out << tr("%1 %2 (id %3)").arg(doc->series.name, m.numberLabel()).arg(m.id) << '\n';
    TextTable details;
    auto add = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            details.addRow({label, value});
    };
    add(tr("Date"), QStringLiteral("%1 %2")
                        .arg(MeetingArguments::dateText(m.date), MeetingArguments::timeText(m.start, m.end))
                        .trimmed());
    add(tr("Status"), meetingStatusLabel(m.status));
    add(tr("Venue"), m.venue);
    add(tr("Address"), m.address);
    add(tr("Fee"), tr("%1 yen").arg(locale.toString(m.fee)));
    if (m.capacity)
        add(tr("Capacity"), locale.toString(*m.capacity));
    add(tr("Theme"), m.theme);
    if (m.hasSocial)
        add(tr("Social gathering"),
            tr("%1 %2, %3 yen")
                .arg(m.socialStart.isValid() ? m.socialStart.toString(QStringLiteral("H:mm")) : QString(),
                     m.socialVenue, locale.toString(m.socialFee))
                .trimmed());
    add(tr("Notes"), m.notes.simplified());
    out << details.toString() << '\n';

    const AgendaTimetable &timetable = doc->timetable;
    if (timetable.entries().isEmpty()) {
        out << tr("No programme yet.") << '\n';
        return Success;
    }
    out << tr("Programme") << '\n';
    TextTable programme({tr("Time"), tr("Min."), tr("Kind"), tr("Item"), tr("Presenter")});
    programme.setAlignment(1, TextTable::Align::Right);
    for (const AgendaTimetable::Entry &e : timetable.entries()) {
        QString presenter = e.presenter;
        if (!e.presenterOrganisation.isEmpty())
            presenter = tr("%1 (%2)").arg(presenter, e.presenterOrganisation);
        programme.addRow({MeetingArguments::timeText(e.start, e.end), QString::number(e.item.minutes),
                          agendaKindLabel(e.item.kind), e.item.title, presenter});
    }
    out << programme.toString();
    if (const QString warning = timetable.overrunWarning(); !warning.isEmpty())
        context.err() << tr("Note: %1").arg(warning) << '\n';
    else if (timetable.finishes().isValid())
        out << tr("%n minute(s) in all; ends at %1.", nullptr, timetable.totalMinutes())
                   .arg(timetable.finishes().toString(QStringLiteral("H:mm")))
            << '\n';
    return Success;
}

} // namespace renkei::cli
