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

// 2024-04-01, as date() stores it: without QDate::toString's formatting machinery (imports write it
// a hundred thousand times).
inline QString isoDate(const QDate &value)
{
    if (!value.isValid() || value.year() < 1 || value.year() > 9999)
        return value.toString(Qt::ISODate);
    int year = 0, month = 0, day = 0;
    value.getDate(&year, &month, &day);
    const char16_t text[] = {char16_t(u'0' + year / 1000),
                             char16_t(u'0' + year / 100 % 10),
                             char16_t(u'0' + year / 10 % 10),
                             char16_t(u'0' + year % 10),
                             u'-',
                             char16_t(u'0' + month / 10),
                             char16_t(u'0' + month % 10),
                             u'-',
                             char16_t(u'0' + day / 10),
                             char16_t(u'0' + day % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
}
inline QVariant date(const QDate &value)
{
    return value.isValid() ? QVariant(isoDate(value)) : QVariant(QMetaType(QMetaType::QString));
}

// The number written in `count` ASCII digits from `from` on, or -1.
inline int digitsAt(const QString &text, qsizetype from, int count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// Reads what isoDate() writes without QDate::fromString's parser; anything else goes through it.
inline QDate toDate(const QString &text)
{
    if (text.size() == 10 && text[4] == QLatin1Char('-') && text[7] == QLatin1Char('-')) {
        const int year = digitsAt(text, 0, 4), month = digitsAt(text, 5, 2), day = digitsAt(text, 8, 2);
        if (year >= 0 && month >= 0 && day >= 0)
            return QDate(year, month, day);
    }
    return QDate::fromString(text, Qt::ISODate);
}
inline QDate toDate(const QVariant &value)
{
    return toDate(value.toString());
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
// Reads what dateTime() writes (2024-04-01T09:30:00.000Z) without QDateTime's parser; anything else
// goes through it.
inline QDateTime toDateTime(const QString &text)
{
    if (text.size() == 24 && text[10] == QLatin1Char('T') && text[13] == QLatin1Char(':') &&
        text[16] == QLatin1Char(':') && text[19] == QLatin1Char('.') && text[23] == QLatin1Char('Z')) {
        const QDate date = toDate(text.left(10));
        const QTime time(digitsAt(text, 11, 2), digitsAt(text, 14, 2), digitsAt(text, 17, 2),
                         digitsAt(text, 20, 3));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (dt.isValid())
        dt.setTimeSpec(Qt::UTC);
    return dt;
}
inline QDateTime toDateTime(const QVariant &value)
{
    return toDateTime(value.toString());
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
