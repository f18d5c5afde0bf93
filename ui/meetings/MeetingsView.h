#pragma once

#include "SectionView.h"

class QComboBox;
class QLabel;
class QTableView;
class QTreeWidget;

namespace renkei {

class MeetingTableModel;

// The meetings of a series (第N回, date, venue, theme, how many came) and the programme (次第)
// of the one selected. Read-only for now.
class MeetingsView : public SectionView
{
    Q_OBJECT

public:
    explicit MeetingsView(QWidget *parent = nullptr);

    void setDatabase(Database *db) override;

private:
    void loadSeries();
    void showSeries();
    void showAgenda();

    Database *m_db = nullptr;
    QComboBox *m_series = nullptr;
    QLabel *m_seriesSummary = nullptr;
    MeetingTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_agendaHeading = nullptr;
    QTreeWidget *m_agenda = nullptr;
};

} // namespace renkei
