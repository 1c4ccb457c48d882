#pragma once

#include "caveats.h"

#include "chartsettings.h"

#include <QString>
#include <QVector>

class ChartCanvas;
class ChartSpec;
class FigureModel;
struct Figure;

// Puts a chart's title, subtitle and footer on its canvas: the journalist's texts where set,
// else the automatic ones; the source line compiled from the figures shown; the automatic
// caveat when those figures are of different kinds, unless it was switched off.
namespace ChartTexts {
// briefCaveat: the caveat's short form for small images (empty: the caveat whole).
void apply(ChartCanvas *canvas, const ChartSettings &settings, const QString &autoTitle,
           const QString &autoSubtitle, const FigureModel &figures, const QVector<int> &rows,
           const QString &briefCaveat = QString());
// The spec's texts (custom or default, placeholders filled) over the rows it draws.
void apply(ChartCanvas *canvas, const ChartSpec &spec);
// The caveat the chart would carry for these figures before any rewording.
QString automaticCaveat(const FigureModel &figures, const QVector<int> &rows,
                        Caveats::Form form = Caveats::Form::Full);
// What hovering a chart element shows: the figure, its value (and extra, e.g. its multiple),
// the range when it is one, its source and how well it is verified.
// A publisher as the short footer names it: before its first comma, without its parentheses
// ("Meta Platforms (release, via MENAFN mirror)" → "Meta Platforms").
QString shortPublisher(const QString &publisher);
QString tooltip(const Figure &figure, const FigureModel &figures, const QString &extra = QString());
} // namespace ChartTexts
