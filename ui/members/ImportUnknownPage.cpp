#include "ImportUnknownPage.h"

#include "ImportWizard.h"
#include "core/storage/AreaRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/ProfessionRepository.h"
#include "ui/widgets/MessageBar.h"

#include <QComboBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace renkei {

ImportUnknownPage::ImportUnknownPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(ImportWizard::tr("New professions, organisations and areas"));
    setSubTitle(ImportWizard::tr("The file names these, and Renkei does not have them yet. Create each, or "
                                 "choose the entry it means."));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("unknownList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({ImportWizard::tr("List"), ImportWizard::tr("Name in the file"),
                             ImportWizard::tr("Rows"), ImportWizard::tr("Becomes")});
    // Made after the list, so that the list keeps the focus on entering the page.
    m_message = new MessageBar(this);
    m_message->setObjectName(QStringLiteral("unknownMessage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_list);
}

Result<QHash<int, QList<std::pair<QString, qint64>>>> ImportUnknownPage::existingEntries() const
{
    QHash<int, QList<std::pair<QString, qint64>>> existing;
    const Result<QList<Profession>> professions = ProfessionRepository(m_wizard->m_db).all(false);
    if (!professions)
        return professions.error();
    for (const Profession &p : *professions)
        existing[int(ReferenceKind::Profession)] << std::pair(p.displayName(), p.id);
    const Result<QList<Organisation>> organisations = OrganisationRepository(m_wizard->m_db).all(false);
    if (!organisations)
        return organisations.error();
    for (const Organisation &o : *organisations)
        existing[int(ReferenceKind::Organisation)] << std::pair(o.name, o.id);
    AreaRepository areas(m_wizard->m_db);
    const Result<QList<Area>> all = areas.all(false);
    if (!all)
        return all.error();
    for (const Area &a : *all) {
        const Result<QString> path = areas.pathName(a.id);
        if (!path)
            return path.error();
        existing[int(ReferenceKind::Area)] << std::pair(*path, a.id);
    }
    return existing;
}

void ImportUnknownPage::initializePage()
{
    m_list->clear();
    // Without the lists, every name can still be created: say why there is nothing to choose from.
    const Result<QHash<int, QList<std::pair<QString, qint64>>>> existing = existingEntries();
    if (existing)
        m_message->dismiss();
    else
        m_message->showMessage(existing.error().toString(), MessageBar::Kind::Error);

    int index = 0;
    for (const UnknownReference &u : m_wizard->m_check.unknown) {
        auto *item =
            new QTreeWidgetItem(m_list, {referenceKindLabel(u.kind), u.name, QString::number(u.rows)});
        auto *combo = new QComboBox(m_list);
        combo->setObjectName(QStringLiteral("unknownChoice%1").arg(index++));
        combo->addItem(ImportWizard::tr("Create “%1”").arg(u.name), 0);
        if (existing)
            for (const auto &[name, id] : existing->value(int(u.kind)))
                combo->addItem(name, id);
        const QString key = ImportWizard::unknownKey(u.kind, u.name);
        combo->setCurrentIndex(std::max(0, combo->findData(m_wizard->m_unknownChoices.value(key, 0))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, key, combo] {
            m_wizard->m_unknownChoices.insert(key, combo->currentData().toLongLong());
        });
        m_list->setItemWidget(item, 3, combo);
    }
    for (int c = 0; c < 3; ++c)
        m_list->resizeColumnToContents(c);
}

int ImportUnknownPage::nextId() const
{
    return ImportWizard::ConfirmPage;
}

} // namespace renkei
