#include "MeetingEditor.h"

#include "AgendaBuilder.h"
#include "core/schedule/BusinessCalendar.h"
#include "core/storage/Database.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/SeriesRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace renkei {

namespace {

QTimeEdit *timeBox(QWidget *parent, const QString &name, const QTime &time)
{
    auto *box = new QTimeEdit(time.isValid() ? time : QTime(19, 0), parent);
    box->setObjectName(name);
    box->setDisplayFormat(QStringLiteral("HH:mm"));
    return box;
}

QSpinBox *yenBox(QWidget *parent, const QString &name, int value)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, 1000000);
    box->setSingleStep(500);
    box->setGroupSeparatorShown(true);
    //: After an amount of money; Japanese: 円
    box->setSuffix(MeetingEditor::tr(" yen"));
    box->setValue(value);
    return box;
}

QLineEdit *lineEdit(QWidget *parent, const QString &name, const QString &text)
{
    auto *edit = new QLineEdit(text, parent);
    edit->setObjectName(name);
    return edit;
}

} // namespace

MeetingEditor::MeetingEditor(Database &db, const Meeting &meeting, QWidget *parent)
    : QDialog(parent), m_db(db), m_original(meeting)
{
    setObjectName(QStringLiteral("meetingEditor"));
    const Result<Series> series = SeriesRepository(db).get(meeting.seriesId);
    const QString seriesName = series ? series->name : QString();
    //: The editor's title: series and meeting number
    setWindowTitle(tr("%1 %2").arg(seriesName, meeting.numberLabel()));

    m_date = new QDateEdit(meeting.date, this);
    m_date->setObjectName(QStringLiteral("meetingDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd (ddd)"));
    m_dateNote = new QLabel(this);
    m_dateNote->setObjectName(QStringLiteral("meetingDateNote"));
    m_dateNote->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_hasTimes = new QCheckBox(tr("At"), this);
    m_hasTimes->setObjectName(QStringLiteral("meetingHasTimes"));
    m_hasTimes->setChecked(meeting.start.isValid());
    m_start = timeBox(this, QStringLiteral("meetingStart"), meeting.start);
    m_end = timeBox(this, QStringLiteral("meetingEnd"), meeting.end.isValid() ? meeting.end : QTime(20, 30));
    m_venue = lineEdit(this, QStringLiteral("meetingVenue"), meeting.venue);
    m_address = lineEdit(this, QStringLiteral("meetingAddress"), meeting.address);
    m_fee = yenBox(this, QStringLiteral("meetingFee"), meeting.fee);
    m_capacity = new QSpinBox(this);
    m_capacity->setObjectName(QStringLiteral("meetingCapacity"));
    m_capacity->setRange(0, 100000);
    m_capacity->setSpecialValueText(tr("no limit"));
    m_capacity->setValue(meeting.capacity.value_or(0));
    m_theme = lineEdit(this, QStringLiteral("meetingTheme"), meeting.theme);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("meetingStatus"));
    for (const QString &key : meetingStatusKeys())
        m_status->addItem(meetingStatusLabel(*meetingStatusFromKey(key)), key);
    m_status->setCurrentIndex(std::max(0, m_status->findData(meetingStatusKey(meeting.status))));
    m_notes = new QPlainTextEdit(meeting.notes, this);
    m_notes->setObjectName(QStringLiteral("meetingNotes"));
    m_notes->setTabChangesFocus(true);

    // Alt+S is Save's; Status and the social gathering have letters of their own.
    m_social = new QGroupBox(tr("Social &gathering (懇親会)"), this);
    m_social->setObjectName(QStringLiteral("meetingSocial"));
    m_social->setCheckable(true);
    m_social->setChecked(meeting.hasSocial);
    m_socialVenue = lineEdit(this, QStringLiteral("socialVenue"), meeting.socialVenue);
    m_socialStart = timeBox(this, QStringLiteral("socialStart"),
                            meeting.socialStart.isValid() ? meeting.socialStart : QTime(20, 45));
    m_socialFee = yenBox(this, QStringLiteral("socialFee"), meeting.socialFee);
    auto *socialForm = new QFormLayout(m_social);
    socialForm->addRow(tr("Venue:"), m_socialVenue);
    socialForm->addRow(tr("From:"), m_socialStart);
    socialForm->addRow(tr("Fee:"), m_socialFee);

    auto *times = new QHBoxLayout;
    times->addWidget(m_hasTimes);
    times->addWidget(m_start);
    times->addWidget(new QLabel(QStringLiteral("–"), this));
    times->addWidget(m_end);
    times->addStretch(1);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date);
    dateRow->addWidget(m_dateNote, 1);

    auto *details = new QWidget(this);
    auto *form = new QFormLayout;
    auto *dateLabel = new QLabel(tr("&Date:"), this);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, dateRow);
    form->addRow(tr("Time:"), times);
    form->addRow(tr("&Venue:"), m_venue);
    form->addRow(tr("Add&ress:"), m_address);
    form->addRow(tr("&Fee:"), m_fee);
    form->addRow(tr("Ca&pacity:"), m_capacity);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("Stat&us:"), m_status);
    form->addRow(tr("&Notes or minutes:"), m_notes);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->addLayout(form, 1);
    detailsLayout->addWidget(m_social);

    m_agenda = new AgendaBuilder(this);
    if (Status loaded = m_agenda->load(db, meeting); !loaded)
        showError(loaded.error().message);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("meetingTabs"));
    m_tabs->addTab(details, tr("&Meeting"));
    m_tabs->addTab(m_agenda, tr("&Agenda"));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("meetingError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("meetingSave"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MeetingEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MeetingEditor::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(900, 640);

    connect(m_date, &QDateEdit::dateChanged, this, &MeetingEditor::dateChanged);
    connect(m_hasTimes, &QCheckBox::toggled, this, &MeetingEditor::timesChanged);
    connect(m_start, &QTimeEdit::timeChanged, this, &MeetingEditor::timesChanged);
    connect(m_end, &QTimeEdit::timeChanged, this, &MeetingEditor::timesChanged);
    dateChanged();
    timesChanged();
    if (!series)
        showError(series.error().toString());
}

