#include "ratiospec.h"

#include "chartdata.h"
#include "chartdescription.h"
#include "document.h"
#include "figuremodel.h"
#include "ratiomodel.h"

#include <QCoreApplication>

namespace {
// The chart's own words are filed under "RatioChart", where they were before the spec existed.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RatioChart)
};
} // namespace

RatioSpec::RatioSpec(Document *document) : ChartSpec(document)
{
    RatioModel *model = document->ratios();
    watch(model);
    connect(model, &RatioModel::comparedChanged, this, &ChartSpec::changed);
    connect(model, &RatioModel::baselineChanged, this, &ChartSpec::changed);
}

const RatioModel &RatioSpec::ratios() const
{
    return *m_document->ratios();
}

QString RatioSpec::key() const
{
    return QStringLiteral("ratio");
}

QString RatioSpec::name() const
{
    return QCoreApplication::translate("ChartCatalog", "Ratio");
}

QString RatioSpec::description() const
{
    return QCoreApplication::translate("ChartCatalog",
                                       "Each compared figure as a multiple of the baseline (log scale)");
}

QVector<int> RatioSpec::rows() const
{
    QVector<int> rows = ratios().chartRows();
    // The baseline (1×) stays at the foot, whatever the order of the others.
    const bool withBaseline = !rows.isEmpty() && rows.last() == ratios().baselineRow();
    if (withBaseline)
        rows.removeLast();
    rows = inChosenOrder(rows);
    if (withBaseline)
        rows.append(ratios().baselineRow());
    return rows;
}

QVector<int> RatioSpec::csvRows() const
{
    return rows() + ratios().undefinedComparedRows();
}

QVector<int> RatioSpec::altRows() const
{
    QVector<int> items = rows();
    items.removeAll(ratios().baselineRow()); // the alt text names the baseline before its list
    return items;
}

QString RatioSpec::headline() const
{
    return ChartDescription::ratioHeadline(ratios());
}

QString RatioSpec::altText() const
{
    return ChartDescription::ratioAltText(ratios());
}

QString RatioSpec::csv() const
{
    return ChartData::ratioCsv(ratios(), csvRows());
}

QString RatioSpec::emptyMessage() const
{
    if (ratios().baselineRow() < 0)
        return Tr::tr("Choose a baseline figure.");
    if (rows().size() > 1)
        return {};
    const QVector<int> undefined = ratios().undefinedComparedRows();
    if (!undefined.isEmpty())
        return ratios().ratio(undefined.first()).reason;
    return Tr::tr("Tick figures in the list to compare them.");
}

QString RatioSpec::hiddenNotice() const
{
    // Compared figures still in the table that the filter keeps off the chart.
    const int base = ratios().baselineRow();
    int hidden = 0;
    for (const QString &id : ratios().comparedIds()) {
        const int row = figures().rowOf(id);
        if (row >= 0 && row != base && !ratios().filter().accepts(figures().figure(row)))
            ++hidden;
    }
    if (hidden == 0)
        return {};
    return hidden == 1 ? Tr::tr("1 compared figure hidden by the filter.")
                       : Tr::tr("%1 compared figures hidden by the filter.").arg(hidden);
}

QString RatioSpec::defaultTitle() const
{
    if (ratios().baselineRow() < 0 || rows().size() <= 1)
        return Tr::tr("Multiples of a baseline figure");
    if (ratios().subjectRow() < 0)
        return Tr::tr("Multiples of {baseline}");
    return Tr::tr("{figure} is {multiple} {baseline}");
}

QString RatioSpec::defaultSubtitle() const
{
    if (ratios().baselineRow() < 0 || rows().size() <= 1)
        return {};
    return Tr::tr("Each figure as a multiple of {baseline} at {baselineValue}. Log scale.");
}

QHash<QString, QString> RatioSpec::placeholders() const
{
    QHash<QString, QString> values;
    const FigureModel &all = figures();
    const NumberFormat &format = all.numberFormat();
    values.insert(QStringLiteral("count"), QString::number(altRows().size()));
    if (const int base = ratios().baselineRow(); base >= 0) {
        const Figure &b = ratios().shown(base);
        values.insert(QStringLiteral("baseline"), FigureText::labelName(b));
        values.insert(QStringLiteral("baselineValue"), format.quantityRange(b.low, b.high, b.unit));
    }
    if (const int subject = ratios().subjectRow(); subject >= 0 && ratios().ratio(subject).defined) {
        const Figure &f = ratios().shown(subject);
        values.insert(QStringLiteral("figure"), FigureText::labelName(f));
        values.insert(QStringLiteral("value"), format.quantityRange(f.low, f.high, f.unit));
        values.insert(QStringLiteral("multiple"), ChartDescription::multipleInWords(ratios(), subject));
    }
    return values;
}

QString RatioSpec::comparisonKey() const
{
    QStringList compared = ratios().comparedIds();
    compared.sort();
    return QStringLiteral("baseline=%1;compared=%2")
        .arg(ratios().baselineId(), compared.join(QLatin1Char(',')));
}

QVector<QPair<double, double>> RatioSpec::shownNumbers() const
{
    QVector<QPair<double, double>> numbers = ChartSpec::shownNumbers();
    for (int row : rows())
        if (const DerivedValue r = ratios().ratio(row); r.defined)
            numbers.append({r.low, r.high});
    for (int row : rows()) { // the converted values a chart shows, besides the stated ones
        const Currency::Amount f = ratios().shownAmount(row);
        numbers.append({f.low, f.high});
    }
    if (ratios().converts(rows()))
        numbers.append({ratios().rate().yuanPerDollar, ratios().rate().yuanPerDollar});
    return numbers;
}

QString RatioSpec::conversionNote() const
{
    const QString note = ratios().conversionNote(rows());
    if (note.isEmpty() || key() == QLatin1String("comparison"))
        return note;
    return note + QLatin1Char(' ') +
           Tr::tr("Multiples across currencies are worked out after this conversion, never from "
                  "amounts in two currencies.");
}

