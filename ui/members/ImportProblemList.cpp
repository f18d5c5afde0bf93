#include "ImportProblemList.h"

#include "ImportWizard.h"

#include <QHeaderView>

namespace renkei {

ImportProblemList::ImportProblemList(const QString &objectName, QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(objectName);
    setRootIsDecorated(false);
    setHeaderLabels({ImportWizard::tr("Line"), ImportWizard::tr("Column"), ImportWizard::tr("Problem")});
    header()->setStretchLastSection(true);
    setWordWrap(true);
}

void ImportProblemList::setProblems(const QList<Error> &problems, const QStringList &header)
{
    clear();
    for (const Error &e : problems) {
        const QString column = e.column > 0
                                   ? (e.column <= header.size() && !header[e.column - 1].isEmpty()
                                          ? QStringLiteral("%1 (%2)").arg(e.column).arg(header[e.column - 1])
                                          : QString::number(e.column))
                                   : QString();
        auto *item =
            new QTreeWidgetItem(this, {e.line > 0 ? QString::number(e.line) : QString(), column, e.message});
        item->setToolTip(2, e.message);
    }
    resizeColumnToContents(0);
    resizeColumnToContents(1);
}

} // namespace renkei
