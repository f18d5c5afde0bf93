#include "DemoSeed.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace renkei {

namespace {

// Reads fields and remembers the first one that is missing or of the wrong type, by its path in the
// file ("meetings[3].items[0].minutes"), so one check at the end reports it.
class SeedReader
{
public:
    QString string(const QJsonObject &o, const QString &key, const QString &at, bool required = true)
    {
        const QJsonValue v = o.value(key);
        if (v.isString())
            return v.toString();
        if (required || !v.isUndefined())
            fail(at + QLatin1Char('.') + key);
        return {};
    }
    int number(const QJsonObject &o, const QString &key, const QString &at, std::optional<int> fallback = {})
    {
        const QJsonValue v = o.value(key);
        if (v.isDouble())
            return v.toInt();
        if (!fallback || !v.isUndefined())
            fail(at + QLatin1Char('.') + key);
        return fallback.value_or(0);
    }
    bool boolean(const QJsonObject &o, const QString &key, const QString &at)
    {
        const QJsonValue v = o.value(key);
        if (!v.isBool())
            fail(at + QLatin1Char('.') + key);
        return v.toBool();
    }
    QJsonObject object(const QJsonObject &o, const QString &key, const QString &at)
    {
        const QJsonValue v = o.value(key);
        if (!v.isObject())
            fail(at.isEmpty() ? key : at + QLatin1Char('.') + key);
        return v.toObject();
    }
    // Each element of the array `key` as an object, with its path; a missing or empty list is an error.
    template <typename Read> void each(const QJsonObject &o, const QString &key, const QString &at, Read read)
    {
        const QString path = at.isEmpty() ? key : at + QLatin1Char('.') + key;
        const QJsonValue v = o.value(key);
        if (!v.isArray() || v.toArray().isEmpty()) {
            fail(path);
            return;
        }
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            read(array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i));
    }
    QStringList strings(const QJsonValue &v, const QString &at, bool mayBeEmpty = false)
    {
        QStringList out;
        if (!v.isArray() || (!mayBeEmpty && v.toArray().isEmpty()))
            fail(at);
        for (const QJsonValue &s : v.toArray()) {
            if (!s.isString())
                fail(at);
            out << s.toString();
        }
        return out;
    }
    void fail(const QString &field)
    {
        if (m_field.isEmpty())
            m_field = field;
    }
    const QString &failed() const { return m_field; }

private:
    QString m_field;
};

std::optional<DemoSeed::Office> officeFromKey(const QString &key)
{
    if (key.isEmpty())
        return DemoSeed::Office::None;
    if (key == QLatin1String("chair"))
        return DemoSeed::Office::Chair;
    if (key == QLatin1String("viceChair"))
        return DemoSeed::Office::ViceChair;
    if (key == QLatin1String("secretariat"))
        return DemoSeed::Office::Secretariat;
    return std::nullopt;
}

