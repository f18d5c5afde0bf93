#include "ProfessionDialog.h"

#include "core/storage/ProfessionRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace renkei {

ProfessionDialog::ProfessionDialog(Database &db, const Profession &profession, QWidget *parent)
    : QDialog(parent), m_db(db), m_original(profession)
{
    setObjectName(QStringLiteral("professionDialog"));
    setWindowTitle(profession.id == 0 ? tr("New Profession") : tr("Edit Profession"));
    m_nameJa = new QLineEdit(profession.nameJa, this);
    m_nameJa->setObjectName(QStringLiteral("professionNameJa"));
    m_nameJa->setPlaceholderText(QStringLiteral("訪問看護師"));
    m_nameEn = new QLineEdit(profession.nameEn, this);
    m_nameEn->setObjectName(QStringLiteral("professionNameEn"));
    m_nameEn->setPlaceholderText(tr("Visiting nurse"));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("professionCategory"));
    for (const QString &key : professionCategoryKeys())
        m_category->addItem(professionCategoryLabel(*professionCategoryFromKey(key)), key);
    m_category->setCurrentIndex(m_category->findData(professionCategoryKey(profession.category)));

    auto *form = new QFormLayout;
    m_errors.addRow(form, tr("&Japanese name:"), m_nameJa, QStringLiteral("name_ja"));
    m_errors.addRow(form, tr("&English name:"), m_nameEn, QStringLiteral("name_en"));
    m_errors.addRow(form, tr("&Category:"), m_category, QStringLiteral("category"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Save)->setDefault(true); // Enter saves
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errors.generalLabel(this));
    layout->addWidget(buttons);
    setMinimumWidth(400);
    m_nameJa->setFocus();
}

Profession ProfessionDialog::profession() const
{
    Profession p = m_original;
    p.nameJa = m_nameJa->text().trimmed();
    p.nameEn = m_nameEn->text().trimmed();
    p.category =
        professionCategoryFromKey(m_category->currentData().toString()).value_or(ProfessionCategory::Other);
    return p;
}

void ProfessionDialog::accept()
{
    if (m_errors.check(ProfessionRepository(m_db).validate(profession())))
        QDialog::accept();
}

} // namespace renkei
