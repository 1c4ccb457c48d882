#include "trendsettings.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TrendSettings)
};
} // namespace

QStringList TrendSettings::defaultEntities()
{
    return {QStringLiteral("Meta"), QStringLiteral("Microsoft"), QStringLiteral("Alphabet"),
            QStringLiteral("Amazon")};
}

QJsonObject TrendSettings::toJson() const
{
    return QJsonObject{{QStringLiteral("entities"), QJsonArray::fromStringList(entities)},
                       {QStringLiteral("kind"), FigureText::kindKey(kind)},
                       {QStringLiteral("firstYear"), firstYear},
                       {QStringLiteral("lastYear"), lastYear},
                       {QStringLiteral("byQuarter"), quarterly},
                       {QStringLiteral("line"), line},
                       {QStringLiteral("cumulative"), cumulative}};
}

bool TrendSettings::fromJson(const QJsonObject &json, TrendSettings *settings, QString *problem)
{
    TrendSettings read;
    for (const QJsonValue &v : json.value(QLatin1String("entities")).toArray()) {
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            *problem = Tr::tr("the trend chart's companies must be names.");
            return false;
        }
        read.entities.append(v.toString());
    }
    const QString kind = json.value(QLatin1String("kind")).toString(FigureText::kindKey(read.kind));
    if (!FigureText::kindFromKey(kind, &read.kind)) {
        *problem = Tr::tr("the trend chart's kind “%1” is unknown.").arg(kind);
        return false;
    }
    read.firstYear = json.value(QLatin1String("firstYear")).toInt(read.firstYear);
    read.lastYear = json.value(QLatin1String("lastYear")).toInt(read.lastYear);
    if (read.firstYear < 0 || read.lastYear < 0 || (read.lastYear && read.firstYear > read.lastYear)) {
        *problem = Tr::tr("the trend chart's years %1–%2 are not a span.").arg(read.firstYear).arg(read.lastYear);
        return false;
    }
    read.quarterly = json.value(QLatin1String("byQuarter")).toBool();
    read.line = json.value(QLatin1String("line")).toBool();
    read.cumulative = json.value(QLatin1String("cumulative")).toBool();
    *settings = read;
    return true;
}
