#pragma once

#include <QScrollArea>

namespace renkei {

class ChartPanel;
class ProfessionPalette;
struct SeriesReport;

// The reports section's Charts tab: attendance by meeting, the profession mix and the members' growth.
class ReportChartsTab : public QScrollArea
{
    Q_OBJECT

public:
    explicit ReportChartsTab(QWidget *parent = nullptr);

    void showReport(const SeriesReport &report, const ProfessionPalette &palette);
    void clear();

signals:
    void errorOccurred(const QString &message);
    // A chart was saved; the message says where.
    void saved(const QString &message);

private:
    ChartPanel *m_attendance = nullptr;
    ChartPanel *m_mix = nullptr;
    ChartPanel *m_growth = nullptr;
};

} // namespace renkei
