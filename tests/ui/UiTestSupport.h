#pragma once

#include <QObject>
#include <QSettings>
#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <functional>
#include <memory>

namespace renkei::test {

// The child of `parent` named `name` (its objectName); the test stops there if it is missing.
template <typename T> T *child(const QObject &parent, const char *name)
{
    T *found = parent.findChild<T *>(QString::fromLatin1(name));
    INFO("objectName " << name);
    REQUIRE(found);
    return found;
}

// Settings of their own for one test, in a temporary INI file.
class TestSettings
{
public:
    TestSettings();
    QSettings &settings() { return *m_settings; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
};

// Writes the demo network (DemoNetwork::fill) to a new file `name` in `dir` and closes it.
QString writeDemoDatabase(const QTemporaryDir &dir, const QString &name = QStringLiteral("demo.renkei"));
// Writes a new, empty database file.
QString writeEmptyDatabase(const QTemporaryDir &dir, const QString &name);

// Japanese is typed through an input method, which commits text rather than sending keys: `text`
// goes into `widget` a character at a time.
void type(QWidget *widget, const QString &text);

// Processes events until `done` is true or `timeoutMs` pass; returns `done()`.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 3000);

} // namespace renkei::test
