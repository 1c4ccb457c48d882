#pragma once

#include "figure.h"

#include <QList>
#include <QStringList>

// Which figures the table and the charts show: by entity, kind, status and year range. An
// empty list means "any"; a year of 0 means "no limit".
struct FigureFilter
{
    QStringList entities;
    QList<FigureKind> kinds;
    QList<FigureStatus> statuses;
    int fromYear = 0;
    int toYear = 0;

    bool accepts(const Figure &f) const
    {
        return (entities.isEmpty() || entities.contains(f.entity)) &&
               (kinds.isEmpty() || kinds.contains(f.kind)) &&
               (statuses.isEmpty() || statuses.contains(f.status)) &&
               (fromYear == 0 || f.year >= fromYear) && (toYear == 0 || f.year <= toYear);
    }
    bool isEmpty() const
    {
        return entities.isEmpty() && kinds.isEmpty() && statuses.isEmpty() && fromYear == 0 &&
               toYear == 0;
    }
    bool operator==(const FigureFilter &o) const
    {
        return entities == o.entities && kinds == o.kinds && statuses == o.statuses &&
               fromYear == o.fromYear && toYear == o.toYear;
    }
    bool operator!=(const FigureFilter &o) const { return !(*this == o); }
};
