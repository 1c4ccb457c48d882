#pragma once

#include "chartcatalog.h"

#include <QImage>
#include <QSize>

#include <memory>

class QChart;
class QGraphicsScene;

// Paints a chart into an image with no widget and no screen involved: the builder's chart in
// its own scene at an explicit logical size and whole-number scale.
namespace ChartExporter {
struct Options
{
    QSize logicalSize{1200, 675};
    int scale = 2;
};
constexpr int kMaxPixels = 16384; // per side, after scaling

// A chart laid out in its own scene at the export size, ready to paint; tests also use it to
// find where a data point lands in the image.
class Renderer
{
public:
    // Takes ownership of the canvas's chart.
    Renderer(ChartCanvas *canvas, const Options &options);
    ~Renderer();
    Renderer(const Renderer &) = delete;
    Renderer &operator=(const Renderer &) = delete;

    QImage paint() const;
    ChartCanvas *canvas() const { return m_canvas; }
    // Logical position of a data point.
    QPointF mapToPosition(const QPointF &value) const;

private:
    ChartCanvas *m_canvas;
    Options m_options;
    std::unique_ptr<QGraphicsScene> m_scene;
    std::unique_ptr<QChart> m_chart;
};

// Takes ownership of the canvas's chart.
QImage render(ChartCanvas *canvas, const Options &options);
QImage renderChart(ChartType type, const Document &document, const ChartStyle &style,
                   const Options &options);
// Writes atomically: on any failure the previous file is left as it was.
bool writePng(const QImage &image, const QString &path, QString *error);
bool writeText(const QString &text, const QString &path, QString *error);
// Empty if the options are usable, else why not.
QString checkOptions(const Options &options);
} // namespace ChartExporter
