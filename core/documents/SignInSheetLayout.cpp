#include "SignInSheetLayout.h"

#include "DocumentText.h"

#include "core/model/EnumText.h"
#include "core/storage/SettingsRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace renkei {

namespace {
constexpr EnumKeys<SheetColumn, 7> columnKeys{{
    {SheetColumn::Kana, "kana"},
    {SheetColumn::Profession, "profession"},
    {SheetColumn::Organisation, "organisation"},
    {SheetColumn::Email, "email"},
    {SheetColumn::Phone, "phone"},
    {SheetColumn::Signature, "signature"},
    {SheetColumn::Social, "social"},
}};

// One settings row per series; the layout is JSON, so later additions keep older files readable.
QString settingsKey(qint64 seriesId)
{
    return QStringLiteral("sign_in_sheet/series/%1").arg(seriesId);
}
} // namespace

QString sheetColumnKey(SheetColumn column)
{
    return enumKey(columnKeys, column);
}
std::optional<SheetColumn> sheetColumnFromKey(const QString &key)
{
    return enumFromKey(columnKeys, key.trimmed());
}
QStringList sheetColumnKeys()
{
    return allEnumKeys(columnKeys);
}

namespace {

const char *columnHeading(SheetColumn column)
{
    switch (column) {
    case SheetColumn::Kana:
        //: Heading of the sign-in sheet's reading column; Japanese: ふりがな
        return QT_TRANSLATE_NOOP("renkei::SignInSheet", "Reading");
    case SheetColumn::Profession:
        return QT_TRANSLATE_NOOP("renkei::SignInSheet", "Profession");
    case SheetColumn::Organisation:
        return QT_TRANSLATE_NOOP("renkei::SignInSheet", "Organisation");
    case SheetColumn::Email:
        return QT_TRANSLATE_NOOP("renkei::SignInSheet", "E-mail");
    case SheetColumn::Phone:
        return QT_TRANSLATE_NOOP("renkei::SignInSheet", "Phone");
    case SheetColumn::Signature:
        //: Heading of the column people sign in; Japanese: 署名
        return QT_TRANSLATE_NOOP("renkei::SignInSheet", "Signature");
    case SheetColumn::Social:
        //: Heading of the tick-box column for staying to the social gathering; Japanese: 懇親会
        return QT_TRANSLATE_NOOP("renkei::SignInSheet", "Social gathering");
    }
    return "";
}

} // namespace

QString sheetColumnLabel(SheetColumn column)
{
    return QCoreApplication::translate("renkei::SignInSheet", columnHeading(column));
}

QString sheetColumnLabel(SheetColumn column, const DocumentText &text)
{
    return text.translate("renkei::SignInSheet", columnHeading(column));
}

QList<SheetColumn> SignInSheetLayout::defaultColumns()
{
    return {SheetColumn::Kana, SheetColumn::Profession, SheetColumn::Organisation, SheetColumn::Signature,
            SheetColumn::Social};
}

Result<QList<SheetColumn>> SignInSheetLayout::parseColumns(const QString &text)
{
    QList<SheetColumn> out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<SheetColumn> column = sheetColumnFromKey(part);
        if (!column)
            return Error::inField(tr("'%1' is not a column of the sign-in sheet; the columns are: %2.")
                                      .arg(part.trimmed(), sheetColumnKeys().join(QStringLiteral(", "))),
                                  QStringLiteral("columns"));
        if (!out.contains(*column))
            out << *column;
    }
    return out;
}

QString SignInSheetLayout::columnsText(const QList<SheetColumn> &columns)
{
    QStringList keys;
    for (SheetColumn c : columns)
        keys << sheetColumnKey(c);
    return keys.join(QLatin1Char(','));
}

QString SignInSheetLayout::toJson() const
{
    QJsonArray names;
    for (SheetColumn c : columns)
        names.append(sheetColumnKey(c));
    const QJsonObject object{{QStringLiteral("version"), 1},
                             {QStringLiteral("columns"), names},
                             {QStringLiteral("sort"), attendeeSortKey(sort)},
                             {QStringLiteral("blankRows"), blankRows}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<SignInSheetLayout> SignInSheetLayout::fromJson(const QString &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    SignInSheetLayout layout;
    if (object.contains(QStringLiteral("columns"))) {
        layout.columns.clear();
        for (const QJsonValue &v : object.value(QStringLiteral("columns")).toArray())
            if (const auto column = sheetColumnFromKey(v.toString());
                column && !layout.columns.contains(*column))
                layout.columns << *column;
    }
    if (const auto sort = attendeeSortFromKey(object.value(QStringLiteral("sort")).toString()))
        layout.sort = *sort;
    if (object.contains(QStringLiteral("blankRows")))
        layout.blankRows = std::clamp(object.value(QStringLiteral("blankRows")).toInt(), 0, maxBlankRows);
    return layout;
}

Result<SignInSheetLayout> SignInSheetLayout::forSeries(Database &db, qint64 seriesId)
{
    const Result<QString> saved = SettingsRepository(db).value(settingsKey(seriesId));
    if (!saved)
        return saved.error();
    if (saved->isEmpty())
        return SignInSheetLayout{};
    return fromJson(*saved).value_or(SignInSheetLayout{});
}

Status SignInSheetLayout::saveForSeries(Database &db, qint64 seriesId) const
{
    return SettingsRepository(db).setValue(settingsKey(seriesId), toJson());
}

} // namespace renkei
