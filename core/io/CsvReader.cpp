#include "CsvReader.h"

#include "core/io/EncodingDetector.h"

#include <QIODevice>

namespace renkei {

namespace {

constexpr qsizetype chunkSize = 64 * 1024;
// Enough text to tell UTF-8 from Shift_JIS with confidence, and still a constant amount of memory.
constexpr qsizetype detectionBytes = 1024 * 1024;

bool isSeparator(char16_t c, char16_t separator)
{
    return separator ? c == separator : (c == u',' || c == u'\t');
}

QString hexBytes(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.toByteArray().toHex(' ').toUpper());
}

Error problemAt(QString message, int line, int column)
{
    Error e(std::move(message));
    e.line = line;
    e.column = column;
    return e;
}

// Splits a record's decoded text into fields by the same rules as the framing of the bytes:
// a field that starts with a quote runs to its closing quote ("" inside stands for one quote),
// anything else runs to the separator with quotes taken as they are.
QStringList splitText(const QString &text, char16_t separator, int firstLine, QList<Error> *problems)
{
    QStringList fields;
    const QChar *p = text.constData();
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = firstLine;
    for (;;) {
        const int column = int(fields.size()) + 1;
        if (i < n && p[i] == u'"') {
            const int startLine = line;
            QString field;
            ++i;
            qsizetype run = i;
            bool closed = false;
            bool hasBreaks = false;
            while (i < n) {
                const char16_t c = p[i].unicode();
                if (c == u'"') {
                    field.append(p + run, i - run);
                    if (i + 1 < n && p[i + 1] == u'"') {
                        field.append(QLatin1Char('"'));
                        i += 2;
                        run = i;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                if (c == u'\n' || (c == u'\r' && !(i + 1 < n && p[i + 1] == u'\n'))) {
                    ++line;
                    hasBreaks = true;
                }
                ++i;
            }
            if (!closed) {
                field.append(p + run, i - run);
                if (problems)
                    problems->append(problemAt(
                        CsvReader::tr(
                            "The quoted field that starts here is never closed: a quote is missing."),
                        startLine, column));
            } else if (i < n && !isSeparator(p[i].unicode(), separator)) {
                qsizetype end = i;
                while (end < n && !isSeparator(p[end].unicode(), separator))
                    ++end;
                field.append(p + i, end - i);
                i = end;
                if (problems)
                    problems->append(problemAt(
                        CsvReader::tr("Text follows the closing quote of a quoted field; a quote inside a "
                                      "quoted field must be written twice (\"\")."),
                        line, column));
            }
            if (hasBreaks) {
                // Line breaks inside a field are kept as LF, whatever the file's line ends are.
                field.replace(QLatin1String("\r\n"), QLatin1String("\n"));
                field.replace(QLatin1Char('\r'), QLatin1Char('\n'));
            }
            fields.append(field);
        } else {
            qsizetype end = i;
            while (end < n && !isSeparator(p[end].unicode(), separator))
                ++end;
            fields.append(QString(p + i, end - i));
            i = end;
        }
        if (i >= n)
            break;
        ++i; // the separator; one after the last field means an empty field follows
    }
    return fields;
}

} // namespace

bool CsvRecord::isBlank() const
{
    for (const QString &field : fields)
        if (!field.trimmed().isEmpty())
            return false;
    return true;
}

CsvReader::CsvReader(QIODevice &device) : CsvReader(device, Options{}) {}

CsvReader::CsvReader(QIODevice &device, const Options &options) : m_device(device), m_options(options)
{
    if (m_options.separator)
        m_separator = *m_options.separator;
}

Status CsvReader::status() const
{
    if (m_error)
        return *m_error;
    return {};
}

void CsvReader::fail(const QString &message, int line)
{
    Error e(message);
    e.line = line;
    m_error = e;
}

bool CsvReader::fill()
{
    if (m_eof || m_error)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_bytesBefore += m_pos;
        m_pos = 0;
    }
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + chunkSize);
    const qint64 got = m_device.read(m_buffer.data() + old, chunkSize);
    if (got < 0) {
        m_buffer.resize(old);
        m_eof = true;
        fail(tr("The file could not be read: %1").arg(m_device.errorString()), m_line);
        return false;
    }
    m_buffer.resize(old + got);
    if (got == 0) {
        m_eof = true;
        return false;
    }
    return true;
}

