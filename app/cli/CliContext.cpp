#include "CliContext.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace renkei::cli {

CliContext::CliContext(QIODevice &out, QIODevice &err) : m_outDevice(out), m_out(&out), m_err(&err) {}

QIODevice &CliContext::outDevice()
{
    m_out.flush();
    return m_outDevice;
}

QString CliContext::programName()
{
    const QStringList arguments = QCoreApplication::arguments();
    const QString name = arguments.isEmpty() ? QString() : QFileInfo(arguments.first()).fileName();
    return name.isEmpty() ? QStringLiteral("renkei-cli") : name;
}

QString CliContext::databasePath() const
{
    if (!m_databasePath.isEmpty())
        return m_databasePath;
    const QString fromEnvironment = qEnvironmentVariable("RENKEI_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return defaultDatabasePath();
}

QString CliContext::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("renkei.renkei"));
}

std::unique_ptr<Database> CliContext::openDatabase(Database::OpenMode mode)
{
    const QString path = databasePath();
    if (mode != Database::OpenMode::OpenExisting) {
        // The default location's folder does not exist before the first run.
        const QString folder = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(folder)) {
            Error error{tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(folder))};
            fail(error);
            return nullptr;
        }
    }
    auto opened = Database::open(path, mode);
    if (!opened) {
        fail(opened.error());
        return nullptr;
    }
    return std::move(opened).value();
}

int CliContext::fail(const Error &error)
{
    m_err << tr("%1: %2").arg(programName(), error.toString()) << Qt::endl;
    return BadInput;
}

int CliContext::usageError(const QString &message, const QString &helpCommand)
{
    m_err << tr("%1: %2").arg(programName(), message) << '\n';
    const QString command =
        helpCommand.isEmpty() ? programName() : programName() + QLatin1Char(' ') + helpCommand;
    m_err << tr("Run '%1 --help' for usage.").arg(command) << Qt::endl;
    return WrongUsage;
}

} // namespace renkei::cli
