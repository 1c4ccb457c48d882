#pragma once

#include "chartsettings.h"
#include "chartstyle.h"

class ChartCanvas;
class GrowthSpec;

// The growth chart: one series by year, actuals as solid bars, guidance as a hatched
// low–high range, each labelled with its value and year-over-year change.
namespace GrowthChart {
ChartCanvas *build(const GrowthSpec &spec, const ChartStyle &style);
}
