#pragma once

#include <QHash>
#include <QStyledItemDelegate>

namespace renkei {

// Editors for an agenda row: the kind from a list, the minutes in a spin box, and the presenter as a
// member picked by name or any text typed (a guest speaker).
class AgendaItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit AgendaItemDelegate(QObject *parent = nullptr);

    void setMemberNames(const QHash<qint64, QString> &names) { m_memberNames = names; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QHash<qint64, QString> m_memberNames;
};

} // namespace renkei
