#include "trendchart.h"

#include "axisticks.h"
#include "chartcanvas.h"
#include "chartpalette.h"
#include "charttexts.h"
#include "figuremodel.h"
#include "trendspec.h"
#include "trendtext.h"

#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TrendChart)
};

using TrendSeries::Point;
using TrendSeries::PointKind;
using TrendSeries::Series;

// One Okabe–Ito colour per company, in the order asked (colour-blind safe, as every chart).
QColor seriesColour(int index)
{
    static const QColor colours[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                                     QColor(0xCC, 0x79, 0xA7), QColor(0xD5, 0x5E, 0x00), QColor(0x56, 0xB4, 0xE9)};
    return colours[index % 6];
}

QColor pale(QColor colour, double alpha)
{
    colour.setAlphaF(alpha);
    return colour;
}

void setValueAxis(ChartCanvas *canvas, const NumberFormat &format, double maxValue)
{
    const LinearTicks ticks = niceLinearTicks(maxValue * 1.1);
    QVector<QPair<double, QString>> yTicks;
    for (double v : ticks.values)
        yTicks.append({v, format.withoutTrailingZeros().money(v)}); // ticks are exact
    canvas->setYAxis(0, ticks.top, yTicks, true);
}

// Each company's colour under the chart's emphasis: a series is highlighted when any of its
// figures is (the others go grey), and takes the palette colour given to any of its figures.
QVector<QColor> seriesColours(const TrendSpec &spec, const ChartStyle &style, const TrendSeries::Data &data)
{
    const ChartEmphasis e = spec.emphasis();
    QVector<QColor> colours;
    for (int i = 0; i < data.series.size(); ++i) {
        const Series &s = data.series.at(i);
        QVector<int> rows = s.totalRows;
        for (const Point &p : s.points)
            rows.append(p.row);
        bool highlighted = false;
        QColor chosen;
        for (int row : rows) {
            const QString id = spec.figures().figure(row).id;
            highlighted = highlighted || e.highlighted.contains(id);
            if (!chosen.isValid())
                chosen = ChartPalette::colour(e.colourKey(id));
        }
        if (!e.highlighted.isEmpty() && !highlighted)
            colours.append(style.greyed);
        else
            colours.append(chosen.isValid() ? chosen : seriesColour(i));
    }
    return colours;
}

void addLegend(ChartCanvas *canvas, const FigureModel &figures, const TrendSeries::Data &data, bool line,
               const QVector<QColor> &colours)
{
    for (int i = 0; i < data.series.size(); ++i)
        canvas->addLegendEntry(figures.entityShown(data.series.at(i).entity), colours.at(i),
                               line ? QPen(colours.at(i), 3) : QPen(Qt::NoPen));
    for (const Series &s : data.series)
        for (const Point &p : s.points)
            if (p.kind != PointKind::Actual) {
                const QColor grey(0x80, 0x80, 0x80);
                canvas->addLegendEntry(Tr::tr("Plan (range)"), pale(grey, 0.3), QPen(grey, 1.5));
                return;
            }
}

// One company's point as a bar in its slot of the period's group; a plan's range hatched.
void addBar(ChartCanvas *canvas, const FigureModel &figures, const Point &p, const QRectF &slot, const QColor &colour)
{
    const Figure &f = figures.figure(p.row);
    double low = f.low, high = f.high;
    figures.numberFormat().pick(&low, &high);
    const QRectF bar(QPointF(slot.left(), 0), QPointF(slot.right(), high));
    if (p.kind == PointKind::Actual) {
        canvas->addRect(bar, colour, Qt::NoPen, QString());
    } else {
        canvas->addRect(bar, pale(colour, 0.25),
                        QPen(colour, 1.5, p.kind == PointKind::Estimate ? Qt::DashLine : Qt::SolidLine), QString());
        if (high > low)
            canvas->addRect(QRectF(QPointF(slot.left(), low), QPointF(slot.right(), high)),
                            QBrush(colour, Qt::BDiagPattern), QPen(colour, 1.5), QString());
    }
    canvas->addHotspot(bar, f.id, ChartTexts::tooltip(f, figures, TrendText::periodName(f)));
}

