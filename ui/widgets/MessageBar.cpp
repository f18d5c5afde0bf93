#include "MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace renkei {

MessageBar::MessageBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_icon = new QLabel(this);
    m_icon->setObjectName(QStringLiteral("messageBarIcon"));
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("messageBarText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("messageBarClose"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close message"));
    m_close->setAccessibleName(tr("Close message"));
    connect(m_close, &QToolButton::clicked, this, &MessageBar::dismiss);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 6, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    applyKind();
    hide();
}

void MessageBar::showMessage(const QString &text, Kind kind)
{
    m_kind = kind;
    m_text->setText(text);
    setAccessibleDescription(text);
    applyKind();
    show();
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::dismiss()
{
    if (!isVisible() && m_text->text().isEmpty())
        return;
    hide();
    m_text->clear();
    emit dismissed();
}

void MessageBar::applyKind()
{
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    QColor background(0xe8, 0xf1, 0xfb);
    switch (m_kind) {
    case Kind::Information:
        break;
    case Kind::Warning:
        pixmap = QStyle::SP_MessageBoxWarning;
        background = QColor(0xfd, 0xf3, 0xd8);
        break;
    case Kind::Error:
        pixmap = QStyle::SP_MessageBoxCritical;
        background = QColor(0xfb, 0xe5, 0xe3);
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));

    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    setPalette(palette);
}

} // namespace renkei
