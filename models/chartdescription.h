#pragma once

#include <QString>

class GrowthModel;
class RatioModel;

// The headline sentence and the alt text for each chart, written from the numbers the chart
// shows, in the same formatting, so that what a reader hears matches what they see.
namespace ChartDescription {
QString ratioHeadline(const RatioModel &ratios);
QString ratioAltText(const RatioModel &ratios);
QString comparisonHeadline(const RatioModel &ratios);
QString comparisonAltText(const RatioModel &ratios, bool logScale);
QString scaleAltText(const RatioModel &ratios);
QString growthHeadline(const GrowthModel &growth);
QString growthAltText(const GrowthModel &growth);
} // namespace ChartDescription
