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
// Tick values on a log axis over these decades: the decades alone where they are four or more,
// else 1, 2 and 5 times each (1, 2, 3 and 5 within one decade) up to the last decade,
// so a narrow span still has labels to read.
QVector<double> logTicks(const QVector<int> &decades);
