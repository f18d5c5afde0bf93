#include "RosterEdits.h"

#include "UndoableEdit.h"
#include "core/storage/AreaRepository.h"
#include "core/storage/Database.h"
#include "core/storage/MemberRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/ProfessionRepository.h"

#include <QUndoStack>

#include <memory>

namespace renkei {

RosterEdits::RosterEdits(QUndoStack &stack, std::function<void(const QString &)> report)
    : m_stack(stack), m_report(std::move(report))
{}

void RosterEdits::setDatabase(Database *db)
{
    if (db == m_db)
        return;
    m_stack.clear();
    m_db = db;
}

Status RosterEdits::noDatabase() const
{
    return Error{tr("No database is open.")};
}

Status RosterEdits::record(const QString &text, std::function<Status()> redo, std::function<Status()> undo)
{
    if (!m_db)
        return noDatabase();
    return UndoableEdit::run(
        m_stack, std::make_unique<UndoableEdit>(text, std::move(redo), std::move(undo), m_report));
}

// Members --------------------------------------------------------------------------------------------

Result<qint64> RosterEdits::addMember(const Member &member)
{
    if (!m_db)
        return noDatabase().error();
    Database &db = *m_db;
    // The first redo adds; later ones put the same member back under the same id, so that later
    // commands that name them by id still find them.
    auto added = std::make_shared<Member>(member);
    Status s = record(
        tr("Add %1").arg(member.fullName()),
        [&db, added]() -> Status {
            MemberRepository members(db);
            if (added->id != 0)
                return members.restore(*added);
            Result<qint64> id = members.add(*added);
            if (!id)
                return id.error();
            Result<Member> stored = members.get(*id);
            if (!stored)
                return stored.error();
            *added = *stored;
            return {};
        },
        [&db, added] { return MemberRepository(db).remove(added->id); });
    if (!s)
        return s.error();
    return added->id;
}

Status RosterEdits::editMember(const Member &before, const Member &after)
{
    if (!m_db)
        return noDatabase();
    Database &db = *m_db;
    return record(
        tr("Edit %1").arg(after.fullName()), [&db, after] { return MemberRepository(db).update(after); },
        [&db, before] { return MemberRepository(db).update(before); });
}

Status RosterEdits::setArchived(const QList<Member> &members, bool archived)
{
    QList<qint64> ids;
    for (const Member &m : members)
        if (m.archived != archived)
            ids << m.id;
    if (ids.isEmpty())
        return {};
    QString text;
    if (ids.size() == 1) {
        const QString name = members.first().fullName();
        text = archived ? tr("Archive %1").arg(name) : tr("Restore %1").arg(name);
    } else {
        text = archived ? tr("Archive %n member(s)", nullptr, int(ids.size()))
                        : tr("Restore %n member(s)", nullptr, int(ids.size()));
    }
    if (!m_db)
        return noDatabase();
    Database &db = *m_db;
    auto set = [&db, ids](bool value) {
        return db.transaction([&]() -> Status {
            MemberRepository repository(db);
            for (qint64 id : ids)
                if (Status s = repository.setArchived(id, value); !s)
                    return s;
            return {};
        });
    };
    return record(
        text, [set, archived] { return set(archived); }, [set, archived] { return set(!archived); });
}

Status RosterEdits::removeMember(const Member &member)
{
    if (!m_db)
        return noDatabase();
    Database &db = *m_db;
    return record(
        tr("Delete %1").arg(member.fullName()),
        [&db, member] { return MemberRepository(db).remove(member.id); },
        [&db, member] { return MemberRepository(db).restore(member); });
}

// Professions, organisations and areas share their shape: add (restored under the same id on redo),
// edit, hide, merge (undone from the merge's record) and delete (restored).

namespace {

template <typename Repository, typename Entry>
std::pair<std::function<Status()>, std::function<Status()>> addSteps(Database &db,
                                                                     std::shared_ptr<Entry> added)
{
    auto redo = [&db, added]() -> Status {
        Repository repository(db);
        if (added->id != 0)
            return repository.restore(*added);
        Result<qint64> id = repository.add(*added);
        if (!id)
            return id.error();
        Result<Entry> stored = repository.get(*id);
        if (!stored)
            return stored.error();
        *added = *stored;
        return {};
    };
    auto undo = [&db, added] { return Repository(db).remove(added->id); };
    return {redo, undo};
}

template <typename Repository, typename Entry>
std::pair<std::function<Status()>, std::function<Status()>> mergeSteps(Database &db, const Entry &from,
                                                                       const Entry &into)
{
    auto record = std::make_shared<MergeRecord>();
    const qint64 fromId = from.id;
    const qint64 intoId = into.id;
    auto redo = [&db, record, fromId, intoId] { return Repository(db).merge(fromId, intoId, record.get()); };
    auto undo = [&db, record, from] { return Repository(db).unmerge(from, *record); };
    return {redo, undo};
}

} // namespace

Result<qint64> RosterEdits::addProfession(const Profession &profession)
{
    if (!m_db)
        return noDatabase().error();
    auto added = std::make_shared<Profession>(profession);
    auto [redo, undo] = addSteps<ProfessionRepository>(*m_db, added);
    if (Status s = record(tr("Add the profession %1").arg(profession.nameJa), redo, undo); !s)
        return s.error();
    return added->id;
}

Status RosterEdits::editProfession(const Profession &before, const Profession &after)
{
    if (!m_db)
        return noDatabase();
    Database &db = *m_db;
    return record(
        tr("Edit the profession %1").arg(after.nameJa),
        [&db, after] { return ProfessionRepository(db).update(after); },
        [&db, before] { return ProfessionRepository(db).update(before); });
}

Status RosterEdits::setProfessionHidden(const Profession &profession, bool hidden)
{
    if (!m_db)
        return noDatabase();
    Database &db = *m_db;
    const qint64 id = profession.id;
    return record(
        hidden ? tr("Hide the profession %1").arg(profession.nameJa)
               : tr("Show the profession %1").arg(profession.nameJa),
        [&db, id, hidden] { return ProfessionRepository(db).setHidden(id, hidden); },
        [&db, id, hidden] { return ProfessionRepository(db).setHidden(id, !hidden); });
}

Status RosterEdits::mergeProfessions(const Profession &from, const Profession &into)
{
    if (!m_db)
        return noDatabase();
    auto [redo, undo] = mergeSteps<ProfessionRepository>(*m_db, from, into);
    return record(tr("Merge %1 into %2").arg(from.nameJa, into.nameJa), redo, undo);
}

Status RosterEdits::removeProfession(const Profession &profession)
{
    if (!m_db)
        return noDatabase();
    Database &db = *m_db;
    return record(
        tr("Delete the profession %1").arg(profession.nameJa),
        [&db, profession] { return ProfessionRepository(db).remove(profession.id); },
        [&db, profession] { return ProfessionRepository(db).restore(profession); });
}

Status RosterEdits::swapProfessions(const Profession &profession, const Profession &other)
{
    if (!m_db)
        return noDatabase();
    Database &db = *m_db;
    const qint64 a = profession.id;
    const qint64 b = other.id;
    const int orderA = profession.displayOrder;
    const int orderB = other.displayOrder;
    // Undo puts both orders back exactly, even when swapOrder had to make equal orders differ.
    auto restoreOrders = [&db, a, b, orderA, orderB]() -> Status {
        return db.transaction([&]() -> Status {
            ProfessionRepository repository(db);
            for (const auto &[id, order] : {std::pair{a, orderA}, std::pair{b, orderB}}) {
                Result<Profession> p = repository.get(id);
                if (!p)
                    return p.error();
                p->displayOrder = order;
                if (Status s = repository.update(*p); !s)
                    return s;
            }
            return {};
        });
    };
    return record(
        tr("Move the profession %1").arg(profession.nameJa),
        [&db, a, b] { return ProfessionRepository(db).swapOrder(a, b); }, restoreOrders);
}

Result<qint64> RosterEdits::addOrganisation(const Organisation &organisation)
{
    if (!m_db)
        return noDatabase().error();
    auto added = std::make_shared<Organisation>(organisation);
    auto [redo, undo] = addSteps<OrganisationRepository>(*m_db, added);
    if (Status s = record(tr("Add the organisation %1").arg(organisation.name), redo, undo); !s)
        return s.error();
    return added->id;
}

Status RosterEdits::editOrganisation(const Organisation &before, const Organisation &after)
{
    if (!m_db)
        return noDatabase();
    Database &db = *m_db;
    return record(
        tr("Edit the organisation %1").arg(after.name),
        [&db, after] { return OrganisationRepository(db).update(after); },
        [&db, before] { return OrganisationRepository(db).update(before); });
}

Status RosterEdits::setOrganisationHidden(const Organisation &organisation, bool hidden)
{
    if (!m_db)
        return noDatabase();
    Database &db = *m_db;
    const qint64 id = organisation.id;
    return record(
        hidden ? tr("Hide the organisation %1").arg(organisation.name)
               : tr("Show the organisation %1").arg(organisation.name),
        [&db, id, hidden] { return OrganisationRepository(db).setHidden(id, hidden); },
        [&db, id, hidden] { return OrganisationRepository(db).setHidden(id, !hidden); });
}

Status RosterEdits::mergeOrganisations(const Organisation &from, const Organisation &into)
{
    if (!m_db)
        return noDatabase();
    auto [redo, undo] = mergeSteps<OrganisationRepository>(*m_db, from, into);
    return record(tr("Merge %1 into %2").arg(from.name, into.name), redo, undo);
}

Status RosterEdits::removeOrganisation(const Organisation &organisation)
{
    if (!m_db)
        return noDatabase();
    Database &db = *m_db;
    return record(
        tr("Delete the organisation %1").arg(organisation.name),
        [&db, organisation] { return OrganisationRepository(db).remove(organisation.id); },
        [&db, organisation] { return OrganisationRepository(db).restore(organisation); });
}

Result<qint64> RosterEdits::addArea(const Area &area)
{
    if (!m_db)
        return noDatabase().error();
    auto added = std::make_shared<Area>(area);
    auto [redo, undo] = addSteps<AreaRepository>(*m_db, added);
    if (Status s = record(tr("Add the area %1").arg(area.name), redo, undo); !s)
        return s.error();
    return added->id;
}

Status RosterEdits::editArea(const Area &before, const Area &after)
{
    if (!m_db)
        return noDatabase();
    Database &db = *m_db;
    return record(
        tr("Edit the area %1").arg(after.name), [&db, after] { return AreaRepository(db).update(after); },
        [&db, before] { return AreaRepository(db).update(before); });
}

Status RosterEdits::setAreaHidden(const Area &area, bool hidden)
{
    if (!m_db)
        return noDatabase();
    Database &db = *m_db;
    const qint64 id = area.id;
    return record(
        hidden ? tr("Hide the area %1").arg(area.name) : tr("Show the area %1").arg(area.name),
        [&db, id, hidden] { return AreaRepository(db).setHidden(id, hidden); },
        [&db, id, hidden] { return AreaRepository(db).setHidden(id, !hidden); });
}

Status RosterEdits::mergeAreas(const Area &from, const Area &into)
{
    if (!m_db)
        return noDatabase();
    auto [redo, undo] = mergeSteps<AreaRepository>(*m_db, from, into);
    return record(tr("Merge %1 into %2").arg(from.name, into.name), redo, undo);
}

Status RosterEdits::removeArea(const Area &area)
{
    if (!m_db)
        return noDatabase();
    Database &db = *m_db;
    return record(
        tr("Delete the area %1").arg(area.name), [&db, area] { return AreaRepository(db).remove(area.id); },
        [&db, area] { return AreaRepository(db).restore(area); });
}

} // namespace renkei
