#pragma once

#include "CliCommand.h"

namespace renkei::cli {

// renkei-cli certificates: certificates of attendance (参加証明書), one A4 page per person who came.
class CertificatesCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::CertificatesCommand)

public:
    QString name() const override { return QStringLiteral("certificates"); }
    QString summary() const override;
    int run(CliContext &context, const QString &path, const QStringList &args) override;
};

} // namespace renkei::cli
