#include "ratiochart.h"

#include "canvaslayout.h"
#include "chartcanvas.h"
#include "comparisonspec.h"
#include "charttexts.h"
#include "figuremodel.h"
#include "horizontalbars.h"
#include "ratiomodel.h"
#include "scalespec.h"

#include <QCoreApplication>
#include <QGraphicsLineItem>
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

// Tick labels stay short so decades do not run into each other: "1K×", "10万倍". Ticks are
// exact round numbers, so they carry no padding zeros ("1×", not "1.00×").
QString axisMultiple(const NumberFormat &format, double value)
{
    return format.withoutTrailingZeros().compactMultiple(value);
}

HorizontalBars::Bar barFor(const Figure &f, const FigureModel &figures, bool isBaseline,
                           const QString &text, const QString &extra = QString())
{
    HorizontalBars::Bar bar;
    bar.label = isBaseline ? Tr::tr("%1 (baseline)").arg(FigureText::labelName(f)) : FigureText::labelName(f);
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

// The colour the chart's emphasis gives a bar (grey, or a palette colour); invalid for its own.
QColor emphasised(const ChartSpec &spec, const ChartStyle &style, const QString &figureId)
{
    return style.emphasisColour(spec.emphasis(), figureId, QColor());
}

// Headed and footed, but nothing to draw: says why.
ChartCanvas *emptyChart(ChartCanvas *canvas, const QString &message)
{
    canvas->setXAxis(0, 1, {}, false);
    canvas->setYAxis(0, 1, {}, false);
    canvas->setEmptyMessage(message);
    return canvas;
}

// The scale chart's own items: two squares for the headline figure (low filled, high dashed),
// the baseline's square with a leader line, and their labels.
struct ScaleItems
{
    ChartCanvas *canvas;
    QGraphicsRectItem *high, *low, *small;
    QGraphicsLineItem *leader;
    QGraphicsSimpleTextItem *bigLabel, *smallLabel;
    QString smallName, smallValue;
    double lowShare, smallShare;
    int bigSpot, smallSpot;

    // The small square and its label in a column at the left, the large square to its right
    // filling the height; sides scale with the square root of value.
    void layout(const QRectF &plot) const
    {
        // The baseline's name wraps (up to three lines) so the large square keeps its room.
        const QStringList lines = CanvasLayout::wrap(smallName, smallLabel->font(), plot.width() * 0.3, 3);
        smallLabel->setText(Tr::tr("%1\n%2").arg(lines.isEmpty() ? smallName : lines.join(QLatin1Char('\n')), smallValue));
        const QSizeF bigText = bigLabel->boundingRect().size();
        const QSizeF smallText = smallLabel->boundingRect().size();
        const qreal gap = 12;
        const qreal column = smallText.width() + gap;
        const qreal side = qMax<qreal>(10, qMin(plot.height() - bigText.height() - 6, plot.width() - column));
        const qreal spareX = qMax<qreal>(0, plot.width() - column - side);
        const qreal spareY = qMax<qreal>(0, plot.height() - bigText.height() - 6 - side);
        const QPointF origin(plot.left() + column + spareX / 2, plot.bottom() - spareY / 2); // big square's bottom left
        high->setRect(QRectF(origin.x(), origin.y() - side, side, side));
        const qreal lowSide = side * std::sqrt(lowShare);
        low->setRect(QRectF(origin.x(), origin.y() - lowSide, lowSide, lowSide));
        // At least 2 px, so the baseline is always there to find (a larger floor would overstate
        // it), with a leader line to its name.
        const qreal smallSide = qMax<qreal>(2, side * std::sqrt(smallShare));
        small->setRect(QRectF(origin.x() - gap - smallSide, origin.y() - smallSide, smallSide, smallSide));
        const QPointF smallAt(origin.x() - column, origin.y() - smallSide - gap - smallText.height());
        smallLabel->setPos(qMax(plot.left(), smallAt.x()), smallAt.y());
        const qreal leaderX = small->rect().center().x();
        leader->setLine(leaderX, smallAt.y() + smallText.height() + 2, leaderX, small->rect().top() - 2);
        bigLabel->setPos(qMax(plot.left(), qMin(origin.x(), plot.right() - bigText.width())),
                         origin.y() - side - bigText.height() - 6);
        canvas->setSceneHotspotRect(bigSpot, high->rect());
        // Tiny squares still get a target a pointer can find.
        const qreal grow = qMax<qreal>(0, 6 - smallSide);
        canvas->setSceneHotspotRect(smallSpot, small->rect().adjusted(-grow, -grow, 0, 0));
    }
};

ScaleItems scaleItems(ChartCanvas *canvas, const Figure &f, const Figure &b, const DerivedValue &r,
                      const FigureModel &figures)
{
    const ChartStyle &style = canvas->style();
    const NumberFormat &format = figures.numberFormat();
    QChart *chart = canvas->chart();
    const QColor colour = style.kindColour(f.kind);
    // A plan is drawn as a plan, pale and outlined as the other charts' key says; an actual
    // figure solid. The dashed outline is the high end of a range.
    const bool actual = ChartStyle::isSolid(f.status);
    QColor pale = colour;
    pale.setAlphaF(0.35);
    ScaleItems items{canvas, new QGraphicsRectItem(chart), new QGraphicsRectItem(chart), new QGraphicsRectItem(chart),
                     new QGraphicsLineItem(chart), new QGraphicsSimpleTextItem(chart), new QGraphicsSimpleTextItem(chart),
                     FigureText::labelName(b), format.quantityRange(b.low, b.high, b.unit), 1, 1, -1, -1};
    items.high->setPen(QPen(colour, 2, Qt::DashLine));
    items.low->setPen(actual ? QPen(Qt::NoPen) : QPen(colour, 1.5));
    items.low->setBrush(actual ? QBrush(colour) : QBrush(pale));
    items.small->setPen(Qt::NoPen);
    items.small->setBrush(style.baseline);
    items.leader->setPen(QPen(style.mutedText, 1));
    for (QGraphicsItem *square : std::initializer_list<QGraphicsItem *>{items.high, items.low, items.small})
        square->setData(0, QStringLiteral("scale-square"));
    for (QGraphicsSimpleTextItem *label : {items.bigLabel, items.smallLabel}) {
        label->setFont(style.font(style.labelPixels));
        label->setBrush(style.text);
    }
    items.bigLabel->setText(Tr::tr("%1\n%2 = %3").arg(FigureText::labelName(f), format.quantityRange(f.low, f.high, f.unit),
                                                  format.multipleRange(r.low, r.high)));
    items.smallLabel->setText(Tr::tr("%1\n%2").arg(items.smallName, items.smallValue));
    double fLow = f.low, fHigh = f.high, bLow = b.low, bHigh = b.high;
    format.pick(&fLow, &fHigh); // the range mode: low, mid, high or range
    format.pick(&bLow, &bHigh);
    items.lowShare = fHigh > 0 ? fLow / fHigh : 1;
    items.smallShare = fHigh > 0 ? (bLow + bHigh) / 2 / fHigh : 1;
    items.bigSpot = canvas->addSceneHotspot(f.id, ChartTexts::tooltip(f, figures, format.multipleRange(r.low, r.high)));
    items.smallSpot = canvas->addSceneHotspot(b.id, ChartTexts::tooltip(b, figures, Tr::tr("the baseline")));
    return items;
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
        const Figure f = spec.ratios().shown(row);
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
        bar.colour = emphasised(spec, style, f.id);
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
        const Figure f = spec.ratios().shown(row);
        const Figure &stated = figures.figure(row);
        QString text = format.quantityRange(f.low, f.high, f.unit);
        if (stated.unit != f.unit) // converted: the amount as stated stays on the chart
            text = Tr::tr("%1 (%2)", "a converted value and the value as stated")
                       .arg(text, format.quantityRange(stated.low, stated.high, stated.unit));
        bars.append(barFor(f, figures, false, text));
        bars.last().colour = emphasised(spec, style, f.id);
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
        // On a log axis from an arbitrary origin a bar's length means nothing: dots instead.
        HorizontalBars::draw(canvas, bars, {true, origin, [&format, &spec](double v) { return format.withoutTrailingZeros().quantity(v, spec.ratios().currency()); }, true});
    } else {
        HorizontalBars::draw(canvas, bars, {false, 0.0, [&format, &spec](double v) { return format.withoutTrailingZeros().quantity(v, spec.ratios().currency()); }});
    }
    return canvas;
}

ChartCanvas *buildScale(const ScaleSpec &spec, const ChartStyle &style)
{
    auto *canvas = new ChartCanvas(style);
    const FigureModel &figures = spec.figures();
    ChartTexts::apply(canvas, spec);
    if (const QString why = spec.emptyMessage(); !why.isEmpty())
        return emptyChart(canvas, why);
    const QVector<int> rows = spec.rows(); // the headline figure, then the baseline
    const Figure f = spec.ratios().shown(rows.at(0));
    const Figure b = spec.ratios().shown(rows.at(1));
    const DerivedValue r = spec.ratios().ratio(rows.at(0));
    canvas->setAxesVisible(false);
    canvas->setXAxis(0, 1, {}, false);
    canvas->setYAxis(0, 1, {}, false);
    canvas->chart()->legend()->setVisible(false);

    const ScaleItems items = scaleItems(canvas, f, b, r, figures);
    canvas->setPlotLayout([items](const QRectF &plot) { items.layout(plot); });
    return canvas;
}

} // namespace RatioChart
