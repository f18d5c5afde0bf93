#pragma once

#include <QString>

#include <utility>

namespace renkei {

// A person's name written as one text, family name first as Japanese writes it (「山田　太郎」), and
// its two parts: the one rule for every place that takes a full name (the roster import, the CLI's
// --name and --kana, a guest becoming a member).
class PersonName
{
public:
    // The family name is the text up to the first white space, of any width or kind (a space, the
    // full-width space U+3000, a tab, a no-break space); the given name is the rest, with the white
    // space around it removed and a run of white space inside it kept as one space (“Mary  Ann” →
    // “Mary Ann”). Without white space the whole text is the family name.
    static std::pair<QString, QString> split(const QString &fullName);
};

} // namespace renkei
