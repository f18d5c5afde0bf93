#pragma once

#include "CliCommand.h"

namespace renkei::cli {

// renkei-cli demo: fills a new database with the fictitious network of みなと坂区 (DemoNetwork).
class DemoCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::DemoCommand)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;
    int run(CliContext &context, const QString &path, const QStringList &args) override;
};

} // namespace renkei::cli
