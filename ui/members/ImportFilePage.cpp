#include "ImportFilePage.h"

#include "ImportProblemList.h"
#include "ImportWizard.h"
#include "RosterPreviewModel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace renkei {

ImportFilePage::ImportFilePage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(ImportWizard::tr("Choose the roster"));
    setSubTitle(ImportWizard::tr("A CSV file as Excel saves it (“CSV” or “CSV UTF-8”). Check that the "
                                 "names below read correctly; if not, choose the encoding by hand."));
    QLayout *form = createFileForm();
    m_found = new QLabel(this);
    m_found->setObjectName(QStringLiteral("encodingFound"));
    m_found->setWordWrap(true);
    m_model = new RosterPreviewModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_problems = new ImportProblemList(QStringLiteral("previewProblems"), this);
    m_problems->setMaximumHeight(120);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_found);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problems);
}

QLayout *ImportFilePage::createFileForm()
{
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("filePath"));
    auto *browseButton = new QPushButton(ImportWizard::tr("&Browse…"), this);
    browseButton->setObjectName(QStringLiteral("browseFile"));
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encodingChoice"));
    m_encoding->addItem(ImportWizard::tr("Detect automatically"));
    m_encoding->addItem(textEncodingLabel(TextEncoding::Utf8), int(TextEncoding::Utf8));
    m_encoding->addItem(textEncodingLabel(TextEncoding::ShiftJis), int(TextEncoding::ShiftJis));
    connect(browseButton, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ImportFilePage::refresh);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportFilePage::refresh);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browseButton);
    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(ImportWizard::tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);
    form->addRow(ImportWizard::tr("&Encoding:"), m_encoding);
    return form;
}

void ImportFilePage::setPath(const QString &path)
{
    m_path->setText(path);
}

void ImportFilePage::setEncoding(std::optional<TextEncoding> encoding)
{
    m_encoding->setCurrentIndex(encoding ? m_encoding->findData(int(*encoding)) : 0);
}

bool ImportFilePage::isComplete() const
{
    return m_readable;
}

void ImportFilePage::browse()
{
    const QString path =
        QFileDialog::getOpenFileName(this, ImportWizard::tr("Import a Roster"), m_path->text(),
                                     ImportWizard::tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ImportFilePage::refresh()
{
    m_wizard->m_path = m_path->text().trimmed();
    const QVariant chosen = m_encoding->currentData();
    m_wizard->m_encoding =
        chosen.isValid() ? std::optional<TextEncoding>(TextEncoding(chosen.toInt())) : std::nullopt;
    const Status read = m_wizard->m_path.isEmpty() ? Status(Error{}) : m_wizard->readPreview();
    m_readable = read.ok();
    const RosterPreview &preview = m_wizard->m_preview;
    m_model->clear();
    m_problems->clear();
    if (!m_readable) {
        m_found->setText(read.error().toString());
    } else {
        m_found->setText(
            (m_wizard->m_encoding ? ImportWizard::tr("Read as %1.")
             : preview.encodingCertain
                 ? ImportWizard::tr("Read as %1, as found in the file.")
                 : ImportWizard::tr("Read as %1, the likelier guess: the file is not valid in any encoding. "
                                    "Check the names below."))
                .arg(textEncodingLabel(preview.encoding)));
        m_model->setPreview(preview);
        m_table->resizeColumnsToContents();
        m_problems->setProblems(preview.problems, preview.header);
    }
    m_problems->setVisible(m_problems->topLevelItemCount() > 0);
    emit completeChanged();
}

} // namespace renkei
