#pragma once

#include "figure.h"

#include <QColor>
#include <QString>
#include <QVector>

#include <functional>

class ChartCanvas;

// Horizontal bars for a list of figures, largest first, on a log or linear axis: shared by
// the ratio chart (multiples from 1×) and the comparison chart (values from zero).
namespace HorizontalBars {
struct Bar
{
    QString label;
    double low = 0;
    double high = 0;
    FigureKind kind = FigureKind::Capex;
    bool solid = true;
    bool baseline = false; // drawn grey
    // The colour the chart's emphasis gives it (grey when others are highlighted, or a palette
    // colour); invalid: its kind's colour. Such bars are named by their row, not in the key.
    QColor colour;
    QString text;          // the value label at the bar's end
    QString figureId;      // for hover, click and keyboard selection
    QString tip;           // the hover tooltip
};
struct Scale
{
    bool log = true;
    double origin = 1; // where bars start: 1 for multiples, 0 on a linear axis
    std::function<QString(double)> tickText;
    // A dot plot (dot, value label, thin guide) instead of bars: on a log axis that does not
    // start at a meaningful 1×, a bar's length would mean nothing.
    bool dots = false;
};
// Bars in the order given, top to bottom.
void draw(ChartCanvas *canvas, const QVector<Bar> &bars, const Scale &scale);
// More bars than a reader can take in are cut to the first max - 1 (keeping the last bar, the
// baseline, when keepLast) plus one "N others not shown" row with no bar. Returns how many
// were left out.
constexpr int kMaxBars = 25;
int keepTop(QVector<Bar> *bars, bool keepLast, int max = kMaxBars);
} // namespace HorizontalBars
