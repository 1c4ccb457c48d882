#pragma once

#include "chartstyle.h"

#include <QString>
#include <QVector>

#include <optional>

class ChartCanvas;
class ChartSpec;
class Document;

enum class ChartType { Ratio, Comparison, Scale, Growth, Guidance, Trend };

// Every chart SpendLens can draw, by the name the command line and file names use. The window
// and the exporter both build charts through here, so what is exported is what is shown.
namespace ChartCatalog {
struct Entry
{
    ChartType type;
    QString key;         // "ratio"
    QString name;        // "Ratio"
    QString description; // one line for `spendlens charts`
};
QVector<Entry> entries();
Entry entry(ChartType type);
std::optional<ChartType> fromKey(const QString &key);
// The emphasis a chart draws, so the window's menu and the command line offer no more: a
// highlight and a chosen colour on the ratio, side-by-side, growth and trend charts (the scale
// chart's two squares and the guidance chart's statements take neither), a chosen bar order on the
// first two.
bool drawsHighlight(ChartType type);
bool takesBarOrder(ChartType type);
// What the chart is: rows, texts, headline, alt text, CSV (the document's spec).
const ChartSpec &spec(ChartType type, const Document &document);
ChartCanvas *build(ChartType type, const Document &document, const ChartStyle &style);
// Which of its layouts build chooses for the style's page (the growth chart lays its years
// across or down; the others have one): a view built for one page size is rebuilt for another
// only when this differs.
int layoutOf(ChartType type, const Document &document, const ChartStyle &style);
// The numbers behind the chart, as CSV.
QString dataCsv(ChartType type, const Document &document);
// One sentence a reporter could write from the chart, and a description for screen readers.
QString headline(ChartType type, const Document &document);
QString altText(ChartType type, const Document &document);
} // namespace ChartCatalog
