#include "chartexporter.h"

#include "chartcanvas.h"
#include "fileio.h"
#include "largepages.h"
#include "pngencoder.h"

#include <QBuffer>
#include <QtMath>
#include <QSet>
#include <QCoreApplication>
#include <QLocale>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QtCharts/QChart>

#include <array>
#include <functional>
#include <cstdlib>
#include <memory>


namespace ChartExporter {

namespace {

// An image for a chart, its pixels on 2 MiB pages where the system has them: a fresh 2400×1350
// image is 13 MB, which painting would otherwise fault in 4 KiB at a time (3,200 faults, about
// a tenth of a headless export's time; reading it to encode is quicker on large pages too).
QImage freshImage(QSize size)
{
    constexpr qsizetype kLargePage = 2 * 1024 * 1024;
    const qsizetype bytesPerLine = qsizetype(size.width()) * 4;
    const qsizetype bytes = bytesPerLine * size.height();
    void *data = nullptr;
#ifdef Q_OS_LINUX
    if (bytes >= 2 * kLargePage && posix_memalign(&data, size_t(kLargePage), size_t(bytes)) != 0)
        data = nullptr;
#endif
    if (!data)
        return QImage(size, QImage::Format_RGB32);
    adviseLargePages(data, bytes);
    return QImage(static_cast<uchar *>(data), size.width(), size.height(), bytesPerLine, QImage::Format_RGB32,
                  [](void *pixels) { std::free(pixels); }, data);
}

} // namespace

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
    return checkPixels(options);
}

QString sidesTooLarge(const QString &width, const QString &height, int scale)
{
    return QCoreApplication::translate("ChartExporter", "%1×%2 at %3x is larger than %4 pixels a side")
        .arg(width, height)
        .arg(scale)
        .arg(kMaxPixels);
}

QString checkPixels(const Options &options)
{
    const QSize s = options.logicalSize;
    const qint64 width = qint64(s.width()) * options.scale;
    const qint64 height = qint64(s.height()) * options.scale;
    if (width > kMaxPixels || height > kMaxPixels)
        return sidesTooLarge(QString::number(s.width()), QString::number(s.height()), options.scale);
    if (width * height > kMaxPixelCount)
        return QCoreApplication::translate("ChartExporter",
                                           "%1×%2 at %3x is %4 million pixels; at most %5 million fit "
                                           "in memory")
            .arg(s.width())
            .arg(s.height())
            .arg(options.scale)
            .arg(QLocale().toString(double(width * height) / 1e6, 'f', 1))
            .arg(kMaxPixelCount / 1000000);
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

void Renderer::paint(QPainter *painter) const
{
    const QRectF rect(QPointF(), QSizeF(m_options.logicalSize));
    painter->fillRect(rect, m_canvas->style().background);
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                            QPainter::SmoothPixmapTransform);
    // An explicit target in logical units: without it a 2x image gets only a quarter.
    m_scene->render(painter, rect, rect);
}

QImage Renderer::paint() const
{
    QImage image = freshImage(m_options.logicalSize * m_options.scale);
    image.setDevicePixelRatio(m_options.scale);
    image.fill(m_canvas->style().background);
    QPainter painter(&image);
    paint(&painter);
    return image;
}

QImage render(ChartCanvas *canvas, const Options &options)
{
    return Renderer(canvas, options).paint();
}

ChartStyle styleFor(const ChartStyle &style, const Options &options)
{
    return style.scaled(options.typeScale).forPage(options.logicalSize);
}

QImage renderChart(ChartType type, const Document &document, const ChartStyle &style,
                   const Options &options)
{
    return render(ChartCatalog::build(type, document, styleFor(style, options)), options);
}

// The image as an 8-bit RGB PNG with its texts as UTF-8 iTXt chunks: the "sub" row filter at
// zlib level 1 (about a quarter of the time of Qt's adaptive filter at level 6, for a file a
// little larger; BENCHMARKS.md), deflated on every core (PngEncoder).
bool writePng(const QImage &image, const QString &path, QString *error)
{
    return writeEncodedPng(encodePng(image), path, error);
}

QByteArray encodePng(const QImage &image)
{
    QVector<QByteArray> keys;
    QVector<QByteArray> values;
    for (const QString &key : image.textKeys()) {
        keys.append(key.toLatin1().left(79)); // PNG keywords: Latin-1, at most 79 bytes
        values.append(image.text(key).toUtf8());
    }
    return PngEncoder::encode(image, keys, values); // reads RGB32 as it is
}

