#pragma once

#include "chartemphasis.h"
#include "chartstyle.h"

#include <QRectF>
#include <QStringList>
#include <QVector>

#include <functional>

class QGraphicsItem;
class QGraphicsLineItem;
class QGraphicsSimpleTextItem;

// A chart's annotations: each note near its figure's bar or point with a leader line to it,
// where the journalist put it if that spot is free, else at the nearest spot clear of every
// other text and of the bars, inside the plot (or failing that the image).
class ChartAnnotations
{
public:
    ChartAnnotations(QGraphicsItem *parent, const ChartStyle &style);
    void set(const QVector<ChartAnnotation> &annotations);
    bool isEmpty() const { return m_notes.isEmpty(); }
    QVector<ChartAnnotation> specs() const;

    // The scene rectangle of a figure's bar or point; null when the chart does not draw it.
    using Target = std::function<QRectF(const QString &figureId)>;
    // Places every note. taken: scene rectangles to keep clear of (texts, bars).
    void place(const Target &target, const QRectF &plot, const QRectF &image, QVector<QRectF> taken);

    // The point a note's leader line starts from: a bar's end, a column's top.
    static QPointF anchorOf(const QRectF &target);
    // The lines of label type an offset measures in.
    qreal lineHeight() const;
    // The figure whose note is at a scene position; empty if none.
    QString noteAt(const QPointF &scenePos) const;
    // The note's scene rectangle and its anchor after the last layout (null when not shown).
    QRectF noteRect(const QString &figureId) const;
    QPointF noteAnchor(const QString &figureId) const;
    // Notes on figures the chart draws that found no room.
    QStringList unplaced() const;

private:
    struct Note
    {
        ChartAnnotation spec;
        QGraphicsSimpleTextItem *text;
        QGraphicsLineItem *leader;
        QPointF anchor;
        bool onChart = false; // the chart draws its figure
    };
    void wrap(Note &note, qreal width) const;
    QRectF freeSpot(const QSizeF &size, const QPointF &from, bool centred, const QRectF &bounds,
                    const QRectF &target, const QVector<QRectF> &taken, bool clearLeader) const;
    void placeOne(Note &note, const QRectF &target, const QRectF &plot, const QRectF &image,
                  QVector<QRectF> *taken);

    QGraphicsItem *m_parent;
    ChartStyle m_style;
    QVector<Note> m_notes;
};
