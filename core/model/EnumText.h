#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <utility>

namespace renkei {

// The stable key an enum value is stored under (in SQLite, CSV and on the command line).
// Keys never change once released; labels for people are translated separately.
template <typename E, std::size_t N> using EnumKeys = std::array<std::pair<E, const char *>, N>;

template <typename E, std::size_t N> QString enumKey(const EnumKeys<E, N> &keys, E value)
{
    for (const auto &[v, key] : keys)
        if (v == value)
            return QString::fromLatin1(key);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> enumFromKey(const EnumKeys<E, N> &keys, const QString &key)
{
    for (const auto &[v, k] : keys)
        if (key.compare(QLatin1String(k), Qt::CaseInsensitive) == 0)
            return v;
    return std::nullopt;
}

template <typename E, std::size_t N> QStringList allEnumKeys(const EnumKeys<E, N> &keys)
{
    QStringList out;
    for (const auto &entry : keys)
        out << QString::fromLatin1(entry.second);
    return out;
}

} // namespace renkei
