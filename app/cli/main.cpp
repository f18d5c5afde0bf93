// renkei-cli's entry point: the application's names and language, then the command line. No logic of its own.
#include "CliContext.h"
#include "CommandLine.h"
#include "text/Language.h"

#include <QCoreApplication>
#include <QFile>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the GUI, so that both find the same default database.
    QCoreApplication::setOrganizationName(QStringLiteral("Renkei"));
    QCoreApplication::setApplicationName(QStringLiteral("Renkei"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RENKEI_VERSION));
    renkei::Language::install(app);

    QFile out;
    QFile err;
    if (!out.open(stdout, QIODevice::WriteOnly) ||
        !err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return renkei::cli::BadInput;
    renkei::cli::CliContext context(out, err);
    return renkei::cli::CommandLine().run(context, QCoreApplication::arguments().mid(1));
}
