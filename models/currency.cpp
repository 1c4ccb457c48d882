#include "currency.h"

#include "numberformat.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Currency)
};

// Rates read as published: "7.0809", "7.2", never rounded to three figures.
QString rateText(double rate, const NumberFormat &format)
{
    return format.locale().toString(rate, 'g', 6);
}
} // namespace

namespace Currency {

QString allYearsName()
{
    return QStringLiteral("usd_cny");
}

bool isRate(const Parameter &parameter)
{
    return parameter.unit == ParameterUnit::CnyPerUsd && parameter.value > 0;
}

Rate rateFor(const QVector<Parameter> &parameters, int year)
{
    const Parameter *best = nullptr;
    const auto distance = [year](const Parameter *p) {
        // Earlier years first: an average already published rather than a later one.
        return p->year <= year ? 2 * (year - p->year) : 2 * (p->year - year) + 1;
    };
    for (const Parameter &p : parameters)
        if (isRate(p) && (!best || distance(&p) < distance(best)))
            best = &p;
    Rate rate;
    if (!best)
        return rate;
    rate.valid = true;
    rate.yuanPerDollar = best->value;
    rate.year = best->year;
    rate.wantedYear = year;
    rate.parameter = best->name;
    rate.source = best->source;
    rate.sourced = best->sourced;
    return rate;
}

bool needsConversion(const Figure &figure, FigureUnit to)
{
    return FigureText::isMoney(figure.unit) && FigureText::isMoney(to) && figure.unit != to;
}

namespace {
// The rate for the latest year among the figures that need converting (a figure or a pointer).
template<typename Figures, typename Deref>
Rate latestYearsRate(const QVector<Parameter> &parameters, const Figures &figures, FigureUnit to, Deref deref)
{
    if (!FigureText::isMoney(to))
        return Rate();
    int year = 0;
    bool any = false;
    for (const auto &entry : figures) {
        const Figure *f = deref(entry);
        // The unit first: in a one-currency document nothing else is looked at.
        if (f && f->unit != to && FigureText::isMoney(f->unit)) {
            year = any ? std::max(year, f->year) : f->year;
            any = true;
        }
    }
    return any ? rateFor(parameters, year) : Rate();
}
} // namespace

Rate chartRate(const QVector<Parameter> &parameters, const QVector<const Figure *> &figures, FigureUnit to)
{
    return latestYearsRate(parameters, figures, to, [](const Figure *f) { return f; });
}

Rate chartRate(const QVector<Parameter> &parameters, const QVector<Figure> &figures, FigureUnit to)
{
    return latestYearsRate(parameters, figures, to, [](const Figure &f) { return &f; });
}

Amount convertedAmount(const Figure &figure, FigureUnit to, const Rate &rate)
{
    if (!rate.valid || rate.yuanPerDollar <= 0 || !needsConversion(figure, to))
        return {figure.low, figure.high, figure.unit};
    const double factor = to == FigureUnit::Usd ? 1 / rate.yuanPerDollar : rate.yuanPerDollar;
    return {figure.low * factor, figure.high * factor, to};
}

Figure converted(const Figure &figure, FigureUnit to, const Rate &rate)
{
    const Amount amount = convertedAmount(figure, to, rate);
    Figure f = figure;
    f.low = amount.low;
    f.high = amount.high;
    f.unit = amount.unit;
    return f;
}

QString footnote(const Rate &rate, FigureUnit to, const NumberFormat &format)
{
    if (!rate.valid)
        return {};
    const QString value = rateText(rate.yuanPerDollar, format);
    QString how;
    if (rate.setByHand())
        how = Tr::tr("set by hand; the %1 average, %2, is %3")
                  .arg(rate.year)
                  .arg(rate.source, rateText(rate.sourced, format));
    else
        how = Tr::tr("the %1 average, %2").arg(rate.year).arg(rate.source);
    if (rate.wantedYear != rate.year)
        how += Tr::tr("; no %1 average is sourced").arg(rate.wantedYear);
    if (to == FigureUnit::Usd)
        return Tr::tr("RMB figures converted at %1 yuan per dollar (%2).").arg(value, how);
    return Tr::tr("US-dollar figures converted at %1 yuan per dollar (%2).").arg(value, how);
}

QString currencyName(FigureUnit currency)
{
    return currency == FigureUnit::Cny ? Tr::tr("yuan (RMB)") : Tr::tr("US dollars");
}

} // namespace Currency
