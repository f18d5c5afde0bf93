#include "PersonName.h"

namespace renkei {

std::pair<QString, QString> PersonName::split(const QString &fullName)
{
    const QString text = fullName.trimmed();
    qsizetype end = 0;
    while (end < text.size() && !text.at(end).isSpace())
        ++end;
    qsizetype given = end;
    while (given < text.size() && text.at(given).isSpace())
        ++given;
    const QString rest = text.mid(given);
    // Most given names hold no space at all; only a run, or a space other than U+0020, needs folding.
    for (qsizetype i = 0; i < rest.size(); ++i)
        if (rest.at(i).isSpace() && (rest.at(i) != QLatin1Char(' ') || rest.at(i - 1).isSpace()))
            return {text.left(end), rest.simplified()};
    return {text.left(end), rest};
}

} // namespace renkei
