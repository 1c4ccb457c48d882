#include "chartcanvas.h"

#include <QGraphicsRectItem>

#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QTextDocument>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>

namespace {
constexpr qreal kPadding = 20;  // space between the image edge and the text
constexpr qreal kLabelGap = 5;  // space between a label and its bar
}

ChartCanvas::ChartCanvas(const ChartStyle &style)
    : m_style(style), m_chart(new QChart), m_x(new QCategoryAxis(this)),
      m_y(new QCategoryAxis(this))
{
    setParent(m_chart);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    // QChartView makes the chart's minimum size its own, and the layout's minimum (every axis
    // label stacked) can exceed the window, leaving the chart taller than its view.
    m_chart->setMinimumSize(200, 150);
    m_chart->setBackgroundRoundness(0);
    m_chart->setBackgroundBrush(style.background);
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setDropShadowEnabled(false);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->legend()->setFont(style.font(style.labelPixels));
    m_chart->legend()->setLabelColor(style.text);
    m_chart->legend()->setShowToolTips(true);

    for (QCategoryAxis *axis : {m_x, m_y}) {
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        axis->setLabelsFont(style.font(style.labelPixels));
        axis->setLabelsColor(style.text);
        axis->setGridLineColor(style.grid);
        axis->setLinePen(QPen(style.grid, 1));
    }
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);

    // Title, subtitle and footer wrap to the chart's width.
    const auto textBlock = [this](int pixels, bool bold, const QColor &colour) {
        auto *item = new QGraphicsTextItem(m_chart);
        item->setFont(m_style.font(pixels, bold));
        item->setDefaultTextColor(colour);
        item->document()->setDocumentMargin(0);
        return item;
    };
    m_title = textBlock(style.titlePixels, true, style.text);
    m_subtitle = textBlock(style.subtitlePixels, false, style.mutedText);
    m_footer = textBlock(style.footerPixels, false, style.mutedText);
    m_empty = new QGraphicsSimpleTextItem(m_chart);
    m_empty->setFont(style.font(style.subtitlePixels));
    m_empty->setBrush(style.mutedText);
    m_empty->setVisible(false);

    connect(m_chart, &QChart::plotAreaChanged, this, &ChartCanvas::relayout);
    connect(m_chart, &QGraphicsWidget::geometryChanged, this, &ChartCanvas::relayout);
}

void ChartCanvas::setHeader(const QString &title, const QString &subtitle)
{
    m_title->setPlainText(title);
    m_subtitle->setPlainText(subtitle);
    relayout();
}

void ChartCanvas::setFooter(const ChartFooter &footer)
{
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    m_caveat = footer.caveat;
    QStringList blocks;
    if (!footer.caveat.isEmpty())
        blocks << QStringLiteral("<div style='color:%1'><b>%2</b> %3</div>")
                      .arg(m_style.caveat.name(), esc(tr("Caveat:")), esc(footer.caveat));
    if (!footer.notes.isEmpty())
        blocks << QStringLiteral("<div>%1 %2</div>").arg(esc(tr("Note:")), esc(footer.notes));
    QString last = esc(footer.sources);
    if (!footer.byline.isEmpty())
        last += (last.isEmpty() ? QString() : QStringLiteral(" ")) + esc(tr("Chart: %1").arg(footer.byline));
    if (!last.isEmpty())
        blocks << QStringLiteral("<div>%1</div>").arg(last);
    m_footer->setHtml(blocks.join(QString()));
    relayout();
}

QString ChartCanvas::title() const { return m_title->toPlainText(); }
QString ChartCanvas::subtitle() const { return m_subtitle->toPlainText(); }
QString ChartCanvas::footerText() const { return m_footer->toPlainText(); }

void ChartCanvas::addLegendEntry(const QString &name, const QBrush &brush, const QPen &pen)
{
    auto *area = new QAreaSeries(new QLineSeries);
    area->upperSeries()->setParent(area);
    area->setBrush(brush);
    area->setPen(pen);
    area->setName(name);
    attach(area);
    m_legendNames.insert(name);
}

void ChartCanvas::setAxesVisible(bool visible)
{
    m_x->setVisible(visible);
    m_y->setVisible(visible);
}

void ChartCanvas::setPlotLayout(std::function<void(const QRectF &plot)> layout)
{
    m_plotLayout = std::move(layout);
    relayout();
}

