#pragma once

#include "core/reports/ProfessionPalette.h"
#include "core/reports/SeriesReport.h"

#include <QCoreApplication>

class QChart;

namespace renkei {

// The Reports section's charts, made from a SeriesReport. Professions take their colours from one
// ProfessionPalette, so a profession looks the same in every chart. Labels that could be long
// (profession names) sit where they have room: on the vertical axis of horizontal bars, or in a
// legend beside the chart; the meeting axis carries numbers only.
class ReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(renkei::ReportCharts)

public:
    // Attendance per meeting, bars stacked by profession, with the professions in a legend on the right.
    static QChart *attendanceByMeeting(const SeriesReport &report, const ProfessionPalette &palette);
    // The period's attendances by profession, one horizontal bar each, names on the vertical axis.
    static QChart *professionMix(const SeriesReport &report, const ProfessionPalette &palette);
    // The number of members month by month, with the new members of each month as bars.
    static QChart *memberGrowth(const SeriesReport &report);

    // Height that shows every profession of the mix chart with its full name.
    static int professionMixHeight(const SeriesReport &report);
};

} // namespace renkei
