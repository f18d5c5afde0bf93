#include "CertificatesCommand.h"

#include "AttendanceArguments.h"
#include "DocumentLanguageOption.h"
#include "MeetingArguments.h"
#include "core/documents/AttendanceCertificates.h"

namespace renkei::cli {

QString CertificatesCommand::summary() const
{
    return tr("Write certificates of attendance (参加証明書) for a meeting as an A4 PDF, a page a person.");
}

int CertificatesCommand::run(CliContext &context, const QString &path, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption memberOption(
        QStringLiteral("member"),
        tr("Only this member's certificate (repeat, or separate ids with commas). "
           "Default: everyone who attended."),
        tr("ID"));
    const QCommandLineOption issuerOption(
        QStringLiteral("issuer"),
        tr("Who certifies, e.g. the network and its representative. Default: the "
           "series' name."),
        tr("text"));
    const QCommandLineOption dateOption(QStringLiteral("date"),
                                        tr("The date of issue (2026-04-14). Default: the meeting's date."),
                                        tr("date"));
    const DocumentLanguageOption language;
    parser.addOptions({AttendanceArguments::meetingOption(), AttendanceArguments::outOption(), memberOption,
                       issuerOption, dateOption, language.option()});
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
    CertificateOptions options;
    options.issuer = parser.value(issuerOption);
    if (parser.isSet(dateOption)) {
        const std::optional<QDate> date = MeetingArguments::date(parser.value(dateOption));
        if (!date)
            return context.usageError(
                tr("'%1' is not a date; write it as 2026-04-14.").arg(parser.value(dateOption)), path);
        options.issuedOn = *date;
    }

    options.document = context.documentOptions();
    Meeting meeting;
    std::unique_ptr<Database> db = AttendanceArguments::openMeeting(context, parser, meeting);
    if (!db)
        return BadInput;
    const Result<AttendanceCertificates> certificates =
        AttendanceCertificates::load(*db, meeting.id, *members, options);
    if (!certificates)
        return context.fail(certificates.error());
    const Result<int> pages = certificates->writePdf(file);
    if (!pages)
        return context.fail(pages.error());
    context.out() << AttendanceArguments::wrote(*pages, file) << '\n';
    return Success;
}

} // namespace renkei::cli
