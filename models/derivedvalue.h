#pragma once

#include <QString>

// A number computed from figures, carried as a low–high range, or empty with the reason why
// (a zero baseline, a missing previous year) so that no inf or NaN ever reaches a chart.
struct DerivedValue
{
    bool defined = false;
    double low = 0;
    double high = 0;
    QString reason;

    static DerivedValue range(double low, double high) { return {true, low, high, {}}; }
    static DerivedValue undefined(const QString &why) { return {false, 0, 0, why}; }
    double mid() const { return (low + high) / 2; }
    bool operator==(const DerivedValue &o) const
    {
        return defined == o.defined && low == o.low && high == o.high && reason == o.reason;
    }
    bool operator!=(const DerivedValue &o) const { return !(*this == o); }
};

// No quotient beyond this is shown: a multiple of a billion billion says only that the divisor
// is next to zero, and past it lie inf and numbers no format reads well.
constexpr double kMaxQuotient = 1e18;

// a / b with ranges carried through: the smallest quotient over the largest divisor, and back.
// Undefined with the reason when b can be zero or the quotient passes kMaxQuotient.
DerivedValue divideRanges(double aLow, double aHigh, double bLow, double bHigh);