// One company's line: actuals joined solid, a dashed step on to each plan, drawn as a whisker.
void addLine(ChartCanvas *canvas, const FigureModel &figures, const Series &s, const QVector<int> &periods,
             const QColor &colour, double minHeight)
{
    QPointF previous;
    bool havePrevious = false;
    const double halfWidth = 0.12;
    for (const Point &p : s.points) {
        const Figure &f = figures.figure(p.row);
        double low = f.low, high = f.high;
        figures.numberFormat().pick(&low, &high);
        const double x = periods.indexOf(p.period);
        const QPointF at(x, (low + high) / 2);
        if (havePrevious)
            canvas->addSegment(previous, at, QPen(colour, 3, p.kind == PointKind::Actual ? Qt::SolidLine : Qt::DashLine));
        if (p.kind == PointKind::Actual) {
            canvas->addDot(at, colour, colour, 8);
        } else {
            // A single value still shows as a short whisker.
            const double pad = qMax(0.0, minHeight - (high - low)) / 2;
            const QRectF band(QPointF(x - halfWidth, low - pad), QPointF(x + halfWidth, high + pad));
            canvas->addRect(band, pale(colour, 0.3),
                            QPen(colour, 1.5, p.kind == PointKind::Estimate ? Qt::DashLine : Qt::SolidLine), QString());
        }
        canvas->addHotspot(QRectF(QPointF(x - halfWidth, low), QPointF(x + halfWidth, high)), f.id,
                           ChartTexts::tooltip(f, figures, TrendText::periodName(f)));
        previous = at;
        havePrevious = true;
    }
}

void buildPeriods(ChartCanvas *canvas, const TrendSpec &spec, const TrendSeries::Data &data,
                  const QVector<QColor> &colours)
{
    const FigureModel &figures = spec.figures();
    const TrendSettings settings = spec.trendSettings();
    double maxValue = 0;
    for (const Series &s : data.series)
        for (const Point &p : s.points)
            maxValue = qMax(maxValue, figures.figure(p.row).high);
    setValueAxis(canvas, figures.numberFormat(), maxValue);
    QVector<QPair<double, QString>> xTicks;
    for (int i = 0; i < data.periods.size(); ++i)
        xTicks.append({double(i), TrendSeries::periodTick(data.periods.at(i), settings.quarterly)});
    canvas->setXAxis(-0.6, data.periods.size() - 0.4, xTicks, false);
    addLegend(canvas, figures, data, settings.line, colours);
    const int n = int(data.series.size());
    for (int i = 0; i < n; ++i) {
        const Series &s = data.series.at(i);
        if (settings.line) {
            addLine(canvas, figures, s, data.periods, colours.at(i), maxValue * 0.015);
            continue;
        }
        const double width = 0.84 / n;
        for (const Point &p : s.points) {
            const double left = data.periods.indexOf(p.period) - 0.42 + i * width;
            addBar(canvas, figures, p, QRectF(left + width * 0.06, 0, width * 0.88, 1), colours.at(i));
        }
    }
}

// Each company's total as one bar, named below it, its sum above it.
void buildTotals(ChartCanvas *canvas, const TrendSpec &spec, const TrendSeries::Data &data,
                 const QVector<QColor> &colours)
{
    const FigureModel &figures = spec.figures();
    const NumberFormat &format = figures.numberFormat();
    double maxValue = 0;
    for (const Series &s : data.series)
        maxValue = qMax(maxValue, s.total.defined ? s.total.high : 0.0);
    setValueAxis(canvas, format, maxValue * 1.1);
    QVector<QPair<double, QString>> xTicks;
    for (int i = 0; i < data.series.size(); ++i)
        xTicks.append({double(i), figures.entityShown(data.series.at(i).entity)});
    canvas->setXAxis(-0.6, data.series.size() - 0.4, xTicks, false);
    for (int i = 0; i < data.series.size(); ++i) {
        const Series &s = data.series.at(i);
        if (!s.total.defined)
            continue;
        double low = s.total.low, high = s.total.high;
        format.pick(&low, &high);
        const QRectF bar(QPointF(i - 0.3, 0), QPointF(i + 0.3, high));
        canvas->addRect(bar, colours.at(i), Qt::NoPen, QString());
        canvas->addLabel({double(i), high}, format.moneyRange(s.total.low, s.total.high), ChartCanvas::Side::Above);
        if (!s.totalRows.isEmpty())
            canvas->addHotspot(bar, figures.figure(s.totalRows.last()).id,
                               Tr::tr("%1: the sum of its yearly figures, %2–%3")
                                   .arg(figures.entityShown(s.entity))
                                   .arg(data.totalFrom)
                                   .arg(data.totalTo));
    }
}

} // namespace

namespace TrendChart {

ChartCanvas *build(const TrendSpec &spec, const ChartStyle &style)
{
    auto *canvas = new ChartCanvas(style);
    ChartTexts::apply(canvas, spec);
    if (const QString why = spec.emptyMessage(); !why.isEmpty()) {
        canvas->setXAxis(0, 1, {}, false);
        canvas->setYAxis(0, 1, {}, false);
        canvas->setEmptyMessage(why);
        return canvas;
    }
    const TrendSeries::Data data = spec.data();
    const TrendSettings settings = spec.trendSettings();
    const QVector<QColor> colours = seriesColours(spec, style, data);
    if (settings.cumulative && !settings.quarterly && data.totalFrom)
        buildTotals(canvas, spec, data, colours);
    else
        buildPeriods(canvas, spec, data, colours);
    return canvas;
}

} // namespace TrendChart
