#pragma once

#include "figure.h"

#include <QJsonObject>
#include <QStringList>

// What the trend chart compares: which companies, which kind of figure, which years, and how it
// draws them (bars or lines, years or quarters, or each company's total). Saved in the document.
struct TrendSettings
{
    QStringList entities; // empty: the four hyperscalers (defaultEntities)
    FigureKind kind = FigureKind::Capex;
    int firstYear = 2019; // 0: no limit
    int lastYear = 2026;
    bool quarterly = false;
    bool line = false;
    bool cumulative = false;

    static QStringList defaultEntities();
    // The companies asked for: the document's list, else the default four.
    QStringList entitiesShown() const { return entities.isEmpty() ? defaultEntities() : entities; }

    QJsonObject toJson() const;
    // Reads what toJson wrote; an empty object gives the defaults. False, with why, on a wrong value.
    static bool fromJson(const QJsonObject &json, TrendSettings *settings, QString *problem);

    bool operator==(const TrendSettings &o) const
    {
        return entities == o.entities && kind == o.kind && firstYear == o.firstYear &&
               lastYear == o.lastYear && quarterly == o.quarterly && line == o.line &&
               cumulative == o.cumulative;
    }
    bool operator!=(const TrendSettings &o) const { return !(*this == o); }
};
