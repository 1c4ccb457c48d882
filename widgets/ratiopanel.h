#pragma once

#include "chartstyle.h"

#include <QWidget>

class ChartView;
class Document;
class QComboBox;
class QTableView;

// The ratio chart with its controls: the baseline picker, and the list of figures with their
// multiples where ticking a figure puts it in the chart.
class RatioPanel : public QWidget
{
    Q_OBJECT
public:
    RatioPanel(Document *document, const ChartStyle &style, QWidget *parent = nullptr);
    ChartView *chartView() const { return m_chart; }
    QComboBox *baselinePicker() const { return m_baseline; }
    QTableView *ratioList() const { return m_list; }

private:
    void fillBaselines();

    Document *m_document;
    QComboBox *m_baseline;
    ChartView *m_chart;
    QTableView *m_list;
};
