#pragma once

#include "core/Result.h"
#include "core/io/TextEncoding.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringDecoder>
#include <QStringList>

#include <optional>

class QIODevice;

namespace renkei {

// One record of a CSV file: its fields, decoded, and where in the file it is.
struct CsvRecord
{
    QStringList fields;
    int line = 0;     // the line of the file it starts on, from 1
    int lastLine = 0; // the line it ends on: later than `line` when a quoted field holds line breaks
    // What is wrong with it (bytes that are not valid in the encoding, a quote never closed, text
    // after a closing quote), each with its line and column. Its fields are then not to be trusted.
    QList<Error> problems;

    // True when every field is empty (a row of separators, as spreadsheets write blank rows).
    bool isBlank() const;
};

// Reads CSV (RFC 4180) one record at a time, holding no more than one record and a buffer in
// memory: quoted and unquoted fields, doubled quotes and line breaks inside quoted fields, CRLF,
// LF or CR line ends, a last line with or without one. Comma or tab separated (found from the first
// line), in UTF-8 with or without a BOM, or Shift_JIS (found from the first bytes). Bytes that are
// not valid in the encoding are reported with their line and column, never silently replaced.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(renkei::CsvReader)

public:
    struct Options
    {
        std::optional<TextEncoding> encoding; // empty: detected
        std::optional<QChar> separator;       // ',' or '\t'; empty: detected from the first line
        bool skipBlankLines = true;           // lines with nothing at all on them
        // A longer record stops the reading: it is almost always a quote that is never closed.
        qsizetype maxRecordBytes = 1024 * 1024;
    };

    explicit CsvReader(QIODevice &device);
    CsvReader(QIODevice &device, const Options &options);

    // Reads the next record into `record`; false at the end, or when reading cannot go on (status()).
    bool readRecord(CsvRecord &record);
    // Ok, or why reading stopped early: the device failed, a UTF-16 file, a record far too long.
    Status status() const;

    // The encoding and separator in use; known once the first record has been read.
    TextEncoding encoding() const { return m_encoding; }
    // False when the bytes were valid in neither encoding and the guess is the lesser evil.
    bool encodingCertain() const { return m_encodingCertain; }
    QChar separator() const { return m_separator; }
    // Bytes taken from the device so far, for progress.
    qint64 bytesRead() const { return m_bytesBefore + m_pos; }

    // The fields of one line of text, by the same rules (for tests, and for headers typed by hand).
    static QStringList splitLine(const QString &line, QChar separator = QLatin1Char(','));

private:
    bool start();
    bool fill();
    void newDecoder();
    bool frame(qsizetype *end, qsizetype *next, int *lineBreaks);
    void findInvalidBytes(QByteArrayView raw, CsvRecord &record) const;
    void fail(const QString &message, int line);

    QIODevice &m_device;
    Options m_options;
    QByteArray m_buffer;
    qsizetype m_pos = 0;      // where the next record starts in m_buffer
    qint64 m_bytesBefore = 0; // bytes dropped from the front of m_buffer
    bool m_started = false;
    bool m_eof = false;
    int m_line = 1;
    TextEncoding m_encoding = TextEncoding::Utf8;
    bool m_encodingCertain = true;
    QChar m_separator;
    std::optional<QStringDecoder> m_decoder;
    std::optional<Error> m_error;
};

} // namespace renkei
