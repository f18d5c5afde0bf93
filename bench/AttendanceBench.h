#pragma once

#include <QString>

class QCommandLineParser;

namespace renkei::bench {

// renkei-bench sheet | checkin: the sign-in sheet of 1,000 people rendered to PDF, and the reception
// desk's search and check-in against a large database (made with `generate`).
void addAttendanceOptions(QCommandLineParser &parser);
bool isAttendanceCommand(const QString &command);
int runAttendance(const QString &command, const QString &databasePath, const QCommandLineParser &parser);

} // namespace renkei::bench
