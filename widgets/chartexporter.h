#pragma once

#include "chartcatalog.h"

#include <QImage>
#include <QPageSize>
#include <QSize>

#include <memory>
#include <optional>

class QChart;
class QGraphicsScene;
class QPainter;

// Paints a chart into an image with no widget and no screen involved: the builder's chart in
// its own scene at an explicit logical size and whole-number scale.
namespace ChartExporter {
enum class Format { Png, Svg, Pdf };
QString formatKey(Format format);
bool formatFromKey(const QString &key, Format *format);

struct Options
{
    Options() = default;
    // A constructor rather than an aggregate, so "{size, scale}" sets just those, warning-free.
    Options(QSize size, int pixelScale, Format fileFormat = Format::Png, QPageSize paper = QPageSize(),
            double type = 1)
        : logicalSize(size), scale(pixelScale), format(fileFormat), page(paper), typeScale(type)
    {
    }

    QSize logicalSize{1200, 675};
    int scale = 2;
    Format format = Format::Png;
    QPageSize page; // for PDF: a paper size; invalid means the logical size at 96 dpi
    // Type (and so bar thickness) for how big the image will be seen: 1 for an article; more
    // for a story or a square post, which are seen much smaller than their pixels.
    double typeScale = 1;
};
// The style a chart is built in for these options: type scaled, for a page of their size (where
// a chart across years finds whether its years fit side by side).
ChartStyle styleFor(const ChartStyle &style, const Options &options);

// Sizes a newsroom uses, by name.
struct Preset
{
    QString key;  // "article"
    QString name; // "Article, 1200×675"
    QSize logicalSize;
    int scale;
    QPageSize page;
    double typeScale = 1;
};
QVector<Preset> presets();
std::optional<Preset> preset(const QString &key);

// What travels inside the file besides the picture.
struct Metadata
{
    QString title;
    QString description; // the alt text
};
constexpr int kMaxPixels = 16384; // per side, after scaling
// In all, after scaling: 40 million pixels are 160 MB at four bytes each (print A3 at 300 dpi
// is 17 million; 4096×4096 at 4x, 268 million, took 1.09 GB).
constexpr qint64 kMaxPixelCount = 40000000;

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
    // Paints the chart into the logical rectangle of any painter (SVG, PDF, image).
    void paint(QPainter *painter) const;
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
// writePng in two steps, so that the encoding can run on another thread: the PNG bytes (empty
// if the image could not be encoded; touches nothing but the image), then the atomic write,
// which reports empty bytes as an encoding failure.
QByteArray encodePng(const QImage &image);
bool writeEncodedPng(const QByteArray &bytes, const QString &path, QString *error);
// What exportChart writes for a PNG, painted, with its texts set: a null image when the chart
// is refused (the reason in *error; *illegible set when it is too small to be legible).
QImage paintPng(ChartType type, const Document &document, const ChartStyle &style, const Options &options,
                const QString &path, QString *error, bool *illegible = nullptr);
// Renders the chart in the options' format and writes it atomically, with the metadata
// embedded: PNG text chunks, SVG <title>/<desc>, PDF title. A chart too small to be legible at
// the options' size is refused with the size it needs, and *illegible set when given.
bool exportChart(ChartType type, const Document &document, const ChartStyle &style,
                 const Options &options, const QString &path, QString *error,
                 bool *illegible = nullptr);
bool writeText(const QString &text, const QString &path, QString *error);
// What keeps the chart from being legible at the options' size (empty when it is).
QStringList layoutProblems(ChartType type, const Document &document, const ChartStyle &style,
                           const Options &options);
// The smallest size of the options' shape (width to height) at which the chart with its data
// is legible; invalid if none up to kLegibleLimit a side.
constexpr int kLegibleLimit = 4000;
QSize minimumSize(ChartType type, const Document &document, const ChartStyle &style,
                  const Options &options);
// Empty when the chart is legible at the options' size, else "the ratio chart with 11 figures
// needs at least 520×420".
QString checkLegible(ChartType type, const Document &document, const ChartStyle &style,
                     const Options &options);
// Empty if the options are usable, else why not (checkPixels included).
QString checkOptions(const Options &options);
// Empty unless the image would be too large: kMaxPixels a side or kMaxPixelCount in all.
QString checkPixels(const Options &options);
// "W×H at Sx is larger than kMaxPixels pixels a side", the sides as typed: a side too long to
// be a number at all is said to be too large in the words checkPixels uses.
QString sidesTooLarge(const QString &width, const QString &height, int scale);
} // namespace ChartExporter
