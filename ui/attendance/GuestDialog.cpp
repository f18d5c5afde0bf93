#include "GuestDialog.h"

#include "core/storage/ProfessionRepository.h"
#include "ui/widgets/RosterChoices.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace renkei {

GuestDialog::GuestDialog(Database &db, const QString &title, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("guestDialog"));
    setWindowTitle(title);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("guestName"));
    m_name->setPlaceholderText(tr("Family name, a space, given name"));
    m_kana = new QLineEdit(this);
    m_kana->setObjectName(QStringLiteral("guestKana"));
    m_kana->setPlaceholderText(tr("In kana, e.g. やまだ はなこ"));
    m_profession = new QComboBox(this);
    m_profession->setObjectName(QStringLiteral("guestProfession"));
    const Result<QList<Profession>> professions = ProfessionRepository(db).all(false);
    RosterChoices::setProfessions(m_profession, professions ? *professions : QList<Profession>{}, 0,
                                  tr("(not given)"));
    m_organisation = new QLineEdit(this);
    m_organisation->setObjectName(QStringLiteral("guestOrganisation"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("guestError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(!professions);
    if (!professions)
        m_error->setText(professions.error().toString());

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Reading:"), m_kana);
    form->addRow(tr("&Profession:"), m_profession);
    form->addRow(tr("&Organisation:"), m_organisation);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("guestOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &GuestDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateOk();
}

void GuestDialog::updateOk()
{
    m_ok->setEnabled(!m_name->text().trimmed().isEmpty());
}

Guest GuestDialog::guest() const
{
    Guest g;
    g.name = m_name->text().trimmed();
    g.kana = m_kana->text().trimmed();
    g.professionId = RosterChoices::currentId(m_profession);
    g.organisation = m_organisation->text().trimmed();
    return g;
}

void GuestDialog::showError(const QString &message, const QString &field)
{
    m_error->setText(message);
    m_error->show();
    if (field == QLatin1String("guest_kana"))
        m_kana->setFocus();
    else
        m_name->setFocus();
}

} // namespace renkei
