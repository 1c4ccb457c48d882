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
    // The chart on show; a view never shown builds it on first asking.
    ChartCanvas *canvas() const;
    const ChartStyle &style() const { return m_style; }
    // Rebuilds now rather than on the next pass of the event loop.
    void rebuildNow();
    void setChartStyle(const ChartStyle &style);
    // Outlines this figure's bars (the figure selected in the table); empty for none.
    void setSelectedFigure(const QString &figureId);
    // The figure of the bar at a viewport position (a right-click's); empty if none is there.
    QString figureAt(const QPoint &viewPos) const;

Q_SIGNALS:
    void rebuilt();
    // A bar was clicked, or chosen with the arrow keys: its figure's id.
    void figureActivated(const QString &figureId);

protected:
    void showEvent(QShowEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // A window too short for the chart with its data gets a taller chart and a scroll bar,
    // never squeezed rows or dropped labels.
    void fitChartHeight();
    void scheduleRebuild();
    int hotspotAt(const QPoint &viewPos) const;
    void showTip(int hotspot, const QPoint &globalPos);

    ChartType m_type;
    Document *m_document;
    ChartStyle m_style;
    ChartCanvas *m_canvas = nullptr;
    bool m_pending = false;
    bool m_stale = false; // changed while hidden: rebuild when shown
    QString m_selected;
    int m_keyboardSpot = -1;
};
