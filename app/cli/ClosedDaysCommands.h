#pragma once

#include "CliCommand.h"

namespace renkei::cli {

// renkei-cli closed-days list: the organiser's closed days (休業日), which planning avoids like holidays.
class ClosedDaysListCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::ClosedDaysListCommand)

public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override;
    int run(CliContext &context, const QString &path, const QStringList &args) override;
};

// renkei-cli closed-days add: a closed day, a range, or one that comes back every year.
class ClosedDaysAddCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::ClosedDaysAddCommand)

public:
    QString name() const override { return QStringLiteral("add"); }
    QString summary() const override;
    int run(CliContext &context, const QString &path, const QStringList &args) override;
};

// renkei-cli closed-days remove|on|off ID: deletes one, or turns it on or off (the year-end break is on in
// a new database).
class ClosedDaysChangeCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::ClosedDaysChangeCommand)

public:
    enum class Change
    {
        Remove,
        TurnOn,
        TurnOff,
    };
    explicit ClosedDaysChangeCommand(Change change) : m_change(change) {}

    QString name() const override;
    QString summary() const override;
    int run(CliContext &context, const QString &path, const QStringList &args) override;

private:
    Change m_change;
};

} // namespace renkei::cli
