#include "growthchart.h"

#include "axisticks.h"
#include "chartcanvas.h"
#include "chartdata.h"
#include "charttexts.h"
#include "figuremodel.h"
#include "growthmodel.h"
#include "growthspec.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QRectF>

#include <tuple>

namespace {

// Translations are filed under "GrowthChart", for lupdate and at run time alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GrowthChart)
};

// "+52.9–65.7%" for a chart label; the table spells ranges out in full.
QString shortChange(const NumberFormat &format, const DerivedValue &change)
{
    if (!change.defined)
        return {};
    double low = change.low, high = change.high;
    format.pick(&low, &high);
    const QString lo = format.percentChange(low);
    const QString hi = format.percentChange(high);
    if (lo == hi)
        return hi;
    if (low > 0 && high > 0)
        return lo.chopped(1) + QChar(0x2013) + hi.mid(1);
    return Tr::tr("%1 to %2").arg(lo, hi);
}

constexpr double kPairStep = 0.9; // a year's actual and guidance columns stand a little closer
constexpr double kHalfBar = 0.3;

// One bar: a year's actual figure or its guidance, with its label's two parts.
struct Bar
{
    int year;        // its row in the growth model
    int row;         // its figure
    bool guidance;
    bool shared;     // the year has both
    double column;   // where it stands when years run across
    QString value;
    QString change;
};

QVector<Bar> barsOf(const GrowthModel &growth, const FigureModel &figures, const NumberFormat &format)
{
    QVector<Bar> bars;
    double column = -1;
    for (int i = 0; i < growth.rowCount(); ++i) {
        const GrowthModel::YearRow &y = growth.yearRow(i);
        const bool shared = y.actualRow >= 0 && y.guidanceRow >= 0;
        for (const bool guidance : {false, true}) {
            const int row = guidance ? y.guidanceRow : y.actualRow;
            if (row < 0)
                continue;
            column += guidance && shared ? kPairStep : 1.0;
            const Figure &f = figures.figure(row);
            bars.append({i, row, guidance, shared, column, format.quantityRange(f.low, f.high, f.unit),
                         shortChange(format, guidance ? y.guidanceChange : y.actualChange)});
        }
    }
    return bars;
}

// Years run down the page when, side by side, a value label would reach a neighbouring bar:
// its half-width past the gap to the next column's bar.
bool yearsDown(const QVector<Bar> &bars, const ChartStyle &style, const QVector<QPair<double, QString>> &valueTicks)
{
    if (style.page.isEmpty() || bars.isEmpty())
        return false;
    const QFontMetricsF metrics(style.font(style.labelPixels));
    qreal widest = 0;
    for (const Bar &bar : bars)
        widest = qMax(widest, qMax(metrics.horizontalAdvance(bar.value), metrics.horizontalAdvance(bar.change)));
    qreal axis = 0;
    for (const auto &tick : valueTicks)
        axis = qMax(axis, metrics.horizontalAdvance(tick.second));
    const qreal plot = ChartCanvas::plotWidthFor(style.page, axis);
    const qreal column = plot / (bars.last().column + 2 * (1 - kHalfBar));
    return widest / 2 + 4 > (kPairStep - kHalfBar) * column;
}

// Where the bars go: side by side, each bar its own column under its year; or down the page,
// each bar its own row (earliest on top), its label beside its end.
class Placement
{
public:
    Placement(bool down, int bars) : m_down(down), m_bars(bars) {}
    bool down() const { return m_down; }
    // The bar from low (zero for the whole bar) to high.
    QRectF rect(int index, const Bar &bar, double low, double high) const
    {
        if (!m_down)
            return QRectF(QPointF(bar.column - kHalfBar, low), QPointF(bar.column + kHalfBar, high));
        const double y = row(index);
        return QRectF(QPointF(low, y - kHalfBar), QPointF(high, y + kHalfBar));
    }
    QPointF anchor(int index, const Bar &bar, double high) const
    {
        return m_down ? QPointF(high, row(index)) : QPointF(bar.column, high);
    }
    ChartCanvas::Side side() const { return m_down ? ChartCanvas::Side::Right : ChartCanvas::Side::Above; }
    // Stacked above a column, or beside a row's end: on one line where the page is wider than
    // tall (its rows are short), on two where it is narrow.
    QString text(const Bar &bar, const ChartStyle &style) const
    {
        if (bar.change.isEmpty())
            return bar.value;
        const bool oneLine = m_down && style.page.width() > style.page.height();
        return bar.value + (oneLine ? QLatin1Char(' ') : QLatin1Char('\n')) + bar.change;
    }
    void setAxes(ChartCanvas *canvas, const QVector<Bar> &bars, const GrowthModel &growth,
                 const QVector<QPair<double, QString>> &valueTicks, double top) const;

private:
    double row(int index) const { return m_bars - 1 - index; }
    bool m_down;
    int m_bars;
};