void ChartCanvas::fillAxis(QCategoryAxis *axis, double min, double max,
                           const QVector<QPair<double, QString>> &ticks, bool grid)
{
    for (const QString &label : axis->categoriesLabels())
        axis->remove(label);
    axis->setRange(min, max);
    axis->setStartValue(min);
    // QCategoryAxis needs unique labels: pad repeats with zero-width spaces.
    QSet<QString> seen;
    for (const auto &tick : ticks) {
        QString label = tick.second;
        while (seen.contains(label))
            label += QChar(0x200B);
        seen.insert(label);
        axis->append(label, tick.first);
    }
    axis->setGridLineVisible(grid);
}

void ChartCanvas::setXAxis(double min, double max, const QVector<QPair<double, QString>> &ticks,
                           bool grid)
{
    fillAxis(m_x, min, max, ticks, grid);
}

void ChartCanvas::setYAxis(double min, double max, const QVector<QPair<double, QString>> &ticks,
                           bool grid)
{
    fillAxis(m_y, min, max, ticks, grid);
}

void ChartCanvas::attach(QAbstractSeries *series)
{
    m_chart->addSeries(series);
    series->attachAxis(m_x);
    series->attachAxis(m_y);
    if (!m_reference)
        m_reference = series;
}

QAreaSeries *ChartCanvas::addRect(const QRectF &r, const QBrush &brush, const QPen &pen,
                                  const QString &legendName)
{
    auto *upper = new QLineSeries;
    upper->append(r.left(), r.bottom());
    upper->append(r.right(), r.bottom());
    auto *lower = new QLineSeries;
    lower->append(r.left(), r.top());
    lower->append(r.right(), r.top());
    auto *area = new QAreaSeries(upper, lower);
    upper->setParent(area);
    lower->setParent(area);
    area->setBrush(brush);
    area->setPen(pen);
    area->setName(legendName);
    attach(area);
    const bool showInLegend = !legendName.isEmpty() && !m_legendNames.contains(legendName);
    m_legendNames.insert(legendName);
    for (QLegendMarker *marker : m_chart->legend()->markers(area))
        marker->setVisible(showInLegend);
    return area;
}

QLineSeries *ChartCanvas::addSegment(const QPointF &from, const QPointF &to, const QPen &pen)
{
    auto *line = new QLineSeries;
    line->append(from);
    line->append(to);
    line->setPen(pen);
    attach(line);
    for (QLegendMarker *marker : m_chart->legend()->markers(line))
        marker->setVisible(false);
    return line;
}

void ChartCanvas::addLabel(const QPointF &anchor, const QString &text, Side side,
                           const QColor &insideColour)
{
    auto *item = new QGraphicsSimpleTextItem(text, m_chart);
    item->setFont(m_style.font(m_style.labelPixels));
    item->setBrush(m_style.text);
    item->setZValue(10);
    m_labels.append({anchor, side, insideColour.isValid() ? insideColour : m_style.text, item});
}

void ChartCanvas::setEmptyMessage(const QString &text)
{
    m_empty->setText(text);
    m_empty->setVisible(!text.isEmpty());
    relayout();
}

QString ChartCanvas::emptyMessage() const
{
    return m_empty->isVisible() ? m_empty->text() : QString();
}

void ChartCanvas::relayout()
{
    if (m_inLayout)
        return;
    m_inLayout = true;
    const QSizeF size = m_chart->size();
    const qreal width = qMax<qreal>(100, size.width() - 2 * kPadding);

    qreal y = kPadding * 0.8;
    for (QGraphicsTextItem *block : {m_title, m_subtitle}) {
        block->setTextWidth(width);
        block->setPos(kPadding, y);
        if (!block->toPlainText().isEmpty())
            y += block->document()->size().height() + 2;
    }
    const qreal top = y + 4;

    m_footer->setTextWidth(width);
    const qreal footerHeight = m_footer->document()->isEmpty()
                                   ? 0
                                   : m_footer->document()->size().height() + 8;
    m_footer->setPos(kPadding, size.height() - kPadding * 0.7 - footerHeight + 8);
    const QMargins margins(int(kPadding * 0.4), int(top), int(kPadding),
                           int(kPadding * 0.5 + footerHeight));
    if (m_chart->margins() != margins)
        m_chart->setMargins(margins);

    const QRectF plot = m_chart->plotArea();
    m_empty->setPos(plot.center() - m_empty->boundingRect().center());
    if (m_plotLayout && !plot.isEmpty())
        m_plotLayout(plot);
    placeLabels();
    placeHighlight();
    m_inLayout = false;
}

void ChartCanvas::addHotspot(const QRectF &dataRect, const QString &figureId, const QString &tip)
{
    m_hotspots.append({dataRect.normalized(), true, figureId, tip});
}