void readRoster(SeedReader &r, const QJsonObject &root, DemoSeed &seed)
{
    seed.homeWard = r.string(root, QStringLiteral("homeWard"), {});
    r.each(root, QStringLiteral("wards"), {}, [&](const QJsonValue &v, const QString &at) {
        const QJsonObject o = v.toObject();
        seed.wards << DemoSeed::Ward{r.string(o, QStringLiteral("name"), at),
                                     r.boolean(o, QStringLiteral("inArea"), at),
                                     r.string(o, QStringLiteral("town"), at)};
    });
    r.each(root, QStringLiteral("zones"), {}, [&](const QJsonValue &v, const QString &at) {
        const QJsonObject o = v.toObject();
        seed.zones << DemoSeed::Zone{r.string(o, QStringLiteral("ward"), at),
                                     r.string(o, QStringLiteral("name"), at),
                                     r.string(o, QStringLiteral("town"), at)};
    });
    r.each(root, QStringLiteral("organisations"), {}, [&](const QJsonValue &v, const QString &at) {
        const QJsonObject o = v.toObject();
        DemoSeed::OrganisationSeed s;
        s.key = r.string(o, QStringLiteral("key"), at);
        const std::optional<OrganisationKind> kind =
            organisationKindFromKey(r.string(o, QStringLiteral("kind"), at));
        if (!kind)
            r.fail(at + QStringLiteral(".kind"));
        s.kind = kind.value_or(OrganisationKind::Other);
        s.name = r.string(o, QStringLiteral("name"), at);
        s.area = r.string(o, QStringLiteral("area"), at);
        seed.organisations << s;
    });
    r.each(root, QStringLiteral("professions"), {}, [&](const QJsonValue &v, const QString &at) {
        const QJsonObject o = v.toObject();
        seed.professions << DemoSeed::ProfessionSeed{
            r.string(o, QStringLiteral("name"), at), r.number(o, QStringLiteral("members"), at),
            r.strings(o.value(QStringLiteral("workplaces")), at + QStringLiteral(".workplaces"), true)};
    });
    for (const QString &key : {QStringLiteral("familyNames"), QStringLiteral("givenNames")}) {
        QList<DemoSeed::Name> &names =
            key == QLatin1String("familyNames") ? seed.familyNames : seed.givenNames;
        r.each(root, key, {}, [&](const QJsonValue &v, const QString &at) {
            const QStringList parts = r.strings(v, at);
            if (parts.size() != 3)
                r.fail(at);
            names << DemoSeed::Name{parts.value(0), parts.value(1), parts.value(2)};
        });
    }
    r.each(root, QStringLiteral("namedMembers"), {}, [&](const QJsonValue &v, const QString &at) {
        const QJsonObject o = v.toObject();
        DemoSeed::NamedMember m;
        m.family = r.string(o, QStringLiteral("family"), at);
        m.given = r.string(o, QStringLiteral("given"), at);
        m.familyKana = r.string(o, QStringLiteral("familyKana"), at);
        m.givenKana = r.string(o, QStringLiteral("givenKana"), at);
        m.romaji = r.string(o, QStringLiteral("romaji"), at);
        m.profession = r.string(o, QStringLiteral("profession"), at);
        m.workplace = r.string(o, QStringLiteral("workplace"), at);
        m.joined = QDate::fromString(r.string(o, QStringLiteral("joined"), at), Qt::ISODate);
        if (!m.joined.isValid())
            r.fail(at + QStringLiteral(".joined"));
        const std::optional<DemoSeed::Office> office =
            officeFromKey(r.string(o, QStringLiteral("office"), at, false));
        if (!office)
            r.fail(at + QStringLiteral(".office"));
        m.office = office.value_or(DemoSeed::Office::None);
        m.notes = r.string(o, QStringLiteral("notes"), at, false);
        seed.namedMembers << m;
    });
    seed.otherNotes = r.strings(root.value(QStringLiteral("otherNotes")), QStringLiteral("otherNotes"));
    seed.leavingReasons =
        r.strings(root.value(QStringLiteral("leavingReasons")), QStringLiteral("leavingReasons"));
}

