#include "Result.h"

#include <QCoreApplication>

namespace renkei {

QString Error::toString() const
{
    QString place;
    if (!file.isEmpty() && line > 0 && column > 0)
        place = QCoreApplication::translate("renkei::Error", "%1, line %2, column %3")
                    .arg(file)
                    .arg(line)
                    .arg(column);
    else if (!file.isEmpty() && line > 0)
        place = QCoreApplication::translate("renkei::Error", "%1, line %2").arg(file).arg(line);
    else if (line > 0 && column > 0)
        place = QCoreApplication::translate("renkei::Error", "line %1, column %2").arg(line).arg(column);
    else if (line > 0)
        place = QCoreApplication::translate("renkei::Error", "line %1").arg(line);
    else if (!file.isEmpty())
        place = file;
    if (place.isEmpty())
        return message;
    return QCoreApplication::translate("renkei::Error", "%1: %2").arg(place, message);
}

} // namespace renkei
