#pragma once

#include "core/Result.h"
#include "core/model/Member.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>

namespace renkei {
class Database;
}

namespace renkei::cli {

// The fields of a member as options, shared by `members add` and `members edit`: --name "山田 太郎"
// (or --family-name and --given-name), --kana, --profession, --organisation, --area (names as listed,
// or ids), --email, --phone, --fax, --referred-by ID, --joined, yes/no flags and --notes. An empty value
// clears a field.
class MemberArguments
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::MemberArguments)

public:
    MemberArguments();

    const QList<QCommandLineOption> &options() const { return m_options; }
    // True when any field is given.
    bool anyGiven(const QCommandLineParser &parser) const;
    // Sets the fields given in `parser` on `member`, finding named entries in `db`. Every value that
    // cannot be read is reported, each naming its option in the error's field.
    QList<Error> apply(const QCommandLineParser &parser, Database &db, Member &member) const;

    // The member with the id `text` (as the lists show it).
    static Result<Member> member(Database &db, const QString &text);

    // "--family-kana" for the core's field "family_kana": where to point a validation error.
    static QString optionFor(const QString &field);
    // Writes each error as "renkei-cli: --option: message" and returns BadInput.
    static int fail(class CliContext &context, const QList<Error> &errors);

private:
    QList<QCommandLineOption> m_options;
};

} // namespace renkei::cli
