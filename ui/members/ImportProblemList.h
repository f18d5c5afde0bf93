#pragma once

#include "core/Result.h"

#include <QTreeWidget>

namespace renkei {

// The import wizard's list of problems in a roster file: line, column (with its header) and what is wrong.
class ImportProblemList : public QTreeWidget
{
    Q_OBJECT

public:
    ImportProblemList(const QString &objectName, QWidget *parent = nullptr);

    // Shows `problems`, naming their columns from the file's `header`.
    void setProblems(const QList<Error> &problems, const QStringList &header);
};

} // namespace renkei
