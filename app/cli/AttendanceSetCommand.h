#pragma once

#include "CliCommand.h"

namespace renkei {
struct Attendee;
}

namespace renkei::cli {

// renkei-cli attendance set: changes one person's attendance of a meeting — status, role, social
// gathering, fee, walk-in — under the capacity rules, adding a member who is not on the list yet, and
// says who moved up from the waiting list.
class AttendanceSetCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::AttendanceSetCommand)

public:
    QString name() const override { return QStringLiteral("set"); }
    QString summary() const override;
    int run(CliContext &context, const QString &path, const QStringList &args) override;

    // "Moved up from the waiting list — let them know: 山田 太郎 <yamada@example.jp>, 03-…", a line each.
    static void reportMovedUp(CliContext &context, const QList<Attendee> &moved);
};

// renkei-cli attendance promote: gives free places to those waiting, in order (after the capacity was
// raised), and says who moved up.
class AttendancePromoteCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::AttendancePromoteCommand)

public:
    QString name() const override { return QStringLiteral("promote"); }
    QString summary() const override;
    int run(CliContext &context, const QString &path, const QStringList &args) override;
};

} // namespace renkei::cli