void MeetingEditor::showAgenda()
{
    m_tabs->setCurrentWidget(m_agenda);
    m_agenda->setFocus();
}

Meeting MeetingEditor::meeting() const
{
    Meeting m = m_original;
    m.date = m_date->date();
    m.start = m_hasTimes->isChecked() ? m_start->time() : QTime();
    m.end = m_hasTimes->isChecked() ? m_end->time() : QTime();
    m.venue = m_venue->text();
    m.address = m_address->text();
    m.fee = m_fee->value();
    m.capacity = m_capacity->value() > 0 ? std::optional<int>(m_capacity->value()) : std::nullopt;
    m.theme = m_theme->text();
    m.status = meetingStatusFromKey(m_status->currentData().toString()).value_or(m.status);
    m.notes = m_notes->toPlainText();
    m.hasSocial = m_social->isChecked();
    m.socialVenue = m_socialVenue->text();
    m.socialStart = m_social->isChecked() ? m_socialStart->time() : m_original.socialStart;
    m.socialFee = m_socialFee->value();
    return m;
}

void MeetingEditor::dateChanged()
{
    QString note;
    const Result<BusinessCalendar> calendar = BusinessCalendar::load(m_db);
    if (!calendar)
        note = calendar.error().toString(); // the holidays and closed days are not known
    else if (const std::optional<DayOff> off = calendar->dayOff(m_date->date()))
        //: Next to a meeting's date that is a holiday or closed day
        note = tr("%1: no meeting should fall on it.").arg(off->name);
    m_dateNote->setText(note);
}

void MeetingEditor::timesChanged()
{
    m_start->setEnabled(m_hasTimes->isChecked());
    m_end->setEnabled(m_hasTimes->isChecked());
    m_agenda->setMeetingTimes(m_hasTimes->isChecked() ? m_start->time() : QTime(),
                              m_hasTimes->isChecked() ? m_end->time() : QTime());
}

void MeetingEditor::showError(const QString &message, const QString &field)
{
    m_error->setText(message);
    m_error->show();
    const QHash<QString, QWidget *> widgets{{QStringLiteral("date"), m_date},
                                            {QStringLiteral("end"), m_end},
                                            {QStringLiteral("fee"), m_fee},
                                            {QStringLiteral("capacity"), m_capacity},
                                            {QStringLiteral("social_fee"), m_socialFee}};
    if (QWidget *widget = widgets.value(field)) {
        m_tabs->setCurrentIndex(0);
        widget->setFocus();
    }
}

void MeetingEditor::accept()
{
    const Meeting edited = meeting();
    const QList<AgendaItem> items = m_agenda->items();
    MeetingRepository meetings(m_db);
    if (const QList<Error> errors = meetings.validate(edited); !errors.isEmpty()) {
        showError(errors.first().message, errors.first().field);
        return;
    }
    const Status saved = m_db.transaction([&]() -> Status {
        if (Status s = meetings.update(edited); !s)
            return s;
        return meetings.setAgenda(edited.id, items);
    });
    if (!saved) {
        showError(saved.error().message, saved.error().field);
        if (saved.error().line > 0)
            m_tabs->setCurrentWidget(m_agenda);
        return;
    }
    QDialog::accept();
}

} // namespace renkei
