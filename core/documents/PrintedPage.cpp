#include "PrintedPage.h"

#include "AgendaDocument.h"
#include "DocumentFile.h"

#include <QFontDatabase>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QSaveFile>

namespace renkei {

PrintedPage::PrintedPage(const QPaintDevice &device)
    : m_paper(0, 0, device.width(), device.height()), m_pixelsPerMm(device.logicalDpiX() / 25.4)
{}

QRectF PrintedPage::inside(qreal left, qreal top, qreal right, qreal bottom) const
{
    return m_paper.adjusted(mm(left), mm(top), -mm(right), -mm(bottom));
}

void PrintedPage::setUp(QPagedPaintDevice &device, QPageLayout::Orientation orientation)
{
    device.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
}

Status PrintedPage::checkCanPaint()
{
    if (AgendaDocument::canRenderPdf())
        return {};
    return Error{tr("Printed documents can only be made by a program that loads fonts (the GUI, or "
                    "renkei-cli).")};
}

Status PrintedPage::writePdf(const QString &path, const QString &title, QPageLayout::Orientation orientation,
                             const std::function<Status(QPagedPaintDevice &)> &paint)
{
    auto inFile = [&](Error e) {
        e.file = path;
        return e;
    };
    if (Status s = checkCanPaint(); !s)
        return inFile(s.error());
    QSaveFile file(path);
    if (Status s = DocumentFile::open(file); !s)
        return s;
    Status painted;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Renkei %1").arg(QStringLiteral(RENKEI_VERSION)));
        writer.setTitle(title);
        setUp(writer, orientation);
        painted = paint(writer);
    }
    if (!painted) {
        file.cancelWriting();
        return inFile(painted.error());
    }
    return DocumentFile::commit(file);
}

Result<int> PrintedPage::writePdfPages(const QString &path, const QString &title,
                                       QPageLayout::Orientation orientation,
                                       const std::function<Result<int>(QPagedPaintDevice &)> &print)
{
    int pages = 0;
    const Status written = writePdf(path, title, orientation, [&](QPagedPaintDevice &device) -> Status {
        const Result<int> printed = print(device);
        if (!printed)
            return printed.error();
        pages = *printed;
        return {};
    });
    if (!written)
        return written.error();
    return pages;
}

QString PrintedPage::pageNumber(const DocumentText &text, int page, int pages)
{
    //: Page number at the foot of printed documents: page %1 of %2
    return text.translate("renkei::PrintedPage", "%1 / %2").arg(page).arg(pages);
}

QFont PrintedPage::font(qreal pointSize, bool bold)
{
    // Latin letters and digits from DejaVu Sans (semi-condensed, to sit with the Japanese), the rest
    // from Noto Sans CJK JP. Qt 6.4 maps Noto CJK's digits, as shaped next to Latin letters, to no
    // character in a PDF's text ("2026" in "Tue 13 January 2026" could not be found or copied); DejaVu,
    // which fontconfig brings with it on Debian, has no such digits.
    static const bool latinFont = QFontDatabase::families().contains(QStringLiteral("DejaVu Sans"));
    QFont f;
    if (latinFont) {
        f.setFamilies({QStringLiteral("DejaVu Sans"), AgendaDocument::fontFamily()});
        f.setStretch(QFont::SemiCondensed);
    } else {
        f.setFamily(AgendaDocument::fontFamily());
    }
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    // Glyph shapes as designed, not snapped to a screen's pixels: the same on paper and in the preview.
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

} // namespace renkei