bool writeEncodedPng(const QByteArray &bytes, const QString &path, QString *error)
{
    if (bytes.isEmpty()) {
        *error = QCoreApplication::translate("ChartExporter", "%1: the PNG could not be encoded (%2)")
                     .arg(path, QStringLiteral("zlib"));
        return false;
    }
    return FileIo::writeAtomically(path, bytes, error);
}

QString formatKey(Format format)
{
    switch (format) {
    case Format::Png:
        return QStringLiteral("png");
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

bool formatFromKey(const QString &key, Format *format)
{
    for (Format f : {Format::Png, Format::Svg, Format::Pdf}) {
        if (key.compare(formatKey(f), Qt::CaseInsensitive) == 0) {
            *format = f;
            return true;
        }
    }
    return false;
}

QVector<Preset> presets()
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("ChartExporter", text); };
    return {
        {QStringLiteral("article"), tr("Article, 1200×675"), QSize(1200, 675), 2, QPageSize(), 1},
        // A phone's screen width, portrait, seen at about its logical size: type a little
        // smaller than the article's (13 px labels), 3x pixels.
        {QStringLiteral("phone"), tr("Phone, 390×1000"), QSize(390, 1000), 3, QPageSize(), 0.93},
        // Seen at about half (square) and a third (story) of their pixels: larger type.
        {QStringLiteral("square"), tr("Square social post, 1080×1080"), QSize(1080, 1080), 1, QPageSize(), 1.3},
        {QStringLiteral("story"), tr("Story, 1080×1920"), QSize(1080, 1920), 1, QPageSize(), 1.6},
        // A5 landscape at 300 dpi is 2480×1748 pixels: 1240×874 at 2x.
        {QStringLiteral("print-a5"), tr("Print, A5 landscape at 300 dpi"), QSize(1240, 874), 2,
         QPageSize(QPageSize::A5), 1},
    };
}

std::optional<Preset> preset(const QString &key)
{
    for (const Preset &p : presets())
        if (p.key == key)
            return p;
    return std::nullopt;
}

namespace {

bool failWith(QString *error, const QString &path, const char *what, const QString &why)
{
    *error = QCoreApplication::translate("ChartExporter", what).arg(path, why);
    return false;
}

bool writeSvg(const Renderer &renderer, const Options &options, const Metadata &metadata,
              QIODevice *file)
{
    QSvgGenerator generator;
    generator.setOutputDevice(file);
    generator.setSize(options.logicalSize);
    generator.setViewBox(QRect(QPoint(), options.logicalSize));
    generator.setTitle(metadata.title);
    generator.setDescription(metadata.description);
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    renderer.paint(&painter);
    return painter.end();
}

bool writePdf(const Renderer &renderer, const Options &options, const Metadata &metadata,
              QIODevice *file)
{
    QPdfWriter writer(file);
    writer.setTitle(metadata.title);
    writer.setCreator(QStringLiteral("SpendLens"));
    const QSizeF logical(options.logicalSize);
    QPageSize page = options.page;
    if (!page.isValid()) // the logical size at 96 dpi, in points
        page = QPageSize(logical * 72.0 / 96.0, QPageSize::Point, QString(), QPageSize::ExactMatch);
    const bool landscape = logical.width() > logical.height();
    writer.setPageLayout(QPageLayout(page, landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                     QMarginsF()));
    writer.setResolution(300);
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    // Fit the logical chart to the page, keeping its proportions, centred.
    const QRectF target = painter.viewport();
    const qreal factor = qMin(target.width() / logical.width(), target.height() / logical.height());
    painter.translate(target.center() - QPointF(logical.width(), logical.height()) * factor / 2);
    painter.scale(factor, factor);
    renderer.paint(&painter);
    return painter.end();
}

} // namespace

QStringList layoutProblems(ChartType type, const Document &document, const ChartStyle &style,
                           const Options &options)
{
    Options layout = options;
    layout.scale = 1; // the layout does not depend on the pixel scale
    const Renderer renderer(ChartCatalog::build(type, document, styleFor(style, options)), layout);
    return renderer.canvas()->layoutProblems();
}

