#include "TextTable.h"

#include <QChar>

#include <algorithm>
#include <iterator>

namespace renkei {

namespace {

struct Range
{
    char32_t first;
    char32_t last;
};

// Wide (W) and Fullwidth (F) ranges of Unicode's East Asian Width (UAX #11), merged where the gaps
// are unassigned. Sorted, for a binary search.
// clang-format off
constexpr Range wideRanges[] = {
    {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},   {0x23F0, 0x23F0},
    {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},   {0x2648, 0x2653},   {0x267F, 0x267F},
    {0x2693, 0x2693},   {0x26A1, 0x26A1},   {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},
    {0x26CE, 0x26CE},   {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
    {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},   {0x2728, 0x2728},
    {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},   {0x2757, 0x2757},   {0x2795, 0x2797},
    {0x27B0, 0x27B0},   {0x27BF, 0x27BF},   {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},
    {0x2E80, 0x303E},   // CJK and Kangxi radicals, ideographic description, CJK symbols and punctuation
    {0x3041, 0x33FF},   // hiragana, katakana, bopomofo, Hangul compatibility jamo, kanbun, CJK compatibility
    {0x3400, 0x4DBF},   // CJK extension A
    {0x4E00, 0x9FFF},   // CJK unified ideographs
    {0xA000, 0xA4CF},   // Yi
    {0xA960, 0xA97F},   // Hangul jamo extended A
    {0xAC00, 0xD7A3},   // Hangul syllables
    {0xF900, 0xFAFF},   // CJK compatibility ideographs (﨑 is U+FA11)
    {0xFE10, 0xFE19},   // vertical forms
    {0xFE30, 0xFE6F},   // CJK compatibility forms, small form variants
    {0xFF00, 0xFF60},   // full-width forms
    {0xFFE0, 0xFFE6},   // full-width signs
    {0x16FE0, 0x16FE4}, {0x16FF0, 0x16FF1}, {0x17000, 0x18CD5}, {0x18D00, 0x18D08},
    {0x1AFF0, 0x1B2FF}, // kana supplement and extensions
    {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F202},
    {0x1F210, 0x1F23B}, {0x1F240, 0x1F248}, {0x1F250, 0x1F251}, {0x1F260, 0x1F265}, {0x1F300, 0x1F320},
    {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA}, {0x1F3CF, 0x1F3D3},
    {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E}, {0x1F440, 0x1F440}, {0x1F442, 0x1F4FC},
    {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E}, {0x1F550, 0x1F567}, {0x1F57A, 0x1F57A}, {0x1F595, 0x1F596},
    {0x1F5A4, 0x1F5A4}, {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5}, {0x1F6CC, 0x1F6CC}, {0x1F6D0, 0x1F6D2},
    {0x1F6D5, 0x1F6D7}, {0x1F6DC, 0x1F6DF}, {0x1F6EB, 0x1F6EC}, {0x1F6F4, 0x1F6FC}, {0x1F7E0, 0x1F7EB},
    {0x1F7F0, 0x1F7F0}, {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF}, {0x1FA70, 0x1FAFF},
    {0x20000, 0x2FFFD}, // CJK extensions B and later
    {0x30000, 0x3FFFD}, // CJK extension G and later
};
// clang-format on

bool isWide(char32_t c)
{
    const auto *end = std::end(wideRanges);
    const auto *it = std::lower_bound(std::begin(wideRanges), end, c,
                                      [](const Range &range, char32_t value) { return range.last < value; });
    return it != end && c >= it->first;
}

} // namespace

TextTable::TextTable(const QStringList &header)
{
    setHeader(header);
}

void TextTable::setHeader(const QStringList &header)
{
    m_header = header;
}

void TextTable::setAlignment(int column, Align align)
{
    if (column < 0)
        return;
    while (m_alignment.size() <= column)
        m_alignment.append(Align::Left);
    m_alignment[column] = align;
}

void TextTable::addRow(const QStringList &row)
{
    m_rows.append(row);
}

int TextTable::displayWidth(char32_t c)
{
    if (c == 0)
        return 0;
    if (c < 0x20 || (c >= 0x7F && c < 0xA0))
        return 0; // controls
    if (c < 0x300)
        return 1;                                    // Latin, the common case
    if (c == 0x200B || (c >= 0x1160 && c <= 0x11FF)) // zero-width space, Hangul medial vowels and finals
        return 0;
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
        return 0; // combining marks, variation selectors, joiners
    default:
        break;
    }
    return isWide(c) ? 2 : 1;
}

int TextTable::displayWidth(const QString &text)
{
    int width = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        width += displayWidth(c);
    }
    return width;
}

QString TextTable::pad(const QString &text, int width, Align align)
{
    const QString spaces(std::max(0, width - displayWidth(text)), QLatin1Char(' '));
    return align == Align::Right ? spaces + text : text + spaces;
}

QStringList TextTable::lines() const
{
    qsizetype columns = m_header.size();
    for (const QStringList &row : m_rows)
        columns = std::max(columns, row.size());
    if (columns == 0)
        return {};

    // Line breaks and tabs would break the grid: a cell shows them as spaces.
    auto cellText = [](const QStringList &row, qsizetype column) {
        QString text = column < row.size() ? row.at(column) : QString();
        for (QChar &c : text)
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
                c = QLatin1Char(' ');
        return text;
    };

    QList<int> widths(columns, 0);
    for (qsizetype c = 0; c < columns; ++c) {
        widths[c] = displayWidth(cellText(m_header, c));
        for (const QStringList &row : m_rows)
            widths[c] = std::max(widths[c], displayWidth(cellText(row, c)));
    }

    const QString separator(gap, QLatin1Char(' '));
    auto render = [&](const QStringList &row) {
        QString line;
        for (qsizetype c = 0; c < columns; ++c) {
            if (c > 0)
                line += separator;
            const Align align = c < m_alignment.size() ? m_alignment.at(c) : Align::Left;
            line += pad(cellText(row, c), widths.at(c), align);
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        return line;
    };

    QStringList out;
    if (!m_header.isEmpty()) {
        out << render(m_header);
        QStringList rule;
        for (int width : widths)
            rule << QString(width, QLatin1Char('-'));
        out << render(rule);
    }
    for (const QStringList &row : m_rows)
        out << render(row);
    return out;
}

QString TextTable::toString() const
{
    QString out;
    for (const QString &line : lines())
        out += line + QLatin1Char('\n');
    return out;
}

} // namespace renkei
