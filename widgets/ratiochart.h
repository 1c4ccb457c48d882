#pragma once

#include "chartsettings.h"
#include "chartstyle.h"

class ChartCanvas;
class RatioModel;

// The charts drawn from the compared figures and the baseline.
namespace RatioChart {
// Each compared figure as a multiple of the baseline, log scale, largest first, "10,800–11,700×".
ChartCanvas *build(const RatioModel &ratios, const ChartStyle &style, const ChartSettings &settings);
// The compared figures and the baseline side by side in dollars, log or linear, ranges as whiskers.
ChartCanvas *buildComparison(const RatioModel &ratios, const ChartStyle &style,
                             const ChartSettings &settings);
// Proportional-area squares: the headline figure against the baseline, so a 10,000× gap shows.
ChartCanvas *buildScale(const RatioModel &ratios, const ChartStyle &style,
                        const ChartSettings &settings);
} // namespace RatioChart