bool CsvReader::start()
{
    m_started = true;
    while (m_buffer.size() < detectionBytes && fill()) {
    }
    if (m_error)
        return false;
    const EncodingDetector::Guess guess = EncodingDetector::detect(m_buffer, m_eof);
    if (guess.utf16) {
        fail(tr("The file is UTF-16 text (Excel's “Unicode text”); save it as “CSV UTF-8” or “CSV” instead."),
             1);
        return false;
    }
    if (m_options.encoding) {
        m_encoding = *m_options.encoding;
    } else {
        m_encoding = guess.encoding;
        m_encodingCertain = guess.certain;
    }
    if (m_encoding != TextEncoding::ShiftJis && m_buffer.startsWith("\xEF\xBB\xBF")) {
        m_pos = 3;
        if (!m_options.encoding)
            m_encoding = TextEncoding::Utf8Bom;
    }
    newDecoder();
    if (!m_decoder->isValid()) {
        fail(tr("The text encoding %1 is not available.").arg(textEncodingLabel(m_encoding)), 1);
        return false;
    }
    return true;
}

// Each record is decoded whole and on its own: no state carries over, so a bad byte stays in its row.
// Made in place: Qt 6.4's ICU-based decoders (Shift_JIS) stop reporting errors once moved.
void CsvReader::newDecoder()
{
    m_decoder.emplace(textEncodingCodecName(m_encoding),
                      QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
}

// Finds where the record starting at m_pos ends, reading more as needed. The quotes are followed
// field by field, as splitText() does, so that a quote inside an unquoted field changes nothing.
bool CsvReader::frame(qsizetype *end, qsizetype *next, int *lineBreaks)
{
    enum State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    };
    const char separator = m_separator.isNull() ? 0 : char(m_separator.unicode());
    const auto isSep = [separator](char c) { return separator ? c == separator : (c == ',' || c == '\t'); };
    State state = FieldStart;
    int breaks = 0;
    qsizetype i = m_pos;
    for (;;) {
        const char *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        for (; i < size; ++i) {
            const char c = data[i];
            if (c == '\r' && i + 1 >= size && !m_eof)
                break; // whether LF follows is not known yet
            const bool lineEnd = c == '\n' || (c == '\r' && !(i + 1 < size && data[i + 1] == '\n'));
            switch (state) {
            case Quoted:
                if (c == '"')
                    state = QuoteInQuoted;
                else if (lineEnd)
                    ++breaks;
                continue;
            case QuoteInQuoted:
                if (c == '"') {
                    state = Quoted;
                    continue;
                }
                break;
            case FieldStart:
                if (c == '"') {
                    state = Quoted;
                    continue;
                }
                break;
            case Unquoted:
                break;
            }
            if (lineEnd) {
                *end = (c == '\n' && i > m_pos && data[i - 1] == '\r') ? i - 1 : i;
                *next = i + 1;
                *lineBreaks = breaks;
                return true;
            }
            if (c != '\r')
                state = isSep(c) ? FieldStart : Unquoted;
        }
        if (i - m_pos > m_options.maxRecordBytes) {
            fail(tr("The record that starts on this line is longer than %1 bytes; a quote is probably never "
                    "closed.")
                     .arg(m_options.maxRecordBytes),
                 m_line);
            return false;
        }
        const qsizetype scanned = i - m_pos;
        const bool more = fill(); // moves the unread bytes to the front of the buffer
        i = m_pos + scanned;
        if (more)
            continue;
        if (m_error || m_pos >= m_buffer.size())
            return false; // nothing left
        if (i < m_buffer.size())
            continue; // a CR waited for a byte that never came: look at it again
        *end = m_buffer.size();
        *next = m_buffer.size();
        *lineBreaks = breaks;
        return true;
    }
}

