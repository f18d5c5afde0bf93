#include "AnnouncementDialog.h"

#include "core/documents/Announcement.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace renkei {

AnnouncementDialog::AnnouncementDialog(const MeetingDocument &meeting, DocumentLanguage language,
                                       QWidget *parent)
    : QDialog(parent), m_meeting(meeting), m_language(language)
{
    setObjectName(QStringLiteral("announcementDialog"));
    setWindowTitle(tr("Announcement of %1").arg(meeting.meeting.numberLabel()));

    m_replyBy = new QDateEdit(Announcement::defaultReplyBy(meeting.meeting.date), this);
    m_replyBy->setObjectName(QStringLiteral("announceReplyBy"));
    m_replyBy->setCalendarPopup(true);
    m_replyBy->setDisplayFormat(QStringLiteral("yyyy-MM-dd (ddd)"));
    m_replyVia = new QLineEdit(this);
    m_replyVia->setObjectName(QStringLiteral("announceReplyVia"));
    m_replyVia->setPlaceholderText(tr("by replying to the message; or a form's address, an e-mail address"));
    m_contact = new QLineEdit(this);
    m_contact->setObjectName(QStringLiteral("announceContact"));
    m_era = new QCheckBox(tr("Dates in the Japanese era (令和)"), this);
    m_era->setObjectName(QStringLiteral("announceEra"));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("announceText"));
    m_text->setAccessibleName(tr("The announcement"));

    auto *form = new QFormLayout;
    form->addRow(tr("Reply &by:"), m_replyBy);
    form->addRow(tr("Reply &how:"), m_replyVia);
    form->addRow(tr("&Contact:"), m_contact);
    form->addRow(QString(), m_era);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("announceCopy"));
    connect(copy, &QPushButton::clicked, this, &AnnouncementDialog::copyToClipboard);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(620, 640);

    connect(m_replyBy, &QDateEdit::dateChanged, this, &AnnouncementDialog::regenerate);
    connect(m_replyVia, &QLineEdit::textChanged, this, &AnnouncementDialog::regenerate);
    connect(m_contact, &QLineEdit::textChanged, this, &AnnouncementDialog::regenerate);
    connect(m_era, &QCheckBox::toggled, this, &AnnouncementDialog::regenerate);
    regenerate();
}

QString AnnouncementDialog::text() const
{
    return m_text->toPlainText();
}

void AnnouncementDialog::copyToClipboard()
{
    QApplication::clipboard()->setText(text());
}

void AnnouncementDialog::regenerate()
{
    Announcement::Options options;
    options.replyBy = m_replyBy->date();
    options.howToReply = m_replyVia->text();
    options.contact = m_contact->text();
    options.document = DocumentText(m_language, m_era->isChecked());
    m_text->setPlainText(Announcement::text(m_meeting, options));
}

} // namespace renkei
