#pragma once

#include "core/Result.h"
#include "core/model/Area.h"
#include "core/model/Member.h"
#include "core/model/Organisation.h"
#include "core/model/Profession.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

class QUndoStack;

namespace renkei {

class Database;

// Every edit of the roster the GUI makes — members, professions, organisations, areas — done through
// core and recorded on an undo stack, so that Edit ▸ Undo takes back any of them. Each call makes the
// change at once and returns what core said; a refused change is not recorded.
class RosterEdits
{
    Q_DECLARE_TR_FUNCTIONS(renkei::RosterEdits)

public:
    // `report` shows what went wrong when an undo or redo fails later.
    RosterEdits(QUndoStack &stack, std::function<void(const QString &)> report);

    // The database edits go to; the stack is cleared when it changes (commands hold the old one).
    void setDatabase(Database *db);
    Database *database() const { return m_db; }
    QUndoStack &stack() const { return m_stack; }

    Result<qint64> addMember(const Member &member);
    Status editMember(const Member &before, const Member &after);
    Status setArchived(const QList<Member> &members, bool archived);
    Status removeMember(const Member &member);

    Result<qint64> addProfession(const Profession &profession);
    Status editProfession(const Profession &before, const Profession &after);
    Status setProfessionHidden(const Profession &profession, bool hidden);
    Status mergeProfessions(const Profession &from, const Profession &into);
    Status removeProfession(const Profession &profession);
    // Moves `profession` to where `other` is in the list, and `other` to where it was.
    Status swapProfessions(const Profession &profession, const Profession &other);

    Result<qint64> addOrganisation(const Organisation &organisation);
    Status editOrganisation(const Organisation &before, const Organisation &after);
    Status setOrganisationHidden(const Organisation &organisation, bool hidden);
    Status mergeOrganisations(const Organisation &from, const Organisation &into);
    Status removeOrganisation(const Organisation &organisation);

    Result<qint64> addArea(const Area &area);
    Status editArea(const Area &before, const Area &after);
    Status setAreaHidden(const Area &area, bool hidden);
    Status mergeAreas(const Area &from, const Area &into);
    Status removeArea(const Area &area);

private:
    Status record(const QString &text, std::function<Status()> redo, std::function<Status()> undo);
    Status noDatabase() const;

    QUndoStack &m_stack;
    std::function<void(const QString &)> m_report;
    Database *m_db = nullptr;
};

} // namespace renkei
