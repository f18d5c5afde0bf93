#pragma once

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
    // Writes image() as PNG; false with `error` filled when the file cannot be written.
    bool saveImage(const QString &path, QString *error = nullptr) const;

signals:
    void errorOccurred(const QString &message);

private:
    void saveDialog();
    void printDialog();

    QChartView *m_view = nullptr;
};

} // namespace renkei
