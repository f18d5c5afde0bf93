#pragma once

#include "core/Result.h"
#include "core/io/CsvWriter.h"
#include "core/io/TextEncoding.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <optional>

namespace renkei {

// A CSV file the user keeps, written atomically: rows go to a QSaveFile through a CsvWriter, and the
// new file replaces the old one only when commit() succeeds; a failure or a crash leaves the old one.
class CsvSaveFile
{
    Q_DECLARE_TR_FUNCTIONS(renkei::CsvSaveFile)

public:
    CsvSaveFile(const QString &path, TextEncoding encoding);
    CsvSaveFile(const CsvSaveFile &) = delete;
    CsvSaveFile &operator=(const CsvSaveFile &) = delete;

    Status open();
    // False once anything has failed; commit() then says what.
    bool writeRow(const QStringList &fields);
    Status commit();

    // The options a CsvWriter needs for `encoding` (the BOM for UTF-8 with BOM).
    static CsvWriter::Options writerOptions(TextEncoding encoding);

private:
    QSaveFile m_file;
    TextEncoding m_encoding;
    std::optional<CsvWriter> m_writer;
};

} // namespace renkei
