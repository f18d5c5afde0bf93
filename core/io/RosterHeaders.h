#pragma once

#include "core/io/RosterField.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace renkei {

// Which member field each column of a roster holds, recognised from the usual Japanese and English
// headers (氏名, 名前, 姓, 名, フリガナ, 職種, 所属, 事業所, 勤務先, 圏域, メール, 電話, FAX, …).
class RosterHeaders
{
public:
    using Mapping = QList<std::optional<RosterField>>; // one entry per column; empty: not imported

    // The field a header names, or nothing when it is not recognised.
    static std::optional<RosterField> recognise(const QString &header);

    // One entry per column of `header`. `overrides` (header as written → field key, or "" / "-" to
    // leave the column out) wins over recognition; a field that two columns name goes to the first.
    static Mapping map(const QStringList &header, const QHash<QString, QString> &overrides = {});

    // The header folded for comparison: width, case, katakana as hiragana, no spaces or brackets.
    static QString fold(const QString &header);
};

} // namespace renkei
