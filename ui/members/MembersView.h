#pragma once

#include "SectionView.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace renkei {

class MemberTableModel;

// The roster (会員名簿): every member, searched as you type. Read-only for now.
class MembersView : public SectionView
{
    Q_OBJECT

public:
    // How long typing pauses before the list is searched.
    static constexpr int searchDelayMs = 250;

    explicit MembersView(QWidget *parent = nullptr);

    void setDatabase(Database *db) override;
    MemberTableModel *model() const { return m_model; }

private:
    void applyFilter();
    void showCount(int count);

    MemberTableModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_showArchived = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QTimer *m_searchDelay = nullptr;
    bool m_columnsSized = false;
};

} // namespace renkei
