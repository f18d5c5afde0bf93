#include "InviteDialog.h"

#include "core/storage/AreaRepository.h"
#include "core/storage/AttendanceRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/ProfessionRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>

namespace renkei {

namespace {

constexpr int idRole = Qt::UserRole;

QListWidget *checkList(QWidget *parent, const char *name)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(QString::fromLatin1(name));
    list->setMinimumHeight(160);
    return list;
}

void addCheckable(QListWidget *list, const QString &text, qint64 id)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(idRole, id);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
}

QGroupBox *group(QWidget *parent, const QString &title, QWidget *content, QWidget *above = nullptr)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    if (above)
        layout->addWidget(above);
    layout->addWidget(content);
    return box;
}

} // namespace

InviteDialog::InviteDialog(Database &db, qint64 meetingId, QWidget *parent)
    : QDialog(parent), m_db(db), m_meetingId(meetingId)
{
    setObjectName(QStringLiteral("inviteDialog"));
    setWindowTitle(tr("Invite Members"));

    m_professions = checkList(this, "inviteProfessions");
    // A list that cannot be read stays empty, and the dialog says why.
    Status listsRead;
    const Result<QList<Profession>> professions = ProfessionRepository(db).all(false);
    if (!professions)
        listsRead = professions.error();
    for (const Profession &p : professions ? *professions : QList<Profession>{})
        addCheckable(m_professions, p.displayName(), p.id);
    m_areas = checkList(this, "inviteAreas");
    const Result<QList<Area>> areas = AreaRepository(db).all(false);
    if (!areas && listsRead)
        listsRead = areas.error();
    for (const Area &a : areas ? *areas : QList<Area>{})
        addCheckable(m_areas, a.isWard() ? a.name : QStringLiteral("    ") + a.name, a.id);
    m_organisationFilter = new QLineEdit(this);
    m_organisationFilter->setObjectName(QStringLiteral("inviteOrganisationFilter"));
    m_organisationFilter->setPlaceholderText(tr("Filter"));
    m_organisationFilter->setClearButtonEnabled(true);
    m_organisations = checkList(this, "inviteOrganisations");
    const Result<QList<Organisation>> organisations = OrganisationRepository(db).all(false);
    if (!organisations && listsRead)
        listsRead = organisations.error();
    for (const Organisation &o : organisations ? *organisations : QList<Organisation>{})
        addCheckable(m_organisations, o.name, o.id);
    connect(m_organisationFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_organisations->count(); ++i) {
            QListWidgetItem *item = m_organisations->item(i);
            item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive) &&
                            item->checkState() != Qt::Checked);
        }
    });

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("inviteStatus"));
    m_status->addItem(tr("Active members"), int(MemberFilter::Archived::Exclude));
    m_status->addItem(tr("Archived members"), int(MemberFilter::Archived::Only));
    m_status->addItem(tr("All members"), int(MemberFilter::Archived::Include));
    m_inArea = new QComboBox(this);
    m_inArea->setObjectName(QStringLiteral("inviteInArea"));
    m_inArea->addItem(tr("In and out of the area"), 0);
    m_inArea->addItem(tr("In the area only"), 1);
    m_inArea->addItem(tr("Out of the area only"), 2);
    m_recent = new QCheckBox(tr("Only those who came to one of the last"), this);
    m_recent->setObjectName(QStringLiteral("inviteRecent"));
    m_recentCount = new QSpinBox(this);
    m_recentCount->setObjectName(QStringLiteral("inviteRecentCount"));
    m_recentCount->setRange(1, 50);
    m_recentCount->setValue(3);
    m_recentCount->setSuffix(tr(" meetings"));
    m_register =
        new QCheckBox(tr("&Register them at once (a full meeting puts the rest on the waiting list)"), this);
    m_register->setObjectName(QStringLiteral("inviteRegister"));

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("invitePreview"));
    QFont bold = m_preview->font();
    bold.setBold(true);
    m_preview->setFont(bold);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("inviteError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(!listsRead);
    if (!listsRead)
        m_error->setText(listsRead.error().toString());

    auto *lists = new QGridLayout;
    lists->addWidget(group(this, tr("Professions"), m_professions), 0, 0);
    lists->addWidget(group(this, tr("Areas"), m_areas), 0, 1);
    lists->addWidget(group(this, tr("Organisations"), m_organisations, m_organisationFilter), 0, 2);
    auto *who = new QHBoxLayout;
    who->addWidget(m_status);
    who->addWidget(m_inArea);
    who->addStretch(1);
    auto *recent = new QHBoxLayout;
    recent->addWidget(m_recent);
    recent->addWidget(m_recentCount);
    recent->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Invite"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("inviteOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_register, &QCheckBox::toggled, this, [buttons](bool on) {
        buttons->button(QDialogButtonBox::Ok)->setText(on ? tr("&Register") : tr("&Invite"));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Members who match every choice below; none ticked in a list means any."), this));
    layout->addLayout(lists, 1);
    layout->addLayout(who);
    layout->addLayout(recent);
    layout->addWidget(m_register);
    layout->addWidget(m_preview);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    for (QListWidget *list : {m_professions, m_areas, m_organisations})
        connect(list, &QListWidget::itemChanged, this, &InviteDialog::updatePreview);
    connect(m_status, &QComboBox::currentIndexChanged, this, &InviteDialog::updatePreview);
    connect(m_inArea, &QComboBox::currentIndexChanged, this, &InviteDialog::updatePreview);
    connect(m_recent, &QCheckBox::toggled, this, &InviteDialog::updatePreview);
    connect(m_recentCount, &QSpinBox::valueChanged, this, &InviteDialog::updatePreview);
    updatePreview();
    resize(860, 560);
}

QList<qint64> InviteDialog::checkedIds(const QListWidget *list)
{
    QList<qint64> ids;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            ids << list->item(i)->data(idRole).toLongLong();
    return ids;
}

InviteSelection InviteDialog::selection() const
{
    InviteSelection s;
    s.professionIds = checkedIds(m_professions);
    s.areaIds = checkedIds(m_areas);
    s.organisationIds = checkedIds(m_organisations);
    s.archived = MemberFilter::Archived(m_status->currentData().toInt());
    if (const int inArea = m_inArea->currentData().toInt(); inArea != 0)
        s.inArea = inArea == 1;
    if (m_recent->isChecked())
        s.recentMeetings = m_recentCount->value();
    return s;
}

Invitation::As InviteDialog::as() const
{
    return m_register->isChecked() ? Invitation::As::Registered : Invitation::As::Invited;
}

QString InviteDialog::previewText() const
{
    return m_preview->text();
}

void InviteDialog::updatePreview()
{
    const Result<QList<qint64>> chosen = Invitation(m_db, m_meetingId).select(selection());
    const Result<QList<Attendance>> listed = AttendanceRepository(m_db).forMeeting(m_meetingId);
    if (!chosen || !listed) {
        m_preview->setText((chosen ? listed.error() : chosen.error()).toString());
        return;
    }
    QSet<qint64> onList;
    for (const Attendance &a : *listed)
        onList.insert(a.memberId);
    int already = 0;
    for (qint64 id : *chosen)
        already += onList.contains(id) ? 1 : 0;
    m_preview->setText(
        tr("%n member(s) match; %1 of them on the list already.", nullptr, int(chosen->size())).arg(already));
}

void InviteDialog::accept()
{
    const Result<Invitation::Outcome> outcome = Invitation(m_db, m_meetingId).invite(selection(), as());
    if (!outcome) {
        m_error->setText(outcome.error().toString());
        m_error->show();
        return;
    }
    m_outcome = *outcome;
    QDialog::accept();
}

} // namespace renkei
