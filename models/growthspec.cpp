#include "growthspec.h"

#include "chartdata.h"
#include "chartdescription.h"
#include "document.h"
#include "figuremodel.h"
#include "growthmodel.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GrowthChart)
};
} // namespace

GrowthSpec::GrowthSpec(Document *document) : ChartSpec(document)
{
    watch(document->growth());
    connect(document->growth(), &GrowthModel::seriesChanged, this, &ChartSpec::changed);
}

const GrowthModel &GrowthSpec::growth() const
{
    return *m_document->growth();
}

QString GrowthSpec::key() const
{
    return QStringLiteral("growth");
}

QString GrowthSpec::name() const
{
    return QCoreApplication::translate("ChartCatalog", "Growth");
}

QString GrowthSpec::description() const
{
    return QCoreApplication::translate(
        "ChartCatalog", "One series by year with year-over-year change; guidance as a range");
}

QVector<int> GrowthSpec::rows() const
{
    return ChartData::growthRows(growth());
}

QString GrowthSpec::headline() const
{
    return ChartDescription::growthHeadline(growth());
}

QString GrowthSpec::altText() const
{
    return ChartDescription::growthAltText(growth());
}

QString GrowthSpec::csv() const
{
    return ChartData::growthCsv(growth());
}

QString GrowthSpec::emptyMessage() const
{
    return growth().rowCount() == 0 ? Tr::tr("No figures in this series.") : QString();
}

QString GrowthSpec::defaultTitle() const
{
    return growth().rowCount() >= 2 ? Tr::tr("{series} by year, {first}–{last}")
                                    : Tr::tr("%1 by year").arg(QStringLiteral("{series}"));
}

QString GrowthSpec::defaultSubtitle() const
{
    const QString pick = growth().guidancePick() == GrowthModel::GuidancePick::Initial
                             ? Tr::tr("guidance as first announced")
                             : Tr::tr("latest guidance");
    // Ranges are hatched only where they are drawn as ranges: read at one end or the midpoint, or
    // with no guidance a range, the guidance bars are plain pale ones.
    bool hatched = false;
    if (figures().numberFormat().rangeMode() == NumberFormat::RangeMode::Range)
        for (int i = 0; i < growth().rowCount(); ++i)
            if (const int row = growth().yearRow(i).guidanceRow; row >= 0)
                hatched |= figures().figure(row).high > figures().figure(row).low;
    if (hatched)
        return Tr::tr("Actual (solid) and %1 (hatched range). Labels: value and change on the "
                      "previous year's actual.")
            .arg(pick);
    return Tr::tr("Actual (solid) and %1 (pale). Labels: value and change on the previous year's actual.")
        .arg(pick);
}

QHash<QString, QString> GrowthSpec::placeholders() const
{
    QHash<QString, QString> values{{QStringLiteral("series"), growth().seriesName()},
                                   {QStringLiteral("figure"), growth().seriesName()}};
    const int n = growth().rowCount();
    if (n == 0)
        return values;
    values.insert(QStringLiteral("first"), QString::number(growth().yearRow(0).year));
    values.insert(QStringLiteral("last"), QString::number(growth().yearRow(n - 1).year));
    const NumberFormat &format = figures().numberFormat();
    for (int i = n - 1; i >= 0; --i) { // the latest actual
        const GrowthModel::YearRow &y = growth().yearRow(i);
        if (y.actualRow < 0)
            continue;
        const Figure &f = figures().figure(y.actualRow);
        values.insert(QStringLiteral("year"), QString::number(y.year));
        values.insert(QStringLiteral("value"), format.quantityRange(f.low, f.high, f.unit));
        if (y.actualChange.defined)
            values.insert(QStringLiteral("change"),
                          format.percentChangeRange(y.actualChange.low, y.actualChange.high));
        break;
    }
    return values;
}

QString GrowthSpec::comparisonKey() const
{
    return QStringLiteral("series=%1/%2;guidance=%3")
        .arg(growth().series().entity, FigureText::kindKey(growth().series().kind))
        .arg(int(growth().guidancePick()));
}

QVector<QPair<double, double>> GrowthSpec::shownNumbers() const
{
    QVector<QPair<double, double>> numbers = ChartSpec::shownNumbers();
    for (int i = 0; i < growth().rowCount(); ++i) {
        const GrowthModel::YearRow &y = growth().yearRow(i);
        numbers.append({double(y.year), double(y.year)});
        for (const DerivedValue &change : {y.actualChange, y.guidanceChange})
            if (change.defined) // percent changes as the text states them: 12.5 for 12.5%
                numbers.append({change.low * 100, change.high * 100});
    }
    return numbers;
}
