#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace renkei {

// A plain-text table for terminals: a header, a rule, and rows whose columns line up even with
// Japanese text, because each character is measured by its East Asian display width.
class TextTable
{
public:
    enum class Align
    {
        Left,
        Right
    };

    explicit TextTable(const QStringList &header = {});

    void setHeader(const QStringList &header);
    // Right alignment suits numbers; columns are left-aligned unless set.
    void setAlignment(int column, Align align);
    void addRow(const QStringList &row);
    int rowCount() const { return int(m_rows.size()); }

    // The lines of the table, each without a line end and without trailing spaces.
    QStringList lines() const;
    // The lines joined, each ending with '\n'.
    QString toString() const;

    // Columns a character takes in a terminal: 2 for wide and full-width characters (CJK ideographs,
    // kana, full-width forms, most emoji), 0 for combining marks and controls, 1 otherwise.
    // Ambiguous-width characters (○, ※, Greek) count as 1, as most terminals show them.
    static int displayWidth(char32_t codePoint);
    static int displayWidth(const QString &text);

    // Separates columns.
    static constexpr int gap = 2;

private:
    static QString pad(const QString &text, int width, Align align);

    QStringList m_header;
    QList<QStringList> m_rows;
    QList<Align> m_alignment;
};

} // namespace renkei
