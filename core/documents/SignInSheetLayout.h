#pragma once

#include "core/Result.h"
#include "core/attendance/AttendeeOrder.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace renkei {

class Database;
class DocumentText;

// The columns a sign-in sheet may have besides No. and the name, which it always has.
enum class SheetColumn
{
    Kana,         // ふりがな
    Profession,   // 職種
    Organisation, // 所属
    Email,        // for follow-up
    Phone,
    Signature, // 署名: the box people sign in
    Social,    // 懇親会: a box to tick; printed only when the meeting has a social gathering
};

QString sheetColumnKey(SheetColumn column);
std::optional<SheetColumn> sheetColumnFromKey(const QString &key);
QStringList sheetColumnKeys();
// The column's heading in the screen's language (choosing columns) and on the sheet, in its language.
QString sheetColumnLabel(SheetColumn column);
QString sheetColumnLabel(SheetColumn column, const DocumentText &text);

// How a series prints its sign-in sheets: the columns, the order and the blank rows for walk-ins.
// Kept per series in the database, so every organiser of the network prints the same sheet.
struct SignInSheetLayout
{
    Q_DECLARE_TR_FUNCTIONS(renkei::SignInSheetLayout)

public:
    QList<SheetColumn> columns = defaultColumns();
    AttendeeSort sort = AttendeeSort::Kana;
    int blankRows = 5;

    static QList<SheetColumn> defaultColumns();
    static constexpr int maxBlankRows = 500;

    // "kana,profession,signature" (keys, in order, any case) → the columns; an Error naming a wrong key.
    static Result<QList<SheetColumn>> parseColumns(const QString &text);
    static QString columnsText(const QList<SheetColumn> &columns);

    // The series' saved layout, or the default one when it has none.
    static Result<SignInSheetLayout> forSeries(Database &db, qint64 seriesId);
    Status saveForSeries(Database &db, qint64 seriesId) const;

    QString toJson() const;
    static std::optional<SignInSheetLayout> fromJson(const QString &json);

    bool operator==(const SignInSheetLayout &) const = default;
};

} // namespace renkei
