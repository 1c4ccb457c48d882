#include "ratiomodel.h"

#include "figuremodel.h"
#include "roles.h"

#include <algorithm>

RatioModel::RatioModel(FigureModel *figures, QObject *parent)
    : QAbstractTableModel(parent), m_figures(figures)
{
    Q_ASSERT(figures);
    m_ratios.resize(figures->rowCount());
    recomputeAll();

    connect(figures, &QAbstractItemModel::modelAboutToBeReset, this,
            &RatioModel::beginResetModel);
    connect(figures, &QAbstractItemModel::modelReset, this, [this] {
        m_ratios = QVector<DerivedValue>(m_figures->rowCount());
        const int base = baselineRow();
        for (int row = 0; row < m_ratios.size(); ++row)
            m_ratios[row] = compute(row, base);
        endResetModel();
    });
    connect(figures, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &, int first, int last) { beginInsertRows({}, first, last); });
    connect(figures, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                m_ratios.insert(first, last - first + 1, DerivedValue());
                const int base = baselineRow();
                for (int row = first; row <= last; ++row)
                    m_ratios[row] = compute(row, base);
                endInsertRows();
                recomputeAll();
            });
    connect(figures, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) { beginRemoveRows({}, first, last); });
    connect(figures, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                m_ratios.remove(first, last - first + 1);
                endRemoveRows();
                recomputeAll();
            });
    connect(figures, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                // The edited rows' own label and value cells change, and their multiples (every
                // multiple if the baseline or the chart's rate changed with them).
                Q_EMIT dataChanged(index(topLeft.row(), FigureColumn),
                                   index(bottomRight.row(), ValueColumn));
                recomputeEdited(topLeft.row(), bottomRight.row());
            });
}

int RatioModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ratios.size());
}

int RatioModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int RatioModel::baselineRow() const { return m_figures->rowOf(m_baselineId); }

DerivedValue RatioModel::compute(int row, int base) const
{
    if (base < 0)
        return DerivedValue::undefined(tr("No baseline figure is chosen."));
    // Money in two currencies is converted before it is divided, never the other way round.
    const Currency::Amount a = shownAmount(row);
    const Currency::Amount b = shownAmount(base);
    const QString &aLabel = m_figures->figure(row).label;
    const QString &bLabel = m_figures->figure(base).label;
    if (a.unit != b.unit)
        return DerivedValue::undefined(
            FigureText::isMoney(a.unit) && FigureText::isMoney(b.unit)
                ? tr("“%1” is in %2 and the baseline in %3, and there is no exchange rate to convert "
                     "them with.")
                      .arg(aLabel, FigureText::unitKey(a.unit), FigureText::unitKey(b.unit))
                : tr("“%1” is in %2 and the baseline in %3: they cannot be divided.")
                      .arg(aLabel, FigureText::unitKey(a.unit), FigureText::unitKey(b.unit)));
    if (b.low <= 0)
        return DerivedValue::undefined(
            tr("The baseline “%1” is zero, so no multiple can be computed.").arg(bLabel));
    if (row == base) // 1× by definition, not its range divided by itself (0.923–1.08×)
        return DerivedValue::range(1, 1);
    const DerivedValue multiple = divideRanges(a.low, a.high, b.low, b.high);
    if (!multiple.defined)
        return DerivedValue::undefined(
            tr("The baseline “%1” is so close to zero that the multiple of “%2” is too large to show.")
                .arg(bLabel, aLabel));
    return multiple;
}

Currency::Rate RatioModel::chartRate() const
{
    QVector<const Figure *> shownFigures;
    for (int row : comparedRows())
        shownFigures.append(&m_figures->figure(row));
    if (baselineRow() >= 0)
        shownFigures.append(&m_figures->figure(baselineRow()));
    const Currency::Rate rate = Currency::chartRate(m_parameters, shownFigures, m_currency);
    if (rate.valid)
        return rate;
    // Nothing in the chart is converted: a rate for the table's other rows, the year
    // Currency::chartRate would take over all of them, from the index (an edit walks none).
    const std::optional<int> year = m_figures->figureIndex().latestYearNotIn(m_currency);
    return year ? Currency::rateFor(m_parameters, *year) : Currency::Rate();
}

void RatioModel::setExchange(FigureUnit currency, const QVector<Parameter> &parameters)
{
    QVector<Parameter> rates;
    for (const Parameter &p : parameters)
        if (Currency::isRate(p))
            rates.append(p);
    if (currency == m_currency && rates == m_parameters)
        return;
    m_currency = currency;
    m_parameters = rates;
    recomputeAll();
    // The values charts show change even where no multiple does.
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, ValueColumn), index(rowCount() - 1, ValueColumn));
}

Figure RatioModel::shown(int row) const
{
    return Currency::converted(m_figures->figure(row), m_currency, m_rate);
}

Currency::Amount RatioModel::shownAmount(int row) const
{
    return Currency::convertedAmount(m_figures->figure(row), m_currency, m_rate);
}

bool RatioModel::converts(const QVector<int> &rows) const
{
    return std::any_of(rows.begin(), rows.end(), [this](int row) {
        return row >= 0 && Currency::needsConversion(m_figures->figure(row), m_currency) && m_rate.valid;
    });
}

QString RatioModel::conversionNote(const QVector<int> &rows) const
{
    return converts(rows) ? Currency::footnote(m_rate, m_currency, m_figures->numberFormat()) : QString();
}

void RatioModel::recomputeAll()
{
    m_rate = chartRate();
    recomputeRows(0, int(m_ratios.size()) - 1);
}

