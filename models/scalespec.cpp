#include "scalespec.h"

#include "chartdescription.h"
#include "figuremodel.h"
#include "ratiomodel.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RatioChart)
};
} // namespace

ScaleSpec::ScaleSpec(Document *document) : RatioSpec(document) {}

QString ScaleSpec::key() const
{
    return QStringLiteral("scale");
}

QString ScaleSpec::name() const
{
    return QCoreApplication::translate("ChartCatalog", "Scale");
}

QString ScaleSpec::description() const
{
    return QCoreApplication::translate(
        "ChartCatalog", "Proportional-area squares: the headline figure against the baseline");
}

QVector<int> ScaleSpec::rows() const
{
    const int subject = ratios().subjectRow();
    const int base = ratios().baselineRow();
    if (subject < 0 || base < 0)
        return {};
    return {subject, base};
}

QString ScaleSpec::altText() const
{
    return ChartDescription::scaleAltText(ratios());
}

QString ScaleSpec::emptyMessage() const
{
    if (!rows().isEmpty())
        return {};
    const QString why = RatioSpec::emptyMessage();
    return why.isEmpty() ? Tr::tr("Tick figures in the list to compare them.") : why;
}

QString ScaleSpec::defaultTitle() const
{
    return rows().isEmpty() ? Tr::tr("Scale") : Tr::tr("{figure} is {multiple} {baseline}");
}

QString ScaleSpec::defaultSubtitle() const
{
    if (rows().isEmpty())
        return {};
    // Says how the large square is drawn: solid for an actual, pale for a plan, estimate or claim;
    // a range fills to
    // its low end and is dashed to its high end.
    const Figure &f = ratios().shown(rows().first());
    const bool actual = f.status == FigureStatus::Actual;
    if (!(f.high > f.low))
        return actual ? Tr::tr("Areas in proportion: the small square is {baseline} at {baselineValue}; "
                               "the large one {figure} at {value}.")
                      : Tr::tr("Areas in proportion: the small square is {baseline} at {baselineValue}; "
                               "the large one {figure} at {value}, pale: a plan, estimate or claim.");
    if (!actual)
        return Tr::tr("Areas in proportion: the small square is {baseline} at {baselineValue}; the large "
                      "one {figure} at {value}, pale (a plan, estimate or claim) to its low end, dashed to its high end.");
    return Tr::tr("Areas in proportion: the small square is {baseline} at {baselineValue}; the "
                  "large one {figure} at {value}, solid to its low end, outlined to its high end.");
}
