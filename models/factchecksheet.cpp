#include "factchecksheet.h"

#include "caveats.h"
#include "chartspec.h"
#include "document.h"
#include "figuremodel.h"
#include "formula.h"
#include "growthmodel.h"
#include "growthspec.h"
#include "parametermodel.h"
#include "ratiomodel.h"
#include "ratiospec.h"
#include "trendspec.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FactCheckSheet)
};

// A value as stored, in full: "60,000,000,000", "10,760.4304".
QString stored(double value)
{
    QString text = QLocale().toString(value, 'f', 4);
    const QChar point = QLocale().decimalPoint().at(0);
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text;
}

// Whether text writes the number: "10" is not in "10,800", nor "1" in "11.7".
bool containsNumber(const QString &text, const QString &number)
{
    const auto isDigitAt = [&text](qsizetype at) { return at >= 0 && at < text.size() && text.at(at).isDigit(); };
    for (qsizetype at = text.indexOf(number); at >= 0; at = text.indexOf(number, at + 1)) {
        const qsizetype end = at + number.size();
        const bool before = isDigitAt(at - 1) || (at >= 2 && QStringLiteral(".,").contains(text.at(at - 1)) && isDigitAt(at - 2));
        const bool after = isDigitAt(end) || (end < text.size() && QStringLiteral(".,").contains(text.at(end)) && isDigitAt(end + 1));
        if (!before && !after)
            return true;
    }
    return false;
}

// How a figure's own value came about: a formula here, a calculation its source or we made
// outside SpendLens (its basis), or as its source states it.
QString howStated(const Figure &f, const QString &derivation)
{
    if (!derivation.isEmpty())
        return derivation;
    if (f.level == Verification::Derived)
        return Tr::tr("calculated outside SpendLens: %1").arg(f.basis);
    if (f.status == FigureStatus::Estimate)
        return Tr::tr("an estimate, as %1 gives it").arg(f.source.publisher);
    return {};
}

QString onChart()
{
    return Tr::tr("chart");
}

// "low a ÷ b = q; high c ÷ d = r", or one quotient when neither side is a range; with an offset
// of −1 a change: "(a ÷ b) − 1 = q" (a fraction: 0.841 is +84.1%).
QString quotient(double a, double b, double offset)
{
    return offset == 0 ? Tr::tr("%1 ÷ %2 = %3").arg(stored(a), stored(b), stored(a / b))
                       : Tr::tr("(%1 ÷ %2) − 1 = %3").arg(stored(a), stored(b), stored(a / b + offset));
}

QString quotients(double aLow, double aHigh, double bLow, double bHigh, double offset = 0)
{
    const QString low = quotient(aLow, bHigh, offset);
    if (aLow == aHigh && bLow == bHigh)
        return low;
    const QString high = quotient(aHigh, bLow, offset);
    return Tr::tr("low %1; high %2").arg(low, high);
}

class Builder
{
public:
    explicit Builder(const ChartSpec &spec)
        : m_spec(spec), m_figures(spec.figures()), m_format(m_figures.numberFormat())
    {
    }

    FactCheckSheet build();

private:
    void addFigure(int row);
    void addValue(int row);
    void addInputs(const Figure &f);
    void addRatios(const RatioSpec &spec);
    void addChanges(const GrowthSpec &spec);
    void addChange(int row, const DerivedValue &change, int previous);
    void addTrend(const TrendSpec &spec);
    void addCount();
    void add(FactCheckSheet::Number number);
    void findPlaces();
    int previousActual(const GrowthModel &growth, int index) const;
    QString footnotes() const;

    const ChartSpec &m_spec;
    const FigureModel &m_figures;
    const NumberFormat &m_format;
    FactCheckSheet m_sheet;
};

FactCheckSheet Builder::build()
{
    const ChartSettings settings = m_spec.settings();
    m_sheet.chartName = m_spec.name();
    m_sheet.title = m_spec.title();
    m_sheet.subtitle = m_spec.subtitle();
    m_sheet.headline = m_spec.headline();
    m_sheet.altText = m_spec.altText();
    QVector<const Figure *> shown;
    for (int row : m_spec.rows())
        shown.append(&m_figures.figure(row));
    if (settings.showCaveat)
        m_sheet.caveat = !settings.caveat.isEmpty()            ? settings.caveat
                         : !m_spec.automaticCaveat().isEmpty() ? m_spec.automaticCaveat()
                                                               : Caveats::forFigures(shown);
    m_sheet.notes = footnotes();
    for (int row : m_spec.rows() + m_spec.altRows())
        addValue(row);
    if (const auto *ratios = qobject_cast<const RatioSpec *>(&m_spec))
        addRatios(*ratios);
    if (const auto *growth = qobject_cast<const GrowthSpec *>(&m_spec))
        addChanges(*growth);
    if (const auto *trend = qobject_cast<const TrendSpec *>(&m_spec))
        addTrend(*trend);
    addCount();
    findPlaces();
    return m_sheet;
}

