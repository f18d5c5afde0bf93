#include "Database.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

namespace renkei {

namespace {

QAtomicInt g_connectionCounter;

constexpr QByteArrayView sqliteHeader("SQLite format 3\0", 16);

// Empty files count as new databases; anything else must start with SQLite's header.
bool looksLikeSqlite(const QString &path, bool *empty)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(sqliteHeader.size());
    *empty = head.isEmpty();
    return *empty || head == sqliteHeader;
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode)
{
    return open(path, mode, schemaMigrations());
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode,
                                                 const std::vector<Migration> &migrations)
{
    const QFileInfo info(path);
    const QString shownName = QDir::toNativeSeparators(info.absoluteFilePath());
    Error error;
    error.file = shownName;

    if (info.exists() && info.isDir()) {
        error.message = tr("This is a folder, not a Renkei database file.");
        return error;
    }
    if (info.exists() && mode == OpenMode::CreateNew) {
        error.message = tr("The file already exists; choose a new name for a new database.");
        return error;
    }
    if (!info.exists() && mode == OpenMode::OpenExisting) {
        error.message = tr("The file does not exist.");
        return error;
    }

    bool empty = false;
    if (info.exists()) {
        if (!info.isReadable()) {
            error.message = tr("The file cannot be read: permission denied.");
            return error;
        }
        if (!looksLikeSqlite(path, &empty)) {
            error.message = tr("This file is not a Renkei database (it is not an SQLite database). "
                               "It was left unchanged.");
            return error;
        }
    } else {
        // Create the file ourselves, readable and writable by its owner only: it holds personal data.
        // SQLite gives its -wal and -shm files the same permissions.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            error.message = tr("The database file could not be created: %1").arg(file.errorString());
            return error;
        }
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.close();
        empty = true;
    }

    const QString connectionName = QStringLiteral("renkei-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), connectionName));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        if (!db.isValid()) {
            error.message = tr("The SQLite driver of Qt is missing (package libqt6sql6-sqlite).");
            return error;
        }
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            error.message = tr("The database could not be opened: %1").arg(db.lastError().text());
            return error;
        }
    }

    // Read before writing anything: a file we must refuse stays exactly as it was.
    QSqlQuery probe = database->query();
    auto readInt = [&](const QString &sql, int *value) {
        if (!probe.exec(sql) || !probe.next())
            return false;
        *value = probe.value(0).toInt();
        return true;
    };
    int version = 0;
    int appId = 0;
    int tableCount = 0;
    if (!readInt(QStringLiteral("PRAGMA user_version"), &version) ||
        !readInt(QStringLiteral("PRAGMA application_id"), &appId) ||
        !readInt(QStringLiteral("SELECT count(*) FROM sqlite_master"), &tableCount)) {
        error.message = tr("The database is damaged and cannot be read (%1). It was left unchanged; "
                           "restore it from a backup.")
                            .arg(probe.lastError().text());
        return error;
    }
    probe.finish();
    if (appId != applicationId && !(appId == 0 && tableCount == 0)) {
        error.message = tr("This SQLite file was not made by Renkei. It was left unchanged.");
        return error;
    }
    if (version > currentSchemaVersion()) {
        error.message = tr("This database was written by a newer version of Renkei (schema %1; this "
                           "version reads up to %2). Please update Renkei. The file was left unchanged.")
                            .arg(version)
                            .arg(currentSchemaVersion());
        return error;
    }
    if (!empty && tableCount > 0) {
        // A damaged page shows up here rather than in the middle of the organiser's work.
        QSqlQuery check = database->query();
        if (!check.exec(QStringLiteral("PRAGMA quick_check(1)")) || !check.next() ||
            check.value(0).toString() != QLatin1String("ok")) {
            error.message =
                tr("The database is damaged (%1). It was left unchanged; restore it from a "
                   "backup.")
                    .arg(check.lastError().isValid() ? check.lastError().text() : check.value(0).toString());
            return error;
        }
    }

    if (Status configured = database->configure(); !configured) {
        Error e = configured.error();
        e.file = shownName;
        return e;
    }
    if (Status migrated = database->migrate(migrations); !migrated) {
        Error e = migrated.error();
        e.file = shownName;
        return e;
    }
    return database;
}

