#pragma once

#include "figure.h"
#include "parameter.h"

#include <QVector>

class NumberFormat;

// Converting money between the currency a figure was stated in and a chart's currency, through
// the dated exchange-rate parameters (usd_cny_2023: yuan per dollar, the year's average, with its
// source). A chart uses one dated rate throughout and names it; stored figures never change.
namespace Currency {

struct Rate
{
    bool valid = false;
    double yuanPerDollar = 0;
    int year = 0;       // the year whose average this is
    int wantedYear = 0; // the year of the figures it converts (no sourced rate: the nearest is used)
    QString parameter;  // "usd_cny_2023"
    QString source;     // "Federal Reserve G.5A"
    double sourced = 0; // what the source states; differs from yuanPerDollar when set by hand

    bool setByHand() const { return sourced > 0 && yuanPerDollar != sourced; }
    bool operator==(const Rate &o) const
    {
        return valid == o.valid && yuanPerDollar == o.yuanPerDollar && year == o.year &&
               wantedYear == o.wantedYear && parameter == o.parameter && source == o.source &&
               sourced == o.sourced;
    }
    bool operator!=(const Rate &o) const { return !(*this == o); }
};

// The name every yearly rate shares on the command line: --param usd_cny=7.2 sets them all.
QString allYearsName();
bool isRate(const Parameter &parameter);
// The rate for figures of a year: that year's average if there is one, else the nearest earlier
// year's (the latest sourced), else the nearest later one's. Invalid if there is no rate at all.
Rate rateFor(const QVector<Parameter> &parameters, int year);
// Whether a figure is money in another currency than `to`.
bool needsConversion(const Figure &figure, FigureUnit to);
// One rate for a chart: the one for the latest year among the figures that need converting;
// invalid when none does.
Rate chartRate(const QVector<Parameter> &parameters, const QVector<const Figure *> &figures, FigureUnit to);
Rate chartRate(const QVector<Parameter> &parameters, const QVector<Figure> &figures, FigureUnit to);
// A figure's amount alone, in the unit it is shown in: what ratios and value orders need,
// without copying the figure's texts.
struct Amount
{
    double low = 0;
    double high = 0;
    FigureUnit unit = FigureUnit::Usd;
    double mid() const { return (low + high) / 2; }
};
// The figure's amount in `to` (low and high each converted, so a range stays a range); as
// stated when it needs no conversion or the rate is invalid.
Amount convertedAmount(const Figure &figure, FigureUnit to, const Rate &rate);
// The whole figure with its amount converted as convertedAmount does.
Figure converted(const Figure &figure, FigureUnit to, const Rate &rate);
// "RMB figures converted at 7.0809 yuan per dollar (the 2023 average, Federal Reserve G.5A)."
QString footnote(const Rate &rate, FigureUnit to, const NumberFormat &format);
// "US dollars", "yuan" (translated), for menus and messages.
QString currencyName(FigureUnit currency);

} // namespace Currency
