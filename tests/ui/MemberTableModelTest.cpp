#include "ui/members/MemberTableModel.h"
#include "TestSupport.h"
#include "core/storage/MemberRepository.h"
#include "ui/members/MembersView.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace renkei;
using namespace renkei::test;

namespace {

QList<qint64> addMembers(Database &db, int count)
{
    QList<qint64> ids;
    Status added = db.transaction([&]() -> Status {
        MemberRepository members(db);
        for (int i = 0; i < count; ++i) {
            Member member;
            member.familyName = QStringLiteral("会員%1").arg(i, 4, 10, QLatin1Char('0'));
            member.familyKana = QStringLiteral("かいいん");
            auto id = members.add(member);
            if (!id)
                return id.error();
            ids << *id;
        }
        return {};
    });
    if (!added)
        FAIL(added.error().toString().toStdString());
    return ids;
}

} // namespace

TEST_CASE("the member table fetches a large roster a page at a time", "[members][model]")
{
    TempDatabase temp;
    addMembers(temp.db(), 450);
    MemberTableModel model;

    model.setDatabase(&temp.db());

    CHECK(model.totalCount() == 450);
    CHECK(model.rowCount() == MemberTableModel::pageSize);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 2 * MemberTableModel::pageSize);
    model.fetchMore({});
    CHECK(model.rowCount() == 450);
    CHECK_FALSE(model.canFetchMore({}));
    // Pages join without gaps or repeats, in the repository's order.
    auto all = MemberRepository(temp.db()).list();
    REQUIRE(all.ok());
    for (int row : {0, 199, 200, 399, 400, 449})
        CHECK(model.memberAt(row)->id == all->at(row).id);

    model.setDatabase(nullptr);
    CHECK(model.rowCount() == 0);
    CHECK(model.totalCount() == 0);
    CHECK_FALSE(model.canFetchMore({}));
}

TEST_CASE("archived members are shown only when asked for", "[members]")
{
    TempDatabase temp;
    const QList<qint64> ids = addMembers(temp.db(), 3);
    REQUIRE(MemberRepository(temp.db()).setArchived(ids.first(), true).ok());
    MembersView view;
    view.setDatabase(&temp.db());
    auto *label = view.findChild<QLabel *>(QStringLiteral("memberCount"));
    REQUIRE(label);
    CHECK(view.model()->totalCount() == 2);
    CHECK(label->text().startsWith(QStringLiteral("2 ")));

    auto *statusFilter = view.findChild<QComboBox *>(QStringLiteral("statusFilter"));
    REQUIRE(statusFilter);
    statusFilter->setCurrentIndex(2); // all members

    CHECK(view.model()->totalCount() == 3);
    CHECK(label->text().startsWith(QStringLiteral("3 ")));
    const QModelIndex status = view.model()->index(0, MemberTableModel::StatusColumn);
    CHECK(status.data().toString() == QStringLiteral("Archived"));
    view.setDatabase(nullptr);
}
