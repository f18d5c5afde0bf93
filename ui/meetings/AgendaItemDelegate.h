#pragma once

#include <QStyledItemDelegate>

namespace renkei {

class Database;

// Editors for an agenda row: the kind from a list, the minutes in a spin box, and the presenter as a
// member picked by name or reading as it is typed (the roster is searched, not loaded), or any text
// typed (a guest speaker, 「事務局」).
class AgendaItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit AgendaItemDelegate(QObject *parent = nullptr);

    void setDatabase(Database *db) { m_db = db; }

    // A member as the presenter column shows them: 「山田 花子（みなと坂クリニック）」, the
    // organisation telling namesakes apart. Empty when there is no such member.
    static QString memberLabel(Database &db, qint64 memberId);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    Database *m_db = nullptr;
};

} // namespace renkei
