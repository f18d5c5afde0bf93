#pragma once

#include "core/Result.h"
#include "core/model/AgendaItem.h"
#include "core/text/Language.h"

#include <QDate>
#include <QLocale>
#include <QString>
#include <QTime>

#include <optional>

namespace renkei {

class Database;

// What a caller asks of a document's wording.
struct DocumentOptions
{
    std::optional<DocumentLanguage> language; // none: the network's (SettingsRepository::documentLanguage)
    bool era = false; // years in the Japanese era (令和8年1月13日), where the language writes them
};

// The words and the date, time and money formats of printed documents, in the document language, all
// from the translation catalogue (DocumentCatalogue) with English source texts: documents call
// translate("renkei::TheirClass", "English text"), which lupdate reads like tr().
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

    DocumentText(DocumentLanguage language = DocumentLanguage::Japanese, bool era = false)
        : m_language(language), m_era(era)
    {}
    // The options' language, or the network's stored one when they name none.
    static Result<DocumentText> stored(Database &db, const DocumentOptions &options = {});

    DocumentLanguage language() const { return m_language; }
    bool era() const { return m_era; }
    // "ja" / "en": for an HTML page's lang.
    QString code() const { return Language::code(m_language); }
    // The locale of numbers, weekday and month names.
    QLocale locale() const;

    // A message of the catalogue in the document language (the English source when it has none); a
    // plural one with `n`.
    QString translate(const char *context, const char *source, const char *disambiguation = nullptr,
                      int n = -1) const;

    QString word(Word word) const;
    // "Name: value" lines (名前：値)
    QString colon() const;
    // Between items of a list on one line (、)
    QString listSeparator() const;
    // Between the parts of a line of text (　)
    QString gap() const;

    // 2026年1月13日（火） (令和8年… with era) / Tue 13 January 2026
    QString date(const QDate &date) const;
    // 1月6日（火） / Tue 6 January
    QString monthDay(const QDate &date) const;
    QString time(const QTime &time) const;
    // 19:00〜20:30 / 19:00–20:30
    QString timeRange(const QTime &start, const QTime &end) const;
    // 2026年1月13日（火）19:00〜20:30 / Tue 13 January 2026, 19:00–20:30
    QString dateTime(const QDate &date, const QTime &start, const QTime &end) const;
    // 2026年度 (令和8年度 with era) / FY2026: the fiscal year that begins in April of `year`
    QString fiscalYear(int year) const;
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
    // 【講演】題 / [Lecture] title: an agenda item's title after its kind
    QString kindAndTitle(AgendaKind kind, const QString &title) const;
    // Wraps a parenthetical: （…） / (…)
    QString parenthesised(const QString &text) const;

private:
    // The year of a date as the language writes it: 2026年, 令和8年 / 2026
    QString year(const QDate &date) const;

    DocumentLanguage m_language = DocumentLanguage::Japanese;
    bool m_era = false;
};

} // namespace renkei
