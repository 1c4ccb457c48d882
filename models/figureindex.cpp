#include "figureindex.h"

#include <algorithm>

FigureIndex::Entry FigureIndex::entryOf(const Figure &figure)
{
    return {!figure.formula.isEmpty(), figure.unit, figure.year};
}

void FigureIndex::clear()
{
    m_derivedRows.clear();
    m_moneyYears.clear();
}

void FigureIndex::add(int row, const Figure &figure)
{
    Q_ASSERT(m_derivedRows.isEmpty() || m_derivedRows.last() < row);
    if (!figure.formula.isEmpty())
        m_derivedRows.append(row);
    if (FigureText::isMoney(figure.unit))
        ++m_moneyYears[figure.unit][figure.year];
}

void FigureIndex::replace(int row, const Entry &before, const Entry &after)
{
    if (before.derived != after.derived) {
        const auto at = std::lower_bound(m_derivedRows.begin(), m_derivedRows.end(), row);
        if (after.derived)
            m_derivedRows.insert(at, row);
        else if (at != m_derivedRows.end() && *at == row)
            m_derivedRows.erase(at);
    }
    if (before.unit != after.unit || before.year != after.year) {
        count(before, -1);
        count(after, +1);
    }
}

void FigureIndex::count(const Entry &entry, int delta)
{
    if (!FigureText::isMoney(entry.unit))
        return;
    QMap<int, int> &years = m_moneyYears[entry.unit];
    const int n = years.value(entry.year) + delta;
    Q_ASSERT(n >= 0);
    if (n > 0)
        years.insert(entry.year, n);
    else
        years.remove(entry.year);
}

std::optional<int> FigureIndex::latestYearNotIn(FigureUnit to) const
{
    if (!FigureText::isMoney(to))
        return std::nullopt;
    std::optional<int> latest;
    for (auto it = m_moneyYears.cbegin(); it != m_moneyYears.cend(); ++it)
        if (it.key() != to && !it.value().isEmpty())
            latest = std::max(latest.value_or(it.value().lastKey()), it.value().lastKey());
    return latest;
}
