#pragma once

#include "core/model/Area.h"
#include "core/model/Organisation.h"
#include "core/model/Profession.h"

#include <QList>
#include <QString>

class QComboBox;

namespace renkei {

// Professions, organisations and areas as the choices of a combo box, each item carrying its id
// (Qt::UserRole; 0 for the "none" item). Hidden entries are left out, except the one chosen now, so
// that editing an old record never loses its value.
class RosterChoices
{
public:
    static void setProfessions(QComboBox *box, const QList<Profession> &all, qint64 current,
                               const QString &noneText);
    static void setOrganisations(QComboBox *box, const QList<Organisation> &all, qint64 current,
                                 const QString &noneText);
    // Wards with their zones indented under them.
    static void setAreas(QComboBox *box, const QList<Area> &all, qint64 current, const QString &noneText);

    static qint64 currentId(const QComboBox *box);
    // Chooses the item with `id`; the "none" item when there is none.
    static void select(QComboBox *box, qint64 id);
};

} // namespace renkei
