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
    return unit == ParameterUnit::UsdPerGpuHour ? QStringLiteral("USD/GPU-hour")
                                                : QStringLiteral("number");
}

bool unitFromKey(const QString &key, ParameterUnit *unit)
{
    for (ParameterUnit u : {ParameterUnit::UsdPerGpuHour, ParameterUnit::Number}) {
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