Status Database::configure()
{
    if (Status s = exec(QStringLiteral("PRAGMA foreign_keys = ON"), tr("turning on foreign keys")); !s)
        return s;
    QSqlQuery q = query();
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return Error{
            tr("The database could not be switched to write-ahead logging: %1").arg(q.lastError().text())};
    q.finish();
    return exec(QStringLiteral("PRAGMA synchronous = NORMAL"), tr("setting the synchronous mode"));
}

int Database::currentSchemaVersion()
{
    int latest = 0;
    for (const Migration &m : schemaMigrations())
        latest = std::max(latest, m.version);
    return latest;
}

int Database::schemaVersion() const
{
    QSqlQuery q = query();
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status Database::migrate(const std::vector<Migration> &migrations)
{
    const int from = schemaVersion();
    for (const Migration &step : migrations) {
        if (step.version <= from)
            continue;
        Status s = transaction([&]() -> Status {
            if (Status applied = step.apply(*this); !applied)
                return applied;
            if (from == 0 && step.version == migrations.front().version) {
                if (Status idSet = exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId),
                                        tr("marking the file as a Renkei database"));
                    !idSet)
                    return idSet;
            }
            return exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version),
                        tr("recording the schema version"));
        });
        if (!s) {
            Error e = s.error();
            e.message = tr("Updating the database to schema %1 (%2) failed; nothing was changed: %3")
                            .arg(step.version)
                            .arg(step.description, e.message);
            return e;
        }
    }
    return {};
}

Status Database::transaction(const std::function<Status()> &work)
{
    const bool outermost = m_transactionDepth == 0;
    const QString savepoint = QStringLiteral("renkei_sp%1").arg(m_transactionDepth);
    Status begun = outermost
                       ? exec(QStringLiteral("BEGIN IMMEDIATE"), tr("starting a transaction"))
                       : exec(QStringLiteral("SAVEPOINT %1").arg(savepoint), tr("starting a transaction"));
    if (!begun)
        return begun;
    ++m_transactionDepth;
    Status result = work();
    --m_transactionDepth;
    if (result) {
        Status done = outermost ? exec(QStringLiteral("COMMIT"), tr("saving the changes"))
                                : exec(QStringLiteral("RELEASE %1").arg(savepoint), tr("saving the changes"));
        if (done)
            return {};
        result = done;
    }
    if (outermost)
        (void)exec(QStringLiteral("ROLLBACK"), tr("undoing the changes"));
    else {
        (void)exec(QStringLiteral("ROLLBACK TO %1").arg(savepoint), tr("undoing the changes"));
        (void)exec(QStringLiteral("RELEASE %1").arg(savepoint), tr("undoing the changes"));
    }
    return result;
}

QSqlQuery Database::query() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    return q;
}

QSqlQuery Database::prepare(const QString &sql) const
{
    QSqlQuery q = query();
    q.prepare(sql);
    return q;
}

Status Database::exec(QSqlQuery &query, const QString &doing) const
{
    if (query.exec())
        return {};
    const QSqlError e = query.lastError();
    Error error;
    //: %1 is what was being done (e.g. "saving a member"), %2 the database's own message
    error.message = tr("The database failed while %1: %2")
                        .arg(doing, e.databaseText().isEmpty() ? e.text() : e.databaseText());
    return error;
}

Status Database::exec(const QString &sql, const QString &doing) const
{
    QSqlQuery q = query();
    if (q.exec(sql))
        return {};
    const QSqlError e = q.lastError();
    return Error{tr("The database failed while %1: %2")
                     .arg(doing, e.databaseText().isEmpty() ? e.text() : e.databaseText())};
}

qint64 Database::changeCount() const
{
    QSqlQuery q = query();
    if (q.exec(QStringLiteral("SELECT total_changes()")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

QDateTime Database::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

} // namespace renkei