void Placement::setAxes(ChartCanvas *canvas, const QVector<Bar> &bars, const GrowthModel &growth,
                        const QVector<QPair<double, QString>> &valueTicks, double top) const
{
    QVector<QPair<double, QString>> names;
    for (int i = 0; i < bars.size(); ++i) {
        const Bar &bar = bars.at(i);
        const QString year = QString::number(growth.yearRow(bar.year).year);
        if (m_down) // a row each: its name says which
            names.append({row(i), bar.guidance ? Tr::tr("%1 guidance").arg(year) : year});
        else if (!(bar.shared && bar.guidance)) // a year's two columns share its name, between them
            names.append({bar.shared ? bar.column + kPairStep / 2 : bar.column, year});
    }
    if (m_down) {
        canvas->setXAxis(0, top, valueTicks, true);
        canvas->setYAxis(-0.6, m_bars - 0.4, {}, false);
        canvas->setRowNames(names);
    } else {
        canvas->setYAxis(0, top, valueTicks, true);
        canvas->setXAxis(-1 + kHalfBar, bars.last().column + 1 - kHalfBar, names, false);
    }
}

double largest(const QVector<Bar> &bars, const FigureModel &figures)
{
    double most = 0;
    for (const Bar &bar : bars)
        most = qMax(most, figures.figure(bar.row).high);
    return most;
}

// Value-axis ticks from zero to at least top, labelled (exact: no padding zeros), and their top.
QPair<double, QVector<QPair<double, QString>>> ticksFor(const NumberFormat &format, double top, int count)
{
    const LinearTicks ticks = niceLinearTicks(top, count);
    QVector<QPair<double, QString>> labelled;
    for (double v : ticks.values)
        labelled.append({v, format.withoutTrailingZeros().money(v)});
    return {ticks.top, labelled};
}

} // namespace

namespace GrowthChart {

int layoutOf(const GrowthSpec &spec, const ChartStyle &style)
{
    if (!spec.emptyMessage().isEmpty())
        return 0;
    const FigureModel &figures = spec.figures();
    const QVector<Bar> bars = barsOf(spec.growth(), figures, figures.numberFormat());
    if (!yearsDown(bars, style, ticksFor(figures.numberFormat(), largest(bars, figures) * 1.15, 5).second))
        return 0;
    return style.page.width() > style.page.height() ? 2 : 1;
}

ChartCanvas *build(const GrowthSpec &spec, const ChartStyle &style)
{
    auto *canvas = new ChartCanvas(style);
    const GrowthModel &growth = spec.growth();
    const FigureModel &figures = spec.figures();
    const NumberFormat &format = figures.numberFormat();
    ChartTexts::apply(canvas, spec);
    if (const QString why = spec.emptyMessage(); !why.isEmpty()) {
        canvas->setXAxis(0, 1, {}, false);
        canvas->setYAxis(0, 1, {}, false);
        canvas->setEmptyMessage(why);
        return canvas;
    }

    const QVector<Bar> bars = barsOf(growth, figures, format);
    const double maxValue = largest(bars, figures);
    // Headroom above the tallest column for its two-line label.
    auto [top, valueTicks] = ticksFor(format, maxValue * 1.15, 5);
    const Placement place(yearsDown(bars, style, valueTicks), int(bars.size()));
    if (place.down()) // across a phone: fewer, rounder steps; the canvas widens the axis for the labels
        std::tie(top, valueTicks) = ticksFor(format, maxValue, 3);
    place.setAxes(canvas, bars, growth, valueTicks, top);

    bool hatchedAny = false;
    for (const Bar &bar : bars) {
        double low = figures.figure(bar.row).low, high = figures.figure(bar.row).high;
        format.pick(&low, &high);
        hatchedAny |= bar.guidance && high > low;
    }
    for (int i = 0; i < bars.size(); ++i) {
        const Bar &bar = bars.at(i);
        const Figure &f = figures.figure(bar.row);
        const QColor colour = style.emphasisColour(spec.emphasis(), f.id, style.kindColour(f.kind));
        // Only a bar in its kind's colour stands for its kind in the key.
        const bool keyed = colour == style.kindColour(f.kind);
        double low = f.low, high = f.high;
        format.pick(&low, &high);
        const QRectF whole = place.rect(i, bar, 0, high);
        if (!bar.guidance) {
            canvas->addRect(whole, colour, Qt::NoPen, keyed ? Tr::tr("Actual") : QString());
        } else {
            QColor pale = colour;
            pale.setAlphaF(0.25);
            // Hatching in the kind's colour vanishes into its own pale fill on a dark page:
            // draw it in the text colour there.
            const QColor hatch = style.theme == ChartStyle::Theme::Dark ? style.text : colour;
            // Hatching is named in the key only where some guidance is drawn as a range.
            const QString legend = !keyed ? QString() : hatchedAny ? Tr::tr("Guidance (range hatched)") : Tr::tr("Guidance");
            canvas->addRect(whole, pale, QPen(colour, 1.5), legend);
            if (high > low)
                canvas->addRect(place.rect(i, bar, low, high), QBrush(hatch, Qt::BDiagPattern), QPen(colour, 1.5), legend);
        }
        canvas->addHotspot(whole, f.id, ChartTexts::tooltip(f, figures, bar.change));
        canvas->addLabel(place.anchor(i, bar, high), place.text(bar, style), place.side(),
                         bar.guidance ? style.background : colour);
    }
    return canvas;
}

} // namespace GrowthChart
