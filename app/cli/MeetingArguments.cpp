#include "MeetingArguments.h"

#include "core/storage/MeetingRepository.h"
#include "core/storage/SeriesRepository.h"

#include <QLocale>

namespace renkei::cli {

Result<Series> MeetingArguments::series(Database &db, const QString &name)
{
    SeriesRepository repository(db);
    if (!name.trimmed().isEmpty())
        return repository.findByName(name);
    Result<QList<Series>> all = repository.all();
    if (!all)
        return all.error();
    if (all->size() == 1)
        return all->first();
    if (all->isEmpty())
        return Error{tr("The database has no meeting series yet.")};
    QStringList names;
    for (const Series &s : *all)
        names << s.name;
    return Error::inField(tr("Choose the series with --series: %1.").arg(names.join(QStringLiteral(", "))),
                          QStringLiteral("series"));
}

Result<Meeting> MeetingArguments::meeting(Database &db, const QString &id)
{
    const std::optional<int> number = wholeNumber(id);
    if (!number)
        return Error::inField(
            tr("A meeting is given by its id (a number, as 'meetings list' shows), not '%1'.").arg(id),
            QStringLiteral("meeting"));
    return MeetingRepository(db).get(*number);
}

std::optional<QDate> MeetingArguments::date(const QString &text)
{
    const QString t = text.trimmed().normalized(QString::NormalizationForm_KC);
    for (const QString &format :
         {QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyy-M-d"), QStringLiteral("yyyy/M/d")}) {
        const QDate d = QDate::fromString(t, format);
        if (d.isValid())
            return d;
    }
    return std::nullopt;
}

std::optional<QTime> MeetingArguments::time(const QString &text)
{
    const QString t = text.trimmed().normalized(QString::NormalizationForm_KC);
    for (const QString &format : {QStringLiteral("H:mm"), QStringLiteral("HH:mm")}) {
        const QTime time = QTime::fromString(t, format);
        if (time.isValid())
            return time;
    }
    return std::nullopt;
}

std::optional<int> MeetingArguments::wholeNumber(const QString &text)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    return n;
}

QString MeetingArguments::dateText(const QDate &date)
{
    if (!date.isValid())
        return {};
    //: A date and its weekday in the command line's lists; Japanese: %1（%2）
    return tr("%1 (%2)").arg(date.toString(Qt::ISODate),
                             QLocale().dayName(date.dayOfWeek(), QLocale::ShortFormat));
}

QString MeetingArguments::timeText(const QTime &start, const QTime &end)
{
    if (!start.isValid())
        return {};
    if (!end.isValid())
        //: Japanese: %1〜
        return tr("from %1").arg(start.toString(QStringLiteral("H:mm")));
    //: Japanese: %1〜%2
    return tr("%1–%2").arg(start.toString(QStringLiteral("H:mm")), end.toString(QStringLiteral("H:mm")));
}

} // namespace renkei::cli
