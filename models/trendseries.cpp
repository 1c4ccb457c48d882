#include "trendseries.h"

#include "figuremodel.h"
#include "fiscalyear.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TrendSeries)
};

// The company a basis belongs to: "Amazon (net)" is Amazon on its net line.
bool isBasisOf(const QString &entity, const QString &asked)
{
    if (entity == asked)
        return true;
    return !asked.contains(QLatin1Char('(')) && entity.startsWith(asked + QStringLiteral(" ("));
}

// Where the figure sits in time: its year, or its quarter by the months it covers, so that a
// fiscal quarter (Microsoft's Q1 FY2026 = Jul–Sep 2025) is drawn when it happened.
int periodOf(const Figure &f)
{
    if (!f.isQuarterly())
        return f.year;
    QDate first, last;
    if (FiscalYear::months(f, &first, &last))
        return first.year() * 4 + (first.month() - 1) / 3;
    return f.year * 4 + f.quarter - 1;
}

bool wanted(const Figure &f, const TrendSettings &s)
{
    return f.unit == FigureUnit::Usd && FigureText::seriesKind(f.kind) == s.kind &&
           f.isQuarterly() == s.quarterly && (!s.firstYear || f.year >= s.firstYear) &&
           (!s.lastYear || f.year <= s.lastYear);
}

TrendSeries::PointKind pointKind(const Figure &f, const TrendSettings &s)
{
    if (f.status == FigureStatus::Actual && f.kind == s.kind)
        return TrendSeries::PointKind::Actual;
    return f.status == FigureStatus::Guidance ? TrendSeries::PointKind::Guidance
                                              : TrendSeries::PointKind::Estimate;
}

// One point per period: the actual, else the latest guidance, else the latest estimate. Single-
// source ("reported") and stated figures are never drawn by default (the fact sheet's rule b).
QVector<TrendSeries::Point> pointsOf(const FigureModel &figures, const QString &entity,
                                     const TrendSettings &s)
{
    QMap<int, TrendSeries::Point> byPeriod;
    for (int row = 0; row < figures.rowCount(); ++row) {
        const Figure &f = figures.figure(row);
        if (f.entity != entity || !wanted(f, s) || f.status == FigureStatus::Reported ||
            f.status == FigureStatus::Stated)
            continue;
        const TrendSeries::Point candidate{row, periodOf(f), pointKind(f, s), {}};
        const auto it = byPeriod.find(candidate.period);
        if (it == byPeriod.end()) {
            byPeriod.insert(candidate.period, candidate);
            continue;
        }
        const Figure &held = figures.figure(it->row);
        if (candidate.kind < it->kind || (candidate.kind == it->kind && f.stated > held.stated))
            *it = candidate;
    }
    return byPeriod.values().toVector();
}

DerivedValue changeOn(const FigureModel &figures, const QVector<TrendSeries::Point> &points,
                      const TrendSeries::Point &p, int step)
{
    for (const TrendSeries::Point &before : points) {
        if (before.period != p.period - step)
            continue;
        if (before.kind != TrendSeries::PointKind::Actual)
            break;
        const Figure &base = figures.figure(before.row);
        const Figure &f = figures.figure(p.row);
        const DerivedValue q = base.low > 0 ? divideRanges(f.low, f.high, base.low, base.high)
                                            : DerivedValue::undefined(QString());
        if (!q.defined)
            return DerivedValue::undefined(Tr::tr("%1 is zero or near it, so no change is shown.")
                                               .arg(FigureText::labelName(base)));
        return DerivedValue::range(q.low - 1, q.high - 1);
    }
    return DerivedValue::undefined(
        Tr::tr("No actual for %1 to compare with.").arg(TrendSeries::periodName(p.period - step, step == 4)));
}

