#include "ImportMappingPage.h"

#include "ImportWizard.h"

#include <QComboBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace renkei {

ImportMappingPage::ImportMappingPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(ImportWizard::tr("Match the columns"));
    setSubTitle(ImportWizard::tr("Renkei recognised the usual headers. Choose what each column holds, "
                                 "or “Not imported”."));
    // A table of choices (a combo box on each row), not of data: QTableWidget holds the editors.
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels(
        {ImportWizard::tr("Column"), ImportWizard::tr("First row"), ImportWizard::tr("Imported as")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
}

void ImportMappingPage::initializePage()
{
    const RosterPreview &preview = m_wizard->m_preview;
    if (m_wizard->m_mapping.size() != preview.header.size())
        m_wizard->m_mapping = preview.mapping;
    m_table->setRowCount(int(preview.header.size()));
    for (qsizetype c = 0; c < preview.header.size(); ++c) {
        m_table->setItem(int(c), 0, new QTableWidgetItem(preview.header[c]));
        m_table->setItem(int(c), 1,
                         new QTableWidgetItem(preview.rows.isEmpty() ? QString() : preview.rows[0].value(c)));
        auto *combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("mapColumn%1").arg(c + 1));
        combo->addItem(ImportWizard::tr("Not imported"));
        for (RosterField field : allRosterFields())
            combo->addItem(rosterFieldLabel(field), int(field));
        const std::optional<RosterField> mapped = m_wizard->m_mapping.value(c);
        combo->setCurrentIndex(mapped ? combo->findData(int(*mapped)) : 0);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, c, combo] {
            const QVariant data = combo->currentData();
            m_wizard->m_mapping[c] =
                data.isValid() ? std::optional<RosterField>(RosterField(data.toInt())) : std::nullopt;
        });
        m_table->setCellWidget(int(c), 2, combo);
    }
    m_table->resizeColumnsToContents();
}

} // namespace renkei
