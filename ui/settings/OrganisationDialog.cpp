#include "OrganisationDialog.h"

#include "core/storage/AreaRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "ui/widgets/RosterChoices.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace renkei {

OrganisationDialog::OrganisationDialog(Database &db, const Organisation &organisation, QWidget *parent)
    : QDialog(parent), m_db(db), m_original(organisation)
{
    setObjectName(QStringLiteral("organisationDialog"));
    setWindowTitle(organisation.id == 0 ? tr("New Organisation") : tr("Edit Organisation"));

    m_name = new QLineEdit(organisation.name, this);
    m_name->setObjectName(QStringLiteral("organisationName"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("organisationKind"));
    for (const QString &key : organisationKindKeys()) {
        const OrganisationKind kind = *organisationKindFromKey(key);
        m_kind->addItem(organisationKindLabel(kind), key);
    }
    m_kind->setCurrentIndex(m_kind->findData(organisationKindKey(organisation.kind)));
    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("organisationArea"));
    QList<Area> areas;
    if (auto all = AreaRepository(db).all())
        areas = *all;
    RosterChoices::setAreas(m_area, areas, organisation.areaId, tr("(unknown)"));
    m_address = new QLineEdit(organisation.address, this);
    m_address->setObjectName(QStringLiteral("organisationAddress"));
    m_phone = new QLineEdit(organisation.phone, this);
    m_phone->setObjectName(QStringLiteral("organisationPhone"));
    m_fax = new QLineEdit(organisation.fax, this);
    m_fax->setObjectName(QStringLiteral("organisationFax"));

    auto *form = new QFormLayout;
    m_errors.addRow(form, tr("&Name:"), m_name, QStringLiteral("name"));
    m_errors.addRow(form, tr("&Kind:"), m_kind, QStringLiteral("kind"));
    m_errors.addRow(form, tr("&Area:"), m_area, QStringLiteral("area"));
    m_errors.addRow(form, tr("A&ddress:"), m_address, QStringLiteral("address"));
    m_errors.addRow(form, tr("&Phone:"), m_phone, QStringLiteral("phone"));
    m_errors.addRow(form, tr("&Fax:"), m_fax, QStringLiteral("fax"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Save)->setDefault(true); // Enter saves
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errors.generalLabel(this));
    layout->addWidget(buttons);
    setMinimumWidth(440);
    m_name->setFocus();
}

Organisation OrganisationDialog::organisation() const
{
    Organisation o = m_original;
    o.name = m_name->text().trimmed();
    o.kind = organisationKindFromKey(m_kind->currentData().toString()).value_or(OrganisationKind::Other);
    o.areaId = RosterChoices::currentId(m_area);
    o.address = m_address->text().trimmed();
    o.phone = m_phone->text().trimmed();
    o.fax = m_fax->text().trimmed();
    return o;
}

void OrganisationDialog::accept()
{
    if (m_errors.check(OrganisationRepository(m_db).validate(organisation())))
        QDialog::accept();
}

} // namespace renkei
