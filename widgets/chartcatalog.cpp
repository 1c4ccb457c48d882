#include "chartcatalog.h"

#include "chartdata.h"
#include "document.h"
#include "growthchart.h"
#include "ratiochart.h"

#include <QCoreApplication>

namespace ChartCatalog {

QVector<Entry> entries()
{
    return {
        {ChartType::Ratio, QStringLiteral("ratio"),
         QCoreApplication::translate("ChartCatalog", "Ratio"),
         QCoreApplication::translate("ChartCatalog",
                                     "Each compared figure as a multiple of the baseline (log scale)")},
        {ChartType::Growth, QStringLiteral("growth"),
         QCoreApplication::translate("ChartCatalog", "Growth"),
         QCoreApplication::translate("ChartCatalog",
                                     "One series by year with year-over-year change; guidance as a range")},
    };
}

Entry entry(ChartType type)
{
    for (const Entry &e : entries())
        if (e.type == type)
            return e;
    Q_ASSERT(false);
    return entries().first();
}

std::optional<ChartType> fromKey(const QString &key)
{
    for (const Entry &e : entries())
        if (e.key == key)
            return e.type;
    return std::nullopt;
}

ChartCanvas *build(ChartType type, const Document &document, const ChartStyle &style)
{
    switch (type) {
    case ChartType::Ratio:
        return RatioChart::build(*document.ratios(), style);
    case ChartType::Growth:
        return GrowthChart::build(*document.growth(), style);
    }
    Q_ASSERT(false);
    return nullptr;
}

QString dataCsv(ChartType type, const Document &document)
{
    switch (type) {
    case ChartType::Ratio:
        return ChartData::ratioCsv(*document.ratios());
    case ChartType::Growth:
        return ChartData::growthCsv(*document.growth());
    }
    return {};
}

} // namespace ChartCatalog
