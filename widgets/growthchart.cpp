#include "growthchart.h"

#include "axisticks.h"
#include "chartcanvas.h"
#include "chartdata.h"
#include "charttexts.h"
#include "figuremodel.h"
#include "growthmodel.h"
#include "growthspec.h"

#include <QCoreApplication>

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

} // namespace

namespace GrowthChart {

ChartCanvas *build(const GrowthSpec &spec, const ChartStyle &style)
{
    auto *canvas = new ChartCanvas(style);
    const GrowthModel &growth = spec.growth();
    const FigureModel &figures = spec.figures();
    const NumberFormat &format = figures.numberFormat();
    const int n = growth.rowCount();
    ChartTexts::apply(canvas, spec);
    if (const QString why = spec.emptyMessage(); !why.isEmpty()) {
        canvas->setXAxis(0, 1, {}, false);
        canvas->setYAxis(0, 1, {}, false);
        canvas->setEmptyMessage(why);
        return canvas;
    }

    double maxValue = 0;
    for (int i = 0; i < n; ++i)
        for (int row : {growth.yearRow(i).actualRow, growth.yearRow(i).guidanceRow})
            if (row >= 0)
                maxValue = qMax(maxValue, figures.figure(row).high);
    // Headroom above the tallest bar for its two-line label.
    const LinearTicks ticks = niceLinearTicks(maxValue * 1.15);
    QVector<QPair<double, QString>> yTicks;
    for (double v : ticks.values)
        yTicks.append({v, format.withoutTrailingZeros().money(v)}); // ticks are exact
    canvas->setYAxis(0, ticks.top, yTicks, true);
    QVector<QPair<double, QString>> xTicks;
    for (int i = 0; i < n; ++i)
        xTicks.append({double(i), QString::number(growth.yearRow(i).year)});
    canvas->setXAxis(-0.6, n - 0.4, xTicks, false);

    for (int i = 0; i < n; ++i) {
        const GrowthModel::YearRow &y = growth.yearRow(i);
        const bool both = y.actualRow >= 0 && y.guidanceRow >= 0;
        if (y.actualRow >= 0) {
            const Figure &f = figures.figure(y.actualRow);
            const QColor colour = style.emphasisColour(spec.emphasis(), f.id, style.kindColour(f.kind));
            // Only a bar in its kind's colour stands for its kind in the key.
            const bool keyed = colour == style.kindColour(f.kind);
            const double l = both ? i - 0.42 : i - 0.3;
            const double r = both ? i - 0.02 : i + 0.3;
            double low = f.low, high = f.high;
            format.pick(&low, &high);
            canvas->addRect(QRectF(QPointF(l, 0), QPointF(r, high)), colour, Qt::NoPen,
                            keyed ? Tr::tr("Actual") : QString());
            canvas->addHotspot(QRectF(QPointF(l, 0), QPointF(r, high)), f.id,
                               ChartTexts::tooltip(f, figures, shortChange(format, y.actualChange)));
            QString text = format.quantityRange(f.low, f.high, f.unit);
            const QString change = shortChange(format, y.actualChange);
            if (!change.isEmpty())
                text += QLatin1Char('\n') + change;
            // Side by side with guidance, the two labels lean apart so both fit.
            canvas->addLabel({both ? r : (l + r) / 2, high}, text,
                             both ? ChartCanvas::Side::AboveEndingAt : ChartCanvas::Side::Above);
        }
        if (y.guidanceRow >= 0) {
            const Figure &f = figures.figure(y.guidanceRow);
            const QColor colour = style.emphasisColour(spec.emphasis(), f.id, style.kindColour(f.kind));
            QColor pale = colour;
            pale.setAlphaF(0.25);
            // Hatching in the kind's colour vanishes into its own pale fill on a dark page:
            // draw it in the text colour there.
            const QColor hatch = style.theme == ChartStyle::Theme::Dark ? style.text : colour;
            const double l = both ? i + 0.02 : i - 0.3;
            const double r = both ? i + 0.42 : i + 0.3;
            const QString legend = colour == style.kindColour(f.kind) ? Tr::tr("Guidance (range hatched)") : QString();
            double low = f.low, high = f.high;
            format.pick(&low, &high);
            canvas->addRect(QRectF(QPointF(l, 0), QPointF(r, high)), pale, QPen(colour, 1.5),
                            legend);
            if (high > low)
                canvas->addRect(QRectF(QPointF(l, low), QPointF(r, high)), QBrush(hatch, Qt::BDiagPattern),
                                QPen(colour, 1.5), legend);
            canvas->addHotspot(QRectF(QPointF(l, 0), QPointF(r, high)), f.id,
                               ChartTexts::tooltip(f, figures, shortChange(format, y.guidanceChange)));
            QString text = format.quantityRange(f.low, f.high, f.unit);
            const QString change = shortChange(format, y.guidanceChange);
            if (!change.isEmpty())
                text += QLatin1Char('\n') + change;
            canvas->addLabel({both ? l : (l + r) / 2, high}, text,
                             both ? ChartCanvas::Side::AboveStartingAt : ChartCanvas::Side::Above);
        }
    }
    return canvas;
}

} // namespace GrowthChart
