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
// 2024-04-01, as date() stores it, without QDate::toString's formatting machinery (imports write it
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

// Reads what isoDate() writes without QDate::fromString's parser; anything else goes through it.
inline QDate toDate(const QString &text)
{
    const auto digit = [&](int i) { return text[i].unicode() - u'0'; };
    if (text.size() == 10 && text[4] == QLatin1Char('-') && text[7] == QLatin1Char('-')) {
        bool digits = true;
        for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
            digits = digits && text[i].unicode() >= u'0' && text[i].unicode() <= u'9';
        if (digits)
            return QDate(digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3),
                         digit(5) * 10 + digit(6), digit(8) * 10 + digit(9));
    }
    return QDate::fromString(text, Qt::ISODate);
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
// Reads what dateTime() writes (2024-04-01T09:30:00.000Z) without QDateTime's parser; anything else
// goes through it.
inline QDateTime toDateTime(const QString &text)
{
    if (text.size() == 24 && text[10] == QLatin1Char('T') && text[19] == QLatin1Char('.') &&
        text[23] == QLatin1Char('Z')) {
        const QDate date = toDate(text.left(10));
        bool ok = date.isValid();
        int parts[4] = {};
        const int starts[4] = {11, 14, 17, 20};
        const int lengths[4] = {2, 2, 2, 3};
        for (int p = 0; p < 4 && ok; ++p)
            for (int i = starts[p]; i < starts[p] + lengths[p] && ok; ++i) {
                const char16_t c = text[i].unicode();
                ok = c >= u'0' && c <= u'9';
                parts[p] = parts[p] * 10 + (c - u'0');
            }
        const QTime time(parts[0], parts[1], parts[2], parts[3]);
        if (ok && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (dt.isValid())
        dt.setTimeSpec(Qt::UTC);
    return dt;
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
