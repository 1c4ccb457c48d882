#include "growthmodel.h"

#include "figuremodel.h"
#include "roles.h"

#include <QMap>

#include <algorithm>

bool GrowthModel::YearRow::operator==(const YearRow &o) const
{
    return year == o.year && actualRow == o.actualRow && guidanceRow == o.guidanceRow &&
           actualChange == o.actualChange && guidanceChange == o.guidanceChange &&
           actual == o.actual && guidance == o.guidance;
}

GrowthModel::GrowthModel(FigureModel *figures, QObject *parent)
    : QAbstractTableModel(parent), m_figures(figures)
{
    Q_ASSERT(figures);
    indexSeries();
    m_rows = buildRows();
    // Rows shift when figures come or go: the index is rebuilt then.
    const auto stale = [this] { m_seriesStale = true; };
    connect(figures, &QAbstractItemModel::modelAboutToBeReset, this, stale);
    connect(figures, &QAbstractItemModel::rowsAboutToBeInserted, this, stale);
    connect(figures, &QAbstractItemModel::rowsAboutToBeRemoved, this, stale);
    const auto moved = [this] {
        indexSeries();
        refresh();
    };
    connect(figures, &QAbstractItemModel::modelReset, this, moved);
    connect(figures, &QAbstractItemModel::rowsInserted, this, moved);
    connect(figures, &QAbstractItemModel::rowsRemoved, this, moved);
    connect(figures, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                figuresEdited(topLeft.row(), bottomRight.row());
            });
}

bool GrowthModel::inSeries(const Figure &f) const
{
    // Growth compares whole years: a quarter's figure is not its year's.
    return f.entity == m_series.entity && FigureText::seriesKind(f.kind) == m_series.kind &&
           !f.isQuarterly();
}

void GrowthModel::indexSeries()
{
    m_seriesRows.clear();
    for (int row = 0; row < m_figures->rowCount(); ++row)
        if (inSeries(m_figures->figure(row)))
            m_seriesRows.append(row);
    m_seriesStale = false;
}

void GrowthModel::figuresEdited(int first, int last)
{
    if (m_seriesStale) { // an edit while rows come or go (a derived figure recomputed)
        indexSeries();
        refresh();
        return;
    }
    // Only an edit of a figure that is or was in the series can change a year.
    bool touched = false;
    for (int row = first; row <= last; ++row) {
        const auto at = std::lower_bound(m_seriesRows.begin(), m_seriesRows.end(), row);
        const bool was = at != m_seriesRows.end() && *at == row;
        const bool is = inSeries(m_figures->figure(row));
        if (was && !is)
            m_seriesRows.erase(at);
        else if (is && !was)
            m_seriesRows.insert(at, row);
        touched = touched || was || is;
    }
    if (touched)
        refresh();
}

int GrowthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GrowthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVector<GrowthModel::YearRow> GrowthModel::buildRows() const
{
    QMap<int, YearRow> byYear;
    for (int row : m_seriesRows) {
        const Figure &f = m_figures->figure(row);
        YearRow &y = byYear[f.year];
        y.year = f.year;
        const bool isGuidance = f.status == FigureStatus::Guidance || f.kind != m_series.kind;
        int &slot = isGuidance ? y.guidanceRow : y.actualRow;
        if (slot < 0) {
            slot = row;
            continue;
        }
        // Several statements for one year: keep the one the pick asks for (actuals: latest).
        const QDate current = m_figures->figure(slot).stated;
        const bool later = f.stated > current;
        const bool wantLater = !isGuidance || m_pick == GuidancePick::Latest;
        if (later == wantLater && f.stated != current)
            slot = row;
    }

    QVector<YearRow> rows;
    for (YearRow y : byYear) {
        if ((m_fromYear && y.year < m_fromYear) || (m_toYear && y.year > m_toYear))
            continue; // filtered out, but still the previous year of the first shown
        const auto previous = byYear.constFind(y.year - 1);
        const auto changeFrom = [&](int row) {
            if (row < 0)
                return DerivedValue::undefined(QString());
            if (previous == byYear.constEnd() || previous->actualRow < 0)
                return DerivedValue::undefined(
                    tr("No actual for %1 to compare with.").arg(y.year - 1));
            const Figure &base = m_figures->figure(previous->actualRow);
            const Figure &f = m_figures->figure(row);
            if (base.unit != f.unit) // a change across currencies would measure the exchange rate too
                return DerivedValue::undefined(tr("%1 is in %2 and %3 in %4: no growth across currencies.")
                                                   .arg(base.year)
                                                   .arg(FigureText::unitKey(base.unit))
                                                   .arg(y.year)
                                                   .arg(FigureText::unitKey(f.unit)));
            if (base.low <= 0)
                return DerivedValue::undefined(
                    tr("%1 is zero in %2, so growth is undefined.").arg(base.label).arg(base.year));
            const DerivedValue q = divideRanges(f.low, f.high, base.low, base.high);
            if (!q.defined)
                return DerivedValue::undefined(
                    tr("%1 is so close to zero in %2 that growth is too large to show.")
                        .arg(base.label)
                        .arg(base.year));
            return DerivedValue::range(q.low - 1, q.high - 1);
        };
        y.actualChange = changeFrom(y.actualRow);
        y.guidanceChange = changeFrom(y.guidanceRow);
        if (y.actualRow >= 0)
            y.actual = m_figures->figure(y.actualRow);
        if (y.guidanceRow >= 0)
            y.guidance = m_figures->figure(y.guidanceRow);
        rows.append(y);
    }
    return rows;
}

