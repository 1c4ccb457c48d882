#include "chartcanvas.h"

#include "canvaslayout.h"

#include <QGraphicsLineItem>
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
#include <QtCharts/QScatterSeries>

namespace {
constexpr qreal kLabelGap = 5;  // space between a label and its bar
// A row's band at most this many times the label type size: bars stay bars, not slabs.
constexpr qreal kMaxBandPerPixel = 5.0;
}

ChartCanvas::ChartCanvas(const ChartStyle &style)
    : m_style(style), m_chart(new QChart), m_x(new QCategoryAxis(this)),
      m_y(new QCategoryAxis(this)), m_footer(m_chart, style), m_legend(m_chart, style),
      m_annotations(m_chart, style)
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
    // The canvas draws its own legend, which wraps onto more lines instead of eliding.
    m_chart->legend()->setVisible(false);

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
    m_caveat = footer.caveat;
    m_footer.setTexts(footer);
    relayout();
}

QString ChartCanvas::title() const { return m_title->toPlainText(); }
QString ChartCanvas::subtitle() const { return m_subtitle->toPlainText(); }
QString ChartCanvas::footerText() const { return m_footer.plainText(); }

void ChartCanvas::addLegendEntry(const QString &name, const QBrush &brush, const QPen &pen)
{
    m_legend.add(name, brush, pen);
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
    // Qt fits each label into its category, from the previous tick: give the first one room.
    axis->setStartValue(min - (max - min));
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
    m_xSpec = {min, max, ticks, grid};
    fillAxis(m_x, min, max, ticks, grid);
}

void ChartCanvas::setYAxis(double min, double max, const QVector<QPair<double, QString>> &ticks,
                           bool grid)
{
    m_ySpec = {min, max, ticks, grid};
    fillAxis(m_y, min, max, ticks, grid);
}

void ChartCanvas::setRowNames(const QVector<QPair<double, QString>> &rows)
{
    for (const auto &row : rows) {
        auto *item = new QGraphicsSimpleTextItem(row.second, m_chart);
        item->setFont(m_style.font(m_style.labelPixels));
        item->setBrush(m_style.text);
        m_rowNames.append({row.first, row.second, item});
    }
    m_y->setLabelsVisible(false);
    m_x->setLabelsVisible(!drawsXLabels()); // drawn by placeXLabels()
    relayout();
}

void ChartCanvas::addDot(const QPointF &at, const QColor &fill, const QColor &outline, qreal diameter)
{
    auto *dot = new QScatterSeries;
    dot->append(at);
    dot->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    dot->setMarkerSize(diameter);
    dot->setColor(fill);
    dot->setBorderColor(outline);
    attach(dot);
}

void ChartCanvas::attach(QAbstractSeries *series)
{
    m_series.append(series);
    if (!m_reference)
        m_reference = series;
    if (s_deferredLayouts > 0)
        series->setParent(this); // a canvas built only to update another never needs them drawn
    else
        attachPending();
}

void ChartCanvas::attachPending()
{
    for (; m_attached < m_series.size(); ++m_attached) {
        QAbstractSeries *series = m_series.at(m_attached);
        m_chart->addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
    }
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
    if (!legendName.isEmpty())
        addLegendEntry(legendName, brush, pen);
    return area;
}

QLineSeries *ChartCanvas::addSegment(const QPointF &from, const QPointF &to, const QPen &pen)
{
    auto *line = new QLineSeries;
    line->append(from);
    line->append(to);
    line->setPen(pen);
    attach(line);
    return line;
}