bool CsvReader::readRecord(CsvRecord &record)
{
    if (m_error)
        return false;
    if (!m_started && !start())
        return false;
    for (;;) {
        qsizetype end = 0;
        qsizetype next = 0;
        int breaks = 0;
        if (!frame(&end, &next, &breaks))
            return false;
        const QByteArrayView raw(m_buffer.constData() + m_pos, end - m_pos);
        record.line = m_line;
        record.lastLine = m_line + breaks;
        record.problems.clear();
        record.fields.clear();
        m_line += breaks + 1;
        if (raw.isEmpty() && m_options.skipBlankLines) {
            m_pos = next;
            continue;
        }
        const QString text = m_decoder->decode(raw);
        const bool badBytes = m_decoder->hasError();
        if (badBytes)
            newDecoder(); // resetState() does not clear the error of Qt 6.4's ICU decoders
        if (m_separator.isNull()) {
            // The first line decides: tabs when it has more of them than commas (outside quotes).
            const QStringList byComma = splitText(text, u',', record.line, nullptr);
            const QStringList byTab = splitText(text, u'\t', record.line, nullptr);
            m_separator = byTab.size() > byComma.size() ? QLatin1Char('\t') : QLatin1Char(',');
        }
        record.fields = splitText(text, m_separator.unicode(), record.line, &record.problems);
        if (badBytes)
            findInvalidBytes(raw, record);
        m_pos = next;
        return true;
    }
}

// Says which bytes of the record are not valid text, field by field.
void CsvReader::findInvalidBytes(QByteArrayView raw, CsvRecord &record) const
{
    const char separator = char(m_separator.unicode());
    const QString encodingName = textEncodingLabel(m_encoding);
    qsizetype fieldStart = 0;
    int column = 1;
    int line = record.line;
    int fieldLine = line;
    bool quoted = false;
    bool atFieldStart = true;
    int found = 0;
    auto checkField = [&](qsizetype fieldEnd) {
        const QByteArrayView bytes = raw.sliced(fieldStart, fieldEnd - fieldStart);
        qsizetype bad = EncodingDetector::firstInvalid(bytes, m_encoding);
        if (bad < 0) {
            // Well formed, but a code the encoding does not assign: find it by decoding.
            QStringDecoder probe(textEncodingCodecName(m_encoding), QStringDecoder::Flag::Stateless);
            const QString decoded = probe.decode(bytes);
            Q_UNUSED(decoded)
            if (!probe.hasError())
                return;
            record.problems.append(problemAt(
                tr("The field holds bytes that are not valid %1 text; is the file in another encoding?")
                    .arg(encodingName),
                fieldLine, column));
            ++found;
            return;
        }
        int badLine = fieldLine;
        for (qsizetype k = 0; k < bad; ++k)
            if (bytes[k] == '\n')
                ++badLine;
        const int length = std::max(1, std::min<int>(2, int(bytes.size() - bad)));
        record.problems.append(problemAt(tr("The bytes %1 are not valid %2 text; is the file in another "
                                            "encoding?")
                                             .arg(hexBytes(bytes.sliced(bad, length)), encodingName),
                                         badLine, column));
        ++found;
    };
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '"' && (atFieldStart || quoted)) {
            quoted = atFieldStart ? true : (i + 1 < raw.size() && raw[i + 1] == '"') ? (++i, true) : false;
            atFieldStart = false;
            continue;
        }
        atFieldStart = false;
        if (c == '\n')
            ++line;
        if (c == separator && !quoted) {
            checkField(i);
            fieldStart = i + 1;
            fieldLine = line;
            ++column;
            atFieldStart = true;
        }
    }
    checkField(raw.size());
    if (found == 0) // the decoder saw something the field-by-field look did not: say so for the record
        record.problems.append(problemAt(tr("The line holds bytes that are not valid %1 text; is the file in "
                                            "another encoding?")
                                             .arg(encodingName),
                                         record.line, 1));
}

QStringList CsvReader::splitLine(const QString &line, QChar separator)
{
    return splitText(line, separator.unicode(), 1, nullptr);
}

} // namespace renkei
