#include "chartlegend.h"

#include <algorithm>

#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>

ChartLegend::ChartLegend(QGraphicsItem *parent, const ChartStyle &style) : m_parent(parent), m_style(style) {}

void ChartLegend::add(const QString &name, const QBrush &brush, const QPen &pen)
{
    if (m_names.contains(name))
        return;
    m_names.insert(name);
    auto *swatch = new QGraphicsRectItem(m_parent);
    swatch->setBrush(brush);
    swatch->setPen(pen);
    auto *text = new QGraphicsSimpleTextItem(name, m_parent);
    text->setFont(m_style.font(m_style.labelPixels));
    text->setBrush(m_style.text);
    m_entries.append({swatch, text});
}

bool ChartLegend::sameAs(const ChartLegend &other) const
{
    return std::equal(m_entries.begin(), m_entries.end(), other.m_entries.begin(), other.m_entries.end(),
                      [](const Entry &a, const Entry &b) {
                          return a.text->text() == b.text->text() && a.swatch->brush() == b.swatch->brush() &&
                                 a.swatch->pen() == b.swatch->pen();
                      });
}

qreal ChartLegend::place(qreal x, qreal top, qreal width)
{
    const qreal line = QFontMetricsF(m_style.font(m_style.labelPixels)).height();
    const qreal swatch = qRound(line * 0.75);
    qreal cx = x;
    qreal y = top;
    for (const Entry &entry : m_entries) {
        const qreal w = swatch + 6 + entry.text->boundingRect().width();
        if (cx > x && cx + w > x + width) {
            cx = x;
            y += line + 4;
        }
        entry.swatch->setRect(QRectF(cx, y + (line - swatch) / 2, swatch, swatch));
        entry.text->setPos(cx + swatch + 6, y);
        cx += w + line;
    }
    return m_entries.isEmpty() ? top : y + line + 4;
}
