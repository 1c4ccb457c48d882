#include "guidancechart.h"

#include "axisticks.h"
#include "chartcanvas.h"
#include "chartdescription.h"
#include "charttexts.h"
#include "figuremodel.h"
#include "guidancespec.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <limits>

namespace {

// Translations are filed under "GuidanceChart", for lupdate and at run time alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GuidanceChart)
};

} // namespace

namespace GuidanceChart {

ChartCanvas *build(const GuidanceSpec &spec, const ChartStyle &style)
{
    auto *canvas = new ChartCanvas(style);
    const FigureModel &figures = spec.figures();
    const NumberFormat &format = figures.numberFormat();
    const QVector<GuidanceHistory::Statement> statements = spec.statements();
    ChartTexts::apply(canvas, spec);
    if (const QString why = spec.emptyMessage(); !why.isEmpty()) {
        canvas->setXAxis(0, 1, {}, false);
        canvas->setYAxis(0, 1, {}, false);
        canvas->setEmptyMessage(why);
        return canvas;
    }

    // Values in the range mode, and the span they cover.
    QVector<QPair<double, double>> values;
    double minValue = std::numeric_limits<double>::max();
    double maxValue = 0;
    for (const GuidanceHistory::Statement &s : statements) {
        double low = s.low, high = s.high;
        format.pick(&low, &high);
        values.append({low, high});
        minValue = qMin(minValue, low);
        maxValue = qMax(maxValue, high);
    }
    const double step = niceStep(qMax(maxValue - minValue, maxValue * 0.05) / 4);
    const double bottom = qMax(0.0, std::floor((minValue - step * 0.5) / step) * step);
    const double top = std::ceil((maxValue + step * 1.2) / step) * step; // room for labels
    QVector<QPair<double, QString>> yTicks;
    for (double v = bottom; v <= top + step / 2; v += step)
        yTicks.append({v, format.withoutTrailingZeros().money(v)}); // ticks are exact
    canvas->setYAxis(bottom, top, yTicks, true);

    // Time: days after the first statement; a tick at the start of each quarter.
    const QDate first = statements.first().date;
    const QDate last = statements.last().date;
    const double span = qMax<double>(30, first.daysTo(last));
    const double pad = span * 0.08;
    QVector<QPair<double, QString>> xTicks;
    QDate tick(first.year(), ((first.month() - 1) / 3) * 3 + 1, 1);
    for (; tick <= last.addDays(int(pad)); tick = tick.addMonths(3))
        if (first.daysTo(tick) >= -pad)
            xTicks.append({double(first.daysTo(tick)), ChartDescription::monthYear(tick)});
    canvas->setXAxis(-pad, span + pad, xTicks, false);

    const double halfWidth = span * 0.018;
    const double minHeight = (top - bottom) * 0.01;
    const QColor planColour = style.kindColour(FigureKind::CapexGuidance);
    QColor pale = planColour;
    pale.setAlphaF(0.35);
    const QColor actualColour = style.kindColour(FigureKind::Capex);
    for (int i = 0; i < statements.size(); ++i) {
        const GuidanceHistory::Statement &s = statements.at(i);
        const Figure &f = figures.figure(s.row);
        const double x = first.daysTo(s.date);
        double low = values.at(i).first;
        double high = values.at(i).second;
        if (high - low < minHeight) { // a single value: a marker you can see
            low -= minHeight / 2;
            high += minHeight / 2;
        }
        const QRectF rect(QPointF(x - halfWidth, low), QPointF(x + halfWidth, high));
        if (s.actual) {
            canvas->addSegment({-pad, values.at(i).second}, {span + pad, values.at(i).second},
                               QPen(actualColour, 1.2, Qt::DashLine));
            canvas->keepLabelsClearOf(values.at(i).second);
            canvas->addRect(rect.adjusted(-halfWidth * 0.4, 0, halfWidth * 0.4, 0), actualColour,
                            Qt::NoPen, Tr::tr("Actual"));
        } else {
            canvas->addRect(rect, pale, QPen(planColour, 1.5), Tr::tr("Guidance (range)"));
        }
        canvas->addHotspot(rect, f.id,
                           ChartTexts::tooltip(f, figures, s.actual ? Tr::tr("actual") : Tr::tr("stated %1").arg(QLocale().toString(s.date, QLocale::LongFormat))));
        const QString value = format.quantityRange(f.low, f.high, f.unit);
        canvas->addLabel({x, high}, s.actual ? Tr::tr("Actual\n%1").arg(value)
                                             : Tr::tr("%1\n%2").arg(value, ChartDescription::monthYear(s.date)),
                         ChartCanvas::Side::Above);
    }
    return canvas;
}

} // namespace GuidanceChart
