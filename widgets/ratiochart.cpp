#include "ratiochart.h"

#include "chartcanvas.h"
#include "comparisonspec.h"
#include "charttexts.h"
#include "figuremodel.h"
#include "horizontalbars.h"
#include "ratiomodel.h"
#include "scalespec.h"

#include <QCoreApplication>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

// Translations are filed under "RatioChart", for lupdate and at run time alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RatioChart)
};

// Tick labels stay short so decades do not run into each other: "10K×" past 1,000×. Ticks are
// exact round numbers, so they carry no padding zeros ("1×", not "1.00×").
QString axisMultiple(const NumberFormat &format, double value)
{
    const NumberFormat exact = format.withoutTrailingZeros();
    if (value < 1e4 || format.unitStyle() != NumberFormat::UnitStyle::Short)
        return exact.multiple(value);
    return exact.money(value).mid(1) + QChar(0x00D7); // "$10K" → "10K×"
}

HorizontalBars::Bar barFor(const Figure &f, const FigureModel &figures, bool isBaseline,
                           const QString &text, const QString &extra = QString())
{
    HorizontalBars::Bar bar;
    bar.label = isBaseline ? Tr::tr("%1 (baseline)").arg(f.label) : f.label;
    bar.low = f.low;
    bar.high = f.high;
    figures.numberFormat().pick(&bar.low, &bar.high); // the range mode: low, mid, high or range
    bar.figureId = f.id;
    bar.tip = ChartTexts::tooltip(f, figures, extra);
    bar.kind = f.kind;
    bar.solid = ChartStyle::isSolid(f.status) || isBaseline;
    bar.baseline = isBaseline;
    bar.text = text;
    return bar;
}

// Headed and footed, but nothing to draw: says why.
ChartCanvas *emptyChart(ChartCanvas *canvas, const QString &message)
{
    canvas->setXAxis(0, 1, {}, false);
    canvas->setYAxis(0, 1, {}, false);
    canvas->setEmptyMessage(message);
    return canvas;
}

} // namespace

