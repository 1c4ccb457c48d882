#include "derivedvalue.h"

#include <QCoreApplication>

DerivedValue divideRanges(double aLow, double aHigh, double bLow, double bHigh)
{
    if (bLow <= 0)
        return DerivedValue::undefined(
            QCoreApplication::translate("DerivedValue", "the value divided by is zero"));
    return DerivedValue::range(aLow / bHigh, aHigh / bLow);
}
