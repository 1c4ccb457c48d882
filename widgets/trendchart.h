#pragma once

class ChartCanvas;
class TrendSpec;
struct ChartStyle;

// Several companies' series side by side: grouped bars or lines by year or quarter, actuals
// solid, each plan a pale range (a band on a bar, a whisker at the end of a line), estimates
// dashed; or one bar per company for its total. Draws the spec; computes nothing.
namespace TrendChart {
ChartCanvas *build(const TrendSpec &spec, const ChartStyle &style);
} // namespace TrendChart