int ChartCanvas::addSceneHotspot(const QString &figureId, const QString &tip)
{
    m_hotspots.append({QRectF(), false, figureId, tip});
    return int(m_hotspots.size()) - 1;
}

void ChartCanvas::setSceneHotspotRect(int index, const QRectF &sceneRect)
{
    m_hotspots[index].rect = sceneRect;
}

QRectF ChartCanvas::hotspotSceneRect(int index) const
{
    const Hotspot &h = m_hotspots.at(index);
    if (!h.dataCoordinates || !m_reference)
        return h.rect;
    return QRectF(m_chart->mapToPosition(h.rect.topLeft(), m_reference),
                  m_chart->mapToPosition(h.rect.bottomRight(), m_reference))
        .normalized();
}

int ChartCanvas::hotspotAt(const QPointF &scenePos) const
{
    // The smallest one wins, so a range drawn over its bar is found.
    int best = -1;
    qreal bestArea = 0;
    for (int i = 0; i < m_hotspots.size(); ++i) {
        const QRectF r = hotspotSceneRect(i).adjusted(-2, -2, 2, 2);
        const qreal area = r.width() * r.height();
        if (r.contains(scenePos) && (best < 0 || area < bestArea)) {
            best = i;
            bestArea = area;
        }
    }
    return best;
}

void ChartCanvas::setHighlightedFigure(const QString &figureId)
{
    if (figureId == m_highlighted)
        return;
    m_highlighted = figureId;
    placeHighlight();
}

void ChartCanvas::placeHighlight()
{
    qDeleteAll(m_highlightItems);
    m_highlightItems.clear();
    if (m_highlighted.isEmpty())
        return;
    for (int i = 0; i < m_hotspots.size(); ++i) {
        if (m_hotspots.at(i).figureId != m_highlighted)
            continue;
        auto *outline = new QGraphicsRectItem(hotspotSceneRect(i).adjusted(-3, -3, 3, 3), m_chart);
        outline->setPen(QPen(m_style.text, 2, Qt::DashLine));
        outline->setBrush(Qt::NoBrush);
        outline->setZValue(20);
        m_highlightItems.append(outline);
    }
}

void ChartCanvas::placeLabels()
{
    const QRectF plot = m_chart->plotArea();
    QVector<QRectF> taken;
    for (const Label &label : m_labels) {
        label.item->setVisible(false);
        if (!m_reference || plot.isEmpty())
            continue;
        const QPointF at = m_chart->mapToPosition(label.anchor, m_reference);
        const QSizeF s = label.item->boundingRect().size();
        const qreal above = at.y() - kLabelGap - s.height();
        QRectF rect;
        switch (label.side) {
        case Side::Right:
            rect = QRectF(QPointF(at.x() + kLabelGap, at.y() - s.height() / 2), s);
            break;
        case Side::Above:
            rect = QRectF(QPointF(at.x() - s.width() / 2, above), s);
            break;
        case Side::AboveEndingAt:
            rect = QRectF(QPointF(at.x() - s.width(), above), s);
            break;
        case Side::AboveStartingAt:
            rect = QRectF(QPointF(at.x(), above), s);
            break;
        }
        const auto clashes = [&](const QRectF &r) {
            if (!plot.contains(r))
                return true;
            for (const QRectF &t : taken)
                if (t.intersects(r))
                    return true;
            return false;
        };
        // Labels above bars may climb a little to clear a neighbour's label.
        for (int attempt = 0; attempt < 6 && clashes(rect) && label.side != Side::Right; ++attempt)
            rect.translate(0, -s.height() / 2);
        label.item->setBrush(m_style.text);
        if (clashes(rect) && label.side == Side::Right) {
            rect.moveRight(at.x() - kLabelGap);
            label.item->setBrush(label.insideColour);
        }
        if (clashes(rect))
            continue;
        label.item->setPos(rect.topLeft());
        label.item->setVisible(true);
        taken.append(rect);
    }
}

QVector<QRectF> ChartCanvas::visibleLabelRects() const
{
    QVector<QRectF> rects;
    for (const Label &label : m_labels)
        if (label.item->isVisible())
            rects.append(label.item->mapRectToScene(label.item->boundingRect()));
    return rects;
}

QStringList ChartCanvas::visibleLabelTexts() const
{
    QStringList texts;
    for (const Label &label : m_labels)
        if (label.item->isVisible())
            texts.append(label.item->text());
    return texts;
}

int ChartCanvas::hiddenLabelCount() const
{
    int hidden = 0;
    for (const Label &label : m_labels)
        hidden += label.item->isVisible() ? 0 : 1;
    return hidden;
}
