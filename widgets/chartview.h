#pragma once

#include "chartcatalog.h"

#include <QtCharts/QChartView>

class ChartCanvas;
class Document;

// A live chart on screen: rebuilt through the catalog whenever the models it draws change,
// coalescing the several signals one edit sends into one rebuild.
class ChartView : public QChartView
{
    Q_OBJECT
public:
    ChartView(ChartType type, Document *document, const ChartStyle &style,
              QWidget *parent = nullptr);

    ChartType chartType() const { return m_type; }
    ChartCanvas *canvas() const { return m_canvas; }
    const ChartStyle &style() const { return m_style; }
    // Rebuilds now rather than on the next pass of the event loop.
    void rebuildNow();
    void setChartStyle(const ChartStyle &style);

Q_SIGNALS:
    void rebuilt();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRebuild();

    ChartType m_type;
    Document *m_document;
    ChartStyle m_style;
    ChartCanvas *m_canvas = nullptr;
    bool m_pending = false;
    bool m_stale = false; // changed while hidden: rebuild when shown
};
