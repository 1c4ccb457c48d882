#pragma once

#include "derivedvalue.h"
#include "parameter.h"

#include <QString>
#include <QVector>

class FigureModel;

// A figure "in terms of" others, so a reader can feel its size: as a count of another
// figure ("= 11,200 × DeepSeek-V3 final training run"), as GPU-hours at each price parameter
// ("= 31.3B GPU-hours at $2.00 per GPU-hour"), and as a share of the same company's previous
// year ("= 159% of Meta capex 2024"). Ranges are carried through and read in the figure
// table's range mode.
namespace Equivalents {

struct Line
{
    DerivedValue value; // the count, hours or fraction (1.59 for 159%)
    QString text;       // the sentence as shown
};

// For the figure at row; otherRow is the figure to count it in (-1: none).
QVector<Line> of(const FigureModel &figures, const QVector<Parameter> &parameters, int row,
                 int otherRow);
// The same company's actual for the year before, in the same series; -1 if none.
int previousYearRow(const FigureModel &figures, int row);

} // namespace Equivalents
