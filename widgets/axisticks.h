#pragma once

#include <QVector>

// Axis ranges a reader can follow: steps of 1, 2, 2.5 or 5 × 10^n from zero, and whole
// powers of ten on log axes.
struct LinearTicks
{
    double step = 1;
    double top = 1;
    QVector<double> values; // 0, step, ..., top
};

// Ticks from zero to at least maxValue, with targetCount - 1 to targetCount + 3 steps: the
// count whose top is closest above maxValue.
LinearTicks niceLinearTicks(double maxValue, int targetCount = 5);
// The smallest step of the 1, 2, 2.5, 5 × 10^n family not below rawStep.
double niceStep(double rawStep);
// Whole decades (as exponents) covering [minValue, maxValue]; with includeOne, 10^0 too.
QVector<int> logDecades(double minValue, double maxValue, bool includeOne = true);
