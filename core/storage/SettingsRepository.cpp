#include "SettingsRepository.h"

#include "Database.h"
#include "SqlValues.h"

namespace renkei {

namespace {
const QString documentLanguageKey = QStringLiteral("document_language");
}

Result<QString> SettingsRepository::value(const QString &key, const QString &fallback) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (Status s = m_db.exec(q, tr("reading a setting")); !s)
        return s.error();
    if (!q.next())
        return fallback;
    return q.value(0).toString();
}

Status SettingsRepository::setValue(const QString &key, const QString &value)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT "
                                              "(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(sql::text(value));
    return m_db.exec(q, tr("saving a setting"));
}

Result<QString> SettingsRepository::databaseId() const
{
    Result<QString> id = value(QStringLiteral("database_id"));
    if (id && id->isEmpty())
        return Error{tr("The database has no identity; it was not brought up to date.")};
    return id;
}

Result<DocumentLanguage> SettingsRepository::documentLanguage() const
{
    const Result<QString> stored = value(documentLanguageKey, Language::code(DocumentLanguage::Japanese));
    if (!stored)
        return stored.error();
    if (const std::optional<DocumentLanguage> language = Language::fromCode(*stored))
        return *language;
    Error e(tr("The document language '%1' stored in the database is not one Renkei knows (ja or en).")
                .arg(*stored));
    e.field = documentLanguageKey;
    return e;
}

Status SettingsRepository::setDocumentLanguage(DocumentLanguage language)
{
    return setValue(documentLanguageKey, Language::code(language));
}

} // namespace renkei
