#include "optionscope.h"

#include "localization.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

// The notes are command-line messages: filed under "CommandLine" with the others.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

struct Scope
{
    const char *option;
    QVector<ChartType> charts; // the charts the option can change
};

// The options that belong to some charts only; the rest (sizes, texts, --param, --range, …)
// change every chart. Currency, baseline and comparison are the ratio model's, which the
// growth, guidance and trend charts do not read (they show each series in its own currency).
// A highlight and a bar order go where ChartCatalog says the chart draws them (the window's menu
// asks the same); --annotate writes on every chart.
QVector<ChartType> chartsWhere(bool (*takes)(ChartType))
{
    QVector<ChartType> charts;
    for (const ChartCatalog::Entry &entry : ChartCatalog::entries())
        if (takes(entry.type))
            charts.append(entry.type);
    return charts;
}

const QVector<Scope> &scopes()
{
    static const QVector<ChartType> ratioCharts{ChartType::Ratio, ChartType::Comparison, ChartType::Scale};
    static const QVector<Scope> table{
        {"highlight", chartsWhere(ChartCatalog::drawsHighlight)},
        {"sort", chartsWhere(ChartCatalog::takesBarOrder)},
        {"baseline", ratioCharts},
        {"compare", ratioCharts},
        {"currency", ratioCharts},
        {"linear", {ChartType::Comparison}},
        {"log", {ChartType::Comparison}},
        {"entities", {ChartType::Trend}},
        {"quarterly", {ChartType::Trend}},
        {"line", {ChartType::Trend}},
        {"cumulative", {ChartType::Trend}},
    };
    return table;
}

// A chart as messages name it: its --chart key in English, its window name in another language.
QString chartWord(ChartType type)
{
    const ChartCatalog::Entry entry = ChartCatalog::entry(type);
    return Localization::current() == QLatin1String("en") ? entry.key : entry.name;
}

// "ratio, comparison and scale"
QString chartList(const QVector<ChartType> &charts)
{
    QStringList words;
    for (ChartType type : charts)
        words.append(chartWord(type));
    const QString last = words.takeLast();
    if (words.isEmpty())
        return last;
    return Tr::tr("%1 and %2", "the last two of a list of chart names")
        .arg(words.join(Tr::tr(", ", "between chart names in a list")), last);
}

} // namespace

namespace OptionScope {

QStringList notes(const QCommandLineParser &parser, ChartType chart)
{
    QStringList notes;
    for (const Scope &scope : scopes()) {
        if (scope.charts.contains(chart) || !parser.isSet(QLatin1String(scope.option)))
            continue;
        const QString option = QStringLiteral("--") + QLatin1String(scope.option);
        notes.append(scope.charts.size() == 1
                         ? Tr::tr("note: %1 applies to the %2 chart only; the %3 chart is drawn without it.")
                               .arg(option, chartList(scope.charts), chartWord(chart))
                         : Tr::tr("note: %1 applies to the %2 charts only; the %3 chart is drawn without it.")
                               .arg(option, chartList(scope.charts), chartWord(chart)));
    }
    return notes;
}

} // namespace OptionScope
