#include "ReportCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFontMetrics>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace renkei {

namespace {

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setBold(true);
    chart->setTitleFont(font);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    return chart;
}

QValueAxis *countAxis(int most)
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setRange(0, std::max(most, 1));
    axis->applyNiceNumbers();
    return axis;
}

} // namespace

QChart *ReportCharts::attendanceByMeeting(const SeriesReport &report, const ProfessionPalette &palette)
{
    QChart *chart = newChart(tr("Attendance per meeting, by profession"));
    auto *series = new QStackedBarSeries;
    for (const BreakdownEntry &profession : report.byProfession.entries) {
        auto *set = new QBarSet(profession.label);
        set->setColor(palette.colour(profession.id));
        set->setBorderColor(palette.colour(profession.id).darker(115));
        for (const SeriesReport::MeetingSummary &m : report.meetings)
            set->append(m.byProfession.count(profession.id));
        series->append(set);
    }
    series->setBarWidth(0.7);
    chart->addSeries(series);

    // Numbers only under the bars (第37回 → 37): they always fit; the axis title says what they are.
    QStringList numbers;
    int most = 0;
    for (const SeriesReport::MeetingSummary &m : report.meetings) {
        numbers << QString::number(m.meeting.number);
        most = std::max(most, m.attended);
    }
    auto *meetings = new QBarCategoryAxis;
    meetings->append(numbers);
    meetings->setTitleText(tr("Meeting number"));
    if (numbers.size() > 24)
        meetings->setLabelsAngle(-90);
    chart->addAxis(meetings, Qt::AlignBottom);
    series->attachAxis(meetings);
    QValueAxis *people = countAxis(most);
    people->setTitleText(tr("People"));
    chart->addAxis(people, Qt::AlignLeft);
    series->attachAxis(people);

    QLegend *legend = chart->legend();
    legend->setAlignment(Qt::AlignRight);
    QFont small = legend->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    legend->setFont(small);
    legend->setMarkerShape(QLegend::MarkerShapeRectangle);
    legend->setVisible(!report.byProfession.entries.isEmpty());
    return chart;
}

QChart *ReportCharts::professionMix(const SeriesReport &report, const ProfessionPalette &palette)
{
    QChart *chart = newChart(tr("Attendances by profession"));
    // One set a profession, holding its count at its own row only: each bar takes its own colour.
    auto *series = new QHorizontalStackedBarSeries;
    const QList<BreakdownEntry> &entries = report.byProfession.entries;
    QStringList names;
    int most = 0;
    for (int row = int(entries.size()) - 1; row >= 0; --row) // the first profession at the top
        names << entries.at(row).label;
    for (int i = 0; i < entries.size(); ++i) {
        const BreakdownEntry &e = entries.at(i);
        auto *set = new QBarSet(e.label);
        set->setColor(palette.colour(e.id));
        set->setBorderColor(palette.colour(e.id).darker(115));
        for (int row = 0; row < entries.size(); ++row)
            set->append(row == int(entries.size()) - 1 - i ? e.count : 0);
        series->append(set);
        most = std::max(most, e.count);
    }
    series->setBarWidth(0.75);
    chart->addSeries(series);
    auto *professions = new QBarCategoryAxis;
    professions->append(names);
    chart->addAxis(professions, Qt::AlignLeft);
    series->attachAxis(professions);
    QValueAxis *count = countAxis(most);
    chart->addAxis(count, Qt::AlignBottom);
    series->attachAxis(count);
    chart->legend()->setVisible(false); // the names are on the axis
    return chart;
}

int ReportCharts::professionMixHeight(const SeriesReport &report)
{
    // Each profession's row as tall as its name needs: Qt Charts cuts a label that is taller than its
    // row down to "…", and Japanese text (drawn in a CJK font) stands taller than Latin.
    const QFontMetrics metrics{QFont()};
    int row = 26;
    for (const BreakdownEntry &e : report.byProfession.entries)
        row = std::max(row, metrics.boundingRect(e.label).height() + 12);
    return 90 + row * int(std::max<qsizetype>(report.byProfession.entries.size(), 4));
}

QChart *ReportCharts::memberGrowth(const SeriesReport &report)
{
    QChart *chart = newChart(tr("Members, month by month"));
    auto *joined = new QStackedBarSeries;
    auto *newMembers = new QBarSet(tr("Joined that month"));
    newMembers->setColor(QColor(0xa0, 0xcb, 0xe8));
    auto *total = new QLineSeries;
    total->setName(tr("Members at the month's end"));
    total->setColor(QColor(0x2f, 0x4b, 0x7c));
    QPen pen = total->pen();
    pen.setWidth(3);
    total->setPen(pen);
    total->setPointsVisible(true);
    QStringList months;
    int most = 0;
    int mostNew = 0;
    for (int i = 0; i < report.memberCount.size(); ++i) {
        const QDate month = report.memberCount.at(i).month;
        //: A month under a chart's bar: 2026/4
        months << tr("%1/%2").arg(month.year()).arg(month.month());
        newMembers->append(report.newMembers.at(i).count);
        total->append(i, report.memberCount.at(i).count);
        most = std::max(most, report.memberCount.at(i).count);
        mostNew = std::max(mostNew, report.newMembers.at(i).count);
    }
    joined->append(newMembers);
    chart->addSeries(joined);
    chart->addSeries(total);
    auto *monthAxis = new QBarCategoryAxis;
    monthAxis->append(months);
    if (months.size() > 6)
        monthAxis->setLabelsAngle(-90); // upright labels would be cut short to "…"

    chart->addAxis(monthAxis, Qt::AlignBottom);
    joined->attachAxis(monthAxis);
    total->attachAxis(monthAxis);
    QValueAxis *members = countAxis(most);
    members->setTitleText(tr("Members"));
    chart->addAxis(members, Qt::AlignLeft);
    total->attachAxis(members);
    QValueAxis *joiners = countAxis(std::max(mostNew, 4));
    joiners->setTitleText(tr("Joined"));
    chart->addAxis(joiners, Qt::AlignRight);
    joined->attachAxis(joiners);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace renkei
