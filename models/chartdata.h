#pragma once

#include <QString>
#include <QStringList>

#include <QVector>

class FigureModel;
class RatioModel;
class GrowthModel;
struct Figure;

// The numbers behind each chart as CSV ("get the data"): raw values, ranges, formatted text
// and the source of every figure, in the order the chart shows them.
namespace ChartData {
// The rows given, each with its multiple of the baseline (or why it has none).
QString ratioCsv(const RatioModel &ratios, const QVector<int> &rows);
QString growthCsv(const GrowthModel &growth);
// Each guidance statement for entity and year, oldest first, then the actual.
QString guidanceCsv(const FigureModel &figures, const QString &entity, int year);
QString csvField(const QString &text);
// The whole figure table with every field, for a spreadsheet.
QString figuresCsv(const FigureModel &figures);
// "Sources: …" for a chart's footer: each distinct source once, in the order given.
QString sourceLine(const FigureModel &figures, const QVector<int> &rows);
// Figure rows the growth chart draws.
QVector<int> growthRows(const GrowthModel &growth);
} // namespace ChartData

// The CSV building blocks the chart CSVs share (a line of quoted fields, the source columns).
namespace ChartData {
QString csvLine(const QStringList &fields);
QStringList sourceHeaders();
QStringList sourceFields(const Figure &figure);
// A typed text made safe for a spreadsheet cell (no leading = + - @ formula).
QString csvText(const QString &typed);
QString csvNumber(double value);
} // namespace ChartData
