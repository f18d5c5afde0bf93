#pragma once

#include "core/Result.h"
#include "core/storage/Migration.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace renkei {

// One open Renkei database file (SQLite): opening with its safety checks, schema migrations,
// transactions, and the clock that stamps created/updated times. Repositories work through it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(renkei::Database)

public:
    enum class OpenMode
    {
        OpenOrCreate, // create the file when it does not exist
        OpenExisting, // refuse a missing file
        CreateNew,    // refuse an existing file
    };

    // Opens (or creates) `path`, checks that it is a Renkei database this version can read,
    // and brings its schema up to date. A file that is not one, is damaged, or was written by a
    // newer Renkei is refused and left untouched.
    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  OpenMode mode = OpenMode::OpenOrCreate);
    // The same with a given list of migrations (tests use it to try a failing step).
    static Result<std::unique_ptr<Database>> open(const QString &path, OpenMode mode,
                                                  const std::vector<Migration> &migrations);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    int schemaVersion() const;
    // The schema version this build of Renkei writes.
    static int currentSchemaVersion();
    // Written into the file header so that a stray SQLite file is not taken for ours.
    static constexpr int applicationId = 0x52454e4b; // "RENK"

    // Runs `work` in one transaction (a savepoint when nested): committed when it returns ok,
    // rolled back whole when it returns an error.
    Status transaction(const std::function<Status()> &work);
    bool inTransaction() const { return m_transactionDepth > 0; }

    // A query on this connection.
    QSqlQuery query() const;
    // Prepares `sql`; binds nothing. Errors are reported by exec().
    QSqlQuery prepare(const QString &sql) const;
    // Executes a prepared query, turning a failure into an Error that says what was being done.
    Status exec(QSqlQuery &query, const QString &doing) const;
    // Executes one statement without parameters.
    Status exec(const QString &sql, const QString &doing) const;

    // How many rows this connection has written since it was opened: a view that remembers it knows
    // whether what it shows may have changed elsewhere in the application.
    qint64 changeCount() const;

    // The time stamped on created/updated rows; replaceable so tests can fix it.
    QDateTime now() const;
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    const std::function<QDateTime()> &clock() const { return m_clock; }

private:
    Database(QString path, QString connectionName);
    Status configure();
    Status migrate(const std::vector<Migration> &migrations);

    QString m_path;
    QString m_connectionName;
    int m_transactionDepth = 0;
    std::function<QDateTime()> m_clock;
};

} // namespace renkei
