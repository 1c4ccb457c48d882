#pragma once

#include "chartstyle.h"

#include <QBrush>
#include <QPen>
#include <QSet>
#include <QVector>

class QGraphicsItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;

// A chart's key: a swatch drawn as the thing it explains and its name, flowing left to right
// and wrapping onto more lines rather than eliding.
class ChartLegend
{
public:
    ChartLegend(QGraphicsItem *parent, const ChartStyle &style);
    // The first entry of a name stays; later ones with the same name are ignored.
    void add(const QString &name, const QBrush &brush, const QPen &pen);
    // Lays the entries out from (x, top) within width; returns the bottom (top if empty).
    qreal place(qreal x, qreal top, qreal width);
    // The same entries with the same swatches, in the same order.
    bool sameAs(const ChartLegend &other) const;

private:
    struct Entry
    {
        QGraphicsRectItem *swatch;
        QGraphicsSimpleTextItem *text;
    };
    QGraphicsItem *m_parent;
    ChartStyle m_style;
    QVector<Entry> m_entries;
    QSet<QString> m_names;
};
