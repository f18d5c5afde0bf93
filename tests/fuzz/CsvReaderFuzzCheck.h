#pragma once

// What the CSV reader's fuzz target checks on each input, shared with the core tests that replay the
// inputs it found (tests/data/fuzz-regressions). The first byte picks the options, the rest is the file.
#include "core/io/CsvReader.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

namespace renkei::fuzz {

inline CsvReader::Options optionsFrom(uint8_t choice)
{
    CsvReader::Options options;
    switch (choice % 4) {
    case 1:
        options.encoding = TextEncoding::Utf8;
        break;
    case 2:
        options.encoding = TextEncoding::ShiftJis;
        break;
    case 3:
        options.encoding = TextEncoding::Utf8Bom;
        break;
    default:
        break; // detected
    }
    if (choice & 0x04)
        options.separator = (choice & 0x08) ? QLatin1Char('\t') : QLatin1Char(',');
    options.skipBlankLines = !(choice & 0x10);
    options.maxRecordBytes = (choice & 0x20) ? 64 : 4096;
    return options;
}

// False when the reader broke a promise: line numbers out of order, a record without fields, a
// problem without a place or message, more bytes read than there were. (Crashes and hangs are the
// fuzzer's and the sanitizers' to find.)
inline bool readsSoundly(const uint8_t *data, size_t size)
{
    if (size == 0)
        return true;
    QBuffer buffer;
    buffer.setData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, optionsFrom(data[0]));
    CsvRecord record;
    int lastLine = 0;
    while (reader.readRecord(record)) {
        if (record.line <= lastLine || record.lastLine < record.line || record.fields.isEmpty())
            return false;
        for (const Error &e : record.problems)
            if (e.line < record.line || e.line > record.lastLine || e.column < 1 || e.message.isEmpty())
                return false;
        lastLine = record.lastLine;
    }
    return reader.bytesRead() <= qint64(size);
}

} // namespace renkei::fuzz
