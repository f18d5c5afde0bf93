#include "ReportMixTab.h"

#include "BreakdownModel.h"
#include "ReportTableView.h"
#include "core/reports/SeriesReport.h"
#include "ui/widgets/BarDelegate.h"

#include <QHBoxLayout>

namespace renkei {

ReportMixTab::ReportMixTab(QWidget *parent) : QWidget(parent)
{
    m_professions = new BreakdownModel(tr("Profession"), this);
    m_areas = new BreakdownModel(tr("Area"), this);
    m_professionTable =
        createTable(QStringLiteral("attendancesByProfession"), m_professions, &m_professionBars);
    m_areaTable = createTable(QStringLiteral("attendancesByArea"), m_areas, &m_areaBars);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_professionTable, 1);
    layout->addWidget(m_areaTable, 1);
}

ReportTableView *ReportMixTab::createTable(const QString &objectName, BreakdownModel *model,
                                           BarDelegate **bars)
{
    auto *table = new ReportTableView(objectName, model, this);
    *bars = new BarDelegate(table);
    table->setItemDelegateForColumn(BreakdownModel::Count, *bars);
    return table;
}

void ReportMixTab::fitColumns(ReportTableView *table, BarDelegate *bars, const BreakdownModel *model)
{
    bars->setMaximum(model->most());
    table->resizeColumnToContents(BreakdownModel::Name);
    table->setColumnWidth(BreakdownModel::Name, table->columnWidth(BreakdownModel::Name) + 24);
    table->setColumnWidth(BreakdownModel::Count, qMax(260, table->columnWidth(BreakdownModel::Count)));
}

void ReportMixTab::showReport(const SeriesReport &report, const ProfessionPalette &palette)
{
    m_professions->setBreakdown(report.byProfession, palette);
    m_areas->setBreakdown(report.byArea);
    fitColumns(m_professionTable, m_professionBars, m_professions);
    fitColumns(m_areaTable, m_areaBars, m_areas);
}

void ReportMixTab::clear()
{
    m_professions->setBreakdown({});
    m_areas->setBreakdown({});
}

} // namespace renkei
