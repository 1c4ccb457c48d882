#pragma once

#include "chartcatalog.h"
#include "chartstyle.h"

#include <QWidget>

class ChartView;
class Document;
class QCheckBox;
class QComboBox;
class QStackedWidget;
class QTabBar;
class QTableView;

// The charts of the compared figures (ratio, side by side, scale) with their controls: the
// baseline picker, the chart switcher, the log-scale switch, and the list of figures with
// their multiples where ticking a figure puts it in the charts.
class RatioPanel : public QWidget
{
    Q_OBJECT
public:
    RatioPanel(Document *document, const ChartStyle &style, QWidget *parent = nullptr);
    ~RatioPanel() override;
    // The chart on show.
    ChartView *chartView() const;
    ChartView *chartView(ChartType type) const;
    void showChart(ChartType type);
    QComboBox *baselinePicker() const { return m_baseline; }
    QTableView *ratioList() const { return m_list; }

Q_SIGNALS:
    void chartChanged();

private:
    void showBaseline();
    // Typing in the picker lists the figures whose label, entity or year contain the text.
    void makeBaselineSearchable();

    Document *m_document;
    QComboBox *m_baseline;
    QTabBar *m_switcher;
    QStackedWidget *m_stack;
    QCheckBox *m_log;
    QTableView *m_list;
};
