#pragma once

#include "CliCommand.h"

namespace renkei::cli {

// renkei-cli members archive ID (and members restore ID): a member leaves the active roster, keeping
// their history, or comes back.
class MembersArchiveCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::MembersArchiveCommand)

public:
    // `archive` false makes the restore command.
    explicit MembersArchiveCommand(bool archive) : m_archive(archive) {}

    QString name() const override
    {
        return m_archive ? QStringLiteral("archive") : QStringLiteral("restore");
    }
    QString summary() const override;
    int run(CliContext &context, const QString &path, const QStringList &args) override;

private:
    bool m_archive;
};

} // namespace renkei::cli
