#pragma once

#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QStringList>

class QFormLayout;
class QLabel;
class QWidget;

namespace renkei {

// What is wrong with a form, said next to each field: a message under the field core's Error names
// ("family_kana"), hidden while there is nothing to say. Errors naming no known field are "general".
class FieldErrors
{
public:
    // A box with `editor` and its message below, for a form row. The message label is named after the
    // field ("family_kana" → "familyKanaError") so that tests can find it.
    QWidget *wrap(QWidget *editor, const QString &field, QWidget *parent);

    // A form row: `label` (its mnemonic moving to `editor`) and the wrapped editor.
    void addRow(QFormLayout *form, const QString &label, QWidget *editor, const QString &field);
    // The label under the form for the messages that name no field.
    QLabel *generalLabel(QWidget *parent);

    // Shows `errors` by field, the others in generalLabel(); clears what was shown before. When `focus`,
    // the first field with a message gets the focus. True when there is nothing wrong.
    bool check(const QList<Error> &errors, bool focus = true);
    // Shows `errors` by field; returns the messages that name no field. Clears what was shown before.
    QStringList show(const QList<Error> &errors);
    // The messages shown, by field.
    QHash<QString, QString> shown() const;
    // Moves the focus to the first field with a message; false when none has one.
    bool focusFirst() const;

private:
    struct Entry
    {
        QWidget *editor = nullptr;
        QLabel *label = nullptr;
    };
    QList<QString> m_order;
    QLabel *m_general = nullptr;
    QHash<QString, Entry> m_fields;
};

} // namespace renkei
