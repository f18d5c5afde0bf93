#include "FieldErrors.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace renkei {

QWidget *FieldErrors::wrap(QWidget *editor, const QString &field, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    auto *label = new QLabel(box);
    QString name = field;
    for (qsizetype at = name.indexOf(QLatin1Char('_')); at >= 0 && at + 1 < name.size();
         at = name.indexOf(QLatin1Char('_')))
        name.replace(at, 2, name.at(at + 1).toUpper());
    label->setObjectName(name + QStringLiteral("Error"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: #b3261e"));
    label->hide();
    layout->addWidget(label);
    m_order << field;
    m_fields.insert(field, Entry{editor, label});
    return box;
}

void FieldErrors::addRow(QFormLayout *form, const QString &label, QWidget *editor, const QString &field)
{
    QWidget *parent = editor->parentWidget();
    auto *l = new QLabel(label, parent);
    l->setBuddy(editor);
    form->addRow(l, wrap(editor, field, parent));
}

QLabel *FieldErrors::generalLabel(QWidget *parent)
{
    if (!m_general) {
        m_general = new QLabel(parent);
        m_general->setObjectName(QStringLiteral("generalError"));
        m_general->setWordWrap(true);
        m_general->setTextFormat(Qt::PlainText);
        m_general->setStyleSheet(QStringLiteral("color: #b3261e"));
        m_general->hide();
    }
    return m_general;
}

bool FieldErrors::check(const QList<Error> &errors, bool focus)
{
    const QStringList general = show(errors);
    if (m_general) {
        m_general->setText(general.join(QLatin1Char('\n')));
        m_general->setVisible(!general.isEmpty());
    }
    if (focus)
        focusFirst();
    return errors.isEmpty();
}

QStringList FieldErrors::show(const QList<Error> &errors)
{
    QHash<QString, QStringList> byField;
    QStringList general;
    for (const Error &e : errors) {
        if (m_fields.contains(e.field))
            byField[e.field] << e.message;
        else
            general << e.message;
    }
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        const QStringList messages = byField.value(it.key());
        it->label->setText(messages.join(QLatin1Char('\n')));
        it->label->setVisible(!messages.isEmpty());
    }
    return general;
}

QHash<QString, QString> FieldErrors::shown() const
{
    QHash<QString, QString> out;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        if (!it->label->text().isEmpty())
            out.insert(it.key(), it->label->text());
    return out;
}

bool FieldErrors::focusFirst() const
{
    for (const QString &field : m_order) {
        const Entry &entry = m_fields[field];
        if (!entry.label->text().isEmpty()) {
            entry.editor->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return false;
}

} // namespace renkei
