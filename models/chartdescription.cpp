#include "chartdescription.h"

#include "fiscalyear.h"
#include "quotenumbers.h"
#include "spendingscope.h"

#include "figuremodel.h"
#include "growthmodel.h"
#include "guidancehistory.h"
#include "ratiomodel.h"

#include <QCoreApplication>
#include <QStringList>

namespace {

// Translations are filed under "ChartDescription", for lupdate and at run time alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChartDescription)
};

QString figureCount(int n)
{
    return n == 1 ? Tr::tr("1 figure") : Tr::tr("%1 figures").arg(n);
}

// A figure converted into the chart's currency says what it was stated as: "$10.8B (RMB 76.8B)".
QString value(const FigureModel &figures, const Figure &f)
{
    const QString v = figures.numberFormat().quantityRange(f.low, f.high, f.unit);
    const int row = figures.rowOf(f.id);
    if (row < 0 || figures.figure(row).unit == f.unit)
        return v;
    const Figure &stated = figures.figure(row);
    return Tr::tr("%1 (%2)", "a converted value and the value as stated")
        .arg(v, figures.numberFormat().quantityRange(stated.low, stated.high, stated.unit));
}

// "10,800–11,700 times": a multiple said in words.
QString times(const NumberFormat &format, const DerivedValue &r)
{
    QString text = format.multipleRange(r.low, r.high);
    text.chop(1); // the × sign
    return Tr::tr("%1 times").arg(text);
}

// A derived figure is its source's own number only while the source's quote states the value it
// has now (DeepSeek's $5.576M at the $2 an hour it assumed); at another parameter it is ours.
bool asTheSourceStatedIt(const Figure &f)
{
    return !f.isDerived() ||
           (QuoteNumbers::states(f.source.quote, f.low) && QuoteNumbers::states(f.source.quote, f.high));
}

// "(derived: 2.788M GPU-hours × $3.00 per GPU-hour)": how a derived figure was made.
QString howDerived(const FigureModel &figures, const Figure &f)
{
    const QString text = figures.derivationText(figures.rowOf(f.id));
    return text.isEmpty() ? QString() : Tr::tr(" (%1)").arg(text);
}

// The value a sentence states: a range as stated, with the end or midpoint in use beside it
// ("$60.0–65.0B (midpoint $62.5B)"), so no sentence states a number its source never gave.
QString statedValue(const FigureModel &figures, const Figure &f)
{
    const NumberFormat &format = figures.numberFormat();
    if (format.rangeMode() == NumberFormat::RangeMode::Range || !(f.high > f.low))
        return value(figures, f);
    NumberFormat whole = format;
    whole.setRangeMode(NumberFormat::RangeMode::Range);
    const QString full = whole.quantityRange(f.low, f.high, f.unit);
    const QString picked = value(figures, f);
    switch (format.rangeMode()) {
    case NumberFormat::RangeMode::Low:
        return Tr::tr("%1 (low end %2)").arg(full, picked);
    case NumberFormat::RangeMode::High:
        return Tr::tr("%1 (high end %2)").arg(full, picked);
    default:
        return Tr::tr("%1 (midpoint %2)").arg(full, picked);
    }
}

// What a training run cost, said as its source said it: stated, estimated by someone, or derived.
QString trainingCostClause(const FigureModel &figures, const Figure &f, const QString &v)
{
    if (!asTheSourceStatedIt(f))
        return Tr::tr("%1 would cost %2%3").arg(FigureText::labelName(f), v, howDerived(figures, f));
    if (f.status == FigureStatus::Estimate && !f.source.publisher.isEmpty())
        return Tr::tr("%1 estimates %2 at %3").arg(f.source.publisher, FigureText::labelName(f), v);
    if (f.status == FigureStatus::Estimate)
        return Tr::tr("%1 is estimated at %2").arg(FigureText::labelName(f), v);
    return Tr::tr("%1 cost %2").arg(FigureText::labelName(f), v);
}

// "Meta plans to spend $60–65B on capital projects in 2025"; a figure for part of the capex
// says what it covers, and a fiscal year is said as one ("Microsoft plans to spend $80B on
// AI-enabled data centres in fiscal 2025 (Jul 2024–Jun 2025)").
QString spendClause(const Figure &f, const QString &v)
{
    const QString entity = FigureText::entityName(f);
    const QString year = FiscalYear::inYear(f);
    const QString scope = SpendingScope::of(f);
    const bool plan = f.kind == FigureKind::CapexGuidance;
    if (!scope.isEmpty())
        return plan ? Tr::tr("%1 plans to spend %2 on %3 in %4").arg(entity, v, scope, year)
                    : Tr::tr("%1 spent %2 on %3 in %4").arg(entity, v, scope, year);
    if (plan && f.status == FigureStatus::Estimate)
        return Tr::tr("%1 is expected to spend %2 on capital projects in %3").arg(entity, v, year);
    return plan ? Tr::tr("%1 plans to spend %2 on capital projects in %3").arg(entity, v, year)
                : Tr::tr("%1 spent %2 on capital projects in %3").arg(entity, v, year);
}

