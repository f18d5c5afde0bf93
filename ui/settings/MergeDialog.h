#pragma once

#include <QDialog>
#include <QList>

class QComboBox;

namespace renkei {

// Asks which entry to merge one profession, organisation or area into, saying how many members will
// move. The caller merges through RosterEdits (one transaction, undoable) once it is accepted.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    struct Choice
    {
        qint64 id = 0;
        QString label;
    };

    // `from` is the entry merged away, `uses` how many members use it, `choices` the entries it may go into.
    MergeDialog(const QString &title, const QString &from, int uses, const QList<Choice> &choices,
                QWidget *parent = nullptr);

    qint64 targetId() const;

private:
    QComboBox *m_target = nullptr;
};

} // namespace renkei