void readMeetings(SeedReader &r, const QJsonObject &root, DemoSeed &seed)
{
    const QString at = QStringLiteral("series");
    const QJsonObject s = r.object(root, at, {});
    seed.series.name = r.string(s, QStringLiteral("name"), at);
    seed.series.firstNumber = r.number(s, QStringLiteral("firstNumber"), at);
    seed.series.defaultVenue = r.string(s, QStringLiteral("venue"), at);
    seed.series.defaultAddress = r.string(s, QStringLiteral("address"), at);
    seed.series.defaultStart =
        QTime::fromString(r.string(s, QStringLiteral("start"), at), QStringLiteral("HH:mm"));
    seed.series.defaultEnd =
        QTime::fromString(r.string(s, QStringLiteral("end"), at), QStringLiteral("HH:mm"));
    if (!seed.series.defaultStart.isValid() || !seed.series.defaultEnd.isValid())
        r.fail(QStringLiteral("series.start"));
    seed.series.defaultFee = r.number(s, QStringLiteral("fee"), at);
    seed.series.defaultCapacity = r.number(s, QStringLiteral("capacity"), at);
    seed.series.notes = r.string(s, QStringLiteral("notes"), at);

    const QJsonObject venues = r.object(root, QStringLiteral("venues"), {});
    for (auto it = venues.begin(); it != venues.end(); ++it) {
        const QString vat = QStringLiteral("venues.") + it.key();
        const QJsonObject o = it.value().toObject();
        seed.venues.insert(it.key(), DemoSeed::Venue{r.string(o, QStringLiteral("name"), vat),
                                                     r.string(o, QStringLiteral("organisation"), vat),
                                                     r.number(o, QStringLiteral("capacity"), vat)});
    }
    const QJsonObject social = r.object(root, QStringLiteral("socialVenues"), {});
    seed.decemberSocialVenue = r.string(social, QStringLiteral("december"), QStringLiteral("socialVenues"));
    seed.socialVenue = r.string(social, QStringLiteral("other"), QStringLiteral("socialVenues"));

    const QString pat = QStringLiteral("programme");
    const QJsonObject p = r.object(root, pat, {});
    seed.programme = {
        r.string(p, QStringLiteral("opening"), pat),      r.string(p, QStringLiteral("information"), pat),
        r.string(p, QStringLiteral("announcement"), pat), r.string(p, QStringLiteral("closing"), pat),
        r.string(p, QStringLiteral("wardOfficer"), pat),  r.string(p, QStringLiteral("secretariat"), pat)};

    r.each(root, QStringLiteral("meetings"), {}, [&](const QJsonValue &v, const QString &mat) {
        const QJsonObject o = v.toObject();
        DemoSeed::MeetingSeed m;
        m.theme = r.string(o, QStringLiteral("theme"), mat);
        r.each(o, QStringLiteral("items"), mat, [&](const QJsonValue &iv, const QString &iat) {
            const QJsonObject io = iv.toObject();
            DemoSeed::Item item;
            const std::optional<AgendaKind> kind =
                agendaKindFromKey(r.string(io, QStringLiteral("kind"), iat));
            if (!kind)
                r.fail(iat + QStringLiteral(".kind"));
            item.kind = kind.value_or(AgendaKind::Other);
            item.title = r.string(io, QStringLiteral("title"), iat);
            item.minutes = r.number(io, QStringLiteral("minutes"), iat);
            item.presenter = r.string(io, QStringLiteral("presenter"), iat, false);
            item.presenterText = r.string(io, QStringLiteral("presenterText"), iat, false);
            m.items << item;
        });
        m.venue = r.string(o, QStringLiteral("venue"), mat);
        if (m.venue != QLatin1String("default") && !seed.venues.contains(m.venue))
            r.fail(mat + QStringLiteral(".venue"));
        if (o.contains(QStringLiteral("fee")))
            m.fee = r.number(o, QStringLiteral("fee"), mat);
        m.socialFee = r.number(o, QStringLiteral("socialFee"), mat, 0);
        m.demand = r.number(o, QStringLiteral("demand"), mat, 100);
        m.summary = r.string(o, QStringLiteral("summary"), mat);
        seed.meetings << m;
    });
    r.each(root, QStringLiteral("guests"), {}, [&](const QJsonValue &v, const QString &gat) {
        const QJsonObject o = v.toObject();
        seed.guests << DemoSeed::GuestSeed{
            r.string(o, QStringLiteral("name"), gat), r.string(o, QStringLiteral("kana"), gat),
            r.string(o, QStringLiteral("profession"), gat), r.string(o, QStringLiteral("organisation"), gat)};
    });
}

} // namespace

Result<DemoSeed> DemoSeed::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error e(tr("The demo network's data could not be read: %1").arg(file.errorString()));
        e.file = path;
        return e;
    }
    return parse(file.readAll(), path);
}

Result<DemoSeed> DemoSeed::parse(const QByteArray &json, const QString &path)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        Error e(parseError.error != QJsonParseError::NoError
                    ? tr("The demo network's data is not valid JSON: %1").arg(parseError.errorString())
                    : tr("The demo network's data is not a JSON object."));
        e.file = path;
        // Line and column of the offset, for someone editing the file.
        const QByteArray before = json.left(parseError.offset);
        e.line = int(before.count('\n')) + 1;
        e.column = int(parseError.offset - before.lastIndexOf('\n'));
        return e;
    }
    const QJsonObject root = document.object();
    SeedReader reader;
    DemoSeed seed;
    readRoster(reader, root, seed);
    readMeetings(reader, root, seed);
    if (!reader.failed().isEmpty()) {
        Error e = Error::inField(
            tr("The demo network's data lacks '%1' or has it in the wrong form.").arg(reader.failed()),
            reader.failed());
        e.file = path;
        return e;
    }
    return seed;
}

} // namespace renkei
