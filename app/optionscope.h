#pragma once

#include "chartcatalog.h"

#include <QStringList>

class QCommandLineParser;

// Which charts each chart-specific export option can change (--quarterly: the trend chart), so
// that an option given to a chart it cannot change is named rather than silently ignored.
namespace OptionScope {
// A note for each option given that cannot change this chart, in the language in force:
// "note: --quarterly applies to the trend chart only; the ratio chart is drawn without it."
QStringList notes(const QCommandLineParser &parser, ChartType chart);
} // namespace OptionScope
