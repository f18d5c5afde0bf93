#pragma once

#include <QLineEdit>

class QAbstractItemView;
class QCompleter;
class QStandardItemModel;
class QTimer;

namespace renkei {

class Database;

// A field that picks an existing member (who referred someone, say): typing searches the roster as
// the members view does, and a member is chosen from the list that drops down.
class MemberPicker : public QLineEdit
{
    Q_OBJECT

public:
    explicit MemberPicker(QWidget *parent = nullptr);

    void setDatabase(Database *db) { m_db = db; }
    // A member never offered (the one being edited, who cannot have referred themselves).
    void setExcluded(qint64 id) { m_excluded = id; }

    qint64 memberId() const { return m_memberId; }
    // Shows the member with `id` (none for 0).
    void setMemberId(qint64 id);
    // Something is typed that is not a chosen member.
    bool isUnresolved() const { return m_memberId == 0 && !text().trimmed().isEmpty(); }

    // The drop-down list of members offered.
    QAbstractItemView *suggestionList() const;

    // How many members the drop-down offers at most.
    static constexpr int suggestions = 20;

signals:
    void memberChanged(qint64 id);

private:
    void search();
    void choose(const QModelIndex &index);

    Database *m_db = nullptr;
    qint64 m_memberId = 0;
    qint64 m_excluded = 0;
    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_suggestions = nullptr;
    QTimer *m_delay = nullptr;
};

} // namespace renkei
