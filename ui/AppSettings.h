#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QSettings;

namespace renkei {

// What the GUI remembers between runs: the last file, the recent files, the window's geometry
// and document choices. The keys carry a version of their own (settingsVersion); when a key is renamed,
// a row in renamedKeys() carries the user's old value over instead of losing it.
class AppSettings
{
public:
    static constexpr int currentVersion = 1;
    static constexpr int maxRecentFiles = 8;

    // `from` was renamed to `to` in settings version `version`.
    struct RenamedKey
    {
        int version = 0;
        QString from;
        QString to;
    };
    // Every rename so far, oldest first.
    static QList<RenamedKey> renamedKeys();

    // Brings `settings` up to date (see upgrade()) and works on it; `settings` must outlive this.
    explicit AppSettings(QSettings &settings);

    // Moves each key renamed after the stored version to its new name (unless the new name already
    // has a value) and stamps `toVersion`. Settings written by a newer Renkei are left as they are.
    static void upgrade(QSettings &settings, const QList<RenamedKey> &renames, int toVersion);

    QString lastFile() const;
    void setLastFile(const QString &path);

    // Newest first; files that no longer exist are dropped (and forgotten).
    QStringList recentFiles();
    void addRecentFile(const QString &path);
    void clearRecentFiles();

    // Whether agendas are saved with dates in the Japanese era (令和8年…); off by default.
    bool agendaEra() const;
    void setAgendaEra(bool era);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

private:
    QSettings &m_settings;
};

} // namespace renkei
