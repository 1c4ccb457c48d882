#pragma once

#include "figureimport.h"

// Warns of an imported value a thousand times off its neighbours: the usual sign of a column in
// millions read as dollars (or the reverse). The neighbours are the file's other values for the
// same entity and kind, and the document's figure for the same entity, kind and year. A warning
// lets the figure in; it names the line, the column and the values it was compared with.
namespace ImportPlausibility {
// How far off a value must be, either way, to be warned of: between a hundred times (real
// growth) and a thousand (a unit read wrongly).
constexpr double kFactor = 300;

QVector<RowProblem> check(const QVector<Figure> &figures, const QVector<ImportOrigin> &origins,
                          const CsvTable &table, const QVector<Figure> &existing);
} // namespace ImportPlausibility
