#include "axisticks.h"

#include <cmath>

double niceStep(double rawStep)
{
    if (!(rawStep > 0) || !std::isfinite(rawStep))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rawStep)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * magnitude >= rawStep * (1 - 1e-9))
            return m * magnitude;
    return 10 * magnitude;
}

LinearTicks niceLinearTicks(double maxValue, int targetCount)
{
    LinearTicks ticks;
    if (!(maxValue > 0) || !std::isfinite(maxValue))
        maxValue = 1;
    // Of the step counts near the target, take the one whose top wastes least room.
    int steps = 0;
    for (int count = qMax(2, targetCount - 1); count <= targetCount + 3; ++count) {
        const double step = niceStep(maxValue / count);
        const int n = int(std::ceil(maxValue / step - 1e-9));
        if (steps == 0 || n * step < ticks.top - 1e-9 * step) {
            ticks.step = step;
            ticks.top = n * step;
            steps = n;
        }
    }
    for (int i = 0; i <= steps; ++i)
        ticks.values.append(i * ticks.step);
    return ticks;
}

QVector<int> logDecades(double minValue, double maxValue, bool includeOne)
{
    int first = 0;
    int last = 0;
    if (minValue > 0 && std::isfinite(minValue))
        first = int(std::floor(std::log10(minValue) + 1e-9));
    if (maxValue > 0 && std::isfinite(maxValue))
        last = qMax(first, int(std::ceil(std::log10(maxValue) - 1e-9)));
    if (includeOne) {
        first = qMin(0, first);
        last = qMax(0, last);
    }
    QVector<int> decades;
    for (int d = first; d <= last; ++d)
        decades.append(d);
    return decades;
}

QVector<double> logTicks(const QVector<int> &decades)
{
    QVector<double> ticks;
    if (decades.isEmpty())
        return ticks;
    // Within one decade: 1, 2, 3 and 5 times it; within a few: 1, 2 and 5; else decades.
    static const QVector<double> narrow{1.0, 2.0, 3.0, 5.0};
    static const QVector<double> middling{1.0, 2.0, 5.0};
    static const QVector<double> wide{1.0};
    const QVector<double> &steps = decades.size() <= 2 ? narrow : decades.size() < 4 ? middling : wide;
    const double last = std::pow(10.0, decades.last());
    for (int d : decades)
        for (double times : steps)
            if (const double v = times * std::pow(10.0, d); v <= last * (1 + 1e-9))
                ticks.append(v);
    return ticks;
}
