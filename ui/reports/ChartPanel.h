#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QWidget>

class QChart;
class QChartView;

namespace renkei {

// A chart with what the organiser does with it: save it as a PNG image or print it.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    ChartPanel(const QString &objectName, QWidget *parent = nullptr);

    // Takes ownership of `chart`, replacing the one shown.
    void setChart(QChart *chart);
    QChart *chart() const;
    QChartView *view() const { return m_view; }

    // The chart as an image at twice its on-screen size, for slides and documents.
    QImage image() const;
    // Writes image() as PNG (whole or not at all), or says why it could not.
    Status saveImage(const QString &path) const;

signals:
    void errorOccurred(const QString &message);
    // The chart was saved; the message says where.
    void saved(const QString &message);

private:
    void saveDialog();
    void printDialog();

    QChartView *m_view = nullptr;
};

} // namespace renkei