namespace RatioChart {

ChartCanvas *build(const RatioSpec &spec, const ChartStyle &style)
{
    auto *canvas = new ChartCanvas(style);
    const RatioModel &ratios = spec.ratios();
    const FigureModel &figures = spec.figures();
    const NumberFormat &format = figures.numberFormat();
    const QVector<int> rows = spec.rows();
    const int base = ratios.baselineRow();
    ChartTexts::apply(canvas, spec);
    if (const QString why = spec.emptyMessage(); !why.isEmpty())
        return emptyChart(canvas, why);

    QVector<HorizontalBars::Bar> bars;
    for (int row : rows) {
        const Figure &f = figures.figure(row);
        const DerivedValue r = ratios.ratio(row);
        NumberFormat range = format;
        range.setRangeMode(NumberFormat::RangeMode::Range);
        HorizontalBars::Bar bar = barFor(f, figures, row == base,
                                         row == base ? Tr::tr("%1 = %2").arg(format.withoutTrailingZeros().multiple(1), format.quantityRange(f.low, f.high, f.unit))
                                                     : format.multipleRange(r.low, r.high),
                                         row == base ? Tr::tr("the baseline")
                                                     : Tr::tr("%1 the baseline").arg(range.multipleRange(r.low, r.high)));
        bar.low = r.low;
        bar.high = r.high;
        format.pick(&bar.low, &bar.high);
        bars.append(bar);
    }
    if (const int hidden = HorizontalBars::keepTop(&bars, true))
        canvas->setHeader(canvas->title(), canvas->subtitle() + QLatin1Char(' ') +
                                               Tr::tr("The %1 largest are shown; %2 others are in the data.")
                                                   .arg(HorizontalBars::kMaxBars - 2)
                                                   .arg(hidden));
    HorizontalBars::draw(canvas, bars,
                         {true, 1.0, [&format](double v) { return axisMultiple(format, v); }});
    return canvas;
}

ChartCanvas *buildComparison(const ComparisonSpec &spec, const ChartStyle &style)
{
    auto *canvas = new ChartCanvas(style);
    const FigureModel &figures = spec.figures();
    const NumberFormat &format = figures.numberFormat();
    const ChartSettings settings = spec.settings();
    const QVector<int> rows = spec.rows(); // dollars only, largest first
    ChartTexts::apply(canvas, spec);
    if (const QString why = spec.emptyMessage(); !why.isEmpty())
        return emptyChart(canvas, why);

    QVector<HorizontalBars::Bar> bars;
    double minLow = std::numeric_limits<double>::max();
    for (int row : rows) {
        const Figure &f = figures.figure(row);
        bars.append(barFor(f, figures, false, format.quantityRange(f.low, f.high, f.unit)));
        if (bars.last().low > 0)
            minLow = qMin(minLow, bars.last().low);
    }
    if (const int hidden = HorizontalBars::keepTop(&bars, false))
        canvas->setHeader(canvas->title(), canvas->subtitle() + QLatin1Char(' ') +
                                               Tr::tr("The %1 largest are shown; %2 others are in the data.")
                                                   .arg(HorizontalBars::kMaxBars - 1)
                                                   .arg(hidden));
    if (settings.logScale) {
        // Zero has no place on a log axis: such figures are listed with their value but no bar.
        const double origin = std::pow(10.0, std::floor(std::log10(qMax(minLow, 1.0))));
        for (HorizontalBars::Bar &bar : bars) {
            bar.low = qMax(bar.low, origin);
            bar.high = qMax(bar.high, origin);
        }
        HorizontalBars::draw(canvas, bars, {true, origin, [&format](double v) { return format.withoutTrailingZeros().money(v); }});
    } else {
        HorizontalBars::draw(canvas, bars, {false, 0.0, [&format](double v) { return format.withoutTrailingZeros().money(v); }});
    }
    return canvas;
}

ChartCanvas *buildScale(const ScaleSpec &spec, const ChartStyle &style)
{
    auto *canvas = new ChartCanvas(style);
    const FigureModel &figures = spec.figures();
    const NumberFormat &format = figures.numberFormat();
    ChartTexts::apply(canvas, spec);
    if (const QString why = spec.emptyMessage(); !why.isEmpty())
        return emptyChart(canvas, why);
    const QVector<int> rows = spec.rows(); // the headline figure, then the baseline
    const Figure &f = figures.figure(rows.at(0));
    const Figure &b = figures.figure(rows.at(1));
    const DerivedValue r = spec.ratios().ratio(rows.at(0));
    canvas->setAxesVisible(false);
    canvas->setXAxis(0, 1, {}, false);
    canvas->setYAxis(0, 1, {}, false);
    canvas->chart()->legend()->setVisible(false);

    QChart *chart = canvas->chart();
    const QColor colour = style.kindColour(f.kind);
    auto *high = new QGraphicsRectItem(chart);
    high->setPen(QPen(colour, 2, Qt::DashLine));
    auto *low = new QGraphicsRectItem(chart);
    low->setPen(Qt::NoPen);
    low->setBrush(colour);
    auto *small = new QGraphicsRectItem(chart);
    small->setPen(Qt::NoPen);
    small->setBrush(style.baseline);
    for (QGraphicsRectItem *square : {high, low, small})
        square->setData(0, QStringLiteral("scale-square"));
    auto *bigLabel = new QGraphicsSimpleTextItem(chart);
    auto *smallLabel = new QGraphicsSimpleTextItem(chart);
    for (QGraphicsSimpleTextItem *label : {bigLabel, smallLabel}) {
        label->setFont(style.font(style.labelPixels));
        label->setBrush(style.text);
    }
    bigLabel->setText(Tr::tr("%1\n%2 = %3").arg(f.label, format.quantityRange(f.low, f.high, f.unit),
                                            format.multipleRange(r.low, r.high)));
    smallLabel->setText(Tr::tr("%1\n%2").arg(b.label, format.quantityRange(b.low, b.high, b.unit)));
    double fLow = f.low, fHigh = f.high, bLow = b.low, bHigh = b.high;
    format.pick(&fLow, &fHigh); // the range mode: low, mid, high or range
    format.pick(&bLow, &bHigh);
    const double bigValue = fHigh;
    const double lowShare = bigValue > 0 ? fLow / bigValue : 1;
    const double smallShare = bigValue > 0 ? (bLow + bHigh) / 2 / bigValue : 1;
    const int bigSpot = canvas->addSceneHotspot(f.id, ChartTexts::tooltip(f, figures, format.multipleRange(r.low, r.high)));
    const int smallSpot = canvas->addSceneHotspot(b.id, ChartTexts::tooltip(b, figures, Tr::tr("the baseline")));
    canvas->setPlotLayout([=](const QRectF &plot) {
        // The large square fills the plot's height; sides scale with the square root of value.
        const qreal labelHeight = bigLabel->boundingRect().height() + 8;
        const qreal side = qMax<qreal>(10, qMin(plot.height() - labelHeight, plot.width() * 0.55));
        const qreal spare = plot.height() - labelHeight - side; // tall formats: centre vertically
        const QPointF origin(plot.left() + (plot.width() - side) / 2,
                             plot.top() + labelHeight + side + spare / 2);
        high->setRect(QRectF(origin.x(), origin.y() - side, side, side));
        const qreal lowSide = side * std::sqrt(lowShare);
        low->setRect(QRectF(origin.x(), origin.y() - lowSide, lowSide, lowSide));
        // At least one pixel, so the baseline is always there to find.
        const qreal smallSide = qMax<qreal>(1, side * std::sqrt(smallShare));
        small->setRect(QRectF(origin.x() - smallSide - 24, origin.y() - smallSide, smallSide, smallSide));
        canvas->setSceneHotspotRect(bigSpot, high->rect());
        // Tiny squares still get a target a pointer can find.
        canvas->setSceneHotspotRect(smallSpot, small->rect().adjusted(-qMax<qreal>(0, 6 - smallSide), -qMax<qreal>(0, 6 - smallSide), 0, 0));
        bigLabel->setPos(origin.x(), origin.y() - side - labelHeight);
        const QRectF smallText = smallLabel->boundingRect();
        smallLabel->setPos(origin.x() - 24 - smallText.width() - 8, origin.y() - smallText.height());
    });
    return canvas;
}

} // namespace RatioChart
