#pragma once

#include <QDate>
#include <QString>
#include <QVector>

class FigureModel;
class GrowthModel;
class RatioModel;

// The headline sentence and the alt text for each chart, written from the numbers the chart
// shows, in the same formatting, so that what a reader hears matches what they see.
namespace ChartDescription {
QString ratioHeadline(const RatioModel &ratios);
QString ratioAltText(const RatioModel &ratios);
QString comparisonHeadline(const RatioModel &ratios);
QString comparisonAltText(const RatioModel &ratios, const QVector<int> &rows, bool logScale);
// "10,800–11,700 times": a multiple said in words.
QString multipleInWords(const RatioModel &ratios, int row);
QString scaleAltText(const RatioModel &ratios);
QString growthHeadline(const GrowthModel &growth);
QString growthAltText(const GrowthModel &growth);
// Default chart titles that state what the chart shows: "Meta 2025 capex plan (Jan 2025) is
// 10,800–11,700 times DeepSeek-V3 final training run", "Meta raised its 2025 capex plan from
// $60.0–65.0B to $70.0–72.0B". Empty when there is nothing to state.
QString ratioTitle(const RatioModel &ratios);
QString guidanceTitle(const FigureModel &figures, const QString &entity, int year);
// A figure with its value, "DeepSeek-V3 final training run at $5.58M": never "(Jan 2025) ($60–65B)".
QString labelled(const QString &label, const QString &value);
// A generated sentence and a list inside one, with the language's punctuation ("。", "；").
QString sentence(const QString &text);
QString list(const QStringList &items);
// "Jan 2025": when a guidance statement was made (translators choose the pattern, "yyyy年M月").
QString monthYear(const QDate &date);
// "Meta's 2025 capex guidance moved from $60–65B (24 Jan 2025) to $70–72B (29 Oct 2025); the
// actual was $72.2B."
QString guidanceHeadline(const FigureModel &figures, const QString &entity, int year);
QString guidanceAltText(const FigureModel &figures, const QString &entity, int year);
} // namespace ChartDescription
