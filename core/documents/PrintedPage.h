#pragma once

#include "DocumentText.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QFont>
#include <QPageLayout>
#include <QRectF>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPaintDevice;

namespace renkei {

// What the documents painted page by page (sign-in sheets, name badges, certificates, attendance
// grids) share: an A4 page measured in millimetres on any QPagedPaintDevice — a PDF written atomically,
// or a printer from the print preview (in full-page mode) — and the font they are set in.
class PrintedPage
{
    Q_DECLARE_TR_FUNCTIONS(renkei::PrintedPage)

public:
    explicit PrintedPage(const QPaintDevice &device);

    // Millimetres in the device's pixels.
    qreal mm(qreal millimetres) const { return millimetres * m_pixelsPerMm; }
    // The whole sheet of paper, in device pixels.
    QRectF paper() const { return m_paper; }
    // The paper less margins given in millimetres.
    QRectF inside(qreal left, qreal top, qreal right, qreal bottom) const;

    // Sets a PDF writer or a printer to A4 in `orientation` with no margins of its own: the documents
    // keep their margins themselves. A printer must also be in full-page mode.
    static void setUp(QPagedPaintDevice &device, QPageLayout::Orientation orientation);
    // Writes what `paint` paints to a PDF at `path`, atomically (QSaveFile): if anything fails, the
    // old file stays and nothing is left half-written.
    static Status writePdf(const QString &path, const QString &title, QPageLayout::Orientation orientation,
                           const std::function<Status(QPagedPaintDevice &)> &paint);
    // The same for a `print` that returns its number of pages, which this returns.
    static Result<int> writePdfPages(const QString &path, const QString &title,
                                     QPageLayout::Orientation orientation,
                                     const std::function<Result<int>(QPagedPaintDevice &)> &print);
    // Painting text needs a QGuiApplication (fonts); an Error that says so when there is none.
    static Status checkCanPaint();

    // "1 / 3": the page and the number of pages, at the foot of each page.
    static QString pageNumber(const DocumentText &text, int page, int pages);
    // The documents' font (Noto Sans CJK JP where installed), in points.
    static QFont font(qreal pointSize, bool bold = false);

private:
    QRectF m_paper;
    qreal m_pixelsPerMm = 1;
};

} // namespace renkei
