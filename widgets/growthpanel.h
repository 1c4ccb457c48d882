#pragma once

#include "chartstyle.h"

#include <QWidget>

class ChartView;
class Document;
class QComboBox;
class QTableView;

// The growth chart with its controls: which series, which guidance statement stands for a
// year, and the year-by-year table behind the chart.
class GrowthPanel : public QWidget
{
    Q_OBJECT
public:
    GrowthPanel(Document *document, const ChartStyle &style, QWidget *parent = nullptr);
    ChartView *chartView() const { return m_chart; }
    QComboBox *seriesPicker() const { return m_series; }

private:
    void fillSeries();

    Document *m_document;
    QComboBox *m_series;
    QComboBox *m_pick;
    ChartView *m_chart;
    QTableView *m_table;
};
