#pragma once

#include "core/Result.h"
#include "core/text/Language.h"

#include <QCoreApplication>
#include <QString>

namespace renkei {

class Database;

// Values kept in the database itself (not in the user's QSettings) because they belong to the network:
// its identity, and preferences every organiser of the file should share.
class SettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(renkei::SettingsRepository)

public:
    explicit SettingsRepository(Database &db) : m_db(db) {}

    // The stored value, or `fallback` when the key has none.
    Result<QString> value(const QString &key, const QString &fallback = {}) const;
    Status setValue(const QString &key, const QString &value);

    // A UUID made when the database was created (or brought to schema 2); stays with the file.
    Result<QString> databaseId() const;

    // The language the network's printed documents are written in; Japanese until one is chosen. The
    // GUI and the CLI both read it, so that they print the same.
    Result<DocumentLanguage> documentLanguage() const;
    Status setDocumentLanguage(DocumentLanguage language);

private:
    Database &m_db;
};

} // namespace renkei
