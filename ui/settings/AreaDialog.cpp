#include "AreaDialog.h"

#include "core/storage/AreaRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace renkei {

AreaDialog::AreaDialog(Database &db, const Area &area, QWidget *parent)
    : QDialog(parent), m_db(db), m_original(area)
{
    setObjectName(QStringLiteral("areaDialog"));
    setWindowTitle(area.id == 0 ? (area.isWard() ? tr("New Ward") : tr("New Zone")) : tr("Edit Area"));
    m_name = new QLineEdit(area.name, this);
    m_name->setObjectName(QStringLiteral("areaName"));
    m_ward = new QComboBox(this);
    m_ward->setObjectName(QStringLiteral("areaWard"));
    m_ward->addItem(tr("(none: this is a ward)"), qint64(0));
    if (auto all = AreaRepository(db).all())
        for (const Area &a : *all)
            if (a.isWard() && a.id != area.id)
                m_ward->addItem(a.name, a.id);
    m_ward->setCurrentIndex(qMax(0, m_ward->findData(area.parentId)));
    m_inArea = new QCheckBox(tr("In the network's &own area (区内)"), this);
    m_inArea->setObjectName(QStringLiteral("areaInArea"));
    m_inArea->setChecked(area.inArea);
    // A new zone lies where its ward does, unless told otherwise.
    connect(m_ward, &QComboBox::currentIndexChanged, this, [this, &db] {
        if (m_original.id != 0)
            return;
        if (auto ward = AreaRepository(db).get(m_ward->currentData().toLongLong()))
            m_inArea->setChecked(ward->inArea);
    });

    auto *form = new QFormLayout;
    m_errors.addRow(form, tr("&Name:"), m_name, QStringLiteral("name"));
    m_errors.addRow(form, tr("&Ward:"), m_ward, QStringLiteral("parent"));
    form->addRow(QString(), m_inArea);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Save)->setDefault(true); // Enter saves
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errors.generalLabel(this));
    layout->addWidget(buttons);
    setMinimumWidth(380);
    m_name->setFocus();
}

Area AreaDialog::area() const
{
    Area a = m_original;
    a.name = m_name->text().trimmed();
    a.parentId = m_ward->currentData().toLongLong();
    a.inArea = m_inArea->isChecked();
    return a;
}

void AreaDialog::accept()
{
    if (m_errors.check(AreaRepository(m_db).validate(area())))
        QDialog::accept();
}

} // namespace renkei
