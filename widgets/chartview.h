#pragma once

#include "chartcatalog.h"

#include <QtCharts/QChartView>

class ChartCanvas;
class Document;
class EmphasisActions;

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
    // Rebuilds now rather than on the next pass of the event loop: in place (the chart on show
    // takes the new numbers and texts) when the chart's rows are the same, else a new chart.
    void rebuildNow();
    // Whether the last rebuild was in place.
    bool updatedInPlace() const { return m_updatedInPlace; }
    void setChartStyle(const ChartStyle &style);
    // Outlines this figure's bars (the figure selected in the table); empty for none.
    void setSelectedFigure(const QString &figureId);
    // The figure of the bar at a viewport position (a right-click's); empty if none is there.
    QString figureAt(const QPoint &viewPos) const;
    // Highlight, notes, colours and bar order of this chart (its context menu's actions).
    EmphasisActions *emphasisActions() const { return m_emphasis; }

Q_SIGNALS:
    void rebuilt();
    // A bar was clicked, or chosen with the arrow keys: its figure's id.
    void figureActivated(const QString &figureId);

protected:
    void showEvent(QShowEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // A window too short for the chart with its data gets a taller chart and a scroll bar,
    // never squeezed rows or dropped labels.
    void fitChartHeight();
    void scheduleRebuild();
    void rebuild(bool inPlace);
    int hotspotAt(const QPoint &viewPos) const;
    void showTip(int hotspot, const QPoint &globalPos);
    // Shift+arrow keys move the selected figure's note a line of type at a time.
    bool moveNoteByKey(QKeyEvent *event);

    ChartType m_type;
    Document *m_document;
    ChartStyle m_style;
    int m_layout = 0; // ChartCatalog::layoutOf for the chart on show
    ChartCanvas *m_canvas = nullptr;
    bool m_pending = false;
    bool m_stale = false; // changed while hidden: rebuild when shown
    bool m_updatedInPlace = false;
    QString m_selected;
    int m_keyboardSpot = -1;
    EmphasisActions *m_emphasis;
    // The bars top to bottom, for charts whose bars are a list (ratio, side by side).
    QStringList barsTopToBottom() const;

    QString m_draggedNote; // the figure whose note is being dragged
    QString m_pressedBar;  // the figure whose bar the left button went down on: dragged to reorder
    QPointF m_dragGrab;    // where in the note it was grabbed
};
