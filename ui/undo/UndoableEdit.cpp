#include "UndoableEdit.h"

#include <QUndoStack>

namespace renkei {

UndoableEdit::UndoableEdit(const QString &text, Step redo, Step undo, Report report)
    : QUndoCommand(text), m_redo(std::move(redo)), m_undo(std::move(undo)), m_report(std::move(report))
{}

Status UndoableEdit::run(QUndoStack &stack, std::unique_ptr<UndoableEdit> edit)
{
    if (Status made = edit->m_redo(); !made)
        return made;
    edit->m_done = true;
    stack.push(edit.release());
    return {};
}

void UndoableEdit::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    step(m_redo);
}

void UndoableEdit::undo()
{
    step(m_undo);
}

void UndoableEdit::step(const Step &work)
{
    if (Status s = work(); !s) {
        // The stack deletes an obsolete command instead of moving past it.
        setObsolete(true);
        if (m_report)
            m_report(s.error().toString());
    }
}

} // namespace renkei
