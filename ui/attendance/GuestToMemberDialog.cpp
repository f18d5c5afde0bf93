#include "GuestToMemberDialog.h"

#include "core/attendance/GuestConversion.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/ProfessionRepository.h"
#include "ui/widgets/RosterChoices.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace renkei {

GuestToMemberDialog::GuestToMemberDialog(Database &db, qint64 guestAttendanceId, QWidget *parent)
    : QDialog(parent), m_db(db), m_attendanceId(guestAttendanceId)
{
    setObjectName(QStringLiteral("guestToMemberDialog"));
    setWindowTitle(tr("Make the Guest a Member"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("guestToMemberError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    if (Result<Member> proposal = GuestConversion(db).proposal(guestAttendanceId))
        m_proposal = *proposal;
    else {
        m_error->setText(proposal.error().toString());
        m_error->show();
    }
    auto line = [this](const QString &text, const char *name) {
        auto *edit = new QLineEdit(text, this);
        edit->setObjectName(QString::fromLatin1(name));
        return edit;
    };
    m_familyName = line(m_proposal.familyName, "memberFamilyName");
    m_givenName = line(m_proposal.givenName, "memberGivenName");
    m_familyKana = line(m_proposal.familyKana, "memberFamilyKana");
    m_givenKana = line(m_proposal.givenKana, "memberGivenKana");
    m_email = line(QString(), "memberEmail");
    m_phone = line(QString(), "memberPhone");
    m_profession = new QComboBox(this);
    m_profession->setObjectName(QStringLiteral("memberProfession"));
    const Result<QList<Profession>> professions = ProfessionRepository(db).all();
    RosterChoices::setProfessions(m_profession, professions ? *professions : QList<Profession>{},
                                  m_proposal.professionId, tr("(not given)"));
    m_organisation = new QComboBox(this);
    m_organisation->setObjectName(QStringLiteral("memberOrganisation"));
    const Result<QList<Organisation>> organisations = OrganisationRepository(db).all();
    RosterChoices::setOrganisations(m_organisation, organisations ? *organisations : QList<Organisation>{},
                                    m_proposal.organisationId, tr("(none)"));
    // The lists that cannot be read are empty: say why (after the proposal's own error, if any).
    for (const Error *e :
         {professions ? nullptr : &professions.error(), organisations ? nullptr : &organisations.error()})
        if (e && m_error->isHidden()) {
            m_error->setText(e->toString());
            m_error->show();
        }

    auto pair = [this](QWidget *a, QWidget *b) {
        auto *row = new QWidget(this);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(a);
        h->addWidget(b);
        return row;
    };
    auto *form = new QFormLayout;
    form->addRow(tr("&Name (family, given):"), pair(m_familyName, m_givenName));
    form->addRow(tr("&Reading (family, given):"), pair(m_familyKana, m_givenKana));
    form->addRow(tr("&Profession:"), m_profession);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("P&hone:"), m_phone);
    auto *note = new QLabel(
        tr("Every meeting this person came to as a guest becomes part of the new member's history."), this);
    note->setWordWrap(true);
    if (!m_proposal.notes.isEmpty()) {
        auto *organisationNote = new QLabel(m_proposal.notes, this);
        organisationNote->setWordWrap(true);
        form->addRow(QString(), organisationNote);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Make &Member"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("makeMemberOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

Member GuestToMemberDialog::member() const
{
    Member m = m_proposal;
    m.familyName = m_familyName->text().trimmed();
    m.givenName = m_givenName->text().trimmed();
    m.familyKana = m_familyKana->text().trimmed();
    m.givenKana = m_givenKana->text().trimmed();
    m.professionId = RosterChoices::currentId(m_profession);
    m.organisationId = RosterChoices::currentId(m_organisation);
    m.email = m_email->text().trimmed();
    m.phone = m_phone->text().trimmed();
    return m;
}

void GuestToMemberDialog::accept()
{
    const Result<GuestConversion::Outcome> outcome =
        GuestConversion(m_db).toNewMember(m_attendanceId, member());
    if (!outcome) {
        m_error->setText(outcome.error().message);
        m_error->show();
        return;
    }
    m_memberId = outcome->memberId;
    m_moved = int(outcome->attendanceIds.size());
    QDialog::accept();
}

} // namespace renkei
