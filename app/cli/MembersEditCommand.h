#pragma once

#include "CliCommand.h"

namespace renkei::cli {

// renkei-cli members edit ID --field value…: changes the fields given, validated as the editor does.
class MembersEditCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::MembersEditCommand)

public:
    QString name() const override { return QStringLiteral("edit"); }
    QString summary() const override;
    int run(CliContext &context, const QString &path, const QStringList &args) override;
};

} // namespace renkei::cli