// What the subject of a headline did: "Meta plans to spend $60–65B on capital projects in 2025".
QString subjectClause(const FigureModel &figures, const Figure &f)
{
    const QString v = statedValue(figures, f);
    switch (f.kind) {
    case FigureKind::CapexGuidance:
    case FigureKind::Capex:
        return spendClause(f, v);
    case FigureKind::AnalystConsensus:
        return Tr::tr("Analysts expected %1 to spend %2 on capital projects in %3")
            .arg(FigureText::entityName(f), v, FiscalYear::inYear(f));
    case FigureKind::Pledge:
        return Tr::tr("%1 pledged %2 (%3)").arg(FigureText::labelName(f), v, f.periodLabel);
    case FigureKind::Commitment:
        return Tr::tr("%1 committed to %2 (%3)").arg(FigureText::labelName(f), v, f.periodLabel);
    case FigureKind::TrainingComputeCost:
        return trainingCostClause(figures, f, v);
    case FigureKind::ComputeHours:
        return Tr::tr("%1 took %2").arg(FigureText::labelName(f), v);
    case FigureKind::HardwareEstimate:
    case FigureKind::OperatingCostEstimate:
        return Tr::tr("%1 is estimated at %2").arg(FigureText::labelName(f), v);
    case FigureKind::Other:
        return Tr::tr("%1 is %2").arg(FigureText::labelName(f), v);
    }
    return FigureText::labelName(f);
}

// The baseline as the object of a comparison: "the $5.58M DeepSeek says … cost".
QString baselinePhrase(const FigureModel &figures, const Figure &b)
{
    const QString v = value(figures, b);
    if (b.kind == FigureKind::TrainingComputeCost && !asTheSourceStatedIt(b))
        return Tr::tr("the %1 the %2 would cost%3").arg(v, FigureText::labelName(b), howDerived(figures, b));
    if (b.kind == FigureKind::TrainingComputeCost && b.status == FigureStatus::Stated && b.isDerived())
        return Tr::tr("the %1 %2 says the %3 cost (%4 at the rental price %2 assumed)")
            .arg(v, FigureText::entityName(b), FigureText::labelName(b),
                 figures.derivationText(figures.rowOf(b.id)));
    if (b.kind == FigureKind::TrainingComputeCost && b.status == FigureStatus::Stated)
        return Tr::tr("the %1 %2 says the %3 cost").arg(v, FigureText::entityName(b), FigureText::labelName(b));
    if (b.kind == FigureKind::TrainingComputeCost && b.status == FigureStatus::Estimate &&
        !b.source.publisher.isEmpty())
        return Tr::tr("the %1 %2 estimates the %3 cost").arg(v, b.source.publisher, FigureText::labelName(b));
    if (b.kind == FigureKind::Capex && b.status == FigureStatus::Actual && SpendingScope::of(b).isEmpty())
        return Tr::tr("the %1 %2 spent on capital projects in %3").arg(v, FigureText::entityName(b), FiscalYear::inYear(b));
    return Tr::tr("the %1 of %2").arg(v, FigureText::labelName(b));
}

// "," between the parts of one item of a list, in the language's punctuation.
QString comma()
{
    return Tr::tr(", ", "between the parts of an item in a generated sentence");
}

QStringList rowsAsText(const RatioModel &ratios, const QVector<int> &rows, bool withMultiple)
{
    const FigureModel &figures = *ratios.figures();
    const NumberFormat &format = figures.numberFormat();
    QStringList parts;
    for (int row : rows) {
        const Figure &f = ratios.shown(row);
        const DerivedValue r = ratios.ratio(row);
        parts << (withMultiple ? Tr::tr("%1: %2 (%3)").arg(FigureText::labelName(f), format.multipleRange(r.low, r.high),
                                                       value(figures, f))
                               : Tr::tr("%1: %2").arg(FigureText::labelName(f), value(figures, f)));
    }
    return parts;
}

} // namespace

