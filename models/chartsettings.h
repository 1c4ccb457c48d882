#pragma once

#include <QString>

// What a journalist sets on one chart: its texts, whether the automatic caveat shows (and in
// whose words), and the value scale. Empty texts mean "the automatic one".
struct ChartSettings
{
    QString title;
    QString subtitle;
    QString notes;
    QString byline;
    bool showCaveat = true;
    QString caveat;
    bool logScale = true;

    bool operator==(const ChartSettings &o) const
    {
        return title == o.title && subtitle == o.subtitle && notes == o.notes &&
               byline == o.byline && showCaveat == o.showCaveat && caveat == o.caveat &&
               logScale == o.logScale;
    }
    bool operator!=(const ChartSettings &o) const { return !(*this == o); }
};
