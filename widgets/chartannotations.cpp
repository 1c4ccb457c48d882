#include "chartannotations.h"

#include "canvaslayout.h"

#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>

#include <cmath>

namespace {
constexpr qreal kClearance = 4; // pixels between a note and anything else
constexpr int kMaxLines = 4;

// The point of r nearest to p.
QPointF nearest(const QRectF &r, const QPointF &p)
{
    return QPointF(qBound(r.left(), p.x(), r.right()), qBound(r.top(), p.y(), r.bottom()));
}
} // namespace

ChartAnnotations::ChartAnnotations(QGraphicsItem *parent, const ChartStyle &style)
    : m_parent(parent), m_style(style)
{
}

void ChartAnnotations::set(const QVector<ChartAnnotation> &annotations)
{
    for (const Note &note : m_notes) {
        delete note.text;
        delete note.leader;
    }
    m_notes.clear();
    for (const ChartAnnotation &a : annotations) {
        auto *text = new QGraphicsSimpleTextItem(a.text, m_parent);
        QFont font = m_style.font(m_style.labelPixels);
        font.setItalic(true); // a note in the journalist's voice, not a value
        text->setFont(font);
        text->setBrush(m_style.text);
        text->setZValue(12);
        text->setData(0, QStringLiteral("annotation"));
        auto *leader = new QGraphicsLineItem(m_parent);
        leader->setPen(QPen(m_style.mutedText, 1));
        leader->setZValue(11);
        m_notes.append({a, text, leader, QPointF(), false});
    }
}

QVector<ChartAnnotation> ChartAnnotations::specs() const
{
    QVector<ChartAnnotation> specs;
    for (const Note &note : m_notes)
        specs.append(note.spec);
    return specs;
}

qreal ChartAnnotations::lineHeight() const
{
    return QFontMetricsF(m_style.font(m_style.labelPixels)).height();
}

QPointF ChartAnnotations::anchorOf(const QRectF &target)
{
    // A bar lying down ends at its right; a column stands up to its top.
    return target.width() >= target.height() ? QPointF(target.right(), target.center().y())
                                             : QPointF(target.center().x(), target.top());
}

void ChartAnnotations::wrap(Note &note, qreal width) const
{
    const QStringList lines = CanvasLayout::wrap(note.spec.text, note.text->font(), width, kMaxLines);
    note.text->setText(lines.isEmpty() ? note.spec.text : lines.join(QLatin1Char('\n')));
}

// The first spot for a rectangle of this size near from (centred on it first, when centred),
// then on rings further out, in the eight directions around it: inside bounds, clear of taken.
QRectF ChartAnnotations::freeSpot(const QSizeF &size, const QPointF &from, bool centred, const QRectF &bounds,
                                  const QRectF &target, const QVector<QRectF> &taken, bool clearLeader) const
{
    // A leader line that crosses another text or bar reads as pointing at it.
    const auto leaderClear = [&](const QRectF &r) {
        const QPointF start = nearest(target, r.center());
        const QLineF leader(start, nearest(r, start));
        for (qreal t = 0.05; t < 1; t += qMax(0.02, 3 / qMax<qreal>(1, leader.length())))
            for (const QRectF &other : taken)
                if (!other.contains(start) && other.contains(leader.pointAt(t)))
                    return false;
        return true;
    };
    const auto free = [&](const QRectF &r) {
        if (!bounds.contains(r))
            return false;
        const QRectF padded = r.adjusted(-kClearance, -kClearance, kClearance, kClearance);
        for (const QRectF &t : taken)
            if (padded.intersects(t))
                return false;
        return !clearLeader || leaderClear(r);
    };
    if (centred) {
        const QRectF r(from - QPointF(size.width() / 2, size.height() / 2), size);
        if (free(r))
            return r;
    }
    // Up and to the right first: the eye reads a note before the bar it points at.
    static const int directions[][2] = {{1, -1}, {1, 0}, {1, 1}, {0, -1}, {0, 1}, {-1, -1}, {-1, 0}, {-1, 1}};
    const qreal line = lineHeight();
    for (qreal gap = line * 0.5; gap < line * 16; gap *= 1.35) {
        for (const auto &d : directions) {
            const qreal x = d[0] > 0 ? from.x() + gap : d[0] < 0 ? from.x() - gap - size.width() : from.x() - size.width() / 2;
            const qreal y = d[1] > 0 ? from.y() + gap : d[1] < 0 ? from.y() - gap - size.height() : from.y() - size.height() / 2;
            const QRectF r(QPointF(x, y), size);
            if (free(r))
                return r;
        }
    }
    return {};
}

