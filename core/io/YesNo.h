#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace renkei {

// Yes/no cells as people fill them in Japanese and English rosters: はい/いいえ, ○/×, 有/無,
// あり/なし, 可/不可, yes/no, true/false, 1/0, ✓, and so on.
class YesNo
{
    Q_DECLARE_TR_FUNCTIONS(renkei::YesNo)

public:
    // True or false, or nothing when the text is empty or is neither.
    static std::optional<bool> parse(const QString &text);
    // "yes" or "no" in the application's language, as exports write them.
    static QString text(bool value);
};

} // namespace renkei
