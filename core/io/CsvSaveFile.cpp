#include "CsvSaveFile.h"

namespace renkei {

CsvSaveFile::CsvSaveFile(const QString &path, TextEncoding encoding) : m_file(path), m_encoding(encoding) {}

CsvWriter::Options CsvSaveFile::writerOptions(TextEncoding encoding)
{
    CsvWriter::Options options;
    options.encoding = encoding;
    return options;
}

Status CsvSaveFile::open()
{
    if (!m_file.open(QIODevice::WriteOnly))
        return Error{tr("“%1” could not be written: %2").arg(m_file.fileName(), m_file.errorString())};
    m_writer.emplace(m_file, writerOptions(m_encoding));
    return m_writer->status();
}

bool CsvSaveFile::writeRow(const QStringList &fields)
{
    return m_writer && m_writer->writeRow(fields);
}

Status CsvSaveFile::commit()
{
    if (!m_writer) {
        m_file.cancelWriting();
        return Error{tr("“%1” was not opened.").arg(m_file.fileName())};
    }
    if (Status s = m_writer->status(); !s) {
        m_file.cancelWriting();
        return s;
    }
    if (!m_file.commit())
        return Error{tr("“%1” could not be written: %2").arg(m_file.fileName(), m_file.errorString())};
    return {};
}

} // namespace renkei
