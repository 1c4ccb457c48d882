#pragma once

#include "chartstyle.h"

#include <QWidget>

class ChartView;
class Document;
class QComboBox;
class QTableWidget;

// The guidance-history chart with its controls: which company and year, and the statements
// behind the chart with their dates and sources.
class GuidancePanel : public QWidget
{
    Q_OBJECT
public:
    GuidancePanel(Document *document, const ChartStyle &style, QWidget *parent = nullptr);
    ChartView *chartView() const { return m_chart; }
    QComboBox *subjectPicker() const { return m_subject; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Brings the picker and the list up to date now if shown, else when next shown: an edit
    // in a table of 10,000 figures should not rebuild a panel no one sees.
    void refresh();
    void fillSubjects();
    void fillStatements();

    Document *m_document;
    QComboBox *m_subject;
    ChartView *m_chart;
    QTableWidget *m_statements;
    bool m_stale = false;
};
