#include "RosterChoices.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace renkei {

namespace {

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
    for (const Area &a : all)
        if (!a.hidden || a.id == current)
            // An ideographic space indents a zone under its ward in Japanese and English alike.
            box->addItem(a.isWard() ? a.name : QStringLiteral("\u3000") + a.name, a.id);
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
