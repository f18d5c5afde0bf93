#include "ChartPanel.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImageWriter>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace renkei {

ChartPanel::ChartPanel(const QString &objectName, QWidget *parent) : QWidget(parent)
{
    setObjectName(objectName);
    m_view = new QChartView(this);
    m_view->setObjectName(objectName + QStringLiteral("View"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::StyledPanel);

    auto *save = new QToolButton(this);
    save->setObjectName(objectName + QStringLiteral("Save"));
    save->setText(tr("Save as PNG…"));
    save->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(save, &QToolButton::clicked, this, &ChartPanel::saveDialog);
    auto *print = new QToolButton(this);
    print->setObjectName(objectName + QStringLiteral("Print"));
    print->setText(tr("Print…"));
    print->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(print, &QToolButton::clicked, this, &ChartPanel::printDialog);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addStretch();
    buttons->addWidget(save);
    buttons->addWidget(print);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
}

void ChartPanel::setChart(QChart *chart)
{
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

QChart *ChartPanel::chart() const
{
    return m_view->chart();
}

QImage ChartPanel::image() const
{
    const QSize size = m_view->size() * 2;
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    m_view->render(&painter, QRectF(QPointF(0, 0), size), m_view->viewport()->rect());
    return image;
}

Status ChartPanel::saveImage(const QString &path) const
{
    QSaveFile file(path);
    QImageWriter writer(&file, "png");
    if (!file.open(QIODevice::WriteOnly) || !writer.write(image()) || !file.commit())
        return Error(tr("The image could not be saved to %1: %2")
                         .arg(QDir::toNativeSeparators(path), writer.error() != QImageWriter::UnknownError
                                                                  ? writer.errorString()
                                                                  : file.errorString()));
    return {};
}

void ChartPanel::saveDialog()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString name = chart() ? chart()->title() : QString();
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Chart"), folder + QLatin1Char('/') + name + QStringLiteral(".png"),
        tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (const Status written = saveImage(path); !written)
        emit errorOccurred(written.error().toString());
    else
        emit saved(tr("Saved the chart to %1.").arg(QDir::toNativeSeparators(path)));
}

void ChartPanel::printDialog()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Chart"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter;
    if (!painter.begin(&printer)) {
        emit errorOccurred(tr("The printer could not be started."));
        return;
    }
    const QRectF page = printer.pageLayout().paintRectPixels(printer.resolution());
    QSizeF size = m_view->size();
    size.scale(page.size(), Qt::KeepAspectRatio);
    m_view->render(&painter, QRectF(QPointF(0, 0), size), m_view->viewport()->rect());
    painter.end();
}

} // namespace renkei
