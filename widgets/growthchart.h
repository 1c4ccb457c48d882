#pragma once

#include "chartsettings.h"
#include "chartstyle.h"

class ChartCanvas;
class GrowthSpec;

// The growth chart: one series by year, actuals as solid bars, guidance as a hatched
// low–high range, each labelled with its value and year-over-year change.
namespace GrowthChart {
ChartCanvas *build(const GrowthSpec &spec, const ChartStyle &style);
// How build lays the chart out on the style's page: 0 years side by side, 1 years down the page
// with two-line labels, 2 down with one-line labels. A view rebuilds when it changes.
int layoutOf(const GrowthSpec &spec, const ChartStyle &style);
}
