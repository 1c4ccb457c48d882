#pragma once

#include <QString>

class RatioModel;
class GrowthModel;

// The numbers behind each chart as CSV ("get the data"): raw values, ranges, formatted text
// and the source of every figure, in the order the chart shows them.
namespace ChartData {
QString ratioCsv(const RatioModel &ratios);
QString growthCsv(const GrowthModel &growth);
QString csvField(const QString &text);
} // namespace ChartData
