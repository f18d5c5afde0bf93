#include "TestSupport.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>

#include <catch2/catch.hpp>

namespace renkei::test {

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 4, 1), QTime(9, 30), Qt::UTC);
}

TempDatabase::TempDatabase()
{
    REQUIRE(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("test.renkei"));
    auto opened = Database::open(m_path, Database::OpenMode::CreateNew);
    if (!opened)
        FAIL(opened.error().toString().toStdString());
    m_db = std::move(opened).value();
    m_db->setClock([] { return fixedNow(); });
}

QString fixturePath(const QString &name)
{
    return QDir(QStringLiteral(RENKEI_TEST_DATA_DIR)).filePath(name);
}

CliRun runCli(const QStringList &args, const QString &locale, const QByteArray &stdinData)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("LANG"), locale);
    env.insert(QStringLiteral("LANGUAGE"), locale.section(QLatin1Char('.'), 0, 0));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(RENKEI_CLI_PATH), args);
    CliRun run;
    if (!process.waitForStarted(10000)) {
        run.err = process.errorString();
        return run;
    }
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        run.err = QStringLiteral("renkei-cli did not finish");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString pdfText(const QString &pdfPath)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdfPath, QStringLiteral("-")});
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

} // namespace renkei::test
