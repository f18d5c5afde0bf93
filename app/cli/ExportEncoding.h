#pragma once

#include "CliContext.h"
#include "core/io/EncodingCheck.h"
#include "core/io/RosterField.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace renkei::cli {

// The options the export commands share: --encoding and --replace-unrepresentable.
class ExportEncodingOptions
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::ExportEncodingOptions)

public:
    ExportEncodingOptions();
    void addTo(QCommandLineParser &parser) const;
    // Nothing when --encoding names none.
    std::optional<TextEncoding> encoding(const QCommandLineParser &parser) const;
    QString unknownEncoding(const QCommandLineParser &parser) const;
    bool replace(const QCommandLineParser &parser) const { return parser.isSet(m_replace); }

private:
    QCommandLineOption m_encoding;
    QCommandLineOption m_replace;
};

// Says, on stderr, which values the encoding cannot hold (by member and column) and what they would
// become, and how to agree to that. Returns BadInput.
int reportUnrepresentable(CliContext &context, const QList<UnrepresentableValue> &values,
                          TextEncoding encoding);

// "name,kana,…"
QString rosterFieldKeysOf(const QList<RosterField> &fields);

} // namespace renkei::cli
