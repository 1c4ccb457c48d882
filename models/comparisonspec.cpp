#include "comparisonspec.h"

#include "chartdescription.h"
#include "figuremodel.h"
#include "ratiomodel.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RatioChart)
};
} // namespace

ComparisonSpec::ComparisonSpec(Document *document) : RatioSpec(document) {}

QString ComparisonSpec::key() const
{
    return QStringLiteral("comparison");
}

QString ComparisonSpec::name() const
{
    return QCoreApplication::translate("ChartCatalog", "Side by side");
}

QString ComparisonSpec::description() const
{
    return QCoreApplication::translate(
        "ChartCatalog", "The compared figures in dollars, log or linear, ranges as whiskers");
}

QVector<int> ComparisonSpec::rows() const
{
    const FigureModel &all = figures();
    const RatioModel &money = ratios();
    QVector<int> rows = ratios().comparedRows();
    if (ratios().baselineRow() >= 0)
        rows.append(ratios().baselineRow());
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [&](int row) { return !FigureText::isMoney(all.figure(row).unit); }),
               rows.end());
    std::stable_sort(rows.begin(), rows.end(),
                     [&](int a, int b) { return money.shownAmount(a).mid() > money.shownAmount(b).mid(); });
    return inChosenOrder(rows);
}

QString ComparisonSpec::headline() const
{
    return ChartDescription::comparisonHeadline(ratios());
}

QString ComparisonSpec::altText() const
{
    return ChartDescription::comparisonAltText(ratios(), rows(), settings().logScale);
}

QString ComparisonSpec::emptyMessage() const
{
    return rows().isEmpty() ? Tr::tr("Tick figures in the list to compare them.") : QString();
}

QString ComparisonSpec::defaultTitle() const
{
    const int n = int(rows().size());
    if (n == 0)
        return Tr::tr("The figures side by side");
    if (n == 1)
        return ChartDescription::labelled(QStringLiteral("{largestFigure}"), QStringLiteral("{largest}"));
    return Tr::tr("{count} figures side by side, from {smallest} to {largest}");
}

QString ComparisonSpec::defaultSubtitle() const
{
    return Tr::tr("%1; ranges as whiskers.")
        .arg(settings().logScale ? Tr::tr("Log scale") : Tr::tr("Linear scale"));
}

QHash<QString, QString> ComparisonSpec::placeholders() const
{
    QHash<QString, QString> values = RatioSpec::placeholders();
    const QVector<int> shown = rows();
    values.insert(QStringLiteral("count"), QString::number(shown.size()));
    if (shown.isEmpty())
        return values;
    const auto valueOf = [&](int row) {
        const Figure f = ratios().shown(row);
        return figures().numberFormat().quantityRange(f.low, f.high, f.unit);
    };
    values.insert(QStringLiteral("largestFigure"), FigureText::labelName(figures().figure(shown.first())));
    values.insert(QStringLiteral("largest"), valueOf(shown.first()));
    values.insert(QStringLiteral("smallest"), valueOf(shown.last()));
    return values;
}
