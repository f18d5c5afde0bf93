#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QWidget;

namespace renkei {

// How the attendance views give out a printed document (sign-in sheet, badges, certificates, grid):
// the print preview, from which any printer prints it, or a PDF file the user names.
class PrintedOutput
{
    Q_DECLARE_TR_FUNCTIONS(renkei::PrintedOutput)

public:
    using Print = std::function<Result<int>(QPagedPaintDevice &)>;
    using Save = std::function<Result<int>(const QString &path)>;

    // Shows the print preview (modal). A document that fails to paint is reported through the result.
    static Status preview(QWidget *parent, const QString &title, QPageLayout::Orientation orientation,
                          const Print &print);
    // Asks where to save (a .pdf in the documents folder is suggested) and writes the file. Returns the
    // path written, or an empty one when the user cancelled.
    static Result<QString> savePdf(QWidget *parent, const QString &title, const QString &suggestedName,
                                   const Save &save);
};

} // namespace renkei
