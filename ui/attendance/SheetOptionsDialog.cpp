#include "SheetOptionsDialog.h"

#include "core/documents/PrintedPage.h"
#include "core/documents/SignInSheet.h"
#include "core/storage/MeetingRepository.h"
#include "ui/widgets/DocumentOutput.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPdfWriter>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace renkei {

namespace {
constexpr int columnRole = Qt::UserRole;
}

SheetOptionsDialog::SheetOptionsDialog(Database &db, qint64 meetingId, QWidget *parent)
    : QDialog(parent), m_db(db), m_meetingId(meetingId)
{
    setObjectName(QStringLiteral("sheetOptionsDialog"));
    setWindowTitle(tr("Sign-in Sheet"));
    const Result<Meeting> meeting = MeetingRepository(db).get(meetingId);
    if (meeting)
        m_seriesId = meeting->seriesId;

    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("sheetSort"));
    for (const QString &key : attendeeSortKeys())
        m_sort->addItem(attendeeSortLabel(*attendeeSortFromKey(key)), key);
    m_blankRows = new QSpinBox(this);
    m_blankRows->setObjectName(QStringLiteral("sheetBlankRows"));
    m_blankRows->setRange(0, SignInSheetLayout::maxBlankRows);
    m_columns = new QListWidget(this);
    m_columns->setObjectName(QStringLiteral("sheetColumns"));
    m_columns->setDragDropMode(QAbstractItemView::InternalMove);
    m_columns->setToolTip(tr("Tick the columns to print; drag them into the order you want."));
    m_keep = new QCheckBox(tr("&Keep these options for every meeting of the series"), this);
    m_keep->setObjectName(QStringLiteral("sheetKeep"));
    m_keep->setChecked(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("sheetSummary"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("sheetMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Order:"), m_sort);
    form->addRow(tr("&Blank rows for walk-ins:"), m_blankRows);
    form->addRow(tr("&Columns after No. and name:"), m_columns);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *previewButton = buttons->addButton(tr("Print Pre&view..."), QDialogButtonBox::ActionRole);
    previewButton->setObjectName(QStringLiteral("sheetPreview"));
    auto *pdfButton = buttons->addButton(tr("Save as &PDF..."), QDialogButtonBox::ActionRole);
    pdfButton->setObjectName(QStringLiteral("sheetPdf"));
    connect(previewButton, &QPushButton::clicked, this, &SheetOptionsDialog::preview);
    connect(pdfButton, &QPushButton::clicked, this, &SheetOptionsDialog::savePdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_keep);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    Result<SignInSheetLayout> saved = SignInSheetLayout::forSeries(db, m_seriesId);
    setLayout(saved ? *saved : SignInSheetLayout{});
    connect(m_sort, &QComboBox::currentIndexChanged, this, &SheetOptionsDialog::updateSummary);
    connect(m_blankRows, &QSpinBox::valueChanged, this, &SheetOptionsDialog::updateSummary);
    connect(m_columns, &QListWidget::itemChanged, this, &SheetOptionsDialog::updateSummary);
    updateSummary();
    // Without the meeting or the series' layout the sheet starts from the usual options: say why.
    if (!meeting)
        showResult(meeting.error());
    else if (!saved)
        showResult(saved.error());
}

void SheetOptionsDialog::setLayout(const SignInSheetLayout &layout)
{
    m_sort->setCurrentIndex(m_sort->findData(attendeeSortKey(layout.sort)));
    m_blankRows->setValue(layout.blankRows);
    const QSignalBlocker blocker(m_columns);
    m_columns->clear();
    // The chosen columns in their order, then the others.
    QList<SheetColumn> order = layout.columns;
    for (const QString &key : sheetColumnKeys())
        if (const auto column = sheetColumnFromKey(key); column && !order.contains(*column))
            order << *column;
    for (SheetColumn column : order) {
        auto *item = new QListWidgetItem(sheetColumnLabel(column), m_columns);
        item->setData(columnRole, sheetColumnKey(column));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
                       Qt::ItemIsDragEnabled);
        item->setCheckState(layout.columns.contains(column) ? Qt::Checked : Qt::Unchecked);
    }
}

SignInSheetLayout SheetOptionsDialog::layout() const
{
    SignInSheetLayout l;
    l.sort = attendeeSortFromKey(m_sort->currentData().toString()).value_or(AttendeeSort::Kana);
    l.blankRows = m_blankRows->value();
    l.columns.clear();
    for (int i = 0; i < m_columns->count(); ++i)
        if (m_columns->item(i)->checkState() == Qt::Checked)
            if (const auto column = sheetColumnFromKey(m_columns->item(i)->data(columnRole).toString()))
                l.columns << *column;
    return l;
}

Result<SignInSheet> SheetOptionsDialog::sheet() const
{
    return SignInSheet::load(m_db, m_meetingId, layout());
}

void SheetOptionsDialog::updateSummary()
{
    const Result<SignInSheet> s = sheet();
    if (!s) {
        m_summary->setText(s.error().toString());
        return;
    }
    QPdfWriter probe(QStringLiteral("/dev/null"));
    probe.setResolution(150);
    PrintedPage::setUp(probe, QPageLayout::Portrait);
    const int pages = s->pageCount(probe);
    m_summary->setText(tr("%n person(s) and %1 blank rows on %2 page(s).", nullptr, int(s->people().size()))
                           .arg(layout().blankRows)
                           .arg(pages));
}

Status SheetOptionsDialog::keepLayout()
{
    if (!m_keep->isChecked() || m_seriesId == 0)
        return {};
    return layout().saveForSeries(m_db, m_seriesId);
}

void SheetOptionsDialog::showResult(const Status &status, const QString &success)
{
    m_message->setStyleSheet(status ? QString() : QStringLiteral("color: #b00020;"));
    m_message->setText(status ? success : status.error().toString());
}

Result<int> SheetOptionsDialog::saveTo(const QString &path)
{
    const Result<SignInSheet> s = sheet();
    if (!s)
        return s.error();
    Result<int> pages = s->writePdf(path);
    if (!pages)
        return pages;
    if (Status kept = keepLayout(); !kept)
        return kept.error();
    return pages;
}

Result<DocumentOutput::Document> SheetOptionsDialog::document()
{
    const Result<SignInSheet> s = sheet();
    if (!s)
        return s.error();
    const SignInSheet printed = *s;
    const Meeting &m = printed.meeting().meeting;
    DocumentOutput::Document document;
    document.title = printed.title();
    document.saveTitle = tr("Save the Sign-in Sheet");
    document.fileName =
        QStringLiteral("%1_%2_%3.pdf")
            .arg(printed.meeting().series.name, m.date.toString(QStringLiteral("yyyyMMdd")), tr("sign-in"));
    document.print = [printed](QPagedPaintDevice &device) { return printed.print(device); };
    document.writePdf = [this](const QString &file) { return saveTo(file); };
    document.saved = [](const QString &path) { return tr("Saved the sign-in sheet to %1.").arg(path); };
    return document;
}

void SheetOptionsDialog::give(DocumentOutput::Way way)
{
    const Result<QString> told = DocumentOutput::give(this, way, document());
    if (!told)
        showResult(told.error());
    else if (way == DocumentOutput::Way::Preview)
        showResult(keepLayout()); // saving keeps it in saveTo()
    else if (!told->isEmpty())
        showResult({}, *told);
}

void SheetOptionsDialog::preview()
{
    give(DocumentOutput::Way::Preview);
}

void SheetOptionsDialog::savePdf()
{
    give(DocumentOutput::Way::SavePdf);
}

} // namespace renkei
