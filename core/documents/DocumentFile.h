#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QSaveFile;

namespace renkei {

// Files the organiser keeps are written whole or not at all (QSaveFile): a crash or a full disk leaves
// the old file, never half of a new one.
class DocumentFile
{
    Q_DECLARE_TR_FUNCTIONS(renkei::DocumentFile)

public:
    static Status write(const QString &path, const QByteArray &data);
    // For writers that stream (PDF): opens `file` for writing, with an Error naming the file.
    static Status open(QSaveFile &file);
    static Status commit(QSaveFile &file);
    // "pdf", "html", "txt", ... in lower case.
    static QString extension(const QString &path);
};

} // namespace renkei
