#include "chartview.h"

#include <QScrollBar>

#include "chartcanvas.h"
#include "chartspec.h"
#include "document.h"
#include "emphasisactions.h"

#include <QMenu>

#include <QKeyEvent>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QToolTip>

#include <utility>

ChartView::ChartView(ChartType type, Document *document, const ChartStyle &style, QWidget *parent)
    : QChartView(parent), m_type(type), m_document(document), m_style(style),
      m_emphasis(new EmphasisActions(document, ChartCatalog::entry(type).key, this))
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 240);
    setFocusPolicy(Qt::StrongFocus); // reachable from the keyboard, so its description can be read
    setMouseTracking(true);          // hover tooltips on every bar
    setStatusTip(tr("Hover a bar for its source; click it, or use the arrow keys, to select its "
                    "figure in the table. Right-click a bar to highlight or annotate it; drag a "
                    "note, or move it with Shift and the arrow keys."));
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
    // A chart with more than one layout (the growth chart's years across or down) is built again
    // when the view's new size wants another one.
    m_style.page = event->size();
    if (m_canvas && ChartCatalog::layoutOf(m_type, *m_document, m_style) != m_layout)
        scheduleRebuild();
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
    rebuild(true);
}

void ChartView::rebuild(bool inPlace)
{
    m_pending = false;
    m_stale = false;
    ChartCanvas *next = nullptr;
    {
        ChartCanvas::LayoutDeferral deferral; // laid out once below, not once per setter
        next = ChartCatalog::build(m_type, *m_document, m_style);
        m_layout = ChartCatalog::layoutOf(m_type, *m_document, m_style);
    }
    // The same rows as on show: the chart on show takes the new numbers and texts in place.
    m_updatedInPlace = inPlace && m_canvas && m_canvas->updateFrom(*next);
    if (m_updatedInPlace) {
        delete next->chart(); // the canvas with it
    } else {
        next->relayout();
        QChart *old = chart();
        setChart(next->chart());
        m_canvas = next;
        delete old; // setChart hands the previous chart back to us
    }
    m_canvas->setHighlightedFigure(m_selected);
    m_keyboardSpot = -1;
    // Screen readers get the chart's name and, as its description, the alt text.
    setAccessibleName(tr("%1 chart: %2").arg(ChartCatalog::entry(m_type).name, m_canvas->title()));
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
    m_style = style.forPage(size());
    rebuild(false); // new colours and type throughout: a new chart
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
    if (!m_draggedNote.isEmpty()) {
        event->accept();
        return; // the note lands where it is let go
    }
    QChartView::mouseMoveEvent(event);
    const int spot = hotspotAt(event->position().toPoint());
    const bool draggingBar = !m_pressedBar.isEmpty() && (event->buttons() & Qt::LeftButton) &&
                             !barsTopToBottom().isEmpty();
    setCursor(draggingBar ? Qt::ClosedHandCursor : spot >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    showTip(spot, event->globalPosition().toPoint());
}

void ChartView::leaveEvent(QEvent *event)
{
    QChartView::leaveEvent(event);
    QToolTip::hideText();
}

void ChartView::mousePressEvent(QMouseEvent *event)
{
    if (m_canvas && event->button() == Qt::LeftButton) {
        const QPointF scene = chart()->mapFromScene(mapToScene(event->position().toPoint()));
        m_draggedNote = m_canvas->annotations().noteAt(scene);
        if (!m_draggedNote.isEmpty()) {
            m_dragGrab = scene - m_canvas->annotations().noteRect(m_draggedNote).center();
            setCursor(Qt::ClosedHandCursor);
            event->accept();
            return;
        }
    }
    const int spot = event->button() == Qt::LeftButton ? hotspotAt(event->position().toPoint()) : -1;
    if (spot < 0) {
        QChartView::mousePressEvent(event);
        return;
    }
    m_keyboardSpot = spot;
    m_pressedBar = m_canvas->hotspots().at(spot).figureId;
    Q_EMIT figureActivated(m_pressedBar);
    event->accept();
}

QStringList ChartView::barsTopToBottom() const
{
    if (!m_canvas || (m_type != ChartType::Ratio && m_type != ChartType::Comparison))
        return {};
    QVector<QPair<qreal, QString>> bars;
    for (int i = 0; i < m_canvas->hotspots().size(); ++i)
        bars.append({m_canvas->hotspotSceneRect(i).center().y(), m_canvas->hotspots().at(i).figureId});
    std::stable_sort(bars.begin(), bars.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList ids;
    for (const auto &bar : bars)
        if (!ids.contains(bar.second))
            ids.append(bar.second);
    return ids;
}

void ChartView::mouseReleaseEvent(QMouseEvent *event)
{
    // A bar dragged onto another takes its place (a hand-made order, one undo step).
    if (const QString bar = std::exchange(m_pressedBar, QString()); !bar.isEmpty()) {
        const QString onto = figureAt(event->position().toPoint());
        if (!onto.isEmpty() && onto != bar) {
            m_emphasis->moveBar(barsTopToBottom(), bar, onto);
            event->accept();
            return;
        }
    }
    if (m_draggedNote.isEmpty() || !m_canvas) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    const ChartAnnotations &notes = m_canvas->annotations();
    const QPointF centre = chart()->mapFromScene(mapToScene(event->position().toPoint())) - m_dragGrab;
    const QString id = std::exchange(m_draggedNote, QString());
    setCursor(Qt::ArrowCursor);
    m_emphasis->moveAnnotation(id, (centre - notes.noteAnchor(id)) / notes.lineHeight(), true);
    event->accept();
}

void ChartView::contextMenuEvent(QContextMenuEvent *event)
{
    const int spot = hotspotAt(event->pos());
    if (spot < 0) {
        QChartView::contextMenuEvent(event);
        return;
    }
    QMenu menu(this);
    m_emphasis->populate(&menu, m_canvas->hotspots().at(spot).figureId);
    menu.exec(event->globalPos());
}

bool ChartView::moveNoteByKey(QKeyEvent *event)
{
    const QString id = m_selected;
    if (!(event->modifiers() & Qt::ShiftModifier) || id.isEmpty() || !m_canvas ||
        m_canvas->annotations().noteRect(id).isNull())
        return false;
    const QHash<int, QPointF> steps{{Qt::Key_Left, {-1, 0}}, {Qt::Key_Right, {1, 0}},
                                    {Qt::Key_Up, {0, -1}}, {Qt::Key_Down, {0, 1}}};
    if (!steps.contains(event->key()))
        return false;
    const ChartAnnotations &notes = m_canvas->annotations();
    // From where the note is now (it may not be where it was put, if that spot was taken).
    const QPointF now = (notes.noteRect(id).center() - notes.noteAnchor(id)) / notes.lineHeight();
    m_emphasis->moveAnnotation(id, now + steps.value(event->key()), true);
    return true;
}

void ChartView::keyPressEvent(QKeyEvent *event)
{
    if (moveNoteByKey(event)) {
        event->accept();
        return;
    }
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
