#pragma once

#include "chartsettings.h"
#include "chartstyle.h"

class ChartCanvas;
class GrowthModel;

// The growth chart: one series by year, actuals as solid bars, guidance as a hatched
// low–high range, each labelled with its value and year-over-year change.
namespace GrowthChart {
ChartCanvas *build(const GrowthModel &growth, const ChartStyle &style, const ChartSettings &settings);
}
