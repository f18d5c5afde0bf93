#pragma once

#include "core/Result.h"
#include "core/io/TextEncoding.h"

#include <QCoreApplication>
#include <QStringEncoder>
#include <QStringList>

#include <optional>

class QIODevice;

namespace renkei {

// Writes CSV (RFC 4180) to a device: fields with the separator, quotes, CR or LF are quoted, quotes
// doubled, and records end with CRLF. UTF-8 by default; UTF-8 with a BOM so that Excel reads it as
// UTF-8, or Shift_JIS (CP932) for older Japanese spreadsheets.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(renkei::CsvWriter)

public:
    struct Options
    {
        TextEncoding encoding = TextEncoding::Utf8;
        QChar separator = QLatin1Char(',');
        bool quoteAll = false;
    };

    explicit CsvWriter(QIODevice &device);
    CsvWriter(QIODevice &device, const Options &options);

    // Writes one record. Returns false, and keeps the first error in status(), when the device refuses
    // the bytes or a character has no form in the encoding; every later record is then refused too.
    bool writeRow(const QStringList &fields);
    Status status() const;
    int rowsWritten() const { return m_rows; }

    // One field as it appears in the file: quoted when it must be, or always.
    static QString quoted(const QString &field, QChar separator = QLatin1Char(','), bool always = false);

private:
    bool writeBytes(const QByteArray &bytes);
    static void appendQuoted(QString &line, const QString &field, QChar separator, bool always);

    QIODevice &m_device;
    Options m_options;
    QStringEncoder m_encoder;
    bool m_started = false;
    int m_rows = 0;
    std::optional<Error> m_error;
    QString m_line;     // the record being written, kept for its capacity
    QByteArray m_bytes; // the same encoded
};

} // namespace renkei
