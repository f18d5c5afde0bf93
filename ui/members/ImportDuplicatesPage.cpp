#include "ImportDuplicatesPage.h"

#include "ImportWizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace renkei {

ImportDuplicatesPage::ImportDuplicatesPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(ImportWizard::tr("Members who are already there"));
    setSubTitle(ImportWizard::tr("These rows look like members Renkei has (or earlier rows of the file). "
                                 "Skip keeps the member as they are; Update writes the file's columns over "
                                 "theirs; Add makes another member."));
    m_default = actionCombo(this, DuplicateAction::Skip);
    m_default->setObjectName(QStringLiteral("duplicateDefault"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("duplicateList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({ImportWizard::tr("Line"), ImportWizard::tr("In the file"),
                             ImportWizard::tr("Looks like"), ImportWizard::tr("Because of"),
                             ImportWizard::tr("Action")});
    m_more = new QLabel(this);
    auto *form = new QFormLayout;
    form->addRow(ImportWizard::tr("&For every row below:"), m_default);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_more);
    connect(m_default, &QComboBox::currentIndexChanged, this, &ImportDuplicatesPage::defaultChosen);
}

QComboBox *ImportDuplicatesPage::actionCombo(QWidget *parent, DuplicateAction current)
{
    auto *combo = new QComboBox(parent);
    for (DuplicateAction a : {DuplicateAction::Skip, DuplicateAction::Update, DuplicateAction::Add})
        combo->addItem(duplicateActionLabel(a), int(a));
    combo->setCurrentIndex(combo->findData(int(current)));
    return combo;
}

void ImportDuplicatesPage::defaultChosen()
{
    const auto action = DuplicateAction(m_default->currentData().toInt());
    m_wizard->m_defaultAction = action;
    m_wizard->m_decisions.clear();
    for (QComboBox *combo : std::as_const(m_combos))
        combo->setCurrentIndex(combo->findData(int(action)));
}

void ImportDuplicatesPage::initializePage()
{
    const RosterImportReport &r = m_wizard->m_check;
    m_list->clear();
    m_combos.clear();
    m_default->setCurrentIndex(m_default->findData(int(m_wizard->m_defaultAction)));
    for (const RosterDuplicate &d : r.duplicates) {
        const QString like = d.earlierLine > 0
                                 ? ImportWizard::tr("%1 (line %2)").arg(d.memberName).arg(d.earlierLine)
                                 : ImportWizard::tr("%1 (ID %2)").arg(d.memberName).arg(d.memberId);
        auto *item = new QTreeWidgetItem(m_list, {QString::number(d.line), d.name, like, d.reasonText()});
        QComboBox *combo =
            actionCombo(m_list, m_wizard->m_decisions.value(d.line, m_wizard->m_defaultAction));
        combo->setObjectName(QStringLiteral("duplicateAction%1").arg(d.line));
        const int line = d.line;
        connect(combo, &QComboBox::currentIndexChanged, this, [this, line, combo] {
            const auto action = DuplicateAction(combo->currentData().toInt());
            if (action == m_wizard->m_defaultAction)
                m_wizard->m_decisions.remove(line);
            else
                m_wizard->m_decisions.insert(line, action);
        });
        m_list->setItemWidget(item, 4, combo);
        m_combos << combo;
    }
    for (int c = 0; c < 4; ++c)
        m_list->resizeColumnToContents(c);
    m_more->setText(r.duplicateCount > r.duplicates.size()
                        ? ImportWizard::tr("%n more row(s) take the choice above.", nullptr,
                                           r.duplicateCount - int(r.duplicates.size()))
                        : QString());
}

int ImportDuplicatesPage::nextId() const
{
    return m_wizard->m_check.unknown.isEmpty() ? ImportWizard::ConfirmPage : ImportWizard::UnknownPage;
}

} // namespace renkei
