#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace renkei {

// An inline bar at the top of a view that tells the user what went wrong (or what to know),
// without a modal dialog: an icon, the text (wrapped, selectable) and a close button.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Information,
        Warning,
        Error
    };

    explicit MessageBar(QWidget *parent = nullptr);

    // Shows the bar with `text`, replacing any message shown before.
    void showMessage(const QString &text, Kind kind = Kind::Error);
    QString text() const;
    Kind kind() const { return m_kind; }

public slots:
    void dismiss();

signals:
    void dismissed();

private:
    void applyKind();

    Kind m_kind = Kind::Information;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
};

} // namespace renkei
