#include "canvaslayout.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QTextDocument>
#include <QTextLayout>

namespace CanvasLayout {

QStringList wrap(const QString &text, const QFont &font, qreal width, int maxLines)
{
    QStringList lines;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QTextLayout layout(paragraph, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            const QString part = paragraph.mid(line.textStart(), line.textLength()).trimmed();
            // A break inside a Latin word is elision by another name: refuse it.
            const int end = line.textStart() + line.textLength();
            if (end < paragraph.size() && end > 0 && paragraph.at(end - 1).isLetterOrNumber() &&
                paragraph.at(end).isLetterOrNumber() && paragraph.at(end).script() == QChar::Script_Latin)
                return {};
            if (line.naturalTextWidth() > width + 0.5)
                return {};
            lines.append(part);
        }
        layout.endLayout();
    }
    if (lines.size() > maxLines)
        return {};
    return lines;
}

qreal textWidth(const QString &text, const QFont &font)
{
    const QFontMetricsF metrics(font);
    qreal widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = qMax(widest, metrics.horizontalAdvance(line));
    return widest;
}

QVector<QPair<double, QString>> thinTicks(const QVector<QPair<double, QString>> &ticks,
                                          const QFont &font, bool horizontal, qreal lowEdge,
                                          qreal highEdge, qreal axisLength,
                                          const std::function<qreal(double)> &toPixel,
                                          bool qtElides)
{
    const QFontMetricsF metrics(font);
    // Qt elides a category label that comes near its neighbours: keep well clear. Labels the
    // canvas draws itself need only a word space or two between them.
    const qreal gap = metrics.height() * (qtElides ? 1.2 : 0.7);
    QVector<QPair<double, QString>> kept;
    qreal last = 0;
    // Keep every tick at a stride that fits: 1, 2, 3 … so the kept ones stay evenly spaced.
    for (int stride = 1; stride <= qMax(1, int(ticks.size())); ++stride) {
        kept.clear();
        bool fits = true;
        // From the last tick back, so the last year or largest decade always keeps its label.
        QVector<int> order;
        for (int i = int(ticks.size()) - 1; i >= 0; i -= stride)
            order.prepend(i);
        for (int i : order) {
            const qreal extent = horizontal ? metrics.horizontalAdvance(ticks.at(i).second) : metrics.height();
            const qreal centre = toPixel(ticks.at(i).first);
            const qreal lo = qMin(centre - extent / 2, centre + extent / 2);
            const qreal hi = lo + extent;
            if (lo < lowEdge || hi > highEdge)
                continue; // a tick whose label would leave the image is simply not shown
            if (!kept.isEmpty() && (horizontal ? lo < last + gap : false))
                fits = false;
            if (!horizontal && !kept.isEmpty() && qAbs(centre - last) < extent + gap * 0.5)
                fits = false;
            last = horizontal ? hi : centre;
            kept.append(ticks.at(i));
        }
        // Qt gives each label the axis length over the count of category bounds (the labels
        // and the start), less padding, and elides past that.
        for (const auto &tick : kept)
            if (qtElides && horizontal && metrics.horizontalAdvance(tick.second) + 12 > axisLength / (kept.size() + 1))
                fits = false;
        if (fits)
            return kept;
    }
    return kept;
}

namespace {
QRectF glyphRect(const QGraphicsItem *item)
{
    if (const auto *simple = dynamic_cast<const QGraphicsSimpleTextItem *>(item)) {
        const QStringList lines = simple->text().split(QLatin1Char('\n'));
        const QFontMetricsF metrics(simple->font());
        const QRectF local(0, 0, textWidth(simple->text(), simple->font()), metrics.height() * lines.size());
        return item->mapRectToScene(local);
    }
    const auto *rich = static_cast<const QGraphicsTextItem *>(item);
    QTextDocument *doc = rich->document();
    const qreal margin = doc->documentMargin();
    const QSizeF size = doc->documentLayout()->documentSize();
    QRectF local(margin, margin, doc->idealWidth() - margin, size.height() - 2 * margin);
    if (rich->textWidth() > 0) // wrapped blocks are left-aligned: their widest line
        local.setWidth(qMin(local.width(), rich->textWidth() - 2 * margin));
    return item->mapRectToScene(local);
}

void collect(const QGraphicsItem *item, QVector<Text> *texts)
{
    if (!item->isVisible())
        return;
    QString text;
    if (const auto *simple = dynamic_cast<const QGraphicsSimpleTextItem *>(item))
        text = simple->text();
    else if (const auto *rich = dynamic_cast<const QGraphicsTextItem *>(item))
        text = rich->toPlainText();
    if (!text.trimmed().isEmpty())
        texts->append({text, glyphRect(item)});
    for (const QGraphicsItem *child : item->childItems())
        collect(child, texts);
}
} // namespace

QVector<Text> visibleTexts(const QGraphicsItem *root)
{
    QVector<Text> texts;
    collect(root, &texts);
    return texts;
}

QStringList textProblems(const QVector<Text> &texts, const QSizeF &image)
{
    QStringList problems;
    const QRectF bounds = QRectF(QPointF(), image).adjusted(-0.5, -0.5, 0.5, 0.5);
    for (int i = 0; i < texts.size(); ++i) {
        const Text &t = texts.at(i);
        if (t.text.contains(QChar(0x2026)) || t.text.contains(QLatin1String("...")))
            problems << QStringLiteral("elided: \"%1\"").arg(t.text);
        if (!bounds.contains(t.rect))
            problems << QStringLiteral("outside the image: \"%1\"").arg(t.text);
        for (int j = i + 1; j < texts.size(); ++j)
            if (t.rect.adjusted(0.5, 0.5, -0.5, -0.5).intersects(texts.at(j).rect))
                problems << QStringLiteral("\"%1\" overlaps \"%2\"").arg(t.text, texts.at(j).text);
    }
    return problems;
}

} // namespace CanvasLayout
