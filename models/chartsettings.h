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

    // Longer texts cannot be laid out on a chart (layout time grows with the square of the
    // length): the window's fields stop there, and the command line and documents refuse them.
    static constexpr int kMaxTextLength = 1000;
    // Why these texts cannot be drawn (one is too long, named); empty if they can.
    QString problem() const;
    // The same settings with bidi override controls removed from every text.
    ChartSettings withoutBidiControls() const;

    bool operator==(const ChartSettings &o) const
    {
        return title == o.title && subtitle == o.subtitle && notes == o.notes &&
               byline == o.byline && showCaveat == o.showCaveat && caveat == o.caveat &&
               logScale == o.logScale;
    }
    bool operator!=(const ChartSettings &o) const { return !(*this == o); }
};
