#pragma once

#include "chartemphasis.h"

#include <QString>
#include <QVector>

// A title and subtitle written for one comparison (what ChartSpec::comparisonKey() names), with
// a stamp of the data they were written over: when the data moves on, the text is flagged.
struct ChartText
{
    QString writtenFor;
    QString title;
    QString subtitle;
    QString dataStamp;
    bool confirmed = false; // the journalist kept it as it is over this data

    bool operator==(const ChartText &o) const
    {
        return writtenFor == o.writtenFor && title == o.title && subtitle == o.subtitle &&
               dataStamp == o.dataStamp && confirmed == o.confirmed;
    }
    bool operator!=(const ChartText &o) const { return !(*this == o); }
};

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
    // Titles and subtitles by the comparison they were written for. title and subtitle above
    // are the current comparison's (Document fills them in); files from before this list kept
    // one title per chart type there.
    QVector<ChartText> texts;
    // Highlights, annotations, colours and bar order.
    ChartEmphasis emphasis;

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
               logScale == o.logScale && texts == o.texts && emphasis == o.emphasis;
    }
    bool operator!=(const ChartSettings &o) const { return !(*this == o); }
};