// The footer's notes: the journalist's, then how each derived figure was made.
QString Builder::footnotes() const
{
    QStringList notes;
    if (!m_spec.settings().notes.isEmpty())
        notes << m_spec.settings().notes;
    for (int row : m_spec.rows())
        if (m_figures.figure(row).isDerived())
            notes << Tr::tr("%1 is %2.").arg(FigureText::labelName(m_figures.figure(row)),
                                             m_spec.document()->derivationText(row));
    return notes.join(QLatin1Char(' '));
}

void Builder::addFigure(int row)
{
    const Figure &f = m_figures.figure(row);
    if (m_sheet.figureIndex(f.id) >= 0)
        return;
    m_sheet.figures.append(f);
    addInputs(f);
}

// A figure's value as the chart writes it, and the stated range beside a picked end or midpoint.
void Builder::addValue(int row)
{
    addFigure(row);
    const Figure &f = m_figures.figure(row);
    QStringList places;
    if (m_spec.rows().contains(row))
        places << onChart();
    FactCheckSheet::Number n{m_format.quantityRange(f.low, f.high, f.unit), f.low, f.high,
                             FigureText::labelName(f), howStated(f, m_spec.document()->derivationText(row)), {f.id}, places};
    m_format.pick(&n.low, &n.high);
    if (n.low != f.low || n.high != f.high) {
        n.derivation = Tr::tr("%1 of the stated range %2 to %3")
                           .arg(NumberFormat::rangeModeName(m_format.rangeMode()), stored(f.low), stored(f.high));
        NumberFormat whole = m_format;
        whole.setRangeMode(NumberFormat::RangeMode::Range);
        add({whole.quantityRange(f.low, f.high, f.unit), f.low, f.high, n.what, {}, {f.id}, {}});
        n.what = Tr::tr("%1, as the chart reads it").arg(n.what);
    }
    add(n);
}

// The inputs of a formula: each figure with its value, each parameter with its value now.
void Builder::addInputs(const Figure &f)
{
    if (!f.isDerived())
        return;
    const Formula formula = Formula::parse(f.formula);
    const NumberFormat exact = NumberFormat(m_format.significantFigures() + 1, m_format.unitStyle(),
                                            m_format.locale()).withoutTrailingZeros();
    for (const QString &id : formula.figureIds()) {
        const int row = m_figures.rowOf(id);
        if (row < 0)
            continue;
        addFigure(row);
        const Figure &input = m_figures.figure(row);
        add({exact.quantityRange(input.low, input.high, input.unit), input.low, input.high,
             Tr::tr("%1, an input of %2").arg(FigureText::labelName(input), FigureText::labelName(f)),
             howStated(input, m_spec.document()->derivationText(row)), {id}, {}});
    }
    const QVector<Parameter> &all = m_spec.document()->parameters()->parameters();
    for (const QString &name : formula.parameterNames()) {
        const Parameter *p = ParameterText::find(all, name);
        if (!p)
            continue;
        if (!std::any_of(m_sheet.parameters.begin(), m_sheet.parameters.end(),
                         [&](const Parameter &q) { return q.name == name; }))
            m_sheet.parameters.append(*p);
        add({ParameterText::value(*p, m_format), p->value, p->value,
             Tr::tr("%1, a parameter of %2").arg(p->label, FigureText::labelName(f)),
             Tr::tr("a parameter, set to %1; where its default comes from: %2").arg(stored(p->value), p->note),
             {f.id}, {}});
    }
}

void Builder::addRatios(const RatioSpec &spec)
{
    const RatioModel &ratios = spec.ratios();
    const int base = ratios.baselineRow();
    if (base < 0)
        return;
    const Figure &b = m_figures.figure(base);
    for (int row : spec.rows()) {
        const Figure &f = m_figures.figure(row);
        if (row == base) {
            add({m_format.withoutTrailingZeros().multiple(1), 1, 1,
                 Tr::tr("%1, the baseline").arg(FigureText::labelName(b)),
                 Tr::tr("the baseline divided by itself"), {b.id}, {onChart()}});
            continue;
        }
        const DerivedValue r = ratios.ratio(row);
        if (!r.defined)
            continue;
        add({m_format.multipleRange(r.low, r.high), r.low, r.high,
             Tr::tr("%1 as a multiple of %2").arg(FigureText::labelName(f), FigureText::labelName(b)),
             quotients(f.low, f.high, b.low, b.high),
             {f.id, b.id}, {onChart()}});
    }
}

