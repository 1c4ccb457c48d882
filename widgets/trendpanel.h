#pragma once

#include "chartstyle.h"

#include <QWidget>

class ChartView;
class Document;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTableWidget;

// The trend chart with its controls (which companies; lines or bars; years or quarters; totals)
// and, below it, each company's figures by period with the change on a year before.
class TrendPanel : public QWidget
{
    Q_OBJECT
public:
    TrendPanel(Document *document, const ChartStyle &style, QWidget *parent = nullptr);
    ~TrendPanel() override;
    ChartView *chartView() const { return m_chart; }
    QLineEdit *entitiesField() const { return m_entities; }
    QCheckBox *lineBox() const { return m_line; }
    QCheckBox *quarterlyBox() const { return m_quarterly; }
    QCheckBox *cumulativeBox() const { return m_cumulative; }
    QLabel *problemLabel() const { return m_problem; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyEntities();
    void applyBoxes();
    void refresh();
    void fillTable();

    Document *m_document;
    QLineEdit *m_entities;
    QCheckBox *m_line;
    QCheckBox *m_quarterly;
    QCheckBox *m_cumulative;
    QLabel *m_problem;
    ChartView *m_chart;
    QTableWidget *m_table;
    bool m_stale = false;
};
