#include "guidancehistory.h"

#include "figuremodel.h"

#include <QMap>

#include <algorithm>

namespace GuidanceHistory {

QVector<Statement> statements(const FigureModel &figures, const QString &entity, int year)
{
    QVector<Statement> guidance;
    Statement actual;
    for (int row = 0; row < figures.rowCount(); ++row) {
        const Figure &f = figures.figure(row);
        if (f.entity != entity || f.year != year || f.isQuarterly() ||
            FigureText::seriesKind(f.kind) != FigureKind::Capex)
            continue;
        if (f.status == FigureStatus::Guidance && f.stated.isValid())
            guidance.append({row, f.stated, f.low, f.high, false});
        else if (f.status == FigureStatus::Actual && f.kind == FigureKind::Capex &&
                 (actual.row < 0 || f.stated > actual.date))
            actual = {row, f.stated, f.low, f.high, true};
    }
    std::stable_sort(guidance.begin(), guidance.end(),
                     [](const Statement &a, const Statement &b) { return a.date < b.date; });
    if (actual.row >= 0 && !guidance.isEmpty()) {
        // An actual with no date is placed after the last statement, a quarter later.
        if (!actual.date.isValid() || actual.date < guidance.last().date)
            actual.date = guidance.last().date.addMonths(3);
        guidance.append(actual);
    }
    return guidance;
}

QVector<Subject> subjects(const FigureModel &figures)
{
    QMap<QPair<QString, int>, int> counts;
    for (const Figure &f : figures.figures())
        if (f.status == FigureStatus::Guidance && f.stated.isValid() && !f.isQuarterly() &&
            FigureText::seriesKind(f.kind) == FigureKind::Capex)
            ++counts[{f.entity, f.year}];
    QVector<Subject> result;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() >= 2)
            result.append({it.key().first, it.key().second, it.value()});
    std::stable_sort(result.begin(), result.end(), [](const Subject &a, const Subject &b) {
        return a.statements > b.statements;
    });
    return result;
}

Subject fallback(const FigureModel &figures, const QString &entity, int year)
{
    const QVector<Subject> all = subjects(figures);
    for (const Subject &s : all)
        if (s.entity == entity && s.year == year)
            return s;
    return all.isEmpty() ? Subject() : all.first();
}

} // namespace GuidanceHistory
