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
    if (m_pending)
        return;
    m_pending = true;
    QMetaObject::invokeMethod(this, &ChartView::rebuildNow, Qt::QueuedConnection);
}

void ChartView::rebuildNow()
{
    m_pending = false;
    ChartCanvas *next = ChartCatalog::build(m_type, *m_document, m_style);
    QChart *old = chart();
    setChart(next->chart());
    m_canvas = next;
    delete old; // setChart hands the previous chart back to us
    Q_EMIT rebuilt();
}
