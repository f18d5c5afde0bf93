#include "PrintedOutput.h"

#include "core/documents/PrintedPage.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace renkei {

Status PrintedOutput::preview(QWidget *parent, const QString &title, QPageLayout::Orientation orientation,
                              const Print &print)
{
    QPrinter printer(QPrinter::HighResolution);
    // The documents keep their own margins and place everything from the paper's corner.
    printer.setFullPage(true);
    printer.setDocName(title);
    PrintedPage::setUp(printer, orientation);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printPreview"));
    dialog.setWindowTitle(title);
    Status painted;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter *device) {
        device->setFullPage(true);
        if (Result<int> pages = print(*device); !pages)
            painted = pages.error();
    });
    dialog.exec();
    return painted;
}

Result<QString> PrintedOutput::savePdf(QWidget *parent, const QString &title, const QString &suggestedName,
                                       const Save &save)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path =
        QFileDialog::getSaveFileName(parent, title, QDir(folder).filePath(suggestedName), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return QString();
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    const Result<int> written = save(path);
    if (!written)
        return written.error();
    return path;
}

} // namespace renkei
