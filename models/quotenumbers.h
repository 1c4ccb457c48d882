#pragma once

#include <QString>
#include <QVector>

// Whether a quoted sentence states a figure's number, in any of the ways sources write it:
// "$15.65 billion", "15,650" (a table in millions), "156.5亿", "$5.576M", "(44,477)".
namespace QuoteNumbers {
// Every amount the text may state: each number with its scale word ("billion", "bn", "B",
// "M", "K", "trillion", "亿", "万", "百万"), or, with none, the number at each scale a table
// prints in (units, thousands, millions, billions). Signs and cash-flow parentheses are dropped.
QVector<double> amounts(const QString &text);
// True if one of the amounts is the value as written to its precision: the amount lies within
// half a unit of the value's last significant digit, counting at least three significant
// digits (so $40.4B states 40.4e9 and 40.43e9, but $44B does not state 40e9).
bool states(const QString &text, double value);
} // namespace QuoteNumbers
