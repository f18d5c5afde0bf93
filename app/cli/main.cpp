// renkei-cli's entry point: the application's names and language, then the command line. No logic of its own.
#include "CliContext.h"
#include "CommandLine.h"
#include "core/text/Language.h"

#include <QFile>
#include <QGuiApplication>

#include <memory>

namespace {
QtMessageHandler g_qtHandler = nullptr;
}

int main(int argc, char *argv[])
{
    // Printed documents (sign-in sheets, badges) paint text, which needs a QGuiApplication; the
    // offscreen platform needs no display, and the command line never shows a window.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // The platform's start-up warns about things the command line does not use (no XDG_RUNTIME_DIR
    // under cron or in containers); scripts read stderr, so only errors get through while it starts.
    g_qtHandler =
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &where, const QString &text) {
            if (type == QtCriticalMsg || type == QtFatalMsg)
                g_qtHandler(type, where, text);
        });
    // A command that paints nothing skips the GUI platform's start-up and fonts (a tenth of a second
    // of every `members import` or `members find`).
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> application;
    if (renkei::cli::CommandLine::paintsNothing(args))
        application = std::make_unique<QCoreApplication>(argc, argv);
    else
        application = std::make_unique<QGuiApplication>(argc, argv);
    QCoreApplication &app = *application;
    qInstallMessageHandler(g_qtHandler);
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