void ChartCanvas::addLabel(const QPointF &anchor, const QString &text, Side side,
                           const QColor &insideColour)
{
    auto *item = new QGraphicsSimpleTextItem(text, m_chart);
    item->setFont(m_style.font(m_style.labelPixels));
    item->setBrush(m_style.text);
    item->setZValue(10);
    m_labels.append({anchor, side, insideColour, item});
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

qreal ChartCanvas::placeHeader(qreal top, qreal width)
{
    qreal y = top;
    for (QGraphicsTextItem *block : {m_title, m_subtitle}) {
        if (block->textWidth() != width) // setting it lays the text out again, even if unchanged
            block->setTextWidth(width);
        block->setPos(m_title->pos().x(), y);
        if (!block->toPlainText().isEmpty())
            y += block->document()->size().height() + 2;
    }
    return y;
}

// Names take one line if they fit in maxWidth, else the narrowest column in which each
// wraps to two lines; returns the column's width (a column past half the chart is a problem).
qreal ChartCanvas::layoutRowNames(qreal maxWidth, int maxLines)
{
    const QFont font = m_style.font(m_style.labelPixels);
    qreal natural = 0;
    for (const RowName &row : m_rowNames)
        natural = qMax(natural, CanvasLayout::textWidth(row.text, font));
    const auto allFit = [&](qreal width) {
        for (const RowName &row : m_rowNames)
            if (!row.text.isEmpty() && CanvasLayout::wrap(row.text, font, width, maxLines).isEmpty())
                return false;
        return true;
    };
    qreal width = qMin(natural, maxWidth);
    while (width < natural && !allFit(width))
        width += 6;
    width = qMin(width, natural);
    m_rowNamesFit = width <= maxWidth * 1.25;
    qreal used = 0;
    for (const RowName &row : m_rowNames) {
        const QStringList lines = CanvasLayout::wrap(row.text, font, width, maxLines);
        row.item->setText(lines.isEmpty() ? row.text : lines.join(QLatin1Char('\n')));
        used = qMax(used, CanvasLayout::textWidth(row.item->text(), font));
    }
    return used;
}

void ChartCanvas::placeRowNames()
{
    for (const RowName &row : m_rowNames) {
        if (!m_reference)
            break;
        const qreal y = m_chart->mapToPosition(QPointF(m_xSpec.min, row.y), m_reference).y();
        row.item->setPos(m_title->pos().x(), y - row.item->boundingRect().height() / 2);
    }
}

qreal ChartCanvas::maximumPlotHeight() const
{
    if (m_rowNames.isEmpty())
        return 0;
    return (m_ySpec.max - m_ySpec.min) * m_style.labelPixels * kMaxBandPerPixel;
}

int ChartCanvas::s_deferredLayouts = 0;

namespace {
// The margin around everything, from the page's shorter side.
qreal padFor(const QSizeF &size)
{
    return qBound<qreal>(10, qMin(size.width(), size.height()) * 0.03, 28);
}
} // namespace

qreal ChartCanvas::plotWidthFor(const QSizeF &page, qreal axisLabelWidth)
{
    // The plot's left margin (pad * 0.4), the right one (pad), and the axis labels before it.
    const qreal pad = padFor(page);
    return page.width() - 1.4 * pad - axisLabelWidth - 12;
}

void ChartCanvas::relayout()
{
    if (m_inLayout || s_deferredLayouts > 0)
        return;
    attachPending();
    m_inLayout = true;
    const QSizeF size = m_chart->size();
    const qreal pad = padFor(size);
    const qreal width = qMax<qreal>(60, size.width() - 2 * pad);
    m_title->setPos(pad, 0);
    const qreal headerHeight = m_legend.place(pad, placeHeader(0, width) + 2, width) + 4;
    const qreal axisRoom = QFontMetricsF(m_style.font(m_style.labelPixels)).height() * 2;
    const qreal fullFooter = m_footer.formHeight(false, width);
    m_shortFooter = fullFooter > size.height() * 0.2 ||
                    size.height() - headerHeight - fullFooter - axisRoom - pad * 1.5 < size.height() / 3;
    const qreal footer = m_footer.setForm(m_shortFooter, width);
    // Rows keep a readable band: surplus height is shared above and below the whole chart.
    const qreal available = size.height() - headerHeight - footer - axisRoom - pad * 1.3;
    qreal shift = 0;
    if (const qreal most = maximumPlotHeight(); most > 0)
        shift = qMax<qreal>(0, (available - most) / 2);
    // Names wrap to two lines where rows have the height for them, else keep to one.
    const qreal line = QFontMetricsF(m_style.font(m_style.labelPixels)).height();
    const bool twoLines = m_ySpec.max <= m_ySpec.min || available / (m_ySpec.max - m_ySpec.min) >= 2 * line + 2;
    const qreal left = m_rowNames.isEmpty() ? pad * 0.4 : pad + layoutRowNames(width * 0.42, twoLines ? 2 : 1) + 8;
    qreal rowsNeed = 0;
    for (const RowName &row : m_rowNames)
        rowsNeed = qMax(rowsNeed, row.item->boundingRect().height() + 4);
    for (const Label &label : m_labels) // and a label beside its bar, centred on the row
        if (label.side == Side::Right)
            rowsNeed = qMax(rowsNeed, label.item->boundingRect().height() + 4);
    rowsNeed *= qMax(0.0, m_ySpec.max - m_ySpec.min) * (m_rowNames.isEmpty() ? 0 : 1);
    const qreal fixed = headerHeight + footer + axisRoom + pad * 1.5;
    m_neededHeight = qMax(fixed * 1.5 + 8, fixed + rowsNeed + 8);
    const auto placeAround = [&](qreal surplus) {
        const qreal top = pad * 0.8 + surplus;
        m_legend.place(pad, placeHeader(top, width) + 2, width);
        m_footer.place(pad, size.width() - pad, size.height() - pad * 0.7 - surplus);
        // Qt keeps no room for axis labels it does not draw: the canvas keeps it for its own.
        const qreal xLabels = drawsXLabels() ? line + 6 : 0;
        const QMargins margins(int(left), int(top + headerHeight), int(pad),
                               int(pad * 0.6 + footer + surplus + xLabels));
        if (m_chart->margins() != margins)
            m_chart->setMargins(margins);
    };
    placeAround(shift);
    // The axis takes what Qt gives it, not quite axisRoom: a capped plot gives back what it lost.
    if (const qreal deficit = maximumPlotHeight() - m_chart->plotArea().height(); shift > 0 && deficit > 0.5)
        placeAround(qMax<qreal>(0, shift - deficit / 2));

    const QRectF plot = m_chart->plotArea();
    m_empty->setPos(plot.center() - m_empty->boundingRect().center());
    if (m_plotLayout && !plot.isEmpty())
        m_plotLayout(plot);
    // Labels that climbed out of the plot to clear a neighbour get more headroom.
    for (int extra = 0; extra < 4; ++extra) {
        fitAxes(extra * QFontMetricsF(m_style.font(m_style.labelPixels)).height());
        placeRowNames();
        placeLabels();
        if (hiddenLabelCount() == 0)
            break;
    }
    placeHighlight();
    placeAnnotations();
    m_inLayout = false;
}

// Axes grow so every value label fits beside or above its bar, and keep only the ticks whose
// labels fit between their neighbours and inside the image.
void ChartCanvas::fitAxes(qreal headroom)
{
    const QRectF plot = m_chart->plotArea();
    AxisSpec x = m_xSpec;
    AxisSpec y = m_ySpec;
    const auto toX = [&](double v) { return plot.left() + (v - x.min) / (x.max - x.min) * plot.width(); };
    const bool fitted = m_reference && plot.width() > 10 && plot.height() > 10;
    if (fitted) {
        // Growing one end changes how much the other must grow: settle in a few passes.
        for (int pass = 0; pass < 3; ++pass)
        for (const Label &label : m_labels) {
            const QSizeF s = label.item->boundingRect().size();
            if (label.side == Side::Right) {
                const qreal room = 1 - (kLabelGap + s.width() + 2) / plot.width();
                if (room > 0.05)
                    x.max = qMax(x.max, x.min + (label.anchor.x() - x.min) / room);
            } else {
                const qreal room = 1 - (kLabelGap + s.height() + 2 + headroom) / plot.height();
                if (room > 0.05)
                    y.max = qMax(y.max, y.min + (label.anchor.y() - y.min) / room);
                // Sideways too: a label centred on the last bar must not hang off the plot.
                const qreal before = label.side == Side::Above ? s.width() / 2 : label.side == Side::AboveEndingAt ? s.width() : 0;
                const qreal after = s.width() - before + 2;
                const qreal right = 1 - after / plot.width();
                if (right > 0.05)
                    x.max = qMax(x.max, x.min + (label.anchor.x() - x.min) / right);
                const qreal left = (before + 2) / plot.width() * (x.max - x.min);
                x.min = qMin(x.min, label.anchor.x() - left * 1.05);
            }
        }
        const QFont font = m_style.font(m_style.labelPixels);
        const QSizeF image = m_chart->size();
        const auto toY = [&](double v) { return plot.bottom() - (v - y.min) / (y.max - y.min) * plot.height(); };
        // With value labels on the left, the x ticks keep clear of the corner they share.
        const qreal xLow = m_y->isVisible() && m_y->labelsVisible() && !m_ySpec.ticks.isEmpty() ? plot.left() + 2 : 0;
        if (drawsXLabels()) {
            // Own labels may reach the image's edges, and one at the axis's very start is drawn.
            x.ticks.removeIf([&](const QPair<double, QString> &t) { return t.first < x.min - 1e-9 || t.first > x.max + 1e-9; });
            x.ticks = CanvasLayout::thinTicks(x.ticks, font, true, 2, image.width() - 2, plot.width(), toX, false);
        } else {
            x.ticks = CanvasLayout::thinTicks(x.ticks, font, true, xLow, plot.right() + 2, plot.width(), toX); // Qt elides past the plot
        }
        y.ticks = CanvasLayout::thinTicks(y.ticks, font, false, plot.top() - 8, image.height(), plot.height(), toY);
    }
    const auto same = [](QCategoryAxis *axis, const AxisSpec &spec) {
        return qFuzzyCompare(axis->max(), spec.max) && qFuzzyCompare(axis->min(), spec.min) &&
               axis->count() == spec.ticks.size();
    };
    if (!same(m_x, x))
        fillAxis(m_x, x.min, x.max, x.ticks, x.grid);
    if (!same(m_y, y))
        fillAxis(m_y, y.min, y.max, y.ticks, y.grid);
    if (drawsXLabels())
        placeXLabels(fitted ? x.ticks : QVector<QPair<double, QString>>(), toX, plot);
}

void ChartCanvas::placeXLabels(const QVector<QPair<double, QString>> &ticks,
                               const std::function<qreal(double)> &toX, const QRectF &plot)
{
    while (m_xLabels.size() < ticks.size()) {
        auto *item = new QGraphicsSimpleTextItem(m_chart);
        item->setFont(m_style.font(m_style.labelPixels));
        item->setBrush(m_style.text);
        m_xLabels.append(item);
    }
    for (int i = 0; i < m_xLabels.size(); ++i) {
        QGraphicsSimpleTextItem *item = m_xLabels.at(i);
        item->setVisible(i < ticks.size());
        if (!item->isVisible())
            continue;
        item->setText(ticks.at(i).second);
        item->setPos(toX(ticks.at(i).first) - item->boundingRect().width() / 2, plot.bottom() + 4);
    }
}

QStringList ChartCanvas::xAxisLabels() const
{
    QStringList shown;
    if (drawsXLabels()) {
        for (const QGraphicsSimpleTextItem *item : m_xLabels)
            if (item->isVisible())
                shown << item->text();
        return shown;
    }
    for (const QString &label : m_x->categoriesLabels()) // Qt draws no label at the axis's start
        if (m_x->endValue(label) > m_x->min() + 1e-9 && m_x->endValue(label) < m_x->max() - 1e-9)
            shown << label;
    return shown;
}

void ChartCanvas::setAnnotations(const QVector<ChartAnnotation> &annotations)
{
    m_annotations.set(annotations);
    relayout();
}

void ChartCanvas::placeAnnotations()
{
    if (m_annotations.isEmpty())
        return;
    // Notes keep off the bars and points too, not only off the texts.
    QVector<QRectF> bars;
    for (int i = 0; i < m_hotspots.size(); ++i)
        bars.append(hotspotSceneRect(i));
    const auto target = [this](const QString &figureId) {
        for (int i = 0; i < m_hotspots.size(); ++i)
            if (m_hotspots.at(i).figureId == figureId)
                return hotspotSceneRect(i);
        return QRectF();
    };
    m_annotations.place(target, m_chart->plotArea(), QRectF(QPointF(), m_chart->size()), bars);
}

QStringList ChartCanvas::layoutProblems() const
{
    QStringList problems = CanvasLayout::textProblems(CanvasLayout::visibleTexts(m_chart), m_chart->size());
    for (const QString &note : m_annotations.unplaced())
        problems << QStringLiteral("no room for the annotation \"%1\"").arg(note);
    for (const Label &label : m_labels)
        if (!label.item->isVisible() && !label.item->text().isEmpty())
            problems << QStringLiteral("no room for the label \"%1\" (plot %2 wide, axis to %3)")
                            .arg(label.item->text())
                            .arg(m_chart->plotArea().width())
                            .arg(m_x->max());
    problems << labelsOverOtherBars();
    if (!m_rowNamesFit)
        problems << QStringLiteral("the names do not fit in two lines in half the width");
    const qreal plotHeight = m_chart->plotArea().height();
    const qreal most = maximumPlotHeight();
    // A third of the height, or, for a few rows whose band is capped (never 370 px bars), room for
    // rows at nine tenths of the capped band (four and a half times the label type: still roomy).
    const qreal least = most > 0 ? qMin(most * 0.9, m_chart->size().height() / 3) : m_chart->size().height() / 3;
    if (m_empty->text().isEmpty() && plotHeight < least * 0.97)
        problems << QStringLiteral("the plot is %1 px of %2").arg(plotHeight).arg(m_chart->size().height());
    if (!m_rowNames.isEmpty() && m_ySpec.max > m_ySpec.min) {
        qreal tallest = 0;
        for (const RowName &row : m_rowNames)
            tallest = qMax(tallest, row.item->boundingRect().height());
        if (plotHeight / (m_ySpec.max - m_ySpec.min) < tallest + 2)
            problems << QStringLiteral("rows are closer than their names are tall");
    }
    return problems;
}

QVector<QRectF> ChartCanvas::hotspotSceneRects() const
{
    QVector<QRectF> rects;
    rects.reserve(m_hotspots.size());
    for (int i = 0; i < m_hotspots.size(); ++i)
        rects.append(hotspotSceneRect(i));
    return rects;
}

int ChartCanvas::otherBarUnder(const Label &label, const QRectF &sceneRect, const QVector<QRectF> &bars) const
{
    for (int i = 0; i < m_hotspots.size(); ++i) {
        const Hotspot &bar = m_hotspots.at(i);
        // Its own bar is the one its anchor lies on.
        const QSizeF slack = bar.rect.size() * 1e-6;
        const QRectF own = bar.rect.adjusted(-slack.width(), -slack.height(), slack.width(), slack.height());
        if (bar.dataCoordinates && bars.at(i).intersects(sceneRect) && !own.contains(label.anchor))
            return i;
    }
    return -1;
}

QStringList ChartCanvas::labelsOverOtherBars() const
{
    QStringList problems;
    if (!m_reference)
        return problems;
    const QVector<QRectF> bars = hotspotSceneRects();
    for (const Label &label : m_labels) {
        if (!label.item->isVisible() || label.item->text().isEmpty())
            continue;
        const int bar = otherBarUnder(label, label.item->sceneBoundingRect().adjusted(1, 1, -1, -1), bars);
        if (bar >= 0)
            problems << QStringLiteral("the label \"%1\" lies over the bar of %2")
                            .arg(QString(label.item->text()).replace(QLatin1Char('\n'), QLatin1Char(' ')),
                                 m_hotspots.at(bar).figureId);
    }
    return problems;
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
    // The bars and reference lines in scene coordinates, once for all the labels.
    const QVector<QRectF> bars = m_reference ? hotspotSceneRects() : QVector<QRectF>();
    QVector<qreal> rules;
    for (double y : m_rules)
        if (m_reference)
            rules.append(m_chart->mapToPosition({0, y}, m_reference).y());
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
            if (label.side == Side::Right)
                return false;
            for (const qreal y : rules) // nor be struck through by a reference line
                if (y > r.top() - 1 && y < r.bottom() + 1)
                    return true;
            // A label above its bar must not read as a neighbour's by lying over it.
            return otherBarUnder(label, r.adjusted(1, 1, -1, -1), bars) >= 0;
        };
        // Labels above bars may climb a little to clear a neighbour's label, or to just above a
        // neighbour's bar that stands higher than their own.
        for (int attempt = 0; attempt < 10 && clashes(rect) && label.side != Side::Right; ++attempt) {
            const int bar = otherBarUnder(label, rect.adjusted(1, 1, -1, -1), bars);
            if (bar >= 0)
                rect.moveBottom(qMin(rect.bottom() - 1, bars.at(bar).top() - kLabelGap));
            else
                rect.translate(0, -s.height() / 2);
        }
        label.item->setBrush(m_style.text);
        if (clashes(rect) && label.side == Side::Right && label.insideColour.isValid()) {
            // Inside the bar's end, in whichever of near-white or near-black reads on its fill.
            rect.moveRight(at.x() - kLabelGap);
            label.item->setBrush(m_style.textOn(label.insideColour));
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
