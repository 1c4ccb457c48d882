#pragma once

#include "chartannotations.h"
#include "chartfooterblock.h"
#include "chartlegend.h"
#include "chartstyle.h"

#include <QObject>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QVector>

#include <QtCharts/QChart>

#include <functional>

class QAreaSeries;
class QGraphicsLineItem;
class QGraphicsRectItem;
class QCategoryAxis;
class QGraphicsSimpleTextItem;
class QGraphicsTextItem;
class QLineSeries;

// Drawing surface the chart builders share: a QChart with data-coordinate axes, bars as
// rectangles, value labels that keep clear of each other and of the axes, and a left-aligned
// title block and source footer. It lives as a child of its chart and re-places its overlays
// whenever the chart is laid out, so the view and the exporter draw the same thing.
class ChartCanvas : public QObject
{
    Q_OBJECT
public:
    explicit ChartCanvas(const ChartStyle &style);

    QChart *chart() const { return m_chart; }
    const ChartStyle &style() const { return m_style; }

    void setHeader(const QString &title, const QString &subtitle);
    void setFooter(const ChartFooter &footer);
    QString title() const;
    QString subtitle() const;
    QString footerText() const;
    QString caveat() const { return m_caveat; }
    // A legend entry with no data behind it, e.g. to explain solid against pale bars.
    void addLegendEntry(const QString &name, const QBrush &brush, const QPen &pen);
    void setAxesVisible(bool visible);
    // For charts not drawn on x/y data (proportional squares): called with the plot rectangle
    // on every layout to place the chart's own items.
    void setPlotLayout(std::function<void(const QRectF &plot)> layout);
    // Ticks: data value and its label. Labels need not be unique.
    void setXAxis(double min, double max, const QVector<QPair<double, QString>> &ticks, bool grid);
    void setYAxis(double min, double max, const QVector<QPair<double, QString>> &ticks, bool grid);
    // Category names for rows at data y positions, drawn in a column left of the plot and
    // wrapped to two lines (never elided); the plot's rows then keep a readable band height,
    // neither squeezed below two lines of text nor stretched past a few times the type size.
    void setRowNames(const QVector<QPair<double, QString>> &rows);
    // A round marker at a data point, its diameter in pixels.
    void addDot(const QPointF &at, const QColor &fill, const QColor &outline, qreal diameter);

    // A filled rectangle in data coordinates. Rectangles that share a legend name share one
    // legend entry; an empty name shows none.
    QAreaSeries *addRect(const QRectF &dataRect, const QBrush &brush, const QPen &pen,
                         const QString &legendName);
    QLineSeries *addSegment(const QPointF &from, const QPointF &to, const QPen &pen);
    // A horizontal line across the plot at data y (a reference such as an actual value) that
    // labels above bars keep clear of: one it would cross climbs above it.
    void keepLabelsClearOf(double y) { m_rules.append(y); }

    // Where a label sits against its anchor: centred above it, above and ending at it, above
    // and starting at it, or to its right.
    enum class Side { Above, AboveEndingAt, AboveStartingAt, Right };
    // A value label at a data point; a label that would collide with an earlier one, or leave
    // the plot area, is moved away (up for the Above sides, never for Right) or hidden.
    // The axes grow so labels fit beside or above their bars; should a Right label still have
    // no room, it goes just inside the bar's end (insideColour: the bar's fill) in near-white or
    // near-black, whichever contrasts more. A label with no room at all is a layout problem.
    void addLabel(const QPointF &anchor, const QString &text, Side side,
                  const QColor &insideColour = QColor());
    // A figure's place on the chart, for hover tooltips, clicks and keyboard selection: a data
    // rectangle (or, for charts not drawn on x/y data, a scene rectangle kept up to date by
    // the plot layout), the figure's id and the tooltip text.
    struct Hotspot
    {
        QRectF rect;
        bool dataCoordinates = true;
        QString figureId;
        QString tip;
    };
    void addHotspot(const QRectF &dataRect, const QString &figureId, const QString &tip);
    // Index of a scene-coordinate hotspot whose rectangle the plot layout sets.
    int addSceneHotspot(const QString &figureId, const QString &tip);
    void setSceneHotspotRect(int index, const QRectF &sceneRect);
    const QVector<Hotspot> &hotspots() const { return m_hotspots; }
    QRectF hotspotSceneRect(int index) const;
    // The hotspot under a scene position, -1 if none.
    int hotspotAt(const QPointF &scenePos) const;
    // Outlines the hotspots of this figure (empty: none).
    void setHighlightedFigure(const QString &figureId);
    QString highlightedFigure() const { return m_highlighted; }

    // Notes with leader lines to their figures' bars or points (ChartAnnotations places them).
    void setAnnotations(const QVector<ChartAnnotation> &annotations);
    const ChartAnnotations &annotations() const { return m_annotations; }

    // Shown in the middle of the plot when there is nothing to draw.
    void setEmptyMessage(const QString &text);
    // The message on show in place of a plot (empty when the chart has something to draw).
    QString emptyMessage() const;

