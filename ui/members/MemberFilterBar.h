#pragma once

#include "storage/MemberRepository.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLineEdit;
class QListWidget;
class QTimer;
class QPushButton;

namespace renkei {

class Database;

// The filters above the member list: a search field (searched as you type, after a short pause),
// professions (several at once, each with how many members it would show), an area (a zone or a
// whole ward), in-area or out-of-area, and active or archived members.
class MemberFilterBar : public QWidget
{
    Q_OBJECT

public:
    // How long typing pauses before the list is searched.
    static constexpr int searchDelayMs = 250;

    explicit MemberFilterBar(QWidget *parent = nullptr);

    // Fills the choices from `db` (none for nullptr), keeping what is chosen where it still exists.
    void setDatabase(Database *db);
    // What the filters select (order, limit and offset left at their defaults).
    MemberFilter filter() const;
    // Back to every active member.
    void clear();
    bool isFiltered() const;

    QLineEdit *searchField() const { return m_search; }
    // Puts `widget` at the end of the search field's row (the count of members shown).
    void addToSearchRow(QWidget *widget);

signals:
    void filterChanged();

private:
    void fillProfessionList(bool withCounts);
    void updateProfessionButton();
    QList<qint64> checkedProfessions() const;

    Database *m_db = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QPushButton *m_professions = nullptr;
    QListWidget *m_professionList = nullptr;
    QComboBox *m_area = nullptr;
    QComboBox *m_location = nullptr;
    QComboBox *m_status = nullptr;
    QHBoxLayout *m_searchRow = nullptr;
};

} // namespace renkei
