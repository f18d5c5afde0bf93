#include "AppSettings.h"

#include <QFileInfo>
#include <QSettings>

namespace renkei {

namespace {
const QString versionKey = QStringLiteral("settingsVersion");
const QString lastFileKey = QStringLiteral("files/last");
const QString recentFilesKey = QStringLiteral("files/recent");
const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString agendaEraKey = QStringLiteral("documents/agendaEra");

QString absolutePath(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}
} // namespace

QList<AppSettings::RenamedKey> AppSettings::renamedKeys()
{
    // None yet: version 1 is the first. Add {version, "old/key", "new/key"} rows here.
    return {};
}

AppSettings::AppSettings(QSettings &settings) : m_settings(settings)
{
    upgrade(m_settings, renamedKeys(), currentVersion);
}

void AppSettings::upgrade(QSettings &settings, const QList<RenamedKey> &renames, int toVersion)
{
    const int stored = settings.value(versionKey, 0).toInt();
    if (stored >= toVersion)
        return;
    for (const RenamedKey &rename : renames) {
        if (rename.version <= stored || rename.version > toVersion || !settings.contains(rename.from))
            continue;
        if (!settings.contains(rename.to))
            settings.setValue(rename.to, settings.value(rename.from));
        settings.remove(rename.from);
    }
    settings.setValue(versionKey, toVersion);
}

QString AppSettings::lastFile() const
{
    return m_settings.value(lastFileKey).toString();
}

void AppSettings::setLastFile(const QString &path)
{
    if (path.isEmpty())
        m_settings.remove(lastFileKey);
    else
        m_settings.setValue(lastFileKey, absolutePath(path));
}

QStringList AppSettings::recentFiles()
{
    const QStringList stored = m_settings.value(recentFilesKey).toStringList();
    QStringList existing;
    for (const QString &path : stored)
        if (QFileInfo::exists(path) && !existing.contains(path))
            existing << path;
    if (existing.size() > maxRecentFiles)
        existing.resize(maxRecentFiles);
    if (existing != stored)
        m_settings.setValue(recentFilesKey, existing);
    return existing;
}

void AppSettings::addRecentFile(const QString &path)
{
    const QString absolute = absolutePath(path);
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    if (files.size() > maxRecentFiles)
        files.resize(maxRecentFiles);
    m_settings.setValue(recentFilesKey, files);
}

void AppSettings::clearRecentFiles()
{
    m_settings.remove(recentFilesKey);
}

bool AppSettings::agendaEra() const
{
    return m_settings.value(agendaEraKey, false).toBool();
}

void AppSettings::setAgendaEra(bool era)
{
    m_settings.setValue(agendaEraKey, era);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(geometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(geometryKey, geometry);
}

} // namespace renkei
