#pragma once

#include "core/documents/MeetingDocument.h"
#include "core/text/Language.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace renkei {

// A meeting's announcement (案内文) to copy into a group chat or an e-mail: the reply-by date, how to
// reply and whom to ask can be set; the text can still be touched up before copying.
class AnnouncementDialog : public QDialog
{
    Q_OBJECT

public:
    // The announcement in `language`, the network's document language.
    AnnouncementDialog(const MeetingDocument &meeting, DocumentLanguage language = DocumentLanguage::Japanese,
                       QWidget *parent = nullptr);

    QString text() const;
    void copyToClipboard();

private:
    void regenerate();

    MeetingDocument m_meeting;
    DocumentLanguage m_language = DocumentLanguage::Japanese;
    QDateEdit *m_replyBy = nullptr;
    QLineEdit *m_replyVia = nullptr;
    QLineEdit *m_contact = nullptr;
    QCheckBox *m_era = nullptr;
    QPlainTextEdit *m_text = nullptr;
};

} // namespace renkei
