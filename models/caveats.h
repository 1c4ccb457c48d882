#pragma once

#include "figure.h"

#include <QVector>

// The warning a chart must carry when it puts different kinds of figure side by side
// (company-wide capex against one training run's rented compute, a pledge against spending).
namespace Caveats {
// Empty when the figures are of one kind and status; else one or more sentences.
QString forFigures(const QVector<const Figure *> &figures);
} // namespace Caveats
