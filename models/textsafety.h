#pragma once

#include <QString>

struct Figure;

// Text from outside (a document, a CSV, a cell) made safe to show and to hand on: no
// direction overrides that draw a label backwards, no formulas for a spreadsheet to run.
namespace TextSafety {
// Without the bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069).
// The marks LRM, RLM and ALM stay: they cannot reverse text. Returns text itself if clean.
QString withoutBidiControls(const QString &text);
bool hasBidiControls(const QString &text);
// Whether any text cleanFigure strips has them.
bool hasBidiControls(const Figure &figure);
// Strips bidi controls from every text of the figure a chart or a table shows (not its id
// or formula, which other figures refer to). True if anything changed.
bool cleanFigure(Figure *figure);
// A text cell (a label, a source, a note: words someone typed) for a CSV a spreadsheet will
// open: a leading = + - @, tab or carriage return gets a single quote in front, as OWASP
// advises, so that the spreadsheet shows it rather than runs it. Not for number cells.
QString spreadsheetText(const QString &text);
} // namespace TextSafety