TrendSeries::Series seriesFor(const FigureModel &figures, const QString &asked, const TrendSettings &s)
{
    // Every basis of the company, by how many periods it has an actual; the most wins, then the
    // one named as asked (Amazon's gross line over "Amazon (net)"), then by name.
    QMap<QString, int> counts;
    for (const Figure &f : figures.figures())
        if (isBasisOf(f.entity, asked))
            counts[f.entity] += (wanted(f, s) && f.status == FigureStatus::Actual && f.kind == s.kind) ? 1 : 0;
    TrendSeries::Series series;
    series.asked = asked;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const bool better = series.entity.isEmpty() || it.value() > series.actualCount ||
                            (it.value() == series.actualCount && it.key() == asked);
        if (better) {
            if (!series.entity.isEmpty())
                series.passedOver.append(series.entity);
            series.entity = it.key();
            series.actualCount = it.value();
        } else {
            series.passedOver.append(it.key());
        }
    }
    if (series.entity.isEmpty())
        return series;
    series.points = pointsOf(figures, series.entity, s);
    for (TrendSeries::Point &p : series.points) {
        p.change = changeOn(figures, series.points, p, s.quarterly ? 4 : 1);
        series.fiscal = series.fiscal || FiscalYear::isFiscal(figures.figure(p.row));
    }
    return series;
}

void addTotals(const FigureModel &figures, TrendSeries::Data *data)
{
    int from = 0, to = 0;
    for (const TrendSeries::Series &s : std::as_const(data->series)) {
        int first = 0, last = 0;
        for (const TrendSeries::Point &p : s.points)
            if (p.kind == TrendSeries::PointKind::Actual) {
                first = first ? first : p.period;
                last = p.period;
            }
        from = qMax(from, first);
        to = to ? qMin(to, last) : last;
    }
    if (!from || from > to)
        return;
    data->totalFrom = from;
    data->totalTo = to;
    for (TrendSeries::Series &s : data->series) {
        double low = 0, high = 0;
        QStringList missing;
        for (int year = from; year <= to; ++year) {
            const auto it = std::find_if(s.points.cbegin(), s.points.cend(), [&](const TrendSeries::Point &p) {
                return p.period == year && p.kind == TrendSeries::PointKind::Actual;
            });
            if (it == s.points.cend()) {
                missing.append(QString::number(year));
                continue;
            }
            low += figures.figure(it->row).low;
            high += figures.figure(it->row).high;
            s.totalRows.append(it->row);
        }
        s.total = missing.isEmpty()
                      ? DerivedValue::range(low, high)
                      : DerivedValue::undefined(Tr::tr("No actual for %1.").arg(missing.join(QStringLiteral(", "))));
    }
}

} // namespace

namespace TrendSeries {

QString periodName(int period, bool quarterly)
{
    if (!quarterly)
        return QString::number(period);
    return Tr::tr("Q%1 %2", "a calendar quarter: Q3 2025").arg(period % 4 + 1).arg(period / 4);
}

QString periodTick(int period, bool quarterly)
{
    if (!quarterly)
        return periodName(period, quarterly);
    return Tr::tr("Q%1 ’%2", "a quarter on a chart's axis, the year in two digits: Q1 ’24")
        .arg(period % 4 + 1)
        .arg(period / 4 % 100, 2, 10, QLatin1Char('0'));
}

QStringList unknownEntities(const FigureModel &figures, const QStringList &names)
{
    QStringList unknown;
    for (const QString &name : names)
        if (std::none_of(figures.figures().cbegin(), figures.figures().cend(),
                         [&](const Figure &f) { return isBasisOf(f.entity, name); }))
            unknown.append(name);
    return unknown;
}

Data build(const FigureModel &figures, const TrendSettings &settings)
{
    Data data;
    data.unknown = unknownEntities(figures, settings.entitiesShown());
    QSet<int> periods;
    for (const QString &name : settings.entitiesShown()) {
        if (data.unknown.contains(name))
            continue;
        Series s = seriesFor(figures, name, settings);
        if (s.points.isEmpty()) {
            data.withoutData.append(name);
            continue;
        }
        for (const Point &p : std::as_const(s.points))
            periods.insert(p.period);
        data.series.append(s);
    }
    data.periods = periods.values().toVector();
    std::sort(data.periods.begin(), data.periods.end());
    if (!settings.quarterly)
        addTotals(figures, &data);
    return data;
}

} // namespace TrendSeries
