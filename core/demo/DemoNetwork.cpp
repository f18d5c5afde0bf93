#include "DemoNetwork.h"

#include "core/demo/DemoDice.h"
#include "core/demo/DemoMeetings.h"
#include "core/demo/DemoRoster.h"
#include "core/demo/DemoSeed.h"
#include "core/model/Area.h"
#include "core/model/Series.h"
#include "core/storage/AreaRepository.h"
#include "core/storage/Database.h"
#include "core/storage/MemberRepository.h"
#include "core/storage/SeriesRepository.h"

#include <QTimeZone>

namespace renkei {

QDateTime DemoNetwork::tokyoTime(const QDate &date, const QTime &time)
{
    return QDateTime(date, time, QTimeZone(9 * 3600));
}

QString DemoNetwork::seriesName()
{
    const Result<DemoSeed> seed = DemoSeed::load();
    return seed ? seed->series.name : QString();
}

Status DemoNetwork::fill(Database &db, quint32 seed)
{
    Options options;
    options.seed = seed;
    return fill(db, options);
}

Status DemoNetwork::fill(Database &db, const Options &options)
{
    MemberFilter everyone;
    everyone.archived = MemberFilter::Archived::Include;
    Result<int> members = MemberRepository(db).count(everyone);
    if (!members)
        return members.error();
    Result<QList<Series>> series = SeriesRepository(db).all();
    if (!series)
        return series.error();
    Result<QList<Area>> areas = AreaRepository(db).all();
    if (!areas)
        return areas.error();
    if (*members > 0)
        return Error{tr("This database already has members (%1); the demo network only goes into a new, "
                        "empty database.")
                         .arg(*members)};
    if (!series->isEmpty() || !areas->isEmpty())
        return Error{tr("The database already has areas or meetings; the demo network only goes into a new, "
                        "empty database.")};
    if (!options.referenceDate.isValid())
        return Error{tr("The demo network needs a valid reference date.")};
    const Result<DemoSeed> seed =
        DemoSeed::load(options.seedPath.isEmpty() ? DemoSeed::resourcePath() : options.seedPath);
    if (!seed)
        return seed.error();

    DemoDice dice(options.seed);
    QDateTime now = tokyoTime(QDate(2024, 3, 20), QTime(10, 0));
    const QDate today = options.referenceDate;
    db.setClock([&now] { return now; });
    const Status done = db.transaction([&]() -> Status {
        DemoRoster roster(db, dice, *seed, today, now);
        for (auto step : {&DemoRoster::addAreas, &DemoRoster::addOrganisations, &DemoRoster::addMembers})
            if (Status s = (roster.*step)(); !s)
                return s;
        if (Status s = DemoMeetings(db, dice, *seed, roster, today, now).add(); !s)
            return s;
        return roster.archiveLeavers();
    });
    db.setClock({});
    return done;
}

} // namespace renkei
