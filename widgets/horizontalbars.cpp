#include "horizontalbars.h"

#include <algorithm>

#include "axisticks.h"
#include "chartcanvas.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QSet>

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

struct DotPlace
{
    double lo;
    double hi;
    double y;
    double axisStart;
};

// A dot at the value (two joined by a thick stroke for a range), a thin guide from the axis,
// and the value label to the right.
void drawDot(ChartCanvas *canvas, const HorizontalBars::Bar &bar, const DotPlace &at, const QColor &colour)
{
    const ChartStyle &style = canvas->style();
    const qreal diameter = style.labelPixels * 0.85;
    QPen guide(style.mutedText, 1, Qt::DotLine);
    canvas->addSegment({at.axisStart, at.y}, {at.lo, at.y}, guide);
    if (at.hi > at.lo)
        canvas->addSegment({at.lo, at.y}, {at.hi, at.y}, QPen(colour, diameter * 0.45, Qt::SolidLine, Qt::RoundCap));
    QColor fill = colour; // pale for a plan, as the legend's swatch
    if (!bar.solid)
        fill.setAlphaF(0.35);
    for (double x : {at.lo, at.hi})
        canvas->addDot({x, at.y}, fill, colour, diameter);
    if (!bar.figureId.isEmpty())
        canvas->addHotspot(QRectF(QPointF(at.lo - 0.05, at.y - 0.3), QPointF(at.hi + 0.05, at.y + 0.3)),
                           bar.figureId, bar.tip);
    canvas->addLabel({at.hi + 0.04, at.y}, bar.text, ChartCanvas::Side::Right);
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
    // Room to the right of the longest bar for its label (and notes); a log axis runs on to the
    // next whole decade.
    double end = 0;
    if (scale.log) {
        const QVector<int> decades = logDecades(minValue, maxValue, scale.origin == 1);
        left = decades.first() - (double(decades.first()) < std::log10(scale.origin) ? 0.15 : 0.0);
        right = std::log10(maxValue);
        const QVector<double> ticks = logTicks(decades);
        for (double v : ticks)
            xTicks.append({std::log10(v), scale.tickText(v)});
        end = qMax(right + qMax(0.4, 0.16 * (right - left)), double(decades.last()));
    } else {
        const LinearTicks ticks = niceLinearTicks(maxValue);
        right = maxValue;
        for (double v : ticks.values)
            xTicks.append({v, scale.tickText(v)});
        end = qMax(right + 0.16 * right, xTicks.isEmpty() ? right : xTicks.last().first);
    }
    while (!xTicks.isEmpty() && xTicks.last().first > end)
        xTicks.removeLast();
    canvas->setXAxis(left, end, xTicks, true);

    const int n = int(bars.size());
    // Names go in their own column, wrapped rather than elided.
    QVector<QPair<double, QString>> names;
    for (int i = n - 1; i >= 0; --i)
        names.append({double(n - 1 - i), bars.at(i).label});
    canvas->setYAxis(-0.6, n - 0.4, {}, false);
    canvas->setRowNames(names);

    const double origin = position(scale, scale.origin);
    // The key: one entry per colour, in the bars' order, drawn solid where any bar of it is
    // solid and pale where all are (a chart of plans alone shows no solid swatch).
    struct KeyEntry
    {
        QString name;
        QColor colour;
        bool solid;
    };
    QVector<KeyEntry> key;
    bool solidSeen = false;
    bool paleSeen = false;
    for (int i = 0; i < n; ++i) {
        const Bar &bar = bars.at(i);
        const double y = n - 1 - i;
        if (bar.high <= 0 && bar.text.isEmpty())
            continue; // the "others" row: a name, no bar
        const double lo = position(scale, bar.low);
        const double hi = position(scale, bar.high);
        const QColor colour = bar.colour.isValid() ? bar.colour : bar.baseline ? style.baseline : style.kindColour(bar.kind);
        QColor pale = colour;
        pale.setAlphaF(0.35);
        solidSeen |= bar.solid && !bar.baseline && !bar.colour.isValid();
        paleSeen |= !bar.solid && !bar.colour.isValid();
        if (!bar.baseline && !bar.colour.isValid()) {
            // Guidance shares capex's colour, and pale against solid tells plan from actual.
            const auto same = std::find_if(key.begin(), key.end(), [&](const KeyEntry &e) { return e.colour == colour; });
            if (same == key.end()) {
                const FigureKind named = bar.kind == FigureKind::CapexGuidance ? FigureKind::Capex : bar.kind;
                key.append({FigureText::kindName(named), colour, bar.solid});
            } else {
                same->solid |= bar.solid;
            }
        }
        if (scale.dots) {
            drawDot(canvas, bar, {lo, hi, y, left}, colour);
            continue;
        }
        if (lo != origin) {
            canvas->addRect(QRectF(QPointF(qMin(origin, lo), y - kBarHalfHeight),
                                   QPointF(qMax(origin, lo), y + kBarHalfHeight)),
                            bar.solid ? QBrush(colour) : QBrush(pale),
                            bar.solid ? QPen(Qt::NoPen) : QPen(colour, 1.5),
                            QString());
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
        QColor fill = bar.solid ? colour : style.background; // a pale bar reads as the page
        canvas->addLabel({qMax(hi, origin), y}, bar.text, ChartCanvas::Side::Right, fill);
    }
    for (const KeyEntry &entry : std::as_const(key)) {
        QColor pale = entry.colour;
        pale.setAlphaF(0.35);
        if (entry.solid)
            canvas->addLegendEntry(entry.name, entry.colour, Qt::NoPen);
        else
            canvas->addLegendEntry(entry.name, pale, QPen(entry.colour, 1.5));
    }
    if (solidSeen && paleSeen) {
        // One hue, solid and pale, exactly as the bars are drawn.
        const QColor hue = style.kindColour(FigureKind::Capex);
        QColor pale = hue;
        pale.setAlphaF(0.35);
        canvas->addLegendEntry(Tr::tr("Solid: actual"), hue, Qt::NoPen);
        canvas->addLegendEntry(Tr::tr("Pale: plan, estimate or claim"), pale, QPen(hue, 1.5));
    }
    if (scale.log && scale.origin == 1) // the baseline itself: a rule at 1×
        canvas->addSegment({0, -0.6}, {0, n - 0.4}, QPen(style.baseline, 1.5));
}

} // namespace HorizontalBars
