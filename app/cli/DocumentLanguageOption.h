#pragma once

#include "CliContext.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace renkei::cli {

// --document-language ja|en: the language of the printed documents of this run, over the network's
// stored one. A global option, and one of every command that makes a document.
class DocumentLanguageOption
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::DocumentLanguageOption)

public:
    DocumentLanguageOption();

    const QCommandLineOption &option() const { return m_option; }
    // Sets the context's document language when the option is given; on a value that is not ja or en,
    // says so and returns the exit status.
    std::optional<int> apply(const QCommandLineParser &parser, CliContext &context,
                             const QString &helpCommand = {}) const;

private:
    QCommandLineOption m_option;
};

} // namespace renkei::cli