void ChartAnnotations::placeOne(Note &note, const QRectF &target, const QRectF &plot, const QRectF &image,
                                QVector<QRectF> *taken)
{
    note.text->setVisible(false);
    note.leader->setVisible(false);
    note.onChart = !target.isNull();
    if (!note.onChart)
        return;
    note.anchor = anchorOf(target);
    const qreal line = lineHeight();
    const QPointF wanted = note.anchor + QPointF(note.spec.dx, note.spec.dy) * line;
    QRectF spot;
    // A leader line clear of other texts if there is such a spot, else any spot clear of them;
    // where the journalist put a note, it stays, whatever its leader crosses.
    for (const bool clearLeader : {!note.spec.placed, false}) {
        // Narrower where the plot is narrow; more lines rather than a note across the chart.
        for (const qreal width : {qMin(plot.width() * 0.45, line * 16), plot.width() * 0.7}) {
            wrap(note, width);
            const QSizeF size(CanvasLayout::textWidth(note.text->text(), note.text->font()),
                              line * (note.text->text().count(QLatin1Char('\n')) + 1));
            for (const QRectF &bounds : {plot, image}) {
                spot = freeSpot(size, note.spec.placed ? wanted : note.anchor, note.spec.placed, bounds, target,
                                *taken, clearLeader);
                if (!spot.isNull())
                    break;
            }
            if (!spot.isNull())
                break;
        }
        if (!spot.isNull())
            break;
    }
    if (spot.isNull())
        return;
    note.text->setPos(spot.topLeft());
    note.text->setVisible(true);
    taken->append(spot);
    const QPointF from = nearest(target, spot.center());
    const QPointF to = nearest(spot.adjusted(-2, -2, 2, 2), from);
    note.leader->setLine(QLineF(from, to));
    note.leader->setVisible(QLineF(from, to).length() > 3);
}

void ChartAnnotations::place(const Target &target, const QRectF &plot, const QRectF &image, QVector<QRectF> taken)
{
    for (Note &note : m_notes) {
        note.text->setVisible(false);
        note.leader->setVisible(false);
    }
    // The other texts, found as laid out (the notes themselves are hidden now).
    for (const CanvasLayout::Text &t : CanvasLayout::visibleTexts(m_parent))
        taken.append(t.rect);
    const QRectF inside = image.adjusted(kClearance, kClearance, -kClearance, -kClearance);
    for (Note &note : m_notes)
        placeOne(note, target(note.spec.figureId), plot, inside, &taken);
}

QString ChartAnnotations::noteAt(const QPointF &scenePos) const
{
    for (const Note &note : m_notes)
        if (note.text->isVisible() && note.text->sceneBoundingRect().adjusted(-3, -3, 3, 3).contains(scenePos))
            return note.spec.figureId;
    return {};
}

QRectF ChartAnnotations::noteRect(const QString &figureId) const
{
    for (const Note &note : m_notes)
        if (note.spec.figureId == figureId && note.text->isVisible())
            return note.text->sceneBoundingRect();
    return {};
}

QPointF ChartAnnotations::noteAnchor(const QString &figureId) const
{
    for (const Note &note : m_notes)
        if (note.spec.figureId == figureId)
            return note.anchor;
    return {};
}

QStringList ChartAnnotations::unplaced() const
{
    QStringList texts;
    for (const Note &note : m_notes)
        if (note.onChart && !note.text->isVisible())
            texts.append(note.spec.text);
    return texts;
}
