#include "chartcatalog.h"

#include "chartdata.h"
#include "chartdescription.h"
#include "document.h"
#include "figuremodel.h"
#include "growthchart.h"
#include "guidancechart.h"
#include "guidancehistory.h"
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
        {ChartType::Comparison, QStringLiteral("comparison"),
         QCoreApplication::translate("ChartCatalog", "Side by side"),
         QCoreApplication::translate("ChartCatalog",
                                     "The compared figures in dollars, log or linear, ranges as whiskers")},
        {ChartType::Scale, QStringLiteral("scale"),
         QCoreApplication::translate("ChartCatalog", "Scale"),
         QCoreApplication::translate("ChartCatalog",
                                     "Proportional-area squares: the headline figure against the baseline")},
        {ChartType::Growth, QStringLiteral("growth"),
         QCoreApplication::translate("ChartCatalog", "Growth"),
         QCoreApplication::translate("ChartCatalog",
                                     "One series by year with year-over-year change; guidance as a range")},
        {ChartType::Guidance, QStringLiteral("guidance"),
         QCoreApplication::translate("ChartCatalog", "Guidance history"),
         QCoreApplication::translate("ChartCatalog",
                                     "Each guidance statement for one company and year, then the actual")},
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

namespace {
// The company and year the guidance chart follows: the document's choice, else the one with
// the most statements.
GuidanceHistory::Subject guidanceSubject(const Document &document)
{
    return GuidanceHistory::fallback(*document.figures(), document.guidanceEntity(),
                                     document.guidanceYear());
}
} // namespace

ChartCanvas *build(ChartType type, const Document &document, const ChartStyle &style)
{
    const ChartSettings settings = document.chartSettings(entry(type).key);
    switch (type) {
    case ChartType::Ratio:
        return RatioChart::build(*document.ratios(), style, settings);
    case ChartType::Comparison:
        return RatioChart::buildComparison(*document.ratios(), style, settings);
    case ChartType::Scale:
        return RatioChart::buildScale(*document.ratios(), style, settings);
    case ChartType::Growth:
        return GrowthChart::build(*document.growth(), style, settings);
    case ChartType::Guidance: {
        const GuidanceHistory::Subject subject = guidanceSubject(document);
        return GuidanceChart::build(*document.figures(), subject.entity, subject.year, style, settings);
    }
    }
    Q_ASSERT(false);
    return nullptr;
}

QString dataCsv(ChartType type, const Document &document)
{
    switch (type) {
    case ChartType::Ratio:
    case ChartType::Comparison:
    case ChartType::Scale:
        return ChartData::ratioCsv(*document.ratios());
    case ChartType::Growth:
        return ChartData::growthCsv(*document.growth());
    case ChartType::Guidance: {
        const GuidanceHistory::Subject subject = guidanceSubject(document);
        return ChartData::guidanceCsv(*document.figures(), subject.entity, subject.year);
    }
    }
    return {};
}

QString headline(ChartType type, const Document &document)
{
    switch (type) {
    case ChartType::Ratio:
    case ChartType::Scale:
        return ChartDescription::ratioHeadline(*document.ratios());
    case ChartType::Comparison:
        return ChartDescription::comparisonHeadline(*document.ratios());
    case ChartType::Growth:
        return ChartDescription::growthHeadline(*document.growth());
    case ChartType::Guidance: {
        const GuidanceHistory::Subject subject = guidanceSubject(document);
        return ChartDescription::guidanceHeadline(*document.figures(), subject.entity, subject.year);
    }
    }
    return {};
}

QString altText(ChartType type, const Document &document)
{
    switch (type) {
    case ChartType::Ratio:
        return ChartDescription::ratioAltText(*document.ratios());
    case ChartType::Comparison:
        return ChartDescription::comparisonAltText(*document.ratios(),
                                                   document.chartSettings(entry(type).key).logScale);
    case ChartType::Scale:
        return ChartDescription::scaleAltText(*document.ratios());
    case ChartType::Growth:
        return ChartDescription::growthAltText(*document.growth());
    case ChartType::Guidance: {
        const GuidanceHistory::Subject subject = guidanceSubject(document);
        return ChartDescription::guidanceAltText(*document.figures(), subject.entity, subject.year);
    }
    }
    return {};
}

} // namespace ChartCatalog
