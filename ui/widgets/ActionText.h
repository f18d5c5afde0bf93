#pragma once

#include <QRegularExpression>
#include <QString>

namespace renkei {

// An action's text as a toolbar button shows it: without the mnemonic, neither the English "&E" nor
// the Japanese "(&E)" (which Qt would leave as a bare "(E)"); "&&" stays a literal "&".
inline QString withoutMnemonic(QString text)
{
    static const QRegularExpression bracketed(QStringLiteral("\\s*[(（]&[^)）][)）]"));
    text.remove(bracketed);
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&')) {
            out += text.at(i);
        } else if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&')) {
            out += QLatin1Char('&'); // "&&": a literal ampersand
            ++i;
        }
    }
    return out;
}

} // namespace renkei
