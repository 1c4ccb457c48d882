#include "document.h"

#include "figuremodel.h"
#include "ratiomodel.h"
#include "undocommands.h"

#include <QUndoStack>

Document::Document(QObject *parent)
    : QObject(parent), m_figures(new FigureModel(this)), m_ratios(new RatioModel(m_figures, this)),
      m_growth(new GrowthModel(m_figures, this)), m_undo(new QUndoStack(this))
{
    m_figures->setEditSink([this](int row, const Figure &after) { editFigure(row, after); });
    m_ratios->setComparedSink([this](const QStringList &ids) { setCompared(ids); });
    connect(m_undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

void Document::load(const Dataset &dataset)
{
    m_undo->clear();
    m_figures->setFigures(dataset.figures);
    m_ratios->setBaselineId(dataset.baselineId);
    m_ratios->setComparedIds(dataset.comparedIds);
    m_growth->setSeries({dataset.growthEntity, dataset.growthKind});
    m_growth->setGuidancePick(dataset.latestGuidance ? GrowthModel::GuidancePick::Latest
                                                     : GrowthModel::GuidancePick::Initial);
    const QStringList charts = m_chartSettings.keys() + dataset.charts.keys();
    m_chartSettings = dataset.charts;
    for (const QString &chart : charts)
        Q_EMIT chartSettingsChanged(chart);
    m_undo->setClean();
}

Dataset Document::toDataset() const
{
    Dataset dataset;
    dataset.figures = m_figures->figures();
    dataset.baselineId = m_ratios->baselineId();
    dataset.comparedIds = m_ratios->comparedIds();
    dataset.growthEntity = m_growth->series().entity;
    dataset.growthKind = m_growth->series().kind;
    dataset.latestGuidance = m_growth->guidancePick() == GrowthModel::GuidancePick::Latest;
    dataset.charts = m_chartSettings;
    return dataset;
}

bool Document::isModified() const
{
    return !m_undo->isClean();
}

void Document::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged(path);
}

bool Document::open(const QString &path, QString *error)
{
    const DatasetRead read = DatasetJson::readFile(path);
    if (!read.ok) {
        *error = read.error;
        return false;
    }
    load(read.dataset);
    setFilePath(path);
    return true;
}

void Document::restore(const Dataset &dataset, const QString &originalPath)
{
    load(dataset);
    setFilePath(originalPath);
    m_undo->resetClean();
}

bool Document::saveAs(const QString &path, QString *error)
{
    if (!DatasetJson::writeFile(toDataset(), path, error))
        return false;
    m_undo->setClean();
    setFilePath(path);
    return true;
}

void Document::editFigure(int row, const Figure &after)
{
    const Figure &before = m_figures->figure(row);
    if (before == after)
        return;
    m_undo->push(
        new EditFigureCommand(m_figures, before, after, tr("Edit “%1”").arg(before.label)));
}

QStringList Document::addFigures(QVector<Figure> figures, const QString &what)
{
    QSet<QString> taken;
    QStringList ids;
    for (Figure &f : figures) {
        QString id = m_figures->uniqueId(f.id);
        for (int n = 2; taken.contains(id); ++n)
            id = m_figures->uniqueId(f.id + QLatin1Char('-') + QString::number(n));
        f.id = id;
        taken.insert(id);
        ids.append(id);
    }
    if (!figures.isEmpty())
        m_undo->push(new AddFiguresCommand(m_figures, figures, what));
    return ids;
}

void Document::removeFigures(const QVector<int> &rows)
{
    if (rows.isEmpty())
        return;
    const QString text = rows.size() == 1
                             ? tr("Delete “%1”").arg(m_figures->figure(rows.first()).label)
                             : tr("Delete %1 figures").arg(rows.size());
    m_undo->push(new RemoveFiguresCommand(m_figures, rows, text));
}

void Document::setBaseline(const QString &id)
{
    const QString before = m_ratios->baselineId();
    if (id == before)
        return;
    m_undo->push(new SetValueCommand(
        tr("Change baseline"), [this, id] { m_ratios->setBaselineId(id); },
        [this, before] { m_ratios->setBaselineId(before); }));
}

void Document::setCompared(const QStringList &ids)
{
    const QStringList before = m_ratios->comparedIds();
    if (ids == before)
        return;
    m_undo->push(new SetValueCommand(
        tr("Change compared figures"), [this, ids] { m_ratios->setComparedIds(ids); },
        [this, before] { m_ratios->setComparedIds(before); }));
}

void Document::setGrowthSeries(const GrowthModel::SeriesKey &series)
{
    const GrowthModel::SeriesKey before = m_growth->series();
    if (series == before)
        return;
    m_undo->push(new SetValueCommand(
        tr("Change growth series"), [this, series] { m_growth->setSeries(series); },
        [this, before] { m_growth->setSeries(before); }));
}

void Document::setGuidancePick(GrowthModel::GuidancePick pick)
{
    const GrowthModel::GuidancePick before = m_growth->guidancePick();
    if (pick == before)
        return;
    m_undo->push(new SetValueCommand(
        tr("Change guidance shown"), [this, pick] { m_growth->setGuidancePick(pick); },
        [this, before] { m_growth->setGuidancePick(before); }));
}

ChartSettings Document::chartSettings(const QString &chart) const
{
    ChartSettings settings = m_chartSettings.value(chart);
    if (settings.byline.isEmpty())
        settings.byline = m_defaultByline;
    return settings;
}

void Document::setDefaultByline(const QString &byline)
{
    if (byline == m_defaultByline)
        return;
    m_defaultByline = byline;
    for (const char *chart : {"ratio", "comparison", "scale", "growth"})
        Q_EMIT chartSettingsChanged(QLatin1String(chart));
}

void Document::setNumberFormat(const NumberFormat &format)
{
    if (format == m_figures->numberFormat())
        return;
    m_figures->setNumberFormat(format);
    m_ratios->announceFormatChange();
    m_growth->announceFormatChange();
}

void Document::applyChartSettings(const QString &chart, const ChartSettings &settings)
{
    m_chartSettings.insert(chart, settings);
    Q_EMIT chartSettingsChanged(chart);
}

void Document::setChartSettings(const QString &chart, const ChartSettings &settings)
{
    const ChartSettings before = ownChartSettings(chart);
    if (before == settings)
        return;
    m_undo->push(new SetValueCommand(
        tr("Change chart texts"), [this, chart, settings] { applyChartSettings(chart, settings); },
        [this, chart, before] { applyChartSettings(chart, before); },
        QStringLiteral("chart:") + chart));
}
