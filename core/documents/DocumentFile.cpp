#include "DocumentFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace renkei {

namespace {
Error fileError(const QString &path, const QString &message)
{
    Error e(message);
    e.file = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    return e;
}
} // namespace

Status DocumentFile::open(QSaveFile &file)
{
    if (QFileInfo(file.fileName()).isDir())
        return fileError(file.fileName(), tr("This is a folder; give a file name."));
    if (!file.open(QIODevice::WriteOnly))
        return fileError(file.fileName(), tr("The file could not be written: %1").arg(file.errorString()));
    return {};
}

Status DocumentFile::commit(QSaveFile &file)
{
    if (!file.commit())
        return fileError(file.fileName(), tr("The file could not be saved: %1").arg(file.errorString()));
    return {};
}

Status DocumentFile::write(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (Status s = open(file); !s)
        return s;
    if (file.write(data) != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fileError(path, tr("The file could not be written: %1").arg(reason));
    }
    return commit(file);
}

QString DocumentFile::extension(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}

} // namespace renkei
