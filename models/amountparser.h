#pragma once

#include "figure.h"

#include <QString>
#include <QStringView>

#include <optional>

// Reads an amount as a journalist types it into a cell: "5.576M", "$60–65B", "60 to 65 billion",
// "5,576,000", "294K", "600亿美元". A range gives low and high; a single number gives low == high.
struct ParsedAmount
{
    bool ok = false;
    double low = 0;
    double high = 0;
    QString error; // why the text was refused, naming the text
    // The currency the text names ("$", "US$", "美元", "RMB", "¥", "元", "yuan"); none if it names
    // none. "600亿元" is yuan and "600亿美元" dollars.
    std::optional<FigureUnit> currency;
};

// How a file writes the fraction of a number: "39.23" (point) or "39,23" (comma).
enum class DecimalMark
{
    Point,
    Comma
};

// For a cell typed in the app (the table, the figure form): the decimal mark is the one the text
// itself shows, as decimalMarkEvidence reads it, else a point; a thousands separator must group
// three digits. So "5,5B" is 5.5B (a decimal comma), "1,234" is 1234 and "1,23,456" is refused,
// here and in an imported file alike.
ParsedAmount parseAmount(const QString &text);

// For a cell of an imported file: the decimal mark is the file's, so "5,576" is 5576 with a point
// and 5.576 with a comma, and thousands separators (the other mark, a space or an apostrophe)
// must group three digits, so a misread is refused rather than scaled by a thousand. A number
// with no unit of its own is multiplied by scale, the unit its column's header gives ("($bn)").
ParsedAmount parseImportAmount(const QString &text, DecimalMark mark, double scale = 1);
// The same for a cell still in the text of its table, which the usual plain number is read from
// without a copy.
ParsedAmount parseImportAmount(QStringView text, DecimalMark mark, double scale = 1);

// What one cell says about its file's decimal mark: "1.234,5" and "39,23" say comma, "5,576,000"
// and "39.23" say point; "5,576" says nothing, nor does a cell without a number.
std::optional<DecimalMark> decimalMarkEvidence(QStringView cell);