void Builder::addChanges(const GrowthSpec &spec)
{
    const GrowthModel &growth = spec.growth();
    for (int i = 0; i < growth.rowCount(); ++i) {
        const GrowthModel::YearRow &y = growth.yearRow(i);
        const int previous = previousActual(growth, i);
        addChange(y.actualRow, y.actualChange, previous);
        addChange(y.guidanceRow, y.guidanceChange, previous);
    }
}

void Builder::addChange(int row, const DerivedValue &change, int previous)
{
    if (row < 0 || previous < 0 || !change.defined)
        return;
    addFigure(previous);
    const Figure &f = m_figures.figure(row);
    const Figure &p = m_figures.figure(previous);
    add({m_format.percentChangeRange(change.low, change.high), change.low * 100, change.high * 100,
         Tr::tr("Change of %1 on %2").arg(FigureText::labelName(f), FigureText::labelName(p)),
         quotients(f.low, f.high, p.low, p.high, -1),
         {f.id, p.id}, {onChart()}});
}

// Each company's change on the same period a year before, and its total when the chart sums.
void Builder::addTrend(const TrendSpec &spec)
{
    const TrendSeries::Data data = spec.data();
    const int step = spec.trendSettings().quarterly ? 4 : 1;
    for (const TrendSeries::Series &s : data.series) {
        for (const TrendSeries::Point &p : s.points)
            for (const TrendSeries::Point &before : s.points)
                if (before.period == p.period - step)
                    addChange(p.row, p.change, before.row);
        if (!s.total.defined || s.totalRows.isEmpty())
            continue;
        QStringList ids, terms;
        for (int row : s.totalRows) {
            addFigure(row);
            ids << m_figures.figure(row).id;
            terms << m_format.quantity(m_figures.figure(row).high, m_figures.figure(row).unit);
        }
        add({m_format.moneyRange(s.total.low, s.total.high), s.total.low, s.total.high,
             Tr::tr("Sum of %1's yearly figures, %2–%3").arg(m_figures.entityShown(s.entity)).arg(data.totalFrom).arg(data.totalTo),
             terms.join(QStringLiteral(" + ")), ids, {onChart()}});
    }
}

// The actual of the year before, which a change is measured against (it may lie outside the
// years shown).
int Builder::previousActual(const GrowthModel &growth, int index) const
{
    const int year = growth.yearRow(index).year - 1;
    for (int i = 0; i < growth.rowCount(); ++i)
        if (growth.yearRow(i).year == year)
            return growth.yearRow(i).actualRow;
    int found = -1;
    for (int row = 0; row < m_figures.rowCount(); ++row) {
        const Figure &f = m_figures.figure(row);
        if (f.entity == growth.series().entity && f.kind == growth.series().kind && f.year == year && !f.isQuarterly() &&
            f.status != FigureStatus::Guidance && (found < 0 || f.stated > m_figures.figure(found).stated))
            found = row;
    }
    return found;
}

// "10 figures as multiples of …": how many the alt text lists.
void Builder::addCount()
{
    const int count = int(m_spec.altRows().size());
    add({QString::number(count), double(count), double(count), Tr::tr("Figures the alt text lists"),
         Tr::tr("a count of the chart's figures"), {}, {}});
}

void Builder::add(FactCheckSheet::Number number)
{
    for (const FactCheckSheet::Number &n : m_sheet.numbers)
        if (n.shown == number.shown && n.what == number.what)
            return;
    m_sheet.numbers.append(number);
}

// Where each number appears: in which of the chart's texts its written form is found. A multiple
// also counts when said in words ("10,800–11,700 times").
void Builder::findPlaces()
{
    const QList<QPair<QString, QString>> texts{
        {Tr::tr("title"), m_sheet.title},   {Tr::tr("subtitle"), m_sheet.subtitle},
        {Tr::tr("headline"), m_sheet.headline}, {Tr::tr("alt text"), m_sheet.altText},
        {Tr::tr("caveat"), m_sheet.caveat}, {Tr::tr("footer notes"), m_sheet.notes}};
    for (FactCheckSheet::Number &n : m_sheet.numbers) {
        QStringList spellings{n.shown};
        if (n.shown.endsWith(QChar(0x00D7))) // a multiple said in words, as the sentences say it
            spellings << QCoreApplication::translate("ChartDescription", "%1 times").arg(n.shown.chopped(1));
        for (const auto &text : texts)
            if (std::any_of(spellings.begin(), spellings.end(),
                            [&](const QString &s) { return containsNumber(text.second, s); }))
                n.places << text.first;
    }
}

} // namespace

FactCheckSheet FactCheckSheet::forChart(const ChartSpec &spec)
{
    return Builder(spec).build();
}

int FactCheckSheet::figureIndex(const QString &id) const
{
    for (int i = 0; i < figures.size(); ++i)
        if (figures.at(i).id == id)
            return i;
    return -1;
}
