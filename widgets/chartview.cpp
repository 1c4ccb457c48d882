#include "chartview.h"

#include <QScrollBar>

#include "chartcanvas.h"
#include "chartspec.h"
#include "document.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QToolTip>

ChartView::ChartView(ChartType type, Document *document, const ChartStyle &style, QWidget *parent)
    : QChartView(parent), m_type(type), m_document(document), m_style(style)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 240);
    setFocusPolicy(Qt::StrongFocus); // reachable from the keyboard, so its description can be read
    setMouseTracking(true);          // hover tooltips on every bar
    setStatusTip(tr("Hover a bar for its source; click it, or use the arrow keys, to select its "
                    "figure in the table."));
    // The spec says when the chart is out of date: its data, its comparison or its texts.
    connect(&ChartCatalog::spec(type, *document), &ChartSpec::changed, this, &ChartView::scheduleRebuild);
    // Built when first shown (or asked for): of the five charts in the window only one is on
    // show at start, and building the others would only delay the first paint. Screen readers
    // get its name and alt text from the start; the name gains the title once it is built.
    m_stale = true;
    setAccessibleName(tr("%1 chart").arg(ChartCatalog::entry(m_type).name));
    setAccessibleDescription(ChartCatalog::altText(m_type, *m_document));
}

ChartCanvas *ChartView::canvas() const
{
    if (!m_canvas)
        const_cast<ChartView *>(this)->rebuildNow();
    return m_canvas;
}

void ChartView::scheduleRebuild()
{
    // A chart on a hidden tab waits until it is shown: one edit should not rebuild four charts.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    if (m_pending)
        return;
    m_pending = true;
    QMetaObject::invokeMethod(this, &ChartView::rebuildNow, Qt::QueuedConnection);
}

void ChartView::showEvent(QShowEvent *event)
{
    QChartView::showEvent(event);
    if (m_stale || !m_canvas)
        rebuildNow();
}

void ChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    fitChartHeight();
}

void ChartView::fitChartHeight()
{
    if (!m_canvas)
        return;
    const QSize view = size();
    QChart *c = chart();
    const qreal needed = m_canvas->neededHeight();
    if (needed <= view.height()) {
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        return;
    }
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    const qreal width = view.width() - verticalScrollBar()->sizeHint().width() - 2 * frameWidth();
    c->resize(width, needed);
    // Taller at the narrower width may need more still: once more settles it.
    c->resize(width, qMax(needed, m_canvas->neededHeight()));
    setSceneRect(c->geometry());
}

void ChartView::rebuildNow()
{
    m_pending = false;
    m_stale = false;
    ChartCanvas *next = ChartCatalog::build(m_type, *m_document, m_style);
    QChart *old = chart();
    setChart(next->chart());
    m_canvas = next;
    delete old; // setChart hands the previous chart back to us
    m_canvas->setHighlightedFigure(m_selected);
    m_keyboardSpot = -1;
    // Screen readers get the chart's name and, as its description, the alt text.
    setAccessibleName(tr("%1 chart: %2").arg(ChartCatalog::entry(m_type).name, next->title()));
    setAccessibleDescription(ChartCatalog::altText(m_type, *m_document));
    viewport()->setAccessibleName(accessibleName());
    viewport()->setAccessibleDescription(accessibleDescription());
    setBackgroundBrush(m_style.background);
    fitChartHeight();
    Q_EMIT rebuilt();
}

void ChartView::setChartStyle(const ChartStyle &style)
{
    if (style.theme == m_style.theme)
        return;
    m_style = style;
    rebuildNow();
}

void ChartView::setSelectedFigure(const QString &figureId)
{
    m_selected = figureId;
    if (m_canvas)
        m_canvas->setHighlightedFigure(figureId);
}

int ChartView::hotspotAt(const QPoint &viewPos) const
{
    if (!m_canvas)
        return -1;
    return m_canvas->hotspotAt(chart()->mapFromScene(mapToScene(viewPos)));
}

QString ChartView::figureAt(const QPoint &viewPos) const
{
    const int spot = hotspotAt(viewPos);
    return spot >= 0 ? m_canvas->hotspots().at(spot).figureId : QString();
}

void ChartView::showTip(int hotspot, const QPoint &globalPos)
{
    if (hotspot < 0) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(globalPos, m_canvas->hotspots().at(hotspot).tip, this);
}

void ChartView::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    const int spot = hotspotAt(event->position().toPoint());
    setCursor(spot >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    showTip(spot, event->globalPosition().toPoint());
}

void ChartView::leaveEvent(QEvent *event)
{
    QChartView::leaveEvent(event);
    QToolTip::hideText();
}

void ChartView::mousePressEvent(QMouseEvent *event)
{
    const int spot = event->button() == Qt::LeftButton ? hotspotAt(event->position().toPoint()) : -1;
    if (spot < 0) {
        QChartView::mousePressEvent(event);
        return;
    }
    m_keyboardSpot = spot;
    Q_EMIT figureActivated(m_canvas->hotspots().at(spot).figureId);
    event->accept();
}

void ChartView::keyPressEvent(QKeyEvent *event)
{
    const int count = m_canvas ? int(m_canvas->hotspots().size()) : 0;
    int step = 0;
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_Right:
        step = 1;
        break;
    case Qt::Key_Up:
    case Qt::Key_Left:
        step = -1;
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    if (count == 0) {
        QChartView::keyPressEvent(event);
        return;
    }
    // Arrow keys walk the bars in drawing order (top to bottom, left to right).
    m_keyboardSpot = m_keyboardSpot < 0 ? (step > 0 ? 0 : count - 1)
                                        : (m_keyboardSpot + step + count) % count;
    const QString id = m_canvas->hotspots().at(m_keyboardSpot).figureId;
    setSelectedFigure(id);
    Q_EMIT figureActivated(id);
    const QRectF scene = chart()->mapToScene(m_canvas->hotspotSceneRect(m_keyboardSpot)).boundingRect();
    showTip(m_keyboardSpot, mapToGlobal(mapFromScene(scene.topRight())));
    event->accept();
}
