#pragma once

#include "MeetingReport.h"
#include "SeriesReport.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>

namespace renkei {

// Reports as JSON for scripts and other tools: stable English keys, ISO dates, counts as numbers.
class ReportJson
{
public:
    static QJsonObject meeting(const MeetingReport &report);
    static QJsonObject series(const SeriesReport &report);
    // The series' report with each meeting's programme (meeting id → its line), as the annual activity
    // report holds it.
    static QJsonObject activity(const SeriesReport &report, const QHash<qint64, QString> &programmes);
    // The text written, to a file or a terminal alike: indented UTF-8.
    static QByteArray text(const QJsonObject &json);
};

} // namespace renkei
