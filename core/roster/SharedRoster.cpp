#include "SharedRoster.h"

#include "core/documents/PrintedPage.h"
#include "core/storage/Database.h"
#include "core/storage/DisplayNames.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace renkei {

Result<SharedRoster> SharedRoster::load(Database &db, const MemberFilter &filter, const QDate &asOf)
{
    const Result<DisplayNames> names = DisplayNames::load(db);
    if (!names)
        return names.error();

    SharedRoster roster;
    roster.m_asOf = asOf;
    const MemberFilter all = filter.unpaged();
    Status s = MemberRepository(db).forEach(all, [&](const Member &m) {
        if (!m.consentRoster) {
            ++roster.m_summary.leftOutWithoutConsent;
            return true;
        }
        // The document is Japanese.
        roster.m_rows.append(Row{m.fullName(), m.fullKana(), names->professionInJapanese(m.professionId),
                                 names->organisation(m.organisationId), names->area(m.areaId), m.phone,
                                 m.consentEmail ? m.email : QString()});
        return true;
    });
    if (!s)
        return s.error();
    roster.m_summary.rows = int(roster.m_rows.size());
    return roster;
}

QString SharedRoster::html() const
{
    QString out;
    out += QStringLiteral("<html><body>");
    out += QStringLiteral("<h2 style=\"margin:0\">会員名簿</h2>");
    out += QStringLiteral("<p style=\"margin-top:2pt\">%1年%2月%3日現在　%4名</p>")
               .arg(m_asOf.year())
               .arg(m_asOf.month())
               .arg(m_asOf.day())
               .arg(m_rows.size());
    out += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                          "style=\"border-collapse:collapse; border-color:#888\">");
    out += QStringLiteral("<thead><tr style=\"background:#e8e8e8\">");
    for (const char16_t *heading : {u"氏名", u"ふりがな", u"職種", u"所属", u"エリア", u"電話", u"メール"})
        out += QStringLiteral("<th align=\"left\">%1</th>").arg(QString::fromUtf16(heading));
    out += QStringLiteral("</tr></thead>");
    for (const Row &row : m_rows) {
        out += QStringLiteral("<tr>");
        for (const QString &cell :
             {row.name, row.kana, row.profession, row.organisation, row.area, row.phone, row.email})
            out += QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped());
        out += QStringLiteral("</tr>");
    }
    out += QStringLiteral("</table></body></html>");
    return out;
}

Status SharedRoster::print(QPagedPaintDevice &device) const
{
    if (Status s = PrintedPage::checkCanPaint(); !s)
        return s;
    const PrintedPage page(device);
    const QRectF body = page.inside(12, 12, 12, 16);
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&device);
    document.setDefaultFont(PrintedPage::font(9));
    document.setDocumentMargin(0);
    document.setPageSize(body.size());
    document.setHtml(html());

    QPainter painter;
    if (!painter.begin(&device))
        return Error{tr("The roster could not be printed.")};
    const int pages = document.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        painter.save();
        painter.translate(body.left(), body.top() - body.height() * i);
        document.drawContents(&painter, QRectF(0, body.height() * i, body.width(), body.height()));
        painter.restore();
        painter.setFont(PrintedPage::font(8));
        painter.drawText(QRectF(body.left(), body.bottom(), body.width(), page.mm(10)),
                         Qt::AlignHCenter | Qt::AlignVCenter,
                         QStringLiteral("%1 / %2").arg(i + 1).arg(pages));
    }
    painter.end();
    return {};
}

Status SharedRoster::writePdf(const QString &path) const
{
    return PrintedPage::writePdf(path, QStringLiteral("会員名簿"), QPageLayout::Landscape,
                                 [this](QPagedPaintDevice &device) { return print(device); });
}

} // namespace renkei
