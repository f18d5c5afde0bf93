#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QWidget;

namespace renkei {

class MessageBar;

// How the UI gives out a printed document (sign-in sheet, badges, certificates, grid): made, then shown
// in the print preview (from which any printer prints it) or saved as a PDF the user names, and the user
// told what happened: the error, or where the file went.
class DocumentOutput
{
    Q_DECLARE_TR_FUNCTIONS(renkei::DocumentOutput)

public:
    enum class Way
    {
        Preview,
        SavePdf
    };

    // A document made and ready to give out. `print` paints it on a printer or the preview; `writePdf`
    // writes the file (through QSaveFile, in core); both give the page count.
    struct Document
    {
        QString title; // the print preview's window title
        QPageLayout::Orientation orientation = QPageLayout::Portrait;
        QString saveTitle; // the file dialog's title
        QString fileName;  // suggested in the documents folder
        std::function<Result<int>(QPagedPaintDevice &)> print;
        std::function<Result<int>(const QString &path)> writePdf;
        // What to say once saved to the path given (in the platform's separators).
        std::function<QString(const QString &path)> saved;
    };

    // A document whose pages `printed` paints and writes (anything with print() and writePdf(), as
    // core's printed documents have); the caller adds the titles, the file name and what to say.
    template <typename Printed> static Document of(const Printed &printed)
    {
        Document document;
        document.print = [printed](QPagedPaintDevice &device) { return printed.print(device); };
        document.writePdf = [printed](const QString &file) { return printed.writePdf(file); };
        return document;
    }

    // Previews the document or asks where to save it and writes it. What to tell the user: empty after
    // a preview or when the user cancelled, where it was saved, or the error (also the document's own,
    // when it could not be made).
    static Result<QString> give(QWidget *parent, Way way, const Result<Document> &document);
    // The same, told on `bar`.
    static void give(QWidget *parent, Way way, const Result<Document> &document, MessageBar *bar);

private:
    static Status preview(QWidget *parent, const Document &document);
    static Result<QString> savePdf(QWidget *parent, const Document &document);
};

} // namespace renkei
