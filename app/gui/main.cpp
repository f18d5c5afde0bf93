// The GUI's entry point: the application's names, its language, the window. No logic of its own.
#include "core/text/Language.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Renkei"));
    QApplication::setApplicationName(QStringLiteral("Renkei"));
    QApplication::setApplicationDisplayName(QStringLiteral("Renkei"));
    QApplication::setApplicationVersion(QStringLiteral(RENKEI_VERSION));
    renkei::Language::install(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Roster, meetings and attendance for a care network."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("main", "The database to open (*.renkei)."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    renkei::MainWindow window;
    window.openAtStart(parser.positionalArguments().value(0));
    window.show();
    return QApplication::exec();
}
