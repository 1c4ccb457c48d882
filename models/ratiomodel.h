#pragma once

#include "currency.h"
#include "derivedvalue.h"
#include "figurefilter.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QStringList>
#include <QVector>

#include <functional>

class FigureModel;

// Each figure as a multiple of one baseline figure, low–high ranges carried through
// (low = a.low / b.high, high = a.high / b.low). One row per figure, in the figure table's
// order. Column 0 is checkable: the checked figures are the ones the ratio chart compares.
class RatioModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FigureColumn, ValueColumn, MultipleColumn, ColumnCount };

    explicit RatioModel(FigureModel *figures, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const FigureModel *figures() const { return m_figures; }
    QString baselineId() const { return m_baselineId; }
    void setBaselineId(const QString &id);
    int baselineRow() const;

    // Figures in the chart, by id; ids not in the figure table are kept for when they return.
    QStringList comparedIds() const { return m_comparedIds; }
    void setComparedIds(const QStringList &ids);
    bool isCompared(int row) const;
    // Where ticking a figure goes instead of changing the set at once (a document's undo).
    void setComparedSink(std::function<void(const QStringList &)> sink) { m_comparedSink = std::move(sink); }
    // Compared figures the filter leaves out stay compared but are not drawn.
    void setFilter(const FigureFilter &filter);
    const FigureFilter &filter() const { return m_filter; }
    // Rows of the compared figures that pass the filter, baseline excluded.
    QVector<int> comparedRows() const;

    // What the ratio chart draws, largest multiple first, then the baseline itself (1×).
    // Compared figures whose multiple is undefined are left out; undefinedComparedRows() has them.
    QVector<int> chartRows() const;
    QVector<int> undefinedComparedRows() const;
    // The figure a headline is about: the first compared figure with a defined multiple, in
    // the order the figures were compared; -1 if none.
    int subjectRow() const;

    DerivedValue ratio(int row) const { return m_ratios.at(row); }
    // What the multiple column sorts by (its Roles::SortRole): undefined multiples below every ratio.
    double multipleSortKey(int row) const
    {
        const DerivedValue &r = m_ratios.at(row);
        return r.defined ? r.high : -1.0;
    }

    // The currency the charts show money in, and the exchange-rate parameters they convert with.
    // One rate serves the whole chart: the one for the latest year among its converted figures.
    void setExchange(FigureUnit currency, const QVector<Parameter> &parameters);
    FigureUnit currency() const { return m_currency; }
    const Currency::Rate &rate() const { return m_rate; }
    // The figure as the charts show it: money in the chart currency (converted at rate()).
    Figure shown(int row) const;
    // Its amount alone, as shown(row) has it, for ratios and value orders (no copy of texts).
    Currency::Amount shownAmount(int row) const;
    // Whether any of these rows is money converted into the chart currency.
    bool converts(const QVector<int> &rows) const;
    // The footer's sentence on the rate used for these rows; empty if none is converted.
    QString conversionNote(const QVector<int> &rows) const;

    // Announces every cell's text as changed, after the number format changed.
    void announceFormatChange();

Q_SIGNALS:
    void baselineChanged(const QString &id);
    void comparedChanged();

private:
    DerivedValue compute(int row, int base) const;
    void recomputeAll();
    // After an edit of these rows: only their multiples, unless the edit moved the baseline
    // or the chart's rate, which every multiple depends on.
    void recomputeEdited(int first, int last);
    void recomputeRows(int first, int last);
    Currency::Rate chartRate() const;
    void setCompared(int row, bool compared);

    FigureModel *m_figures;
    QString m_baselineId;
    QStringList m_comparedIds;
    QVector<DerivedValue> m_ratios;
    std::function<void(const QStringList &)> m_comparedSink;
    FigureFilter m_filter;
    FigureUnit m_currency = FigureUnit::Usd;
    QVector<Parameter> m_parameters;
    Currency::Rate m_rate;
};
