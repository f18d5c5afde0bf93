#pragma once

#include "CliContext.h"
#include "core/Result.h"
#include "core/model/Meeting.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace renkei::cli {

// What the attendance commands (attendance list, set, invite, promote) and the printing ones (sheet,
// badges, certificates, grid) read alike: --meeting ID, --out FILE.pdf, lists of ids.
class AttendanceArguments
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::AttendanceArguments)

public:
    static QCommandLineOption meetingOption();
    static QCommandLineOption outOption();

    // After parsing: no arguments, --meeting given (when `meeting`), --out naming a .pdf (when `pdf`).
    // The exit status when the command stops there.
    static std::optional<int> check(CliContext &context, const QCommandLineParser &parser,
                                    const QString &path, bool meeting, bool pdf);
    // The database, opened, and the meeting --meeting names in it; null, the failure said, when either fails.
    static std::unique_ptr<Database> openMeeting(CliContext &context, const QCommandLineParser &parser,
                                                 Meeting &meeting);

    // Ids given as repeated options or comma-separated ("--member 3,7 --member 12"), in order.
    static Result<QList<qint64>> ids(const QStringList &values, const QString &option);
    // "Wrote 3 page(s) to FILE."
    static QString wrote(int pages, const QString &file);
};

} // namespace renkei::cli
