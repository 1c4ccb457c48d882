#pragma once

#include "trendseries.h"

#include <QString>

class FigureModel;

// The words and the CSV of the trend chart, written from its series so that no sentence states
// a number the data does not hold: sums are said as sums, plans as plans, fiscal years with their
// months.
namespace TrendText {
QString headline(const FigureModel &figures, const TrendSeries::Data &data, const TrendSettings &settings);
QString altText(const FigureModel &figures, const TrendSeries::Data &data, const TrendSettings &settings);
// One row per company and period: value, range, change; then each company's total when asked.
QString csv(const FigureModel &figures, const TrendSeries::Data &data, const TrendSettings &settings);
// Which line each company is, which bases were passed over, fiscal years, plans and estimates.
QString caveat(const FigureModel &figures, const TrendSeries::Data &data);
// The latest change of each company (and of its plan), for under the chart.
QString changeNote(const FigureModel &figures, const TrendSeries::Data &data, const TrendSettings &settings);
// A point's period as a list says it: "2025", "FY2025", "Q1 2025", "Q1 FY2026 (Jul 2025–Sep 2025)".
QString periodName(const Figure &figure);
// "Meta, Microsoft, Alphabet and Amazon" in the language in force.
QString entityList(const FigureModel &figures, const TrendSeries::Data &data);
} // namespace TrendText
