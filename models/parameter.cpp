#include "parameter.h"

#include "numberformat.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parameter)
};
} // namespace

namespace ParameterText {

QString unitKey(ParameterUnit unit)
{
    switch (unit) {
    case ParameterUnit::UsdPerGpuHour:
        return QStringLiteral("USD/GPU-hour");
    case ParameterUnit::CnyPerUsd:
        return QStringLiteral("CNY/USD");
    case ParameterUnit::Number:
        break;
    }
    return QStringLiteral("number");
}

bool unitFromKey(const QString &key, ParameterUnit *unit)
{
    for (ParameterUnit u : {ParameterUnit::UsdPerGpuHour, ParameterUnit::Number, ParameterUnit::CnyPerUsd}) {
        if (unitKey(u) == key) {
            *unit = u;
            return true;
        }
    }
    return false;
}

QString value(const Parameter &parameter, const NumberFormat &format)
{
    if (parameter.unit == ParameterUnit::Number)
        return format.plain(parameter.value);
    if (parameter.unit == ParameterUnit::CnyPerUsd) {
        // Rates are published to four decimals ("7.0809"): shown as stated, not rounded to three figures.
        const QString rate = format.locale().toString(parameter.value, 'f', 4);
        return format.unitStyle() == NumberFormat::UnitStyle::Chinese ? Tr::tr("%1元/美元").arg(rate)
                                                                      : Tr::tr("%1 yuan per dollar").arg(rate);
    }
    // Prices read in cents: "$2.00", never "$2".
    const QString amount = format.locale().toString(parameter.value, 'f', 2);
    switch (format.unitStyle()) {
    case NumberFormat::UnitStyle::Short:
        return Tr::tr("$%1 per GPU-hour").arg(amount);
    case NumberFormat::UnitStyle::Long:
        return Tr::tr("%1 dollars per GPU-hour").arg(amount);
    case NumberFormat::UnitStyle::Chinese:
        return Tr::tr("%1美元/GPU小时").arg(amount);
    }
    return amount;
}

const Parameter *find(const QVector<Parameter> &parameters, const QString &name)
{
    for (const Parameter &p : parameters)
        if (p.name == name)
            return &p;
    return nullptr;
}

} // namespace ParameterText
