#pragma once

#include "derivedvalue.h"
#include "figure.h"

#include <QAbstractTableModel>
#include <QVector>

class FigureModel;

// One entity's series by year (e.g. Meta capex 2019–2026) with year-over-year change against
// the previous year's actual, ranges carried through. A year's guidance sits beside its actual.
class GrowthModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        YearColumn,
        ActualColumn,
        ActualChangeColumn,
        GuidanceColumn,
        GuidanceChangeColumn,
        ColumnCount
    };
    // Which statement stands for a year's guidance when it moved: the first (the plan as
    // announced) or the most recent.
    enum class GuidancePick { Initial, Latest };

    struct SeriesKey
    {
        QString entity;
        FigureKind kind = FigureKind::Capex;
        bool operator==(const SeriesKey &o) const { return entity == o.entity && kind == o.kind; }
    };

    struct YearRow
    {
        int year = 0;
        int actualRow = -1;   // figure row, -1 if none
        int guidanceRow = -1; // figure row, -1 if none
        DerivedValue actualChange;
        DerivedValue guidanceChange;
        Figure actual;   // snapshots, so a refresh can tell which years' cells changed
        Figure guidance;
        bool operator==(const YearRow &o) const;
    };

    explicit GrowthModel(FigureModel *figures, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const FigureModel *figures() const { return m_figures; }
    SeriesKey series() const { return m_series; }
    void setSeries(const SeriesKey &series);
    GuidancePick guidancePick() const { return m_pick; }
    void setGuidancePick(GuidancePick pick);
    // Only years in [fromYear, toYear] are listed (0: no limit); growth still compares with
    // the year before the first one shown.
    void setYearRange(int fromYear, int toYear);
    // Series with figures in at least two years, for a picker.
    QVector<SeriesKey> availableSeries() const;
    QString seriesName() const;

    const YearRow &yearRow(int row) const { return m_rows.at(row); }

    // Announces every cell's text as changed, after the number format changed.
    void announceFormatChange();

Q_SIGNALS:
    void seriesChanged();
    void guidancePickChanged();

private:
    QVector<YearRow> buildRows() const;
    void refresh();
    // The series' figure rows are kept indexed, so that an edit elsewhere in the table costs
    // nothing and a refresh reads only the series.
    bool inSeries(const Figure &f) const;
    void indexSeries();
    void figuresEdited(int first, int last);

    FigureModel *m_figures;
    SeriesKey m_series;
    GuidancePick m_pick = GuidancePick::Initial;
    int m_fromYear = 0;
    int m_toYear = 0;
    QVector<YearRow> m_rows;
    QVector<int> m_seriesRows; // ascending
    bool m_seriesStale = false; // rows are being inserted, removed or reset
};
