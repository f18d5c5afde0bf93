#include "MemberArguments.h"

#include "CliContext.h"
#include "core/io/YesNo.h"
#include "core/storage/AreaRepository.h"
#include "core/storage/MemberRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/ProfessionRepository.h"
#include "core/text/PersonName.h"

namespace renkei::cli {

namespace {

QCommandLineOption valueOption(const char *name, const QString &description, const QString &valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), description, valueName);
}

Error optionError(const char *option, const QString &message)
{
    return Error::inField(message, QStringLiteral("--") + QString::fromLatin1(option));
}

} // namespace

MemberArguments::MemberArguments()
{
    const QString text = tr("text");
    const QString name = tr("name");
    m_options = {
        valueOption("name", tr("The full name, family name first (\"山田 太郎\")."), name),
        valueOption("kana", tr("The reading of the full name in kana (\"やまだ たろう\")."), tr("kana")),
        valueOption("family-name", tr("The family name."), name),
        valueOption("given-name", tr("The given name."), name),
        valueOption("family-kana", tr("The reading of the family name, in kana."), tr("kana")),
        valueOption("given-kana", tr("The reading of the given name, in kana."), tr("kana")),
        valueOption("profession", tr("The profession, by name (Japanese or English) or id."), name),
        valueOption("organisation", tr("The organisation, by name or id."), name),
        valueOption("area", tr("The area, by name (\"ward/zone\" when a zone's name is not unique) or id."),
                    name),
        valueOption("email", tr("The e-mail address."), tr("address")),
        valueOption("phone", tr("The phone number (03-1234-5678, with or without hyphens)."), tr("number")),
        valueOption("fax", tr("The fax number."), tr("number")),
        valueOption("referred-by", tr("The id of the member who brought them in."), tr("id")),
        valueOption("joined", tr("The day they joined (2026-04-01)."), tr("date")),
        valueOption("medical-association", tr("Member of the medical association (医師会): yes or no."),
                    tr("yes|no")),
        valueOption("consent-roster", tr("May appear on rosters shared with other members: yes or no."),
                    tr("yes|no")),
        valueOption("consent-email", tr("May be contacted by e-mail: yes or no."), tr("yes|no")),
        valueOption("notes", tr("Notes."), text),
    };
}

bool MemberArguments::anyGiven(const QCommandLineParser &parser) const
{
    for (const QCommandLineOption &option : m_options)
        if (parser.isSet(option))
            return true;
    return false;
}

Result<Member> MemberArguments::member(Database &db, const QString &text)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        return Error{tr("“%1” is not a member's id; find it with 'members find'.").arg(text)};
    return MemberRepository(db).get(id);
}

QString MemberArguments::optionFor(const QString &field)
{
    if (field.startsWith(QLatin1String("--")))
        return field;
    QString option = field;
    option.replace(QLatin1Char('_'), QLatin1Char('-'));
    if (option == QLatin1String("joined-on"))
        option = QStringLiteral("joined");
    return QStringLiteral("--") + option;
}

int MemberArguments::fail(CliContext &context, const QList<Error> &errors)
{
    for (const Error &error : errors) {
        if (error.field.isEmpty()) {
            context.fail(error);
        } else {
            //: An error about one option: "--email: “x” does not look like an e-mail address."
            context.fail(Error{tr("%1: %2").arg(optionFor(error.field), error.message)});
        }
    }
    return BadInput;
}

QList<Error> MemberArguments::apply(const QCommandLineParser &parser, Database &db, Member &m) const
{
    QList<Error> errors;
    auto given = [&](const char *name) { return parser.isSet(QString::fromLatin1(name)); };
    auto value = [&](const char *name) { return parser.value(QString::fromLatin1(name)).trimmed(); };

    if (given("name"))
        std::tie(m.familyName, m.givenName) = PersonName::split(value("name"));
    if (given("kana"))
        std::tie(m.familyKana, m.givenKana) = PersonName::split(value("kana"));
    if (given("family-name"))
        m.familyName = value("family-name");
    if (given("given-name"))
        m.givenName = value("given-name");
    if (given("family-kana"))
        m.familyKana = value("family-kana");
    if (given("given-kana"))
        m.givenKana = value("given-kana");
    if (given("email"))
        m.email = value("email");
    if (given("phone"))
        m.phone = value("phone");
    if (given("fax"))
        m.fax = value("fax");
    if (given("notes"))
        m.notes = parser.value(QStringLiteral("notes"));

    // An entry by id, or by the name the lists show.
    auto entry = [&](const char *option, const std::function<Result<qint64>(const QString &)> &byName,
                     qint64 &id) {
        if (!given(option))
            return;
        const QString text = value(option);
        if (text.isEmpty()) {
            id = 0;
            return;
        }
        Result<qint64> found = byName(text);
        if (found)
            id = *found;
        else
            errors << optionError(option, found.error().message);
    };
    auto numeric = [](const QString &text) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        return ok && id > 0 ? id : 0;
    };
    entry(
        "profession",
        [&](const QString &text) -> Result<qint64> {
            ProfessionRepository professions(db);
            if (const qint64 id = numeric(text); id != 0) {
                if (auto p = professions.get(id))
                    return p->id;
            }
            auto p = professions.findByName(text);
            return p ? Result<qint64>(p->id) : Result<qint64>(p.error());
        },
        m.professionId);
    entry(
        "organisation",
        [&](const QString &text) -> Result<qint64> {
            OrganisationRepository organisations(db);
            if (const qint64 id = numeric(text); id != 0) {
                if (auto o = organisations.get(id))
                    return o->id;
            }
            auto o = organisations.findByName(text);
            return o ? Result<qint64>(o->id) : Result<qint64>(o.error());
        },
        m.organisationId);
    entry(
        "area",
        [&](const QString &text) -> Result<qint64> {
            AreaRepository areas(db);
            if (const qint64 id = numeric(text); id != 0) {
                if (auto a = areas.get(id))
                    return a->id;
            }
            auto a = areas.findByName(text);
            return a ? Result<qint64>(a->id) : Result<qint64>(a.error());
        },
        m.areaId);

    if (given("referred-by")) {
        const QString text = value("referred-by");
        const qint64 id = numeric(text);
        if (text.isEmpty())
            m.referredById = 0;
        else if (id == 0)
            errors << optionError("referred-by",
                                  tr("“%1” is not a member's id; find it with 'members find'.").arg(text));
        else
            m.referredById = id; // validate() says when there is no such member
    }
    if (given("joined")) {
        const QString text = value("joined");
        QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            date = QDate::fromString(text, QStringLiteral("yyyy/M/d"));
        if (text.isEmpty())
            m.joinedOn = QDate();
        else if (date.isValid())
            m.joinedOn = date;
        else
            errors << optionError("joined", tr("“%1” is not a date; write it as 2026-04-01.").arg(text));
    }
    auto flag = [&](const char *option, bool &field) {
        if (!given(option))
            return;
        const QString text = value(option);
        if (const std::optional<bool> yes = YesNo::parse(text))
            field = *yes;
        else
            errors << optionError(option, tr("“%1” is neither yes nor no.").arg(text));
    };
    flag("medical-association", m.medicalAssociation);
    flag("consent-roster", m.consentRoster);
    flag("consent-email", m.consentEmail);
    return errors;
}

} // namespace renkei::cli
