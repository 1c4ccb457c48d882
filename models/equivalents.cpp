#include "equivalents.h"

#include "figuremodel.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Equivalents)
};

// "11,200" or "10,800–11,700", in the format's range mode.
QString plainRange(const NumberFormat &format, double low, double high)
{
    format.pick(&low, &high);
    const QString lo = format.plain(low);
    const QString hi = format.plain(high);
    return lo == hi ? hi : lo + QChar(0x2013) + hi;
}
} // namespace

namespace Equivalents {

int previousYearRow(const FigureModel &figures, int row)
{
    const Figure &f = figures.figure(row);
    int found = -1;
    for (int r = 0; r < figures.rowCount(); ++r) {
        const Figure &p = figures.figure(r);
        if (p.entity == f.entity && p.year == f.year - 1 && p.quarter == f.quarter && p.status == FigureStatus::Actual &&
            p.unit == f.unit && FigureText::seriesKind(p.kind) == FigureText::seriesKind(f.kind) &&
            (found < 0 || p.stated > figures.figure(found).stated))
            found = r;
    }
    return found;
}

QVector<Line> of(const FigureModel &figures, const QVector<Parameter> &parameters, int row,
                 int otherRow)
{
    QVector<Line> lines;
    const Figure &f = figures.figure(row);
    const NumberFormat &format = figures.numberFormat();
    double low = f.low;
    double high = f.high;
    format.pick(&low, &high);

    if (otherRow >= 0 && otherRow != row) {
        const Figure &o = figures.figure(otherRow);
        if (o.unit == f.unit && o.low > 0) {
            const DerivedValue v = divideRanges(low, high, o.low, o.high);
            if (v.defined)
                lines.append({v, Tr::tr("= %1 × %2 (%3 each)")
                                     .arg(plainRange(format, v.low, v.high), o.label,
                                          format.quantityRange(o.low, o.high, o.unit))});
        }
    }
    if (f.unit == FigureUnit::Usd) {
        for (const Parameter &p : parameters) {
            if (p.unit != ParameterUnit::UsdPerGpuHour || p.value <= 0)
                continue;
            const DerivedValue v = divideRanges(low, high, p.value, p.value);
            if (v.defined)
                lines.append({v, Tr::tr("= %1 at %2 (%3)")
                                     .arg(format.quantityRange(v.low, v.high, FigureUnit::GpuHours),
                                          ParameterText::value(p, format), p.label)});
        }
    }
    const int previous = previousYearRow(figures, row);
    if (previous >= 0 && figures.figure(previous).low > 0) {
        const Figure &p = figures.figure(previous);
        const DerivedValue v = divideRanges(low, high, p.low, p.high);
        if (v.defined)
            lines.append({v, Tr::tr("= %1% of %2 (%3)")
                                 .arg(plainRange(format, v.low * 100, v.high * 100), p.label, format.quantityRange(p.low, p.high, p.unit))});
    }
    return lines;
}

} // namespace Equivalents
