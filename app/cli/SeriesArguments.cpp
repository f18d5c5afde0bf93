#include "SeriesArguments.h"

#include "CliContext.h"
#include "MeetingArguments.h"
#include "core/storage/SeriesRepository.h"

#include <QHash>

namespace renkei::cli {

namespace {

// The core's field names and the options that set them.
const QHash<QString, QString> &optionsByField()
{
    static const QHash<QString, QString> map{
        {QStringLiteral("name"), QStringLiteral("name")},
        {QStringLiteral("first_number"), QStringLiteral("first-number")},
        {QStringLiteral("default_venue"), QStringLiteral("venue")},
        {QStringLiteral("default_address"), QStringLiteral("address")},
        {QStringLiteral("default_start"), QStringLiteral("start")},
        {QStringLiteral("default_end"), QStringLiteral("end")},
        {QStringLiteral("default_fee"), QStringLiteral("fee")},
        {QStringLiteral("default_capacity"), QStringLiteral("capacity")},
        {QStringLiteral("notes"), QStringLiteral("notes")},
    };
    return map;
}

} // namespace

SeriesArguments::SeriesArguments()
{
    m_options = {
        QCommandLineOption(QStringLiteral("name"), tr("The series' name, such as みなと坂医介連."),
                           tr("name")),
        QCommandLineOption(QStringLiteral("first-number"),
                           tr("The number its first meeting in Renkei takes (第N回), for a network that "
                              "met before. Default: 1."),
                           tr("N")),
        QCommandLineOption(QStringLiteral("venue"), tr("The usual venue."), tr("text")),
        QCommandLineOption(QStringLiteral("address"), tr("The usual venue's address."), tr("text")),
        QCommandLineOption(QStringLiteral("start"), tr("The usual start time."), tr("HH:MM")),
        QCommandLineOption(QStringLiteral("end"), tr("The usual end time."), tr("HH:MM")),
        QCommandLineOption(QStringLiteral("fee"), tr("The usual fee in yen."), tr("yen")),
        QCommandLineOption(QStringLiteral("capacity"), tr("The usual number of places (0: no limit)."),
                           tr("number")),
        QCommandLineOption(QStringLiteral("notes"), tr("Notes about the series."), tr("text")),
    };
}

bool SeriesArguments::anyGiven(const QCommandLineParser &parser) const
{
    for (const QCommandLineOption &option : m_options)
        if (parser.isSet(option))
            return true;
    return false;
}

QList<Error> SeriesArguments::apply(const QCommandLineParser &parser, Series &s) const
{
    QList<Error> errors;
    auto given = [&](const char *name) { return parser.isSet(QString::fromLatin1(name)); };
    auto value = [&](const char *name) { return parser.value(QString::fromLatin1(name)).trimmed(); };
    auto readTime = [&](const char *name, const char *field, QTime &into) {
        if (value(name).isEmpty()) {
            into = QTime();
            return;
        }
        if (const std::optional<QTime> t = MeetingArguments::time(value(name)))
            into = *t;
        else
            errors << Error::inField(tr("'%1' is not a time; write it as 19:00.").arg(value(name)),
                                     QString::fromLatin1(field));
    };
    // Whole numbers; a minus sign is read so that core can say what is wrong with it.
    auto readNumber = [&](const char *name, const char *field) -> std::optional<int> {
        bool ok = false;
        const int n = value(name).normalized(QString::NormalizationForm_KC).toInt(&ok);
        if (!ok) {
            errors << Error::inField(tr("'%1' is not a whole number.").arg(value(name)),
                                     QString::fromLatin1(field));
            return std::nullopt;
        }
        return n;
    };

    if (given("name"))
        s.name = value("name");
    if (given("first-number"))
        if (const std::optional<int> n = readNumber("first-number", "first_number"))
            s.firstNumber = *n;
    if (given("venue"))
        s.defaultVenue = value("venue");
    if (given("address"))
        s.defaultAddress = value("address");
    if (given("start"))
        readTime("start", "default_start", s.defaultStart);
    if (given("end"))
        readTime("end", "default_end", s.defaultEnd);
    if (given("fee"))
        if (const std::optional<int> n = readNumber("fee", "default_fee"))
            s.defaultFee = *n;
    if (given("capacity")) {
        if (value("capacity").isEmpty())
            s.defaultCapacity.reset();
        else if (const std::optional<int> n = readNumber("capacity", "default_capacity"))
            s.defaultCapacity = *n == 0 ? std::nullopt : std::optional<int>(*n);
    }
    if (given("notes"))
        s.notes = parser.value(QStringLiteral("notes"));
    return errors;
}

Result<Series> SeriesArguments::series(Database &db, const QString &text)
{
    SeriesRepository repository(db);
    if (const std::optional<int> id = MeetingArguments::wholeNumber(text))
        if (Result<Series> byId = repository.get(*id))
            return byId;
    return repository.findByName(text);
}

QString SeriesArguments::optionFor(const QString &field)
{
    const QString option = optionsByField().value(field);
    return option.isEmpty() ? field : QStringLiteral("--") + option;
}

int SeriesArguments::fail(CliContext &context, const QList<Error> &errors)
{
    for (const Error &error : errors) {
        if (error.field.isEmpty())
            context.fail(error);
        else
            //: An error about one option: "--start: '25:00' is not a time; write it as 19:00."
            context.fail(Error{tr("%1: %2").arg(optionFor(error.field), error.message)});
    }
    return BadInput;
}

} // namespace renkei::cli
