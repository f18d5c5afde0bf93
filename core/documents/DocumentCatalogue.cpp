#include "DocumentCatalogue.h"

#include <QLocale>
#include <QTranslator>

#include <memory>

namespace renkei {

namespace {

QLocale localeOf(DocumentLanguage language)
{
    return language == DocumentLanguage::English ? QLocale(QLocale::English) : QLocale(QLocale::Japanese);
}

// Loaded on first use and kept: translating is read-only, so documents made on worker threads share them.
const QTranslator &translator(DocumentLanguage language)
{
    static const auto load = [](DocumentLanguage l) {
        auto t = std::make_unique<QTranslator>();
        // A catalogue that fails to load leaves the source texts, which are English.
        (void)Language::loadCatalogue(*t, localeOf(l));
        return t;
    };
    static const std::unique_ptr<QTranslator> japanese = load(DocumentLanguage::Japanese);
    static const std::unique_ptr<QTranslator> english = load(DocumentLanguage::English);
    return language == DocumentLanguage::English ? *english : *japanese;
}

} // namespace

QString DocumentCatalogue::translate(DocumentLanguage language, const char *context, const char *source,
                                     const char *disambiguation, int n)
{
    QString text = translator(language).translate(context, source, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0) {
        text.replace(QStringLiteral("%Ln"), localeOf(language).toString(n));
        text.replace(QStringLiteral("%n"), QString::number(n));
    }
    return text;
}

} // namespace renkei