namespace ChartDescription {

QString ratioHeadline(const RatioModel &ratios)
{
    const FigureModel &figures = *ratios.figures();
    const int subject = ratios.subjectRow();
    const int base = ratios.baselineRow();
    const QVector<int> undefinedRows = ratios.undefinedComparedRows();
    if (subject < 0 && base >= 0 && !undefinedRows.isEmpty())
        return ratios.ratio(undefinedRows.first()).reason; // no multiple to tell, but why not
    if (subject < 0 || base < 0)
        return {};
    const QString clause = subjectClause(figures, ratios.shown(subject));
    return Tr::tr("%1, %2 %3.")
        .arg(clause, times(figures.numberFormat(), ratios.ratio(subject)),
             baselinePhrase(figures, ratios.shown(base)));
}

QString ratioTitle(const RatioModel &ratios)
{
    const FigureModel &figures = *ratios.figures();
    const int subject = ratios.subjectRow();
    const int base = ratios.baselineRow();
    if (subject < 0 || base < 0)
        return {};
    return Tr::tr("%1 is %2 %3")
        .arg(FigureText::labelName(ratios.shown(subject)), times(figures.numberFormat(), ratios.ratio(subject)),
             FigureText::labelName(ratios.shown(base)));
}

QString labelled(const QString &label, const QString &value)
{
    return Tr::tr("%1 at %2", "a figure and its value").arg(label, value);
}

QString sentence(const QString &text)
{
    return Tr::tr("%1.", "a generated sentence").arg(text);
}

QString list(const QStringList &items)
{
    return items.join(Tr::tr("; ", "between the items of a list in a generated sentence"));
}

QString ratioAltText(const RatioModel &ratios)
{
    const FigureModel &figures = *ratios.figures();
    const int base = ratios.baselineRow();
    if (base < 0)
        return Tr::tr("Ratio chart with no baseline chosen.");
    const Figure &b = ratios.shown(base);
    QVector<int> rows = ratios.chartRows();
    rows.removeAll(base);
    if (rows.isEmpty()) { // say why, rather than list nothing
        const QVector<int> undefined = ratios.undefinedComparedRows();
        return Tr::tr("Ratio chart with no multiple to show: %1")
            .arg(undefined.isEmpty() ? Tr::tr("no figure is compared with %1.").arg(FigureText::labelName(b))
                                     : ratios.ratio(undefined.first()).reason);
    }
    return Tr::tr("Bar chart, log scale: %1 as multiples of %2. %3.")
        .arg(figureCount(int(rows.size())))
        .arg(labelled(FigureText::labelName(b), value(figures, b)), list(rowsAsText(ratios, rows, true)));
}

QString comparisonHeadline(const RatioModel &ratios)
{
    return ratioHeadline(ratios);
}

QString multipleInWords(const RatioModel &ratios, int row)
{
    return times(ratios.figures()->numberFormat(), ratios.ratio(row));
}

QString comparisonAltText(const RatioModel &ratios, const QVector<int> &rows, bool logScale)
{
    const QString scale = logScale ? Tr::tr("log scale") : Tr::tr("linear scale");
    return Tr::tr("Bar chart, %1: %2 side by side, ranges as whiskers. %3.")
        .arg(scale, figureCount(int(rows.size())), list(rowsAsText(ratios, rows, false)));
}

QString scaleAltText(const RatioModel &ratios)
{
    const FigureModel &figures = *ratios.figures();
    const int subject = ratios.subjectRow();
    const int base = ratios.baselineRow();
    if (subject < 0 || base < 0)
        return Tr::tr("Scale chart with nothing to compare.");
    const Figure &f = ratios.shown(subject);
    const Figure &b = ratios.shown(base);
    return Tr::tr("Two squares whose areas are in proportion: %1 and %2. The larger is %3 the smaller.")
        .arg(labelled(FigureText::labelName(f), value(figures, f)), labelled(FigureText::labelName(b), value(figures, b)),
             times(figures.numberFormat(), ratios.ratio(subject)));
}

QString growthHeadline(const GrowthModel &growth)
{
    const FigureModel &figures = *growth.figures();
    const NumberFormat &format = figures.numberFormat();
    int lastActual = -1;
    for (int i = 0; i < growth.rowCount(); ++i)
        if (growth.yearRow(i).actualRow >= 0)
            lastActual = i;
    if (lastActual < 0)
        return {};
    const GrowthModel::YearRow &y = growth.yearRow(lastActual);
    const Figure &actual = figures.figure(y.actualRow);
    QString clause = Tr::tr("%1 was %2 in %3").arg(growth.seriesName(), value(figures, actual), FiscalYear::inYear(actual));
    if (y.actualChange.defined)
        clause += Tr::tr(", %1 on %2")
                      .arg(format.percentChangeRange(y.actualChange.low, y.actualChange.high),
                           FiscalYear::yearName(actual, y.year - 1));
    QString text = sentence(clause);
    for (int i = lastActual + 1; i < growth.rowCount(); ++i) {
        const GrowthModel::YearRow &next = growth.yearRow(i);
        if (next.guidanceRow < 0)
            continue;
        const Figure &plan = figures.figure(next.guidanceRow);
        clause = Tr::tr(" Guidance for %1: %2").arg(FiscalYear::yearName(plan), value(figures, plan));
        if (next.guidanceChange.defined)
            clause += Tr::tr(" (%1)").arg(format.percentChangeRange(next.guidanceChange.low, next.guidanceChange.high));
        text += sentence(clause);
    }
    return text;
}

QString growthAltText(const GrowthModel &growth)
{
    const FigureModel &figures = *growth.figures();
    const NumberFormat &format = figures.numberFormat();
    QStringList years;
    const auto withChange = [&](const QString &v, const DerivedValue &change) {
        return change.defined ? Tr::tr("%1 (%2)").arg(v, format.percentChangeRange(change.low, change.high)) : v;
    };
    for (int i = 0; i < growth.rowCount(); ++i) {
        const GrowthModel::YearRow &y = growth.yearRow(i);
        QStringList parts;
        if (y.actualRow >= 0)
            parts << withChange(value(figures, figures.figure(y.actualRow)), y.actualChange);
        if (y.guidanceRow >= 0)
            parts << Tr::tr("guidance %1").arg(withChange(value(figures, figures.figure(y.guidanceRow)), y.guidanceChange));
        const Figure &named = figures.figure(y.actualRow >= 0 ? y.actualRow : y.guidanceRow);
        years << Tr::tr("%1 %2").arg(FiscalYear::yearName(named, y.year), parts.join(comma()));
    }
    return Tr::tr("Bar chart of %1 by year, actuals as bars and guidance as ranges: %2.")
        .arg(growth.seriesName(), list(years));
}

QString monthYear(const QDate &date)
{
    return QLocale().toString(date, Tr::tr("MMM yyyy", "date format of a guidance statement"));
}

QString guidanceHeadline(const FigureModel &figures, const QString &entity, int year)
{
    const QString shown = figures.entityShown(entity);
    const QVector<GuidanceHistory::Statement> s = GuidanceHistory::statements(figures, entity, year);
    QVector<GuidanceHistory::Statement> plans;
    for (const GuidanceHistory::Statement &st : s)
        if (!st.actual)
            plans.append(st);
    if (plans.isEmpty())
        return {};
    const QString yearName = FiscalYear::yearName(figures.figure(plans.first().row), year);
    const auto said = [&](const GuidanceHistory::Statement &st) {
        return Tr::tr("%1 (%2)").arg(value(figures, figures.figure(st.row)),
                                     monthYear(st.date));
    };
    QString text = plans.size() == 1
                       ? Tr::tr("%1's %2 capex guidance: %3").arg(shown, yearName, said(plans.first()))
                       : Tr::tr("%1's %2 capex guidance moved from %3 to %4")
                             .arg(shown, yearName, said(plans.first()), said(plans.last()));
    if (s.last().actual)
        text += Tr::tr("; the actual was %1").arg(value(figures, figures.figure(s.last().row)));
    return sentence(text);
}

QString guidanceTitle(const FigureModel &figures, const QString &entity, int year)
{
    const QString shown = figures.entityShown(entity);
    QVector<int> plans;
    for (const GuidanceHistory::Statement &st : GuidanceHistory::statements(figures, entity, year))
        if (!st.actual)
            plans.append(st.row);
    if (plans.isEmpty())
        return {};
    const Figure &first = figures.figure(plans.first());
    const Figure &last = figures.figure(plans.last());
    const QString yearName = FiscalYear::yearName(first, year);
    if (plans.size() == 1)
        return Tr::tr("%1's %2 capex plan: %3").arg(shown, yearName, value(figures, first));
    const QString from = value(figures, first);
    const QString to = value(figures, last);
    if (from == to)
        return Tr::tr("%1 kept its %2 capex plan at %3").arg(shown, yearName, to);
    return (last.mid() > first.mid() ? Tr::tr("%1 raised its %2 capex plan from %3 to %4")
                                      : Tr::tr("%1 cut its %2 capex plan from %3 to %4"))
        .arg(shown, yearName, from, to);
}

QString guidanceAltText(const FigureModel &figures, const QString &entity, int year)
{
    const QString shown = figures.entityShown(entity);
    QStringList parts;
    QString yearName;
    for (const GuidanceHistory::Statement &st : GuidanceHistory::statements(figures, entity, year)) {
        const QString v = value(figures, figures.figure(st.row));
        yearName = FiscalYear::yearName(figures.figure(st.row), year);
        parts << (st.actual ? Tr::tr("actual %1").arg(v)
                            : Tr::tr("%1 on %2").arg(v, st.date.toString(Qt::ISODate)));
    }
    if (parts.isEmpty())
        return Tr::tr("No guidance statements to chart.");
    return Tr::tr("Chart of %1's %2 capex guidance as each statement was made, ranges as bars: %3.")
        .arg(shown, yearName, list(parts));
}

} // namespace ChartDescription
