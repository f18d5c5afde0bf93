#pragma once

#include "SectionView.h"

class QLabel;
class QTableWidget;

namespace renkei {

class BarDelegate;

// A summary of the open database: members, meetings held, attendances, and the active members
// by profession as a table whose counts are drawn as bars.
class ReportsView : public SectionView
{
    Q_OBJECT

public:
    explicit ReportsView(QWidget *parent = nullptr);

    void setDatabase(Database *db) override;

private:
    struct ProfessionCount
    {
        QString name;
        int members = 0;
    };

    QLabel *addFigure(const QString &objectName, const QString &caption);
    void clear();
    void showProfessions(const QList<ProfessionCount> &counts);

    QList<QLabel *> m_figures;
    QLabel *m_activeMembers = nullptr;
    QLabel *m_archivedMembers = nullptr;
    QLabel *m_meetingsHeld = nullptr;
    QLabel *m_attendances = nullptr;
    QTableWidget *m_professionTable = nullptr;
    BarDelegate *m_bars = nullptr;
    QWidget *m_figureRow = nullptr;
};

} // namespace renkei
