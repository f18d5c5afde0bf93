#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <variant>

namespace renkei {

// What went wrong and where: a translated message, plus the place (a file, a line and column, a field)
// when there is one. Core returns these as values; the GUI and the CLI decide how to show them.
struct Error
{
    Error() = default;
    explicit Error(QString message) : message(std::move(message)) {}
    // A problem with one field of a record ("email", "family_kana"), for showing next to it.
    static Error inField(QString message, QString field)
    {
        Error e(std::move(message));
        e.field = std::move(field);
        return e;
    }

    QString message;
    QString file;
    int line = 0;
    int column = 0;
    QString field;

    // "message", or "file, line 3, column 2: message" when a place is known.
    QString toString() const;
};

// A value or the Error that stopped it (std::expected in spirit; C++20 has none).
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace renkei
