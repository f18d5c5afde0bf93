#include "DocumentOutput.h"

#include "core/documents/PrintedPage.h"
#include "ui/widgets/MessageBar.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace renkei {

Result<QString> DocumentOutput::give(QWidget *parent, Way way, const Result<Document> &document)
{
    if (!document)
        return document.error();
    if (way == Way::Preview) {
        if (Status shown = preview(parent, *document); !shown)
            return shown.error();
        return QString();
    }
    const Result<QString> path = savePdf(parent, *document);
    if (!path)
        return path.error();
    if (path->isEmpty())
        return QString();
    const QString where = QDir::toNativeSeparators(*path);
    return document->saved ? document->saved(where) : tr("Saved to %1.").arg(where);
}

void DocumentOutput::give(QWidget *parent, Way way, const Result<Document> &document, MessageBar *bar)
{
    const Result<QString> told = give(parent, way, document);
    if (!told)
        bar->showMessage(told.error().toString(), MessageBar::Kind::Error);
    else if (!told->isEmpty())
        bar->showMessage(*told, MessageBar::Kind::Information);
}

Status DocumentOutput::preview(QWidget *parent, const Document &document)
{
    QPrinter printer(QPrinter::HighResolution);
    // The documents keep their own margins and place everything from the paper's corner.
    printer.setFullPage(true);
    printer.setDocName(document.title);
    PrintedPage::setUp(printer, document.orientation);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printPreview"));
    dialog.setWindowTitle(document.title);
    Status painted;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter *device) {
        device->setFullPage(true);
        if (Result<int> pages = document.print(*device); !pages)
            painted = pages.error();
    });
    dialog.exec();
    return painted;
}

Result<QString> DocumentOutput::savePdf(QWidget *parent, const Document &document)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(parent, document.saveTitle,
                                                QDir(folder).filePath(document.fileName), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return QString();
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    const Result<int> written = document.writePdf(path);
    if (!written)
        return written.error();
    return path;
}

} // namespace renkei
