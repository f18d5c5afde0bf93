#include "MeetingAgendaPane.h"

#include "core/model/Meeting.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/MemberRepository.h"
#include "ui/AppSettings.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace renkei {

MeetingAgendaPane::MeetingAgendaPane(QWidget *parent) : QWidget(parent)
{
    QLayout *heading = createHeading();
    m_agenda = new QTreeWidget(this);
    m_agenda->setObjectName(QStringLiteral("agendaList"));
    m_agenda->setRootIsDecorated(false);
    m_agenda->setAlternatingRowColors(true);
    m_agenda->setSelectionMode(QAbstractItemView::NoSelection);
    m_agenda->setFocusPolicy(Qt::NoFocus);
    m_agenda->setHeaderLabels({tr("Time"), tr("Item"), tr("Title"), tr("Length"), tr("Presenter")});
    m_agenda->setAccessibleName(tr("Agenda"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(heading);
    layout->addWidget(m_agenda, 1);
}

QLayout *MeetingAgendaPane::createHeading()
{
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("agendaHeading"));
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    // Agendas saved with dates in the Japanese era (令和8年…), remembered between runs.
    m_era = new QCheckBox(tr("&Japanese era dates"), this);
    m_era->setObjectName(QStringLiteral("agendaEra"));
    m_era->setToolTip(
        tr("Agendas saved as PDF, web page or text give their dates in the Japanese era (令和8年1月13日)."));
    {
        QSettings settings;
        m_era->setChecked(AppSettings(settings).agendaEra());
    }
    connect(m_era, &QCheckBox::toggled, this, [](bool on) {
        QSettings settings;
        AppSettings(settings).setAgendaEra(on);
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_era);
    return top;
}

bool MeetingAgendaPane::eraDates() const
{
    return m_era->isChecked();
}

Status MeetingAgendaPane::showMeeting(Database *db, const Meeting *meeting)
{
    m_agenda->clear();
    if (!db || !meeting) {
        m_heading->setText(tr("Agenda"));
        return {};
    }
    m_heading->setText(meeting->theme.isEmpty()
                           ? tr("Agenda of %1").arg(meeting->numberLabel())
                           : tr("Agenda of %1: %2").arg(meeting->numberLabel(), meeting->theme));

    const Result<QList<AgendaItem>> items = MeetingRepository(*db).agenda(meeting->id);
    if (!items)
        return items.error();
    if (items->isEmpty()) {
        auto *none = new QTreeWidgetItem(m_agenda, {QString(), tr("No agenda yet.")});
        none->setFlags(Qt::NoItemFlags);
        return {};
    }

    const QLocale locale;
    MemberRepository members(*db);
    Status named;
    QTime at = meeting->start;
    for (const AgendaItem &item : *items) {
        QString presenter = item.presenterText;
        if (item.presenterMemberId != 0) {
            // A presenter who cannot be read keeps the text typed; the error is told once.
            if (const Result<Member> member = members.get(item.presenterMemberId))
                presenter = member->fullName();
            else if (named)
                named = member.error();
        }
        auto *row = new QTreeWidgetItem(m_agenda);
        row->setText(0, at.isValid() ? locale.toString(at, QLocale::ShortFormat) : QString());
        row->setText(1, agendaKindLabel(item.kind));
        row->setText(2, item.title);
        row->setText(3, item.minutes > 0 ? tr("%n min", nullptr, item.minutes) : QString());
        row->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        row->setText(4, presenter);
        if (at.isValid())
            at = at.addSecs(item.minutes * 60);
    }
    for (int column = 0; column < m_agenda->columnCount(); ++column)
        m_agenda->resizeColumnToContents(column);
    return named;
}

} // namespace renkei
