#pragma once

#include "core/Result.h"

#include <QUndoCommand>

#include <functional>
#include <memory>

class QUndoStack;

namespace renkei {

// One change to the database that Edit ▸ Undo can take back: a pair of core calls, one that makes the
// change and one that reverses it. The change is made before the command goes on the stack, so that
// one that fails never gets there; an undo or redo that fails later (the data changed meanwhile)
// reports why and drops the command instead of leaving the stack out of step with the database.
class UndoableEdit : public QUndoCommand
{
public:
    using Step = std::function<Status()>;
    using Report = std::function<void(const QString &message)>;

    UndoableEdit(const QString &text, Step redo, Step undo, Report report);

    // Makes the change and, when it worked, pushes the command onto `stack`.
    static Status run(QUndoStack &stack, std::unique_ptr<UndoableEdit> edit);

    void redo() override;
    void undo() override;

private:
    void step(const Step &work);

    Step m_redo;
    Step m_undo;
    Report m_report;
    bool m_done = false; // made by run(); the stack's first redo() has nothing left to do
};

} // namespace renkei
