#pragma once

#include "figure.h"

#include <QMap>
#include <QVector>

#include <optional>

// What the figure table keeps current on every change so that an edit of one figure need not
// walk them all: the rows of derived figures, and the years money figures are stated for by
// currency (which year's exchange rate a chart converts with).
class FigureIndex
{
public:
    // What of one figure the index follows.
    struct Entry
    {
        bool derived = false;
        FigureUnit unit = FigureUnit::Usd;
        int year = 0;
    };
    static Entry entryOf(const Figure &figure);

    void clear();
    // Adds the figure at row; a rebuild adds rows in ascending order.
    void add(int row, const Figure &figure);
    // The figure at row was before and is now after.
    void replace(int row, const Entry &before, const Entry &after);

    // Rows of the figures with a formula, ascending.
    const QVector<int> &derivedRows() const { return m_derivedRows; }
    // The latest year among money figures in another currency than to; none if no figure is,
    // or to is not money (the year Currency::chartRate takes the rate of).
    std::optional<int> latestYearNotIn(FigureUnit to) const;

private:
    void count(const Entry &entry, int delta);

    QVector<int> m_derivedRows;
    QMap<FigureUnit, QMap<int, int>> m_moneyYears; // currency → year → how many figures
};
