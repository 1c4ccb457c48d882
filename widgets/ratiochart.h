#pragma once

#include "chartsettings.h"
#include "chartstyle.h"

class ChartCanvas;
class ComparisonSpec;
class RatioSpec;
class ScaleSpec;

// The charts drawn from the compared figures and the baseline.
namespace RatioChart {
// Each compared figure as a multiple of the baseline, log scale, largest first, "10,800–11,700×".
ChartCanvas *build(const RatioSpec &spec, const ChartStyle &style);
// The compared figures and the baseline side by side in dollars, log or linear, ranges as whiskers.
ChartCanvas *buildComparison(const ComparisonSpec &spec, const ChartStyle &style);
// Proportional-area squares: the headline figure against the baseline, so a 10,000× gap shows.
ChartCanvas *buildScale(const ScaleSpec &spec, const ChartStyle &style);
} // namespace RatioChart
