#include "MergeDialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace renkei {

MergeDialog::MergeDialog(const QString &title, const QString &from, int uses, const QList<Choice> &choices,
                         QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(title);
    auto *question = new QLabel(tr("&Merge “%1” into:").arg(from), this);
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("mergeTarget"));
    // Long lists (organisations) are found by typing any part of a name.
    m_target->setEditable(true);
    m_target->setInsertPolicy(QComboBox::NoInsert);
    m_target->completer()->setFilterMode(Qt::MatchContains);
    m_target->completer()->setCompletionMode(QCompleter::PopupCompletion);
    for (const Choice &choice : choices)
        m_target->addItem(choice.label, choice.id);
    question->setBuddy(m_target);
    auto *explanation =
        new QLabel(tr("%n member(s) will move to the chosen entry, and “%1” will be removed. Edit ▸ Undo "
                      "takes the merge back.",
                      nullptr, uses)
                       .arg(from),
                   this);
    explanation->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *merge = buttons->addButton(tr("Merge"), QDialogButtonBox::AcceptRole);
    merge->setObjectName(QStringLiteral("mergeButton"));
    merge->setDefault(true);
    merge->setEnabled(!choices.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_target, &QComboBox::currentTextChanged, merge,
            [this, merge] { merge->setEnabled(targetId() != 0); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(m_target);
    layout->addWidget(explanation);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_target->setFocus();
}

qint64 MergeDialog::targetId() const
{
    // The entry whose name is typed, exactly.
    const int index = m_target->findText(m_target->currentText(), Qt::MatchFixedString);
    return index >= 0 ? m_target->itemData(index).toLongLong() : 0;
}

} // namespace renkei
