#include "SqliteStatement.h"

#include "Database.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace renkei {

namespace {

// The sqlite3 handle behind a QSQLITE connection, as QSqlDriver::handle() documents it. Qt's
// driver on Debian links the system's libsqlite3, the same library this file links.
sqlite3 *connectionHandle(const Database &db)
{
    const QSqlQuery q = db.query();
    const QSqlDriver *driver = q.driver();
    if (!driver)
        return nullptr;
    const QVariant handle = driver->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

SqliteStatement::SqliteStatement(const Database &db, const QString &sql) : m_connection(connectionHandle(db))
{
    if (!m_connection) {
        m_error = tr("The database is not an SQLite database.");
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_connection, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_statement, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_connection));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bindText(int index, QStringView text)
{
    sqlite3_bind_text16(m_statement, index + 1, text.isNull() ? u"" : text.utf16(),
                        int(text.size() * qsizetype(sizeof(char16_t))), SQLITE_TRANSIENT);
}

void SqliteStatement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index + 1, value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index + 1);
}

void SqliteStatement::bindId(int index, qint64 id)
{
    if (id <= 0)
        bindNull(index);
    else
        bindInt(index, id);
}

void SqliteStatement::bindVariant(int index, const QVariant &value)
{
    if (value.isNull()) {
        bindNull(index);
        return;
    }
    switch (value.metaType().id()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        bindInt(index, value.toLongLong());
        break;
    case QMetaType::Double:
        sqlite3_bind_double(m_statement, index + 1, value.toDouble());
        break;
    case QMetaType::QString: {
        // The variant's own string, not a copy: it stays alive until the statement has run.
        const auto *text = static_cast<const QString *>(value.constData());
        if (text->isNull())
            bindNull(index);
        else
            sqlite3_bind_text16(m_statement, index + 1, text->constData(),
                                int(text->size() * qsizetype(sizeof(char16_t))), SQLITE_STATIC);
        break;
    }
    default:
        bindText(index, value.toString());
        break;
    }
}

Result<bool> SqliteStatement::next(const QString &doing)
{
    if (!m_statement)
        return Error{Database::tr("The database failed while %1: %2").arg(doing, m_error)};
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    // The message is read before reset, which may replace it.
    const QString message =
        result == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(m_connection));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (result != SQLITE_DONE)
        return Error{Database::tr("The database failed while %1: %2").arg(doing, message)};
    return false;
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::intValue(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::textValue(int column) const
{
    // The database holds UTF-8: Qt's decoder is quicker than SQLite's conversion to UTF-16.
    const unsigned char *text = sqlite3_column_text(m_statement, column);
    if (!text)
        return {};
    const int bytes = sqlite3_column_bytes(m_statement, column);
    return bytes == 0 ? QString(QLatin1String(""))
                      : QString::fromUtf8(reinterpret_cast<const char *>(text), bytes);
}

Status SqliteStatement::exec(const QString &doing)
{
    while (true) {
        const Result<bool> row = next(doing);
        if (!row)
            return row.error();
        if (!*row)
            return {};
    }
}

qint64 SqliteStatement::lastInsertId() const
{
    return m_connection ? sqlite3_last_insert_rowid(m_connection) : 0;
}

} // namespace renkei
