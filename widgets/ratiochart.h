#pragma once

#include "chartstyle.h"

class ChartCanvas;
class RatioModel;

// The ratio chart: each compared figure as a multiple of the baseline, on a log scale,
// largest first, labelled "10,800–11,700×", coloured by kind of figure.
namespace RatioChart {
ChartCanvas *build(const RatioModel &ratios, const ChartStyle &style);
}
