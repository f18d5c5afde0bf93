#include "MemberPicker.h"

#include "core/storage/MemberRepository.h"
#include "core/storage/OrganisationRepository.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>
#include <QTimer>

namespace renkei {

namespace {
constexpr int idRole = Qt::UserRole;
constexpr int nameRole = Qt::UserRole + 1;
} // namespace

MemberPicker::MemberPicker(QWidget *parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("Type a name or reading to choose a member"));
    setClearButtonEnabled(true);
    m_suggestions = new QStandardItemModel(this);
    m_completer = new QCompleter(m_suggestions, this);
    // The roster is searched here; the completer shows what came back as it is.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(nameRole);
    m_completer->setWidget(this);
    m_completer->popup()->setObjectName(QStringLiteral("memberPickerPopup"));
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, &MemberPicker::choose);

    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(150);
    connect(m_delay, &QTimer::timeout, this, &MemberPicker::search);
    connect(this, &QLineEdit::textEdited, this, [this] {
        if (m_memberId != 0) {
            m_memberId = 0;
            emit memberChanged(0);
        }
        m_delay->start();
    });
}

QAbstractItemView *MemberPicker::suggestionList() const
{
    return m_completer->popup();
}

void MemberPicker::setMemberId(qint64 id)
{
    m_memberId = 0;
    QString name;
    if (id != 0 && m_db)
        if (Result<Member> member = MemberRepository(*m_db).get(id)) {
            m_memberId = id;
            name = member->fullName();
        }
    setText(name);
    emit memberChanged(m_memberId);
}

void MemberPicker::search()
{
    m_suggestions->clear();
    const QString typed = text().trimmed();
    if (!m_db || typed.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    MemberFilter filter;
    filter.text = typed;
    filter.archived = MemberFilter::Archived::Include;
    filter.limit = suggestions + 1;
    Result<QList<Member>> found = MemberRepository(*m_db).list(filter);
    if (!found)
        return;
    OrganisationRepository organisations(*m_db);
    for (const Member &m : *found) {
        if (m.id == m_excluded || m_suggestions->rowCount() == suggestions)
            continue;
        QString organisation;
        if (m.organisationId != 0)
            if (Result<Organisation> o = organisations.get(m.organisationId))
                organisation = o->name;
        //: A member offered in a drop-down: name, reading and organisation
        QString label = organisation.isEmpty()
                            ? tr("%1 (%2)").arg(m.fullName(), m.fullKana())
                            : tr("%1 (%2), %3").arg(m.fullName(), m.fullKana(), organisation);
        if (m.archived)
            //: A member offered in a drop-down who is archived
            label = tr("%1 [archived]").arg(label);
        auto *item = new QStandardItem(label);
        item->setData(m.id, idRole);
        item->setData(m.fullName(), nameRole);
        m_suggestions->appendRow(item);
    }
    if (m_suggestions->rowCount() > 0)
        m_completer->complete();
    else
        m_completer->popup()->hide();
}

void MemberPicker::choose(const QModelIndex &index)
{
    m_memberId = index.data(idRole).toLongLong();
    setText(index.data(nameRole).toString());
    emit memberChanged(m_memberId);
}

} // namespace renkei
