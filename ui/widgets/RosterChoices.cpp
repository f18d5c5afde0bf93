#include "RosterChoices.h"

#include <QComboBox>
#include <QSignalBlocker>
#include <QStyledItemDelegate>

namespace renkei {

namespace {

constexpr int zoneRole = Qt::UserRole + 1;

// Indents zones under their ward in the drop-down list; the closed box shows the name alone.
class ZoneIndent : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(zoneRole).toBool())
            option->rect.adjust(option->fontMetrics.height(), 0, 0, 0);
    }
};

void begin(QComboBox *box, const QString &noneText)
{
    box->clear();
    if (!noneText.isNull())
        box->addItem(noneText, qint64(0));
}

} // namespace

void RosterChoices::setProfessions(QComboBox *box, const QList<Profession> &all, qint64 current,
                                   const QString &noneText)
{
    const QSignalBlocker blocker(box);
    begin(box, noneText);
    for (const Profession &p : all)
        if (!p.hidden || p.id == current)
            box->addItem(p.displayName(), p.id);
    select(box, current);
}

void RosterChoices::setOrganisations(QComboBox *box, const QList<Organisation> &all, qint64 current,
                                     const QString &noneText)
{
    const QSignalBlocker blocker(box);
    begin(box, noneText);
    for (const Organisation &o : all)
        if (!o.hidden || o.id == current)
            box->addItem(o.name, o.id);
    select(box, current);
}

void RosterChoices::setAreas(QComboBox *box, const QList<Area> &all, qint64 current, const QString &noneText)
{
    const QSignalBlocker blocker(box);
    begin(box, noneText);
    for (const Area &a : all) {
        if (a.hidden && a.id != current)
            continue;
        box->addItem(a.name, a.id);
        box->setItemData(box->count() - 1, !a.isWard(), zoneRole);
    }
    if (!dynamic_cast<ZoneIndent *>(box->itemDelegate()))
        box->setItemDelegate(new ZoneIndent(box));
    select(box, current);
}

qint64 RosterChoices::currentId(const QComboBox *box)
{
    return box->currentIndex() < 0 ? 0 : box->currentData().toLongLong();
}

void RosterChoices::select(QComboBox *box, qint64 id)
{
    const int index = box->findData(id);
    box->setCurrentIndex(index >= 0 ? index : box->findData(qint64(0)));
}

} // namespace renkei
