#include "chartcatalog.h"

#include "chartspec.h"
#include "comparisonspec.h"
#include "document.h"
#include "figure.h"
#include "growthchart.h"
#include "growthspec.h"
#include "guidancechart.h"
#include "guidancespec.h"
#include "ratiochart.h"
#include "scalespec.h"
#include "trendchart.h"
#include "trendspec.h"

namespace ChartCatalog {

namespace {
// Which renderer draws which chart: the one place widgets name the charts.
const QVector<QPair<ChartType, QString>> &types()
{
    static const QVector<QPair<ChartType, QString>> table{
        {ChartType::Ratio, QStringLiteral("ratio")},
        {ChartType::Comparison, QStringLiteral("comparison")},
        {ChartType::Scale, QStringLiteral("scale")},
        {ChartType::Growth, QStringLiteral("growth")},
        {ChartType::Guidance, QStringLiteral("guidance")},
        {ChartType::Trend, QStringLiteral("trend")}};
    return table;
}

QString keyOf(ChartType type)
{
    for (const auto &t : types())
        if (t.first == type)
            return t.second;
    Q_ASSERT(false);
    return {};
}
} // namespace

QVector<Entry> entries()
{
    // Names and descriptions are the specs' own; an empty document only lends them.
    const Document names;
    QVector<Entry> list;
    for (const auto &t : types()) {
        const ChartSpec *spec = names.chart(t.second);
        Q_ASSERT(spec);
        list.append({t.first, spec->key(), spec->name(), spec->description()});
    }
    return list;
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
    for (const auto &t : types())
        if (t.second == key)
            return t.first;
    return std::nullopt;
}

bool drawsHighlight(ChartType type)
{
    return type == ChartType::Ratio || type == ChartType::Comparison || type == ChartType::Growth ||
           type == ChartType::Trend;
}

bool takesBarOrder(ChartType type)
{
    return type == ChartType::Ratio || type == ChartType::Comparison;
}

const ChartSpec &spec(ChartType type, const Document &document)
{
    const ChartSpec *found = document.chart(keyOf(type));
    Q_ASSERT(found);
    return *found;
}

ChartCanvas *build(ChartType type, const Document &document, const ChartStyle &style)
{
    const ChartSpec &s = spec(type, document);
    switch (type) {
    case ChartType::Ratio:
        return RatioChart::build(static_cast<const RatioSpec &>(s), style);
    case ChartType::Comparison:
        return RatioChart::buildComparison(static_cast<const ComparisonSpec &>(s), style);
    case ChartType::Scale:
        return RatioChart::buildScale(static_cast<const ScaleSpec &>(s), style);
    case ChartType::Growth:
        return GrowthChart::build(static_cast<const GrowthSpec &>(s), style);
    case ChartType::Guidance:
        return GuidanceChart::build(static_cast<const GuidanceSpec &>(s), style);
    case ChartType::Trend:
        return TrendChart::build(static_cast<const TrendSpec &>(s), style);
    }
    Q_ASSERT(false);
    return nullptr;
}

int layoutOf(ChartType type, const Document &document, const ChartStyle &style)
{
    if (type != ChartType::Growth)
        return 0;
    return GrowthChart::layoutOf(static_cast<const GrowthSpec &>(spec(type, document)), style);
}

QString dataCsv(ChartType type, const Document &document)
{
    return spec(type, document).csv();
}

QString headline(ChartType type, const Document &document)
{
    return FigureText::tidyChineseSpacing(spec(type, document).headline());
}

QString altText(ChartType type, const Document &document)
{
    const ChartSpec &chart = spec(type, document);
    const QString hidden = chart.hiddenNotice();
    return FigureText::tidyChineseSpacing(FigureText::joinSentences({chart.altText(), hidden}));
}

} // namespace ChartCatalog
