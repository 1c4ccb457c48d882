#pragma once

#include <QString>
#include <QVector>

class NumberFormat;

// A named assumption that formulas use, such as the rental price of a GPU-hour. A reader
// changes it to ask "what if"; every figure derived from it follows.
enum class ParameterUnit { UsdPerGpuHour, Number };

struct Parameter
{
    QString name;  // as formulas write it: "h800_price"
    QString label; // as people read it: "H800 rental price"
    double value = 0;
    double minimum = 0; // the range a slider offers; values outside it may still be typed
    double maximum = 0;
    ParameterUnit unit = ParameterUnit::Number;
    QString note; // where the default comes from

    bool operator==(const Parameter &o) const
    {
        return name == o.name && label == o.label && value == o.value && minimum == o.minimum &&
               maximum == o.maximum && unit == o.unit && note == o.note;
    }
    bool operator!=(const Parameter &o) const { return !(*this == o); }
};

namespace ParameterText {
QString unitKey(ParameterUnit unit);
bool unitFromKey(const QString &key, ParameterUnit *unit);
// The value with its unit: "$2.00 per GPU-hour", "1.5".
QString value(const Parameter &parameter, const NumberFormat &format);
const Parameter *find(const QVector<Parameter> &parameters, const QString &name);
} // namespace ParameterText
