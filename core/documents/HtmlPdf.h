#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QMarginsF>
#include <QString>

namespace renkei {

// A document written as HTML, laid out on A4 pages in the documents' font and saved as a PDF whole or
// not at all, with page numbers at the foot: the agenda and the activity report.
class HtmlPdf
{
    Q_DECLARE_TR_FUNCTIONS(renkei::HtmlPdf)

public:
    struct Layout
    {
        QMarginsF marginsMm;
        qreal bodyPoints = 10.5;
        qreal footerPoints = 8;
        // Given, each page's foot carries it on the left and "1 / 2" on the right; empty, a document
        // of more than one page has "1 / 2" in the middle of the foot.
        QString footerTitle;
    };

    // `title` is the PDF's own title (its metadata).
    static Status save(const QString &path, const QString &title, const QString &html, const Layout &layout);
};

} // namespace renkei
