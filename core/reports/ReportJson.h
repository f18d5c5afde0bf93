#pragma once

#include "MeetingReport.h"
#include "SeriesReport.h"

#include <QJsonObject>

namespace renkei {

// Reports as JSON for scripts and other tools: stable English keys, ISO dates, counts as numbers.
class ReportJson
{
public:
    static QJsonObject meeting(const MeetingReport &report);
    static QJsonObject series(const SeriesReport &report);
};

} // namespace renkei