    // Scene rectangles of the labels on show, after the last layout (for tests).
    QVector<QRectF> visibleLabelRects() const;
    int hiddenLabelCount() const;
    // Texts of the labels on show, in the order they were added.
    QStringList visibleLabelTexts() const;
    // The value axis's labels a reader sees, from the left.
    QStringList xAxisLabels() const;
    QRectF plotArea() const { return m_chart->plotArea(); }
    // Why the chart is not legible at its current size (empty when it is): overlapping or
    // elided texts, a label with no room or over another figure's bar, a plot squeezed below a
    // third of the height.
    QStringList layoutProblems() const;
    // The plot height the rows need at most (0 for charts without row names).
    qreal maximumPlotHeight() const;
    bool usesShortFooter() const { return m_shortFooter; }
    // The height the chart needs at its current width: texts, axis and rows at a readable
    // band, with the plot at least a third of the whole. The on-screen view scrolls below it.
    qreal neededHeight() const { return m_neededHeight; }
    // About how wide the plot of a chart without row names is on a page of this size, with
    // value-axis labels this wide: for a builder choosing a layout before there is one.
    static qreal plotWidthFor(const QSizeF &page, qreal axisLabelWidth);
    // Re-places title, footer and labels for the chart's current size.
    void relayout();

    // Takes the numbers and texts of a freshly built canvas of the same shape (the same kinds
    // of series, labels and rows, for the same figures in the same order) into this one, whose
    // chart stays on show, and lays it out once; an edit then redraws what it changed instead
    // of rebuilding the chart. Returns false, changing nothing, when the shapes differ.
    bool updateFrom(const ChartCanvas &fresh);
    // While one lives, canvases put off laying out (a builder's setters would each lay the
    // chart out again) and adding their series to the chart. Whoever builds under it updates
    // another canvas from what it built, or lays it out, which adds the series.
    class LayoutDeferral
    {
    public:
        LayoutDeferral() { ++s_deferredLayouts; }
        ~LayoutDeferral() { --s_deferredLayouts; }
        LayoutDeferral(const LayoutDeferral &) = delete;
        LayoutDeferral &operator=(const LayoutDeferral &) = delete;
    };

private:
    struct Label
    {
        QPointF anchor;
        Side side;
        QColor insideColour;
        QGraphicsSimpleTextItem *item;
    };
    void attach(QAbstractSeries *series);
    void attachPending();
    static void fillAxis(QCategoryAxis *axis, double min, double max,
                         const QVector<QPair<double, QString>> &ticks, bool grid);
    struct AxisSpec
    {
        double min = 0;
        double max = 1;
        QVector<QPair<double, QString>> ticks;
        bool grid = false;
    };
    struct RowName
    {
        double y;
        QString text;
        QGraphicsSimpleTextItem *item;
    };
    bool sameShape(const ChartCanvas &fresh) const;
    void takeSeries(const ChartCanvas &fresh);
    void placeLabels();
    // Every hotspot's scene rectangle, in order.
    QVector<QRectF> hotspotSceneRects() const;
    // The first figure's bar (bars: hotspotSceneRects()), not the label's own, that a scene
    // rectangle crosses (-1: none).
    int otherBarUnder(const Label &label, const QRectF &sceneRect, const QVector<QRectF> &bars) const;
    // Value labels drawn over a bar not their own, where they read as that bar's.
    QStringList labelsOverOtherBars() const;
    void placeHighlight();
    void placeAnnotations();
    qreal placeHeader(qreal top, qreal width);
    qreal layoutRowNames(qreal maxWidth, int maxLines);
    void placeRowNames();
    void fitAxes(qreal headroom);
    // Row charts draw their value axis's labels themselves: Qt elides a label wider than the
    // axis over the count of labels, and draws none at the axis's start.
    bool drawsXLabels() const { return !m_rowNames.isEmpty(); }
    void placeXLabels(const QVector<QPair<double, QString>> &ticks, const std::function<qreal(double)> &toX,
                      const QRectF &plot);
    qreal bandLimit(bool upper) const;

    ChartStyle m_style;
    QChart *m_chart;
    QCategoryAxis *m_x;
    QCategoryAxis *m_y;
    QAbstractSeries *m_reference = nullptr;
    QVector<QAbstractSeries *> m_series; // in the order added
    int m_attached = 0;                  // how many of them are in the chart
    QGraphicsTextItem *m_title;
    QGraphicsTextItem *m_subtitle;
    ChartFooterBlock m_footer;
    ChartLegend m_legend;
    ChartAnnotations m_annotations;
    bool m_shortFooter = false;
    AxisSpec m_xSpec;
    AxisSpec m_ySpec;
    QVector<RowName> m_rowNames;
    QVector<QGraphicsSimpleTextItem *> m_xLabels; // drawsXLabels(): one a tick, from the left
    qreal m_rowNameWidth = 0;
    bool m_rowNamesFit = true;
    qreal m_neededHeight = 0;
    QGraphicsSimpleTextItem *m_empty;
    QVector<Label> m_labels;
    QVector<double> m_rules; // data y of lines labels keep clear of
    QVector<Hotspot> m_hotspots;
    QString m_highlighted;
    QVector<QGraphicsRectItem *> m_highlightItems;
    std::function<void(const QRectF &)> m_plotLayout;
    QString m_caveat;
    bool m_inLayout = false;
    static int s_deferredLayouts;
};
