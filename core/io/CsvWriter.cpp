#include "CsvWriter.h"

#include <QIODevice>

namespace renkei {

CsvWriter::CsvWriter(QIODevice &device) : CsvWriter(device, Options{}) {}

CsvWriter::CsvWriter(QIODevice &device, const Options &options)
    : m_device(device), m_options(options), m_encoder(textEncodingCodecName(options.encoding))
{}

void CsvWriter::appendQuoted(QString &line, const QString &field, QChar separator, bool always)
{
    bool needsQuotes = always;
    for (qsizetype i = 0; i < field.size() && !needsQuotes; ++i) {
        const QChar c = field.at(i);
        needsQuotes =
            c == separator || c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n');
    }
    if (!needsQuotes) {
        line += field;
        return;
    }
    line += QLatin1Char('"');
    for (const QChar c : field) {
        if (c == QLatin1Char('"'))
            line += QLatin1Char('"');
        line += c;
    }
    line += QLatin1Char('"');
}

QString CsvWriter::quoted(const QString &field, QChar separator, bool always)
{
    QString out;
    appendQuoted(out, field, separator, always);
    return out;
}

bool CsvWriter::writeRow(const QStringList &fields)
{
    if (m_error)
        return false;
    if (!m_started) {
        m_started = true;
        if (m_options.encoding == TextEncoding::Utf8Bom && !writeBytes(QByteArrayLiteral("\xEF\xBB\xBF")))
            return false;
    }
    m_line.resize(0); // keeps the capacity of the longest record so far
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_line += m_options.separator;
        appendQuoted(m_line, fields.at(i), m_options.separator, m_options.quoteAll);
    }
    m_line += QLatin1String("\r\n");
    m_bytes.resize(m_encoder.requiredSpace(m_line.size()));
    char *end = m_encoder.appendToBuffer(m_bytes.data(), m_line);
    m_bytes.resize(end - m_bytes.constData());
    if (m_encoder.hasError()) {
        Error error{tr("Record %1 has a character that cannot be written in %2.")
                        .arg(m_rows + 1)
                        .arg(textEncodingLabel(m_options.encoding))};
        error.line = m_rows + 1;
        m_error = error;
        return false;
    }
    if (!writeBytes(m_bytes))
        return false;
    ++m_rows;
    return true;
}

bool CsvWriter::writeBytes(const QByteArray &bytes)
{
    if (!m_device.isWritable()) {
        m_error = Error{tr("The CSV could not be written: the file is not open for writing.")};
        return false;
    }
    if (m_device.write(bytes) == bytes.size())
        return true;
    m_error = Error{tr("The CSV could not be written: %1").arg(m_device.errorString())};
    return false;
}

Status CsvWriter::status() const
{
    if (m_error)
        return *m_error;
    return {};
}

} // namespace renkei
