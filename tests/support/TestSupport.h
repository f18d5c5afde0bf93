#pragma once

#include "core/storage/Database.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace renkei::test {

// A fresh database in its own temporary directory, removed with it; the clock is fixed
// at fixedNow() so created/updated times are predictable.
class TempDatabase
{
public:
    TempDatabase();
    Database &db() { return *m_db; }
    Database *operator->() { return m_db.get(); }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

QDateTime fixedNow();

// A file in tests/data.
QString fixturePath(const QString &name);

// The output of running renkei-cli.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs renkei-cli with `args` (English locale unless `locale` is given), waits for it.
CliRun runCli(const QStringList &args, const QString &locale = QStringLiteral("en_US.UTF-8"),
              const QByteArray &stdinData = {});

// The text of a PDF (pdftotext -layout), NFKC-normalised so that Kangxi radicals compare equal.
QString pdfText(const QString &pdfPath);

} // namespace renkei::test

#include <catch2/catch.hpp>

// Failed REQUIRE(result) lines show the error's message instead of {?}.
namespace Catch {
template <typename T> struct StringMaker<renkei::Result<T>>
{
    static std::string convert(const renkei::Result<T> &result)
    {
        return result.ok() ? std::string("ok") : ("error: " + result.error().toString().toStdString());
    }
};
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch
