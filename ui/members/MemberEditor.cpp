#include "MemberEditor.h"

#include "MemberPicker.h"
#include "core/storage/AreaRepository.h"
#include "core/storage/Database.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/ProfessionRepository.h"
#include "ui/settings/OrganisationDialog.h"
#include "ui/undo/RosterEdits.h"
#include "ui/widgets/RosterChoices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace renkei {

namespace {

// The date shown as "Unknown": a joining day is not always known.
const QDate unknownDate(1900, 1, 1);

QString lookalikeHtml(const Member &m, const QString &profession, const QString &organisation,
                      const QString &reasons)
{
    QStringList details;
    if (!profession.isEmpty())
        details << profession.toHtmlEscaped();
    if (!organisation.isEmpty())
        details << organisation.toHtmlEscaped();
    if (!m.email.isEmpty())
        details << m.email.toHtmlEscaped();
    if (!m.phone.isEmpty())
        details << m.phone.toHtmlEscaped();
    if (m.archived)
        details << MemberEditor::tr("archived");
    //: A possible duplicate: "<b>山田 太郎</b> (やまだ たろう) — 医師, … — same e-mail address"
    return MemberEditor::tr("<b>%1</b> (%2) — %3 — <i>%4</i>")
        .arg(m.fullName().toHtmlEscaped(), m.fullKana().toHtmlEscaped(), details.join(MemberEditor::tr(", ")),
             reasons.toHtmlEscaped());
}

} // namespace

MemberEditor::MemberEditor(Database &db, RosterEdits &edits, const Member &member, QWidget *parent)
    : QDialog(parent), m_db(db), m_edits(edits), m_original(member)
{
    setObjectName(QStringLiteral("memberEditor"));
    setWindowTitle(member.id == 0 ? tr("New Member") : tr("Edit Member"));

    auto lineEdit = [this](const char *name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        return edit;
    };
    m_familyName = lineEdit("familyName");
    m_familyName->setPlaceholderText(tr("Family name"));
    m_familyName->setAccessibleName(tr("Family name"));
    m_givenName = lineEdit("givenName");
    m_givenName->setPlaceholderText(tr("Given name"));
    m_givenName->setAccessibleName(tr("Given name"));
    m_familyKana = lineEdit("familyKana");
    m_familyKana->setPlaceholderText(tr("Family name in kana"));
    m_familyKana->setAccessibleName(tr("Reading of the family name"));
    m_givenKana = lineEdit("givenKana");
    m_givenKana->setPlaceholderText(tr("Given name in kana"));
    m_givenKana->setAccessibleName(tr("Reading of the given name"));

    m_profession = new QComboBox(this);
    m_profession->setObjectName(QStringLiteral("profession"));
    m_organisation = new QComboBox(this);
    m_organisation->setObjectName(QStringLiteral("organisation"));
    m_organisation->setEditable(true);
    m_organisation->setInsertPolicy(QComboBox::NoInsert);
    m_organisation->lineEdit()->setPlaceholderText(tr("Type to find an organisation"));
    m_organisation->completer()->setFilterMode(Qt::MatchContains);
    m_organisation->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_organisation->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_newOrganisation = new QPushButton(tr("Ne&w…"), this);
    m_newOrganisation->setObjectName(QStringLiteral("newOrganisation"));
    m_newOrganisation->setToolTip(tr("Add an organisation that is not in the list yet"));
    m_newOrganisation->setAutoDefault(false);
    connect(m_newOrganisation, &QPushButton::clicked, this, &MemberEditor::addOrganisation);
    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("area"));
    for (QComboBox *box : {m_profession, m_area})
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_email = lineEdit("email");
    m_phone = lineEdit("phone");
    m_fax = lineEdit("fax");
    m_joinedOn = new QDateEdit(this);
    m_joinedOn->setObjectName(QStringLiteral("joinedOn"));
    m_joinedOn->setCalendarPopup(true);
    m_joinedOn->setMinimumDate(unknownDate);
    m_joinedOn->setSpecialValueText(tr("Unknown"));
    m_joinedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_referredBy = new MemberPicker(this);
    m_referredBy->setObjectName(QStringLiteral("referredBy"));
    m_referredBy->setDatabase(&db);
    m_referredBy->setExcluded(member.id);
    m_medicalAssociation = new QCheckBox(tr("Medical associat&ion member (医師会)"), this);
    m_medicalAssociation->setObjectName(QStringLiteral("medicalAssociation"));
    m_consentRoster = new QCheckBox(tr("May appear on shared &rosters"), this);
    m_consentRoster->setObjectName(QStringLiteral("consentRoster"));
    m_consentRoster->setToolTip(tr("Rosters given to other members and partner organisations list only the "
                                   "members who agreed."));
    m_consentEmail = new QCheckBox(tr("May be &contacted by e-mail"), this);
    m_consentEmail->setObjectName(QStringLiteral("consentEmail"));
    m_consentEmail->setToolTip(tr("Copied e-mail addresses include only the members who agreed."));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);

    m_lookalikePanel = new QFrame(this);
    m_lookalikePanel->setObjectName(QStringLiteral("lookalikeWarning"));
    m_lookalikePanel->setStyleSheet(QStringLiteral(
        "#lookalikeWarning { background: #fff4d6; border: 1px solid #e0b84a; border-radius: 4px; }"));
    m_lookalikeText = new QLabel(m_lookalikePanel);
    m_lookalikeText->setObjectName(QStringLiteral("lookalikeText"));
    m_lookalikeText->setWordWrap(true);
    m_lookalikeText->setTextFormat(Qt::RichText);
    m_lookalikeText->setStyleSheet(QStringLiteral("color: #5a4300"));
    auto *panelLayout = new QVBoxLayout(m_lookalikePanel);
    panelLayout->setContentsMargins(10, 8, 10, 8);
    panelLayout->addWidget(m_lookalikeText);
    m_lookalikePanel->hide();

    m_generalError = m_errors.generalLabel(this);

    auto *organisationRow = new QWidget(this);
    auto *organisationLayout = new QHBoxLayout(organisationRow);
    organisationLayout->setContentsMargins(0, 0, 0, 0);
    organisationLayout->addWidget(m_organisation, 1);
    organisationLayout->addWidget(m_newOrganisation);
    organisationRow->setFocusProxy(m_organisation);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    auto addRow = [&](const QString &label, QWidget *buddy, QWidget *fieldWidget) {
        auto *l = new QLabel(label, this);
        l->setBuddy(buddy);
        form->addRow(l, fieldWidget);
    };
    auto addField = [&](const QString &label, QWidget *editor, const char *field) {
        m_errors.addRow(form, label, editor, QString::fromLatin1(field));
    };
    addRow(tr("Na&me:"), m_familyName,
           pair(m_familyName, m_givenName, QStringLiteral("family_name"), QStringLiteral("given_name")));
    addRow(tr("Rea&ding:"), m_familyKana,
           pair(m_familyKana, m_givenKana, QStringLiteral("family_kana"), QStringLiteral("given_kana")));
    addField(tr("&Profession:"), m_profession, "profession");
    addRow(tr("&Organisation:"), m_organisation,
           m_errors.wrap(organisationRow, QStringLiteral("organisation"), this));
    addField(tr("&Area:"), m_area, "area");
    addField(tr("&E-mail:"), m_email, "email");
    addField(tr("P&hone:"), m_phone, "phone");
    addField(tr("&Fax:"), m_fax, "fax");
    addField(tr("&Joined on:"), m_joinedOn, "joined_on");
    addField(tr("Referred &by:"), m_referredBy, "referred_by");
    form->addRow(QString(), m_medicalAssociation);
    form->addRow(QString(), m_consentRoster);
    form->addRow(QString(), m_consentEmail);
    addRow(tr("No&tes:"), m_notes, m_notes);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = m_buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_saveText = m_save->text();
    if (member.id == 0) {
        m_saveAndNew = m_buttons->addButton(tr("Save and &New"), QDialogButtonBox::ActionRole);
        m_saveAndNew->setObjectName(QStringLiteral("saveAndNewButton"));
        m_saveAndNew->setAutoDefault(false);
        connect(m_saveAndNew, &QPushButton::clicked, this, &MemberEditor::saveAndNew);
    }
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_lookalikePanel);
    layout->addWidget(m_generalError);
    layout->addWidget(m_buttons);

    // The tab order follows the form, name to notes, then the buttons.
    QWidget *order[] = {m_familyName,
                        m_givenName,
                        m_familyKana,
                        m_givenKana,
                        m_profession,
                        m_organisation,
                        m_newOrganisation,
                        m_area,
                        m_email,
                        m_phone,
                        m_fax,
                        m_joinedOn,
                        m_referredBy,
                        m_medicalAssociation,
                        m_consentRoster,
                        m_consentEmail,
                        m_notes,
                        m_save};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    fillChoices();
    load(member);

    // After a first attempt to save, what is wrong is checked again as it is being fixed.
    auto recheck = [this] {
        if (!m_lookalikes.isEmpty() && identity() != m_confirmedIdentity)
            clearLookalikes();
        if (m_attempted) {
            QList<Error> errors = MemberRepository(m_db).validate(this->member());
            showErrors(errors);
        }
    };
    for (QLineEdit *edit : {m_familyName, m_givenName, m_familyKana, m_givenKana, m_email, m_phone, m_fax})
        connect(edit, &QLineEdit::textChanged, this, recheck);
    connect(m_organisation, &QComboBox::currentTextChanged, this, recheck);
    connect(m_referredBy, &MemberPicker::memberChanged, this, recheck);

    setMinimumWidth(560);
    m_familyName->setFocus();
}

QWidget *MemberEditor::pair(QWidget *first, QWidget *second, const QString &firstKey,
                            const QString &secondKey)
{
    auto *box = new QWidget(this);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_errors.wrap(first, firstKey, box), 1);
    layout->addWidget(m_errors.wrap(second, secondKey, box), 1);
    return box;
}

void MemberEditor::fillChoices()
{
    QList<Profession> professions;
    if (auto all = ProfessionRepository(m_db).all())
        professions = *all;
    RosterChoices::setProfessions(m_profession, professions, m_original.professionId, tr("(none)"));
    QList<Organisation> organisations;
    if (auto all = OrganisationRepository(m_db).all())
        organisations = *all;
    RosterChoices::setOrganisations(m_organisation, organisations, m_original.organisationId,
                                    QStringLiteral(""));
    QList<Area> areas;
    if (auto all = AreaRepository(m_db).all())
        areas = *all;
    RosterChoices::setAreas(m_area, areas, m_original.areaId, tr("(none)"));
}

void MemberEditor::load(const Member &m)
{
    m_familyName->setText(m.familyName);
    m_givenName->setText(m.givenName);
    m_familyKana->setText(m.familyKana);
    m_givenKana->setText(m.givenKana);
    RosterChoices::select(m_profession, m.professionId);
    RosterChoices::select(m_organisation, m.organisationId);
    RosterChoices::select(m_area, m.areaId);
    m_email->setText(m.email);
    m_phone->setText(m.phone);
    m_fax->setText(m.fax);
    m_joinedOn->setDate(m.joinedOn.isValid() ? m.joinedOn : unknownDate);
    m_referredBy->setMemberId(m.referredById);
    m_medicalAssociation->setChecked(m.medicalAssociation);
    m_consentRoster->setChecked(m.consentRoster);
    m_consentEmail->setChecked(m.consentEmail);
    m_notes->setPlainText(m.notes);
}

Member MemberEditor::member() const
{
    Member m = m_original;
    m.familyName = m_familyName->text().trimmed();
    m.givenName = m_givenName->text().trimmed();
    m.familyKana = m_familyKana->text().trimmed();
    m.givenKana = m_givenKana->text().trimmed();
    m.professionId = RosterChoices::currentId(m_profession);
    // The organisation is what its field says: an item's exact name, or none when empty.
    const QString organisation = m_organisation->currentText().trimmed();
    const int index =
        organisation.isEmpty() ? -1 : m_organisation->findText(organisation, Qt::MatchFixedString);
    m.organisationId = index >= 0 ? m_organisation->itemData(index).toLongLong() : 0;
    m.areaId = RosterChoices::currentId(m_area);
    m.email = m_email->text().trimmed();
    m.phone = m_phone->text().trimmed();
    m.fax = m_fax->text().trimmed();
    m.joinedOn = m_joinedOn->date() == unknownDate ? QDate() : m_joinedOn->date();
    m.referredById = m_referredBy->memberId();
    m.medicalAssociation = m_medicalAssociation->isChecked();
    m.consentRoster = m_consentRoster->isChecked();
    m.consentEmail = m_consentEmail->isChecked();
    m.notes = m_notes->toPlainText();
    return m;
}

QHash<QString, QString> MemberEditor::fieldErrors() const
{
    return m_errors.shown();
}

bool MemberEditor::showErrors(const QList<Error> &coreErrors)
{
    QList<Error> errors = coreErrors;
    // What the form knows and core cannot: text typed that names nothing.
    const QString organisation = m_organisation->currentText().trimmed();
    if (!organisation.isEmpty() && m_organisation->findText(organisation, Qt::MatchFixedString) < 0)
        errors << Error::inField(
            tr("“%1” is not in the list; choose an organisation, or add it with New….").arg(organisation),
            QStringLiteral("organisation"));
    if (m_referredBy->isUnresolved())
        errors << Error::inField(tr("Choose a member from the list that drops down, or leave this empty."),
                                 QStringLiteral("referred_by"));
    return m_errors.check(errors, false);
}

QString MemberEditor::identity() const
{
    const Member m = member();
    return QStringList{m.familyName, m.givenName, m.familyKana, m.givenKana, m.email, m.phone}.join(
        QLatin1Char('\x1f'));
}

void MemberEditor::showLookalikes()
{
    QHash<qint64, QString> professions;
    if (auto all = ProfessionRepository(m_db).all())
        for (const Profession &p : *all)
            professions.insert(p.id, p.displayName());
    OrganisationRepository organisations(m_db);
    QStringList lines;
    for (const Lookalike &l : std::as_const(m_lookalikes)) {
        QString organisation;
        if (l.member.organisationId != 0)
            if (auto o = organisations.get(l.member.organisationId))
                organisation = o->name;
        lines << lookalikeHtml(l.member, professions.value(l.member.professionId), organisation, l.reasons());
    }
    m_lookalikeText->setText(
        tr("<p><b>This may be someone already on the roster:</b></p><p>%1</p><p>Check before saving: choose "
           "Save Anyway to save, or Cancel and edit the existing member instead.</p>")
            .arg(lines.join(QStringLiteral("<br>"))));
    m_lookalikePanel->show();
    m_save->setText(tr("&Save Anyway"));
}

void MemberEditor::clearLookalikes()
{
    m_lookalikes.clear();
    m_confirmedIdentity.clear();
    m_lookalikePanel->hide();
    m_save->setText(m_saveText);
}

bool MemberEditor::save()
{
    m_attempted = true;
    const Member m = member();
    if (!showErrors(MemberRepository(m_db).validate(m))) {
        m_errors.focusFirst();
        return false;
    }

    // Warn once about lookalikes for what is typed now; saving again means "save anyway". An existing
    // member is checked only when what makes them recognisable changed.
    const QString now = identity();
    const bool changed = m_original.id == 0 || m.familyName != m_original.familyName ||
                         m.givenName != m_original.givenName || m.familyKana != m_original.familyKana ||
                         m.givenKana != m_original.givenKana || m.email != m_original.email ||
                         m.phone != m_original.phone;
    if (changed && now != m_confirmedIdentity) {
        Result<QList<Lookalike>> found = MemberRepository(m_db).lookalikes(m);
        if (!found) {
            m_generalError->setText(found.error().toString());
            m_generalError->show();
            return false;
        }
        if (!found->isEmpty()) {
            m_lookalikes = *found;
            m_confirmedIdentity = now;
            showLookalikes();
            return false;
        }
    }

    qint64 id = m.id;
    if (m.id == 0) {
        Result<qint64> added = m_edits.addMember(m);
        if (!added) {
            m_generalError->setText(added.error().toString());
            m_generalError->show();
            return false;
        }
        id = *added;
    } else if (Status s = m_edits.editMember(m_original, m); !s) {
        m_generalError->setText(s.error().toString());
        m_generalError->show();
        return false;
    }
    emit saved(id);
    return true;
}

void MemberEditor::saveAndNew()
{
    if (!save())
        return;
    Member next;
    next.joinedOn = m_original.joinedOn;
    m_original = next;
    m_attempted = false;
    clearLookalikes();
    showErrors({});
    load(next);
    m_familyName->setFocus();
}

void MemberEditor::addOrganisation()
{
    Organisation draft;
    draft.name = m_organisation->currentText().trimmed();
    if (m_organisation->findText(draft.name, Qt::MatchFixedString) >= 0)
        draft.name.clear();
    draft.areaId = RosterChoices::currentId(m_area);
    OrganisationDialog dialog(m_db, draft, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Result<qint64> id = m_edits.addOrganisation(dialog.organisation());
    if (!id) {
        m_generalError->setText(id.error().toString());
        m_generalError->show();
        return;
    }
    QList<Organisation> organisations;
    if (auto all = OrganisationRepository(m_db).all())
        organisations = *all;
    RosterChoices::setOrganisations(m_organisation, organisations, *id, QStringLiteral(""));
    m_organisation->setFocus();
}

} // namespace renkei
