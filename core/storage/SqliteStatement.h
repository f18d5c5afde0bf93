#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace renkei {

class Database;

// A prepared statement run through SQLite's own C API on a Database's connection, for the few
// statements that run a hundred thousand times in one go (the rows of a roster import): binding a
// text there costs no QVariant and no placeholder name, which QSqlQuery spends on every value.
// SQLite-specific, hence in storage/; isValid() is false on another driver, and callers then use
// QSqlQuery. Not copyable; finalised when destroyed, before the Database it was made on.
class SqliteStatement
{
    Q_DECLARE_TR_FUNCTIONS(renkei::SqliteStatement)

public:
    SqliteStatement(const Database &db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // False when the connection is not SQLite's or the statement did not compile (error() says why).
    bool isValid() const { return m_statement != nullptr; }
    QString error() const { return m_error; }

    // Placeholders are numbered from 0, as QSqlQuery::bindValue numbers them. A text is copied by
    // SQLite when bound, so the string need not outlive the call.
    void bindText(int index, QStringView text);
    void bindInt(int index, qint64 value);
    void bindNull(int index);
    // 0 (or less) binds NULL: no reference, as sql::id().
    void bindId(int index, qint64 id);

    // Binds a value as QSqlQuery would: null, whole numbers, reals, else its text. A string is bound
    // without a copy: `value` must stay alive and unchanged until exec() or the last next() returns.
    void bindVariant(int index, const QVariant &value);

    // Runs the statement to its end, then resets it for the next values. `doing` names what it was
    // for in the error (“adding a member”).
    Status exec(const QString &doing);

    // Steps to the next row of a query: true with a row to read through the column functions, false
    // at the end (the statement is then reset for the next values).
    Result<bool> next(const QString &doing);
    // Columns of the current row, numbered from 0.
    bool isNull(int column) const;
    qint64 intValue(int column) const;
    QString textValue(int column) const; // a null column gives a null QString
    // The rowid of the last row inserted on this connection.
    qint64 lastInsertId() const;

private:
    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

} // namespace renkei
