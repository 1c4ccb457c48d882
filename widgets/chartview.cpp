#include "chartview.h"

#include "chartcanvas.h"
#include "document.h"
#include "growthmodel.h"
#include "ratiomodel.h"

ChartView::ChartView(ChartType type, Document *document, const ChartStyle &style, QWidget *parent)
    : QChartView(parent), m_type(type), m_document(document), m_style(style)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 240);
    setFocusPolicy(Qt::StrongFocus); // reachable from the keyboard, so its description can be read
    const auto watch = [this](QAbstractItemModel *model) {
        connect(model, &QAbstractItemModel::dataChanged, this, &ChartView::scheduleRebuild);
        connect(model, &QAbstractItemModel::modelReset, this, &ChartView::scheduleRebuild);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ChartView::scheduleRebuild);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ChartView::scheduleRebuild);
    };
    connect(document, &Document::chartSettingsChanged, this, [this](const QString &chart) {
        if (chart == ChartCatalog::entry(m_type).key)
            scheduleRebuild();
    });
    switch (type) {
    case ChartType::Ratio:
    case ChartType::Comparison:
    case ChartType::Scale:
        watch(document->ratios());
        connect(document->ratios(), &RatioModel::comparedChanged, this, &ChartView::scheduleRebuild);
        connect(document->ratios(), &RatioModel::baselineChanged, this, &ChartView::scheduleRebuild);
        break;
    case ChartType::Growth:
        watch(document->growth());
        connect(document->growth(), &GrowthModel::seriesChanged, this, &ChartView::scheduleRebuild);
        break;
    }
    rebuildNow();
}

void ChartView::scheduleRebuild()
{
    // A chart on a hidden tab waits until it is shown: one edit should not rebuild four charts.
    if (isVisible() == false && m_canvas) {
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
    if (m_stale)
        rebuildNow();
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
    // Screen readers get the chart's name and, as its description, the alt text.
    setAccessibleName(tr("%1 chart: %2").arg(ChartCatalog::entry(m_type).name, next->title()));
    setAccessibleDescription(ChartCatalog::altText(m_type, *m_document));
    viewport()->setAccessibleName(accessibleName());
    viewport()->setAccessibleDescription(accessibleDescription());
    setBackgroundBrush(m_style.background);
    Q_EMIT rebuilt();
}

void ChartView::setChartStyle(const ChartStyle &style)
{
    if (style.theme == m_style.theme)
        return;
    m_style = style;
    rebuildNow();
}
