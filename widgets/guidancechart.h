#pragma once

#include "chartsettings.h"

#include <QString>

class ChartCanvas;
class GuidanceSpec;
struct ChartStyle;

// How one company's plan for one year moved: each guidance statement as a range bar at the
// date it was made, the actual as a solid marker and a rule across, so a reader sees the plan
// climb towards what was spent (Meta 2025: $60–65B in January to $70–72B in October; $72.22B).
namespace GuidanceChart {
ChartCanvas *build(const GuidanceSpec &spec, const ChartStyle &style);
} // namespace GuidanceChart
