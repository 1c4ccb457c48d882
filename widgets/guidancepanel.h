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

private:
    void fillSubjects();
    void fillStatements();

    Document *m_document;
    QComboBox *m_subject;
    ChartView *m_chart;
    QTableWidget *m_statements;
};
