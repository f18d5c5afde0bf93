#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QVariant>

#include <optional>

// How domain values are stored: ids of 0 as NULL, dates and times as ISO text. Private to storage/.
namespace renkei::sql {

// Text columns are NOT NULL: a null QString is stored as an empty string.
inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

inline QVariant id(qint64 value)
{
    return value > 0 ? QVariant(value) : QVariant(QMetaType(QMetaType::LongLong));
}
inline qint64 toId(const QVariant &value)
{
    return value.isNull() ? 0 : value.toLongLong();
}

inline QVariant date(const QDate &value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}
inline QDate toDate(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

inline QVariant time(const QTime &value)
{
    return value.isValid() ? QVariant(value.toString(QStringLiteral("HH:mm")))
                           : QVariant(QMetaType(QMetaType::QString));
}
inline QTime toTime(const QVariant &value)
{
    return QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
}

inline QVariant dateTime(const QDateTime &value)
{
    return value.isValid() ? QVariant(value.toUTC().toString(Qt::ISODateWithMs))
                           : QVariant(QMetaType(QMetaType::QString));
}
inline QDateTime toDateTime(const QVariant &value)
{
    QDateTime dt = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (dt.isValid())
        dt.setTimeSpec(Qt::UTC);
    return dt;
}

inline QVariant optionalInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}
inline std::optional<int> toOptionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}

} // namespace renkei::sql