QSize minimumSize(ChartType type, const Document &document, const ChartStyle &style,
                  const Options &options)
{
    // Grow or shrink the requested shape by a factor, to within 1%.
    const QSizeF shape = QSizeF(options.logicalSize) / qMax(options.logicalSize.width(), options.logicalSize.height());
    const auto sized = [&](double side) {
        return QSize(qMax(200, qCeil(shape.width() * side / 10) * 10), qMax(150, qCeil(shape.height() * side / 10) * 10));
    };
    const auto fits = [&](double side) {
        Options o = options;
        o.logicalSize = sized(side);
        return layoutProblems(type, document, style, o).isEmpty();
    };
    double low = 150;
    double high = kLegibleLimit;
    if (!fits(high))
        return {};
    while (high - low > high * 0.01) {
        const double mid = (low + high) / 2;
        (fits(mid) ? high : low) = mid;
    }
    return sized(high);
}

QString checkLegible(ChartType type, const Document &document, const ChartStyle &style,
                     const Options &options)
{
    if (layoutProblems(type, document, style, options).isEmpty())
        return {};
    const QSize least = minimumSize(type, document, style, options);
    const ChartCanvas *canvas = ChartCatalog::build(type, document, style);
    QSet<QString> figures;
    for (const ChartCanvas::Hotspot &spot : canvas->hotspots())
        figures.insert(spot.figureId);
    delete canvas->chart(); // the chart owns its canvas
    const QString chart = ChartCatalog::entry(type).key;
    const int count = int(figures.size());
    if (!least.isValid())
        return QCoreApplication::translate("ChartExporter", "the %1 chart with %2 figures cannot be laid out legibly")
            .arg(chart)
            .arg(count);
    return QCoreApplication::translate("ChartExporter", "the %1 chart with %2 figures needs at least %3×%4")
        .arg(chart)
        .arg(count)
        .arg(least.width())
        .arg(least.height());
}

namespace {

// The chart built and laid out once at the options' size: the legibility check reads the layout
// that is then painted (the layout does not depend on the pixel scale). Null when refused; only
// a refusal lays out again, to find the size that would do.
std::unique_ptr<Renderer> legibleRenderer(ChartType type, const Document &document, const ChartStyle &baseStyle,
                                          const Options &options, const QString &path, QString *error,
                                          bool *illegible)
{
    const QString problem = checkOptions(options);
    if (!problem.isEmpty()) {
        failWith(error, path, QT_TRANSLATE_NOOP("ChartExporter", "%1: %2"), problem);
        return nullptr;
    }
    auto renderer = std::make_unique<Renderer>(
        ChartCatalog::build(type, document, styleFor(baseStyle, options)), options);
    if (!renderer->canvas()->layoutProblems().isEmpty()) {
        if (illegible)
            *illegible = true;
        failWith(error, path, QT_TRANSLATE_NOOP("ChartExporter", "%1: %2"),
                 checkLegible(type, document, baseStyle, options));
        return nullptr;
    }
    return renderer;
}

} // namespace

QImage paintPng(ChartType type, const Document &document, const ChartStyle &style, const Options &options,
                const QString &path, QString *error, bool *illegible)
{
    const std::unique_ptr<Renderer> renderer = legibleRenderer(type, document, style, options, path, error, illegible);
    if (!renderer)
        return {};
    QImage image = renderer->paint();
    image.setText(QStringLiteral("Title"), renderer->canvas()->title());
    image.setText(QStringLiteral("Description"), ChartCatalog::altText(type, document));
    image.setText(QStringLiteral("Software"), QStringLiteral("SpendLens"));
    return image;
}

bool exportChart(ChartType type, const Document &document, const ChartStyle &baseStyle,
                 const Options &options, const QString &path, QString *error, bool *illegible)
{
    if (options.format == Format::Png) {
        const QImage image = paintPng(type, document, baseStyle, options, path, error, illegible);
        return !image.isNull() && writePng(image, path, error);
    }
    const std::unique_ptr<Renderer> renderer =
        legibleRenderer(type, document, baseStyle, options, path, error, illegible);
    if (!renderer)
        return false;
    const Metadata metadata{renderer->canvas()->title(), ChartCatalog::altText(type, document)};
    // Drawn into memory first, so that what reaches the file is checked by one careful writer.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const bool drawn = options.format == Format::Svg ? writeSvg(*renderer, options, metadata, &buffer)
                                                     : writePdf(*renderer, options, metadata, &buffer);
    if (!drawn)
        return failWith(error, path, QT_TRANSLATE_NOOP("ChartExporter", "%1: the %2 could not be drawn"), formatKey(options.format).toUpper());
    return FileIo::writeAtomically(path, buffer.data(), error);
}

bool writeText(const QString &text, const QString &path, QString *error)
{
    return FileIo::writeAtomically(path, text.toUtf8(), error);
}

} // namespace ChartExporter
