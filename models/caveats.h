#pragma once

#include "figure.h"

#include <QVector>

// The warning a chart must carry when it puts different kinds of figure side by side
// (company-wide capex against one training run's rented compute, a pledge against spending).
namespace Caveats {
// Full: the sentences a chart's footer carries. Brief: the same points, each in a few words, for
// an image too small for the full ones (a phone, a crowded article chart): no point is left out.
enum class Form { Full, Brief };
// Empty when the figures are of one kind and status; else one or more sentences.
QString forFigures(const QVector<const Figure *> &figures, Form form = Form::Full);
} // namespace Caveats
