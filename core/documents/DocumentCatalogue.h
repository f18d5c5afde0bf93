#pragma once

#include "core/text/Language.h"

#include <QString>

namespace renkei {

// Where printed documents take their words from: Renkei's translation catalogue (the same compiled
// :/i18n/renkei_*.qm the screen reads), one translator for each document language, never installed in
// the application, so that a document's words follow the document language and not the screen's.
// Source texts are English: what a catalogue leaves untranslated is printed as its source.
class DocumentCatalogue
{
public:
    // The message in `language`; %n (and %Ln) replaced by `n` when one is given (a plural message).
    static QString translate(DocumentLanguage language, const char *context, const char *source,
                             const char *disambiguation = nullptr, int n = -1);
};

} // namespace renkei
