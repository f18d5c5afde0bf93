#pragma once

#include "core/model/AgendaItem.h"

#include <QDate>
#include <QString>
#include <QTime>

namespace renkei {

// The language a printed document is written in. It belongs to the document, not to the screen: the
// network's agendas and announcements go to Japanese participants whatever language the organiser's
// desktop speaks, so their wording is kept here in both languages rather than in the UI catalogue.
enum class DocumentLanguage
{
    Japanese,
    English,
};

struct DocumentOptions
{
    DocumentLanguage language = DocumentLanguage::Japanese;
    bool era = false; // dates in the Japanese era (令和8年1月13日); Japanese documents only
};

// The words and the date, time and money formats of printed documents, in the document's language.
class DocumentText
{
public:
    enum class Word
    {
        Agenda,    // 次第
        Programme, // プログラム
        Date,      // 日時
        Venue,     // 会場
        Theme,     // テーマ
        Fee,       // 参加費
        Capacity,  // 定員
        Time,      // 時間
        Item,      // 内容
        Presenter, // 担当
        Social,    // 懇親会
        Free,      // 無料
        Reply,     // 参加申込
    };

    explicit DocumentText(DocumentOptions options = {}) : m_options(options) {}

    bool japanese() const { return m_options.language == DocumentLanguage::Japanese; }
    const DocumentOptions &options() const { return m_options; }

    QString word(Word word) const;
    // A phrase given in both languages; the document's is returned.
    QString pick(const char16_t *japanese, const char *english) const;

    // 2026年1月13日（火） (令和8年… with era) / Tue 13 January 2026
    QString date(const QDate &date) const;
    // 1月6日（火） / Tue 6 January
    QString monthDay(const QDate &date) const;
    QString time(const QTime &time) const;
    // 19:00〜20:30 / 19:00–20:30
    QString timeRange(const QTime &start, const QTime &end) const;
    // 2026年1月13日（火）19:00〜20:30 / Tue 13 January 2026, 19:00–20:30
    QString dateTime(const QDate &date, const QTime &start, const QTime &end) const;
    // 第42回 / No. 42
    QString meetingNumber(int number) const;
    // みなと坂医介連 第42回 / みなと坂医介連 No. 42
    QString meetingTitle(const QString &series, int number) const;
    // 3,000円 / ¥3,000; 無料 / free for 0
    QString yen(int amount) const;
    // 80名 / 80 people
    QString people(int count) const;
    // 「テーマ」 / “theme”
    QString quoted(const QString &text) const;
    // 情報提供 / Information sharing
    QString kind(AgendaKind kind) const;
    // Wraps a parenthetical: （…） / (…)
    QString parenthesised(const QString &text) const;

private:
    DocumentOptions m_options;
};

} // namespace renkei
