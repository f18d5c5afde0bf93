#include "AttendanceCsvDialog.h"

#include "ui/members/ExportDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace renkei {

AttendanceCsvDialog::AttendanceCsvDialog(AttendanceExport::Table table, const QString &title,
                                         const QString &suggestedPath, QWidget *parent)
    : QDialog(parent), m_table(std::move(table))
{
    setObjectName(QStringLiteral("attendanceCsvDialog"));
    setWindowTitle(title);

    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("csvEncoding"));
    for (TextEncoding e : exportEncodings())
        m_encoding->addItem(textEncodingLabel(e), int(e));

    m_path = new QLineEdit(suggestedPath, this);
    m_path->setObjectName(QStringLiteral("csvPath"));
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setObjectName(QStringLiteral("csvBrowse"));
    connect(browseButton, &QPushButton::clicked, this, &AttendanceCsvDialog::browse);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("csvResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browseButton);
    auto *form = new QFormLayout;
    form->addRow(tr("&Encoding:"), m_encoding);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("csvSave"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &AttendanceCsvDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_save->setEnabled(!text.trimmed().isEmpty()); });
    m_save->setEnabled(!suggestedPath.trimmed().isEmpty());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, 180);
}

void AttendanceCsvDialog::setFilePath(const QString &path)
{
    m_path->setText(path);
}

QString AttendanceCsvDialog::filePath() const
{
    QString path = m_path->text().trimmed();
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    return path;
}

void AttendanceCsvDialog::setEncoding(TextEncoding encoding)
{
    m_encoding->setCurrentIndex(m_encoding->findData(int(encoding)));
}

TextEncoding AttendanceCsvDialog::encoding() const
{
    return TextEncoding(m_encoding->currentData().toInt());
}

void AttendanceCsvDialog::browse()
{
    const QString path =
        QFileDialog::getSaveFileName(this, windowTitle(), m_path->text(), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void AttendanceCsvDialog::save()
{
    const QString path = filePath();
    if (path.isEmpty())
        return;
    AttendanceExport::Options options;
    options.encoding = encoding();
    const QList<UnrepresentableValue> found = AttendanceExport::check(m_table, options.encoding);
    if (!found.isEmpty()) {
        if (!ExportDialog::confirmReplacements(found, options.encoding, this)) {
            m_result->setText(tr("Nothing was saved. Choose UTF-8 to keep every character."));
            return;
        }
        options.replaceUnrepresentable = true;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<int> rows = AttendanceExport::write(m_table, path, options);
    QApplication::restoreOverrideCursor();
    if (!rows) {
        m_result->setText(tr("Nothing was saved: %1").arg(rows.error().toString()));
        return;
    }
    m_rows = *rows;
    accept();
}

} // namespace renkei
