#include "chartexporter.h"

#include "chartcanvas.h"

#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>
#include <QtCharts/QChart>

#include <memory>

namespace ChartExporter {

QString checkOptions(const Options &options)
{
    const QSize s = options.logicalSize;
    if (s.width() < 200 || s.height() < 150)
        return QCoreApplication::translate("ChartExporter", "the size %1×%2 is too small (at least 200×150)")
            .arg(s.width())
            .arg(s.height());
    if (options.scale < 1 || options.scale > 4)
        return QCoreApplication::translate("ChartExporter", "the scale must be 1, 2, 3 or 4, not %1")
            .arg(options.scale);
    if (s.width() * options.scale > kMaxPixels || s.height() * options.scale > kMaxPixels)
        return QCoreApplication::translate("ChartExporter",
                                           "%1×%2 at %3x is larger than %4 pixels a side")
            .arg(s.width())
            .arg(s.height())
            .arg(options.scale)
            .arg(kMaxPixels);
    return {};
}

Renderer::Renderer(ChartCanvas *canvas, const Options &options)
    : m_canvas(canvas), m_options(options), m_scene(std::make_unique<QGraphicsScene>()),
      m_chart(canvas->chart())
{
    Q_ASSERT(checkOptions(options).isEmpty());
    m_scene->addItem(m_chart.get());
    const QSizeF size = options.logicalSize;
    // Pin the size: activating the layout would otherwise grow the chart to its size hint.
    m_chart->setMinimumSize(size);
    m_chart->setMaximumSize(size);
    m_chart->setGeometry(QRectF(QPointF(), size));
    // Lay the chart out now; a chart that was never laid out paints blank. The canvas sets
    // margins for its title and footer on the first pass, so lay out twice.
    for (int pass = 0; pass < 2; ++pass) {
        if (m_chart->layout())
            m_chart->layout()->activate();
        canvas->relayout();
    }
}

Renderer::~Renderer()
{
    m_scene->removeItem(m_chart.get());
}

QPointF Renderer::mapToPosition(const QPointF &value) const
{
    const QList<QAbstractSeries *> series = m_chart->series();
    return series.isEmpty() ? QPointF() : m_chart->mapToPosition(value, series.first());
}

QImage Renderer::paint() const
{
    const QSizeF size = m_options.logicalSize;
    QImage image(m_options.logicalSize * m_options.scale, QImage::Format_RGB32);
    image.setDevicePixelRatio(m_options.scale);
    image.fill(m_canvas->style().background);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    // An explicit target in logical units: without it a 2x image gets only a quarter.
    m_scene->render(&painter, QRectF(QPointF(), size), QRectF(QPointF(), size));
    return image;
}

QImage render(ChartCanvas *canvas, const Options &options)
{
    return Renderer(canvas, options).paint();
}

QImage renderChart(ChartType type, const Document &document, const ChartStyle &style,
                   const Options &options)
{
    return render(ChartCatalog::build(type, document, style), options);
}

bool writePng(const QImage &image, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("ChartExporter", "%1: cannot be written (%2)")
                     .arg(path, file.errorString());
        return false;
    }
    QImageWriter writer(&file, "png");
    if (!writer.write(image)) {
        *error = QCoreApplication::translate("ChartExporter", "%1: the PNG could not be encoded (%2)")
                     .arg(path, writer.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = QCoreApplication::translate("ChartExporter", "%1: cannot be saved (%2)")
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}

bool writeText(const QString &text, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(text.toUtf8()) < 0 ||
        !file.commit()) {
        *error = QCoreApplication::translate("ChartExporter", "%1: cannot be written (%2)")
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace ChartExporter
