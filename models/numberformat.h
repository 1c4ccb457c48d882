#pragma once

#include "figure.h"

#include <QString>

// Formats every number SpendLens shows: a fixed number of significant figures (three by
// default), compact units ($5.58M, $39.2B), ranges as ranges, units always shown.
class NumberFormat
{
public:
    explicit NumberFormat(int significantFigures = 3);

    int significantFigures() const { return m_digits; }

    QString money(double usd) const;
    QString moneyRange(double low, double high) const;
    QString quantity(double value, FigureUnit unit) const;
    QString quantityRange(double low, double high, FigureUnit unit) const;
    QString multiple(double ratio) const;
    QString multipleRange(double low, double high) const;
    QString percentChange(double fraction) const;
    QString percentChangeRange(double low, double high) const;
    // A plain number with thousands separators at this precision: "10,800".
    QString plain(double value) const;

    static double roundSignificant(double value, int digits);

private:
    struct Compact
    {
        QString number;
        QString suffix;
    };
    Compact compact(double value) const;
    QString compactIn(double value, double scale) const;

    int m_digits;
};
