#include "derivedvalue.h"

#include <QCoreApplication>

DerivedValue divideRanges(double aLow, double aHigh, double bLow, double bHigh)
{
    if (bLow <= 0)
        return DerivedValue::undefined(
            QCoreApplication::translate("DerivedValue", "the value divided by is zero"));
    const double low = aLow / bHigh;
    const double high = aHigh / bLow;
    if (!(high <= kMaxQuotient)) // also inf and NaN: a divisor such as 5e-324
        return DerivedValue::undefined(QCoreApplication::translate(
            "DerivedValue", "the value divided by is so close to zero that the result is too large to show"));
    return DerivedValue::range(low, high);
}
