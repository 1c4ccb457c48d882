#include "document.h"

#include "figuremodel.h"
#include "growthmodel.h"
#include "ratiomodel.h"

Document::Document(QObject *parent)
    : QObject(parent), m_figures(new FigureModel(this)), m_ratios(new RatioModel(m_figures, this)),
      m_growth(new GrowthModel(m_figures, this))
{
}

void Document::load(const Dataset &dataset)
{
    m_figures->setFigures(dataset.figures);
    m_ratios->setBaselineId(dataset.baselineId);
    m_ratios->setComparedIds(dataset.comparedIds);
    m_growth->setSeries({dataset.growthEntity, dataset.growthKind});
}

Dataset Document::toDataset() const
{
    Dataset dataset;
    dataset.figures = m_figures->figures();
    dataset.baselineId = m_ratios->baselineId();
    dataset.comparedIds = m_ratios->comparedIds();
    dataset.growthEntity = m_growth->series().entity;
    dataset.growthKind = m_growth->series().kind;
    return dataset;
}

void Document::setChartSettings(const QString &chart, const ChartSettings &settings)
{
    if (m_chartSettings.value(chart) == settings)
        return;
    m_chartSettings.insert(chart, settings);
    Q_EMIT chartSettingsChanged(chart);
}
