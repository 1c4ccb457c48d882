#pragma once

#include <QString>
#include <QVector>

class NumberFormat;

// A named assumption that formulas use, such as the rental price of a GPU-hour. A reader
// changes it to ask "what if"; every figure derived from it follows.
// CnyPerUsd: an exchange rate in yuan per dollar (usd_cny_2023), see currency.h.
enum class ParameterUnit { UsdPerGpuHour, Number, CnyPerUsd };

struct Parameter
{
    QString name;  // as formulas write it: "h800_price"
    QString label; // as people read it: "H800 rental price"
    double value = 0;
    double minimum = 0; // the range a slider offers; values outside it may still be typed
    double maximum = 0;
    ParameterUnit unit = ParameterUnit::Number;
    QString note; // where the default comes from
    // For a dated, sourced value (an exchange rate's annual average): its year, its source as a
    // chart footer names it ("Federal Reserve G.5A"), and the value that source states, so that a
    // value set by hand is never passed off as the source's.
    int year = 0;
    QString source;
    double sourced = 0;

    bool operator==(const Parameter &o) const
    {
        return name == o.name && label == o.label && value == o.value && minimum == o.minimum &&
               maximum == o.maximum && unit == o.unit && note == o.note && year == o.year &&
               source == o.source && sourced == o.sourced;
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
