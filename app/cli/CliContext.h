#pragma once

#include "core/Result.h"
#include "core/documents/DocumentText.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QTextStream>

#include <memory>

namespace renkei::cli {

// The exit statuses of renkei-cli.
enum ExitCode : int
{
    Success = 0,
    BadInput = 1,   // a bad or missing database, a file that is not ours, a value core refused
    WrongUsage = 2, // an unknown command or option, a missing argument
};

// What every command works with: where its output and errors go, and which database it opens.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::CliContext)

public:
    CliContext(QIODevice &out, QIODevice &err);

    // Text for people, UTF-8. Flushed before anything is written to outDevice() directly.
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    // The raw standard output, for bytes such as CSV.
    QIODevice &outDevice();

    // "renkei-cli", as the user typed it, for messages and help.
    static QString programName();

    // --db when given, else the RENKEI_DB environment variable, else the file the GUI opens by default.
    QString databasePath() const;
    void setDatabasePath(const QString &path) { m_databasePath = path; }
    // <AppDataLocation>/renkei.renkei, for organisation and application "Renkei".
    static QString defaultDatabasePath();

    // The language --document-language chose for this run's documents; none: the network's setting.
    void setDocumentLanguage(DocumentLanguage language) { m_documentLanguage = language; }
    // What the run's documents are made with: that language, and the era when asked for.
    DocumentOptions documentOptions(bool era = false) const
    {
        return DocumentOptions{m_documentLanguage, era};
    }

    // Opens the database; on failure, says why on stderr and returns null.
    std::unique_ptr<Database> openDatabase(Database::OpenMode mode);

    // Writes "renkei-cli: <error>" to stderr and returns BadInput.
    int fail(const Error &error);
    // Writes the message and a pointer to `helpCommand`'s help to stderr and returns WrongUsage.
    int usageError(const QString &message, const QString &helpCommand = {});

private:
    QIODevice &m_outDevice;
    QTextStream m_out;
    QTextStream m_err;
    QString m_databasePath;
    std::optional<DocumentLanguage> m_documentLanguage;
};

} // namespace renkei::cli
