#pragma once

#include "derivedvalue.h"
#include "trendsettings.h"

#include <QString>
#include <QStringList>
#include <QVector>

class FigureModel;

// The numbers behind the trend chart: for each company asked for, one series of one basis
// (never two bases joined in one line), by year or by quarter, with each period's change on
// the same period a year before and, optionally, the company's total over the years all share.
namespace TrendSeries {

enum class PointKind { Actual, Guidance, Estimate };

struct Point
{
    int row = -1;     // figure row
    int period = 0;   // a year, or a calendar quarter as year × 4 + quarter − 1 (by its months)
    PointKind kind = PointKind::Actual;
    DerivedValue change; // on the same period a year before (an actual), or why there is none
};

struct Series
{
    QString asked;          // the name asked for ("Amazon")
    QString entity;         // the entity drawn ("Amazon"): one basis
    QStringList passedOver; // the company's other bases ("Amazon (net)")
    int actualCount = 0;    // periods with an actual: how the basis was chosen
    bool fiscal = false;    // some of its periods are fiscal years or quarters
    QVector<Point> points;  // by period
    DerivedValue total;     // sum of the actuals over Data::totalFrom–totalTo, or why none
    QVector<int> totalRows; // the figures summed
};

struct Data
{
    QVector<Series> series;  // in the order asked, each with at least one point
    QStringList unknown;     // names no figure carries
    QStringList withoutData; // known names with nothing to draw in these years
    QVector<int> periods;    // every period drawn, in order
    int totalFrom = 0;       // the years every series has an actual (0: none in common)
    int totalTo = 0;
};

Data build(const FigureModel &figures, const TrendSettings &settings);
// "2025" or "Q3 2025": a period on the axis (calendar).
QString periodName(int period, bool quarterly);
// A period as the axis under the chart says it: a quarter short, with its year, so that a label
// kept alone on a narrow chart still says when ("Q1 ’24"); a year as periodName says it.
QString periodTick(int period, bool quarterly);
// Names no figure carries (for the command line's check), in the order given.
QStringList unknownEntities(const FigureModel &figures, const QStringList &names);
} // namespace TrendSeries
