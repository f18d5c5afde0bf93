#pragma once

#include "DocumentText.h"
#include "MeetingDocument.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace renkei {

// The agenda (次第) of a meeting: the series and 第N回, the theme, date and time, venue, fee, and the
// programme with start times and presenters; as an A4 PDF, an HTML page or plain text.
class AgendaDocument
{
    Q_DECLARE_TR_FUNCTIONS(renkei::AgendaDocument)

public:
    // In the text's language (DocumentText::stored gives the network's).
    explicit AgendaDocument(MeetingDocument meeting, DocumentText text = {});

    // A complete HTML page (UTF-8), printable from a browser; also what the PDF is laid out from.
    QString html() const;
    QString plainText() const;

    Status saveHtml(const QString &path) const;
    Status saveText(const QString &path) const;
    // Needs a QGuiApplication (fonts); says so rather than failing when there is none.
    Status savePdf(const QString &path) const;
    // By the file's extension: .pdf, .html (.htm) or .txt.
    Status save(const QString &path) const;

    // Whether this process can lay out a PDF (it has a QGuiApplication).
    static bool canRenderPdf();
    // The font family the PDF is set in, the first of the Noto CJK families that is installed.
    static QString fontFamily();

private:
    MeetingDocument m_meeting;
    DocumentText m_text;
};

} // namespace renkei
