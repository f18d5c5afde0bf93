#pragma once

#include <QWidget>

namespace renkei {

class BarDelegate;
class BreakdownModel;
class ProfessionPalette;
class ReportTableView;
struct SeriesReport;

// The reports section's Professions and Areas tab: the period's attendances by profession and by area,
// each with a bar and its share.
class ReportMixTab : public QWidget
{
    Q_OBJECT

public:
    explicit ReportMixTab(QWidget *parent = nullptr);

    void showReport(const SeriesReport &report, const ProfessionPalette &palette);
    void clear();

private:
    ReportTableView *createTable(const QString &objectName, BreakdownModel *model, BarDelegate **bars);
    static void fitColumns(ReportTableView *table, BarDelegate *bars, const BreakdownModel *model);

    BreakdownModel *m_professions = nullptr;
    BreakdownModel *m_areas = nullptr;
    ReportTableView *m_professionTable = nullptr;
    ReportTableView *m_areaTable = nullptr;
    BarDelegate *m_professionBars = nullptr;
    BarDelegate *m_areaBars = nullptr;
};

} // namespace renkei
