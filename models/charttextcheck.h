#pragma once

#include <QString>
#include <QStringList>

class ChartSpec;

// Reads a custom chart text for claims the chart no longer backs: a number ("10,000",
// "$60–65 billion", "11,000 times") that matches no number the chart shows, or a company the
// document knows that the chart does not show. Placeholders are filled from the data, so they
// are not read.
namespace ChartTextCheck {
// Each problem as a clause, "states 10,000, which matches no number the chart shows".
QStringList problems(const ChartSpec &spec, const QString &text);
// The numbers a text states, each as low and high (one number: both the same), in dollars,
// times or percent as written ("$60–65 billion" → 6e10, 6.5e10).
QVector<QPair<double, double>> statedNumbers(const QString &text, QStringList *asWritten = nullptr);
} // namespace ChartTextCheck
