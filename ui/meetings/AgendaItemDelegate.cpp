#include "AgendaItemDelegate.h"

#include "AgendaModel.h"
#include "core/model/AgendaItem.h"
#include "core/storage/MemberRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "ui/members/MemberPicker.h"

#include <QComboBox>
#include <QSpinBox>

#include <algorithm>

namespace renkei {

AgendaItemDelegate::AgendaItemDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QString AgendaItemDelegate::memberLabel(Database &db, qint64 memberId)
{
    const Result<Member> member = MemberRepository(db).get(memberId);
    if (!member)
        return {};
    QString organisation;
    if (member->organisationId != 0)
        if (const Result<Organisation> o = OrganisationRepository(db).get(member->organisationId))
            organisation = o->name;
    return organisation.isEmpty() ? member->fullName() : tr("%1 (%2)").arg(member->fullName(), organisation);
}

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
        auto *picker = new MemberPicker(parent);
        picker->setObjectName(QStringLiteral("agendaPresenterEditor"));
        picker->setDatabase(m_db);
        picker->setPlaceholderText(tr("A member, or any name (a guest speaker)"));
        return picker;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void AgendaItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
        return;
    }
    if (auto *picker = qobject_cast<MemberPicker *>(editor)) {
        const qint64 member = index.data(AgendaModel::MemberIdRole).toLongLong();
        if (member != 0)
            picker->setMemberId(member);
        if (picker->memberId() == 0)
            picker->setText(index.data(Qt::EditRole).toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void AgendaItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    if (auto *picker = qobject_cast<MemberPicker *>(editor)) {
        qint64 member = picker->memberId();
        const QString text = picker->text().trimmed();
        // A member's name typed in full without choosing from the list is that member, when only one
        // active member has it; anything else is free text (a guest speaker, 「会長」).
        if (member == 0 && !text.isEmpty() && m_db) {
            MemberFilter filter;
            filter.text = text;
            filter.limit = 20;
            if (const Result<QList<Member>> found = MemberRepository(*m_db).list(filter)) {
                const auto bare = [](QString name) {
                    name.removeIf([](QChar c) { return c.isSpace(); });
                    return name;
                };
                QList<qint64> named;
                for (const Member &m : *found)
                    if (bare(m.fullName()) == bare(text))
                        named << m.id;
                if (named.size() == 1)
                    member = named.first();
            }
        }
        if (member != 0 && m_db) {
            if (auto *agenda = qobject_cast<AgendaModel *>(model))
                agenda->setMemberName(member, memberLabel(*m_db, member));
            model->setData(index, member, AgendaModel::MemberIdRole);
        } else {
            model->setData(index, text, Qt::EditRole);
        }
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace renkei
