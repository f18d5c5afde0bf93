#include "AgendaItemDelegate.h"

#include "AgendaModel.h"
#include "model/AgendaItem.h"

#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>

#include <algorithm>

namespace renkei {

AgendaItemDelegate::AgendaItemDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QWidget *AgendaItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    switch (index.column()) {
    case AgendaModel::KindColumn: {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("agendaKindEditor"));
        for (const QString &key : agendaKindKeys())
            combo->addItem(agendaKindLabel(*agendaKindFromKey(key)), key);
        return combo;
    }
    case AgendaModel::MinutesColumn: {
        auto *box = new QSpinBox(parent);
        box->setObjectName(QStringLiteral("agendaMinutesEditor"));
        box->setRange(0, 600);
        box->setSingleStep(5);
        box->setSuffix(tr(" min"));
        return box;
    }
    case AgendaModel::PresenterColumn: {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("agendaPresenterEditor"));
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        QList<std::pair<QString, qint64>> members;
        for (auto it = m_memberNames.cbegin(); it != m_memberNames.cend(); ++it)
            members << std::make_pair(it.value(), it.key());
        QCollator collator{QLocale()};
        std::sort(members.begin(), members.end(),
                  [&](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
        combo->addItem(QString(), qint64(0));
        for (const auto &[name, id] : members)
            combo->addItem(name, id);
        combo->completer()->setFilterMode(Qt::MatchContains);
        combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
        return combo;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void AgendaItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (index.column() == AgendaModel::KindColumn) {
            combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
            return;
        }
        const qint64 member = index.data(AgendaModel::MemberIdRole).toLongLong();
        const int found = member != 0 ? combo->findData(member) : -1;
        if (found >= 0)
            combo->setCurrentIndex(found);
        else
            combo->setEditText(index.data(Qt::EditRole).toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void AgendaItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (index.column() == AgendaModel::KindColumn) {
            model->setData(index, combo->currentData(), Qt::EditRole);
            return;
        }
        // A member when the text is one of theirs; otherwise free text (a guest speaker, 「会長」).
        const QString text = combo->currentText().trimmed();
        const int found = combo->findText(text, Qt::MatchExactly);
        const qint64 member = found > 0 ? combo->itemData(found).toLongLong() : 0;
        if (member != 0)
            model->setData(index, member, AgendaModel::MemberIdRole);
        else
            model->setData(index, text, Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace renkei
