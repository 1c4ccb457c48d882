#include "ratiochart.h"

#include "axisticks.h"
#include "chartcanvas.h"
#include "chartdata.h"
#include "figuremodel.h"
#include "ratiomodel.h"

#include <QCoreApplication>

#include <cmath>

namespace {

QString tr(const char *text) { return QCoreApplication::translate("RatioChart", text); }

constexpr double kBarHalfHeight = 0.32;

// Tick labels stay short so decades do not run into each other: "10K×" past 1,000×.
QString axisMultiple(const NumberFormat &format, double value)
{
    if (value < 1e4)
        return format.multiple(value);
    const QString money = format.money(value); // "$10K", "$1M"
    return money.mid(1) + QChar(0x00D7);
}

} // namespace

namespace RatioChart {

ChartCanvas *build(const RatioModel &ratios, const ChartStyle &style)
{
    auto *canvas = new ChartCanvas(style);
    const FigureModel &figures = *ratios.figures();
    const NumberFormat &format = figures.numberFormat();
    const QVector<int> rows = ratios.chartRows();
    const int base = ratios.baselineRow();

    if (base < 0) {
        canvas->setHeader(tr("Multiples of a baseline figure"), tr("Choose a baseline figure."));
        canvas->setEmptyMessage(tr("No baseline figure is chosen."));
        return canvas;
    }
    const Figure &baseline = figures.figure(base);
    canvas->setHeader(
        tr("How many times %1?").arg(baseline.label),
        tr("Each figure as a multiple of %1 (%2). Log scale. Solid: actual; pale: plans, "
           "estimates, pledges and stated figures.")
            .arg(baseline.label, format.quantityRange(baseline.low, baseline.high, baseline.unit)));
    canvas->setFooter(ChartData::sourceLine(figures, rows));

    if (rows.size() <= 1) {
        canvas->setXAxis(-0.5, 1, {{0, format.multiple(1)}}, true);
        canvas->setYAxis(-0.6, 0.6, {}, false);
        canvas->setEmptyMessage(ratios.chartRows().isEmpty() && !ratios.comparedRows().isEmpty()
                                    ? ratios.ratio(ratios.comparedRows().first()).reason
                                    : tr("Tick figures in the list to compare them."));
        return canvas;
    }

    double minRatio = 1;
    double maxRatio = 1;
    for (int row : rows) {
        minRatio = qMin(minRatio, ratios.ratio(row).low);
        maxRatio = qMax(maxRatio, ratios.ratio(row).high);
    }
    const QVector<int> decades = logDecades(minRatio, maxRatio);
    const double left = decades.first() - (decades.first() < 0 ? 0.15 : 0.0);
    const double right = std::log10(maxRatio);
    // Room to the right of the longest bar for its label.
    const double end = right + qMax(0.4, 0.14 * (right - left));
    QVector<QPair<double, QString>> xTicks;
    for (int d : decades)
        if (d <= end)
            xTicks.append({double(d), axisMultiple(format, std::pow(10.0, d))});
    canvas->setXAxis(left, end, xTicks, true);

    const int n = int(rows.size());
    QVector<QPair<double, QString>> yTicks;
    for (int i = n - 1; i >= 0; --i) {
        const Figure &f = figures.figure(rows.at(i));
        yTicks.append({double(n - 1 - i), rows.at(i) == base ? tr("%1 (baseline)").arg(f.label)
                                                              : f.label});
    }
    canvas->setYAxis(-0.6, n - 0.4, yTicks, false);

    for (int i = 0; i < n; ++i) {
        const int row = rows.at(i);
        const Figure &f = figures.figure(row);
        const DerivedValue r = ratios.ratio(row);
        const double y = n - 1 - i;
        const double lo = std::log10(r.low);
        const double hi = std::log10(r.high);
        const QColor colour = row == base ? style.baseline : style.kindColour(f.kind);
        const bool solid = ChartStyle::isSolid(f.status) || row == base;
        QColor pale = colour;
        pale.setAlphaF(0.35);
        const QString legend = row == base ? QString() : FigureText::kindName(f.kind);
        if (lo != 0) {
            canvas->addRect(QRectF(QPointF(qMin(0.0, lo), y - kBarHalfHeight),
                                   QPointF(qMax(0.0, lo), y + kBarHalfHeight)),
                            solid ? QBrush(colour) : QBrush(pale),
                            solid ? QPen(Qt::NoPen) : QPen(colour, 1.5), legend);
        }
        if (hi > lo) {
            // The range: a whisker from the low to the high multiple.
            QPen whisker(style.text, 2);
            canvas->addSegment({lo, y}, {hi, y}, whisker);
            canvas->addSegment({hi, y - kBarHalfHeight / 1.5}, {hi, y + kBarHalfHeight / 1.5}, whisker);
        }
        const QString text = row == base
                                 ? tr("1× = %1").arg(format.quantityRange(f.low, f.high, f.unit))
                                 : format.multipleRange(r.low, r.high);
        canvas->addLabel({qMax(hi, 0.0), y}, text, ChartCanvas::Side::Right,
                         solid ? QColor(Qt::white) : style.text);
    }
    // The baseline itself: a rule at 1×.
    canvas->addSegment({0, -0.6}, {0, n - 0.4}, QPen(style.baseline, 1.5));
    return canvas;
}

} // namespace RatioChart
