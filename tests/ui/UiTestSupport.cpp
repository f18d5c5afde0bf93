#include "UiTestSupport.h"

#include "core/demo/DemoNetwork.h"
#include "core/storage/Database.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QInputMethodEvent>
#include <QTest>
#include <QWidget>

#include <catch2/catch.hpp>

namespace renkei::test {

TestSettings::TestSettings()
{
    REQUIRE(m_dir.isValid());
    m_settings =
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
}

QString writeDemoDatabase(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    auto db = Database::open(path, Database::OpenMode::CreateNew);
    if (!db)
        FAIL(db.error().toString().toStdString());
    if (Status filled = DemoNetwork::fill(**db); !filled)
        FAIL(filled.error().toString().toStdString());
    return path;
}

QString writeEmptyDatabase(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    auto db = Database::open(path, Database::OpenMode::CreateNew);
    if (!db)
        FAIL(db.error().toString().toStdString());
    return path;
}

void type(QWidget *widget, const QString &text)
{
    widget->setFocus();
    for (const QChar ch : text) {
        QInputMethodEvent event;
        event.setCommitString(QString(ch));
        QApplication::sendEvent(widget, &event);
    }
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired())
        QTest::qWait(10);
    return done();
}

} // namespace renkei::test
