#include "HtmlPdf.h"

#include "AgendaDocument.h"
#include "DocumentFile.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace renkei {

Status HtmlPdf::save(const QString &path, const QString &title, const QString &html, const Layout &layout)
{
    QSaveFile file(path);
    if (Status s = DocumentFile::open(file); !s)
        return s;
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(layout.marginsMm, QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Renkei %1").arg(QStringLiteral(RENKEI_VERSION)));
        writer.setTitle(title);

        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        QFont font(AgendaDocument::fontFamily());
        font.setPointSizeF(layout.bodyPoints);
        document.setDefaultFont(font);
        document.setDocumentMargin(0);
        const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
        const QRectF body(0, 0, page.width(), page.height() - writer.resolution() * 0.3); // room for "1 / 2"
        document.setPageSize(body.size());
        document.setHtml(html);

        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            Error e(tr("The PDF could not be started."));
            e.file = path;
            return e;
        }
        const int pages = document.pageCount();
        QFont footer(AgendaDocument::fontFamily());
        footer.setPointSizeF(layout.footerPoints);
        const QRectF foot(0, body.height(), body.width(), page.height() - body.height());
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -body.height() * i);
            document.drawContents(&painter, QRectF(0, body.height() * i, body.width(), body.height()));
            painter.restore();
            painter.setFont(footer);
            const QString number = QStringLiteral("%1 / %2").arg(i + 1).arg(pages);
            if (!layout.footerTitle.isEmpty()) {
                painter.drawText(foot, Qt::AlignLeft | Qt::AlignBottom, layout.footerTitle);
                painter.drawText(foot, Qt::AlignRight | Qt::AlignBottom, number);
            } else if (pages > 1) {
                painter.drawText(foot, Qt::AlignHCenter | Qt::AlignBottom, number);
            }
        }
        painter.end();
    }
    return DocumentFile::commit(file);
}

} // namespace renkei