void RatioModel::recomputeEdited(int first, int last)
{
    const int base = baselineRow();
    const Currency::Rate rate = chartRate();
    if ((base >= first && base <= last) || rate != m_rate) {
        recomputeAll();
        return;
    }
    recomputeRows(first, last);
}

void RatioModel::recomputeRows(int firstRow, int lastRow)
{
    // Recompute these multiples and announce exactly the rows whose multiple changed.
    const int base = baselineRow();
    int first = -1;
    const auto flush = [&](int endRow) {
        if (first >= 0)
            Q_EMIT dataChanged(index(first, MultipleColumn), index(endRow - 1, MultipleColumn));
        first = -1;
    };
    for (int row = firstRow; row <= lastRow; ++row) {
        const DerivedValue next = compute(row, base);
        if (next != m_ratios.at(row)) {
            m_ratios[row] = next;
            if (first < 0)
                first = row;
        } else {
            flush(row);
        }
    }
    flush(lastRow + 1);
}

void RatioModel::setBaselineId(const QString &id)
{
    if (id == m_baselineId)
        return;
    m_baselineId = id;
    recomputeAll();
    Q_EMIT baselineChanged(id);
}

bool RatioModel::isCompared(int row) const
{
    return m_comparedIds.contains(m_figures->figure(row).id);
}

QVector<int> RatioModel::comparedRows() const
{
    QVector<int> rows;
    const int base = baselineRow();
    for (const QString &id : m_comparedIds) {
        const int row = m_figures->rowOf(id);
        if (row >= 0 && row != base && m_filter.accepts(m_figures->figure(row)))
            rows.append(row);
    }
    return rows;
}

QVector<int> RatioModel::chartRows() const
{
    QVector<int> rows;
    for (int row : comparedRows())
        if (m_ratios.at(row).defined)
            rows.append(row);
    std::stable_sort(rows.begin(), rows.end(), [this](int a, int b) {
        return m_ratios.at(a).mid() > m_ratios.at(b).mid();
    });
    const int base = baselineRow();
    if (base >= 0 && m_ratios.at(base).defined)
        rows.append(base);
    return rows;
}

int RatioModel::subjectRow() const
{
    for (int row : comparedRows())
        if (m_ratios.at(row).defined)
            return row;
    return -1;
}

QVector<int> RatioModel::undefinedComparedRows() const
{
    QVector<int> rows;
    for (int row : comparedRows())
        if (!m_ratios.at(row).defined)
            rows.append(row);
    return rows;
}

void RatioModel::setFilter(const FigureFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    recomputeAll(); // the chart's rate follows the figures it shows
    Q_EMIT comparedChanged();
}

void RatioModel::setComparedIds(const QStringList &ids)
{
    QStringList unique;
    for (const QString &id : ids)
        if (!unique.contains(id))
            unique.append(id);
    if (unique == m_comparedIds)
        return;
    const QStringList before = m_comparedIds;
    m_comparedIds = unique;
    for (int row = 0; row < rowCount(); ++row) {
        const QString &id = m_figures->figure(row).id;
        if (before.contains(id) != unique.contains(id))
            Q_EMIT dataChanged(index(row, FigureColumn), index(row, FigureColumn),
                               {Qt::CheckStateRole});
    }
    recomputeAll(); // the chart's rate follows the figures it shows
    Q_EMIT comparedChanged();
}

void RatioModel::setCompared(int row, bool compared)
{
    QStringList ids = m_comparedIds;
    const QString &id = m_figures->figure(row).id;
    if (compared)
        ids.append(id);
    else
        ids.removeAll(id);
    if (m_comparedSink)
        m_comparedSink(ids);
    else
        setComparedIds(ids);
}

QVariant RatioModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Figure &f = m_figures->figure(index.row());
    const DerivedValue &r = m_ratios.at(index.row());
    const NumberFormat &format = m_figures->numberFormat();
    switch (index.column()) {
    case FigureColumn:
        if (role == Qt::DisplayRole)
            return index.row() == baselineRow() ? tr("%1 (baseline)").arg(FigureText::labelName(f))
                                                : FigureText::labelName(f);
        if (role == Qt::CheckStateRole)
            return isCompared(index.row()) ? Qt::Checked : Qt::Unchecked;
        if (role == Roles::SortRole)
            return FigureText::labelName(f);
        if (role == Qt::ToolTipRole)
            return tr("Tick to show this figure in the ratio chart.");
        break;
    case ValueColumn:
        if (role == Qt::DisplayRole)
            return format.quantityRange(f.low, f.high, f.unit);
        if (role == Roles::LowRole || role == Roles::SortRole)
            return f.low;
        if (role == Roles::HighRole)
            return f.high;
        break;
    case MultipleColumn:
        if (role == Qt::DisplayRole)
            return r.defined ? format.multipleRange(r.low, r.high) : QStringLiteral("—");
        if (role == Qt::ToolTipRole || role == Roles::ReasonRole)
            return r.defined ? QVariant() : QVariant(r.reason);
        if (role == Roles::SortRole)
            return multipleSortKey(index.row());
        if (!r.defined)
            return {};
        if (role == Roles::LowRole)
            return r.low;
        if (role == Roles::HighRole)
            return r.high;
        break;
    }
    if (role == Qt::TextAlignmentRole && index.column() != FigureColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Roles::FigureIdRole)
        return f.id;
    return {};
}

QVariant RatioModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FigureColumn:
        return tr("Figure");
    case ValueColumn:
        return tr("Value");
    case MultipleColumn:
        return tr("× baseline");
    }
    return {};
}

Qt::ItemFlags RatioModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == FigureColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool RatioModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != FigureColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    setCompared(index.row(), value.toInt() == Qt::Checked);
    return true;
}

void RatioModel::announceFormatChange()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}
