#pragma once

#include "core/storage/MemberRepository.h"

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
    // The longest typing pauses before the list is searched: while searching is fast (a roster of
    // hundreds) every keystroke searches at once; on a large roster the pause grows to twice what the
    // last search took, so that fast typing is not answered letter by letter, up to this.
    static constexpr int searchDelayMs = 250;

    explicit MemberFilterBar(QWidget *parent = nullptr);

    // Fills the choices from `db` (none for nullptr), keeping what is chosen where it still exists.
    void setDatabase(Database *db);
    // What the filters select (order, limit and offset left at their defaults).
    MemberFilter filter() const;
    // How long the last search took: sets the pause after a keystroke (see searchDelayMs).
    void setLastSearchTime(qint64 ms);
    int searchDelay() const;
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