void GrowthModel::refresh()
{
    if (m_seriesStale) // reached from another model's slot before the rows' own signal came here
        indexSeries();
    QVector<YearRow> next = buildRows();
    const bool sameYears = next.size() == m_rows.size() &&
                           std::equal(next.begin(), next.end(), m_rows.begin(),
                                      [](const YearRow &a, const YearRow &b) {
                                          return a.year == b.year;
                                      });
    if (!sameYears) {
        beginResetModel();
        m_rows = next;
        endResetModel();
        return;
    }
    // Same years: announce each year whose cells changed (a value edit changes its own year
    // and the growth of the year after) and no other.
    std::swap(m_rows, next);
    for (int row = 0; row < m_rows.size(); ++row)
        if (!(m_rows.at(row) == next.at(row)))
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void GrowthModel::setSeries(const SeriesKey &series)
{
    if (series == m_series)
        return;
    beginResetModel();
    m_series = series;
    indexSeries();
    m_rows = buildRows();
    endResetModel();
    Q_EMIT seriesChanged();
}

void GrowthModel::setYearRange(int fromYear, int toYear)
{
    if (fromYear == m_fromYear && toYear == m_toYear)
        return;
    m_fromYear = fromYear;
    m_toYear = toYear;
    refresh();
}

void GrowthModel::setGuidancePick(GuidancePick pick)
{
    if (pick == m_pick)
        return;
    m_pick = pick;
    refresh();
    Q_EMIT headerDataChanged(Qt::Horizontal, GuidanceColumn, GuidanceColumn);
    Q_EMIT guidancePickChanged();
}

QVector<GrowthModel::SeriesKey> GrowthModel::availableSeries() const
{
    QMap<QPair<QString, int>, QSet<int>> years;
    for (const Figure &f : m_figures->figures())
        if (!f.isQuarterly())
            years[{f.entity, int(FigureText::seriesKind(f.kind))}].insert(f.year);
    QVector<SeriesKey> keys;
    for (auto it = years.cbegin(); it != years.cend(); ++it)
        if (it.value().size() >= 2)
            keys.append({it.key().first, FigureKind(it.key().second)});
    return keys;
}

QString GrowthModel::seriesName() const
{
    return tr("%1 %2").arg(m_figures->entityShown(m_series.entity), FigureText::kindName(m_series.kind).toLower());
}

QVariant GrowthModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const YearRow &y = m_rows.at(index.row());
    const NumberFormat &format = m_figures->numberFormat();
    const auto valueCell = [&](int figureRow) -> QVariant {
        if (figureRow < 0)
            return {};
        const Figure &f = m_figures->figure(figureRow);
        switch (role) {
        case Qt::DisplayRole:
            return format.quantityRange(f.low, f.high, f.unit);
        case Roles::LowRole:
            return f.low;
        case Roles::HighRole:
        case Roles::SortRole:
            return f.high;
        case Roles::FigureIdRole:
            return f.id;
        case Qt::ToolTipRole:
            return tr("%1 — %2, stated %3").arg(f.label, f.source.title,
                                                f.stated.toString(Qt::ISODate));
        }
        return {};
    };
    const auto changeCell = [&](const DerivedValue &v) -> QVariant {
        if (!v.defined) {
            if (role == Roles::ReasonRole || role == Qt::ToolTipRole)
                return v.reason.isEmpty() ? QVariant() : QVariant(v.reason);
            if (role == Qt::DisplayRole && !v.reason.isEmpty())
                return QStringLiteral("—");
            return {};
        }
        switch (role) {
        case Qt::DisplayRole:
            return format.percentChangeRange(v.low, v.high);
        case Roles::LowRole:
            return v.low;
        case Roles::HighRole:
        case Roles::SortRole:
            return v.high;
        }
        return {};
    };
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    switch (index.column()) {
    case YearColumn:
        return (role == Qt::DisplayRole || role == Roles::SortRole) ? QVariant(y.year) : QVariant();
    case ActualColumn:
        return valueCell(y.actualRow);
    case ActualChangeColumn:
        return changeCell(y.actualChange);
    case GuidanceColumn:
        return valueCell(y.guidanceRow);
    case GuidanceChangeColumn:
        return changeCell(y.guidanceChange);
    }
    return {};
}

QVariant GrowthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case YearColumn:
        return tr("Year");
    case ActualColumn:
        return tr("Actual");
    case ActualChangeColumn:
        return tr("Change");
    case GuidanceColumn:
        return m_pick == GuidancePick::Initial ? tr("Initial guidance") : tr("Latest guidance");
    case GuidanceChangeColumn:
        return tr("Planned change");
    }
    return {};
}

void GrowthModel::announceFormatChange()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}
