#include "horizontalbars.h"

#include "axisticks.h"
#include "chartcanvas.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <cmath>

namespace {

constexpr double kBarHalfHeight = 0.32;

// Translations are filed under "HorizontalBars", for lupdate and at run time alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HorizontalBars)
};

// Axis positions: log10 on a log axis, the value itself on a linear one.
double position(const HorizontalBars::Scale &scale, double value)
{
    return scale.log ? std::log10(value) : value;
}

} // namespace

namespace HorizontalBars {

int keepTop(QVector<Bar> *bars, bool keepLast, int max)
{
    const int total = int(bars->size());
    if (total <= max)
        return 0;
    const Bar last = bars->last();
    const int keep = max - 1 - (keepLast ? 1 : 0);
    const int hidden = total - keep - (keepLast ? 1 : 0);
    bars->resize(keep);
    Bar others;
    others.label = Tr::tr("%1 others not shown").arg(hidden);
    others.solid = false;
    others.low = others.high = 0; // no bar: draw() gives it none
    bars->append(others);
    if (keepLast)
        bars->append(last);
    return hidden;
}

void draw(ChartCanvas *canvas, const QVector<Bar> &bars, const Scale &scale)
{
    const ChartStyle &style = canvas->style();
    double minValue = scale.origin;
    double maxValue = scale.origin;
    for (const Bar &bar : bars) {
        if (bar.high <= 0 && bar.text.isEmpty())
            continue;
        minValue = qMin(minValue, bar.low);
        maxValue = qMax(maxValue, bar.high);
    }

    QVector<QPair<double, QString>> xTicks;
    double left = 0;
    double right = 0;
    if (scale.log) {
        const QVector<int> decades = logDecades(minValue, maxValue, scale.origin == 1);
        left = decades.first() - (double(decades.first()) < std::log10(scale.origin) ? 0.15 : 0.0);
        right = std::log10(maxValue);
        for (int d : decades)
            xTicks.append({double(d), scale.tickText(std::pow(10.0, d))});
    } else {
        const LinearTicks ticks = niceLinearTicks(maxValue);
        right = maxValue;
        for (double v : ticks.values)
            xTicks.append({v, scale.tickText(v)});
    }
    // Room to the right of the longest bar for its label.
    const double end = qMax(right + qMax(scale.log ? 0.4 : 0.0, 0.16 * (right - left)),
                            xTicks.isEmpty() ? right : xTicks.last().first);
    while (!xTicks.isEmpty() && xTicks.last().first > end)
        xTicks.removeLast();
    canvas->setXAxis(left, end, xTicks, true);

    const int n = int(bars.size());
    QVector<QPair<double, QString>> yTicks;
    // Long names are elided so the plot keeps its width.
    const QFontMetricsF metrics(style.font(style.labelPixels));
    for (int i = n - 1; i >= 0; --i)
        yTicks.append({double(n - 1 - i), metrics.elidedText(bars.at(i).label, Qt::ElideMiddle, 300)});
    canvas->setYAxis(-0.6, n - 0.4, yTicks, false);

    const double origin = position(scale, scale.origin);
    bool solidSeen = false;
    bool paleSeen = false;
    for (int i = 0; i < n; ++i) {
        const Bar &bar = bars.at(i);
        const double y = n - 1 - i;
        if (bar.high <= 0 && bar.text.isEmpty())
            continue; // the "others" row: a name, no bar
        const double lo = position(scale, bar.low);
        const double hi = position(scale, bar.high);
        const QColor colour = bar.baseline ? style.baseline : style.kindColour(bar.kind);
        QColor pale = colour;
        pale.setAlphaF(0.35);
        solidSeen |= bar.solid && !bar.baseline;
        paleSeen |= !bar.solid;
        if (lo != origin) {
            canvas->addRect(QRectF(QPointF(qMin(origin, lo), y - kBarHalfHeight),
                                   QPointF(qMax(origin, lo), y + kBarHalfHeight)),
                            bar.solid ? QBrush(colour) : QBrush(pale),
                            bar.solid ? QPen(Qt::NoPen) : QPen(colour, 1.5),
                            bar.baseline ? QString() : FigureText::kindName(bar.kind));
        }
        if (hi > lo) {
            // The range: a whisker from the low to the high end, with a cap.
            const QPen whisker(style.text, 2);
            canvas->addSegment({lo, y}, {hi, y}, whisker);
            canvas->addSegment({hi, y - kBarHalfHeight / 1.5}, {hi, y + kBarHalfHeight / 1.5}, whisker);
        }
        if (!bar.figureId.isEmpty()) {
            // A bar with no length (the baseline at 1×) still gets a target to hover and click.
            const double from = qMin(origin, lo);
            const double to = qMax(qMax(origin, lo), qMax(hi, from + (end - left) * 0.02));
            canvas->addHotspot(QRectF(QPointF(from, y - kBarHalfHeight), QPointF(to, y + kBarHalfHeight)),
                               bar.figureId, bar.tip);
        }
        canvas->addLabel({qMax(hi, origin), y}, bar.text, ChartCanvas::Side::Right,
                         bar.solid ? QColor(Qt::white) : style.text);
    }
    if (solidSeen && paleSeen) {
        canvas->addLegendEntry(Tr::tr("Solid: actual"), style.mutedText, Qt::NoPen);
        QColor pale = style.mutedText;
        pale.setAlphaF(0.3);
        canvas->addLegendEntry(Tr::tr("Pale: plan, estimate or claim"), pale, QPen(style.mutedText, 1.5));
    }
    if (scale.log && scale.origin == 1) // the baseline itself: a rule at 1×
        canvas->addSegment({0, -0.6}, {0, n - 0.4}, QPen(style.baseline, 1.5));
}

} // namespace HorizontalBars
