#include "document.h"
#include "sourcedrates.h"

#include "chartspec.h"
#include "charttextcheck.h"
#include "comparisonspec.h"
#include "derivation.h"
#include "growthspec.h"
#include "guidancespec.h"
#include "ratiospec.h"
#include "scalespec.h"
#include "trendspec.h"
#include "figuremodel.h"
#include "parametermodel.h"
#include "ratiomodel.h"
#include "undocommands.h"

#include <QSet>
#include <QUndoStack>

#include <cmath>

Document::Document(QObject *parent)
    : QObject(parent), m_figures(new FigureModel(this)), m_ratios(new RatioModel(m_figures, this)),
      m_growth(new GrowthModel(m_figures, this)), m_undo(new QUndoStack(this)),
      m_parameters(new ParameterModel(m_figures, this))
{
    m_figures->setEditSink([this](int row, const Figure &after) { editFigure(row, after); });
    m_figures->setDerivationText([this](int row) { return derivationText(row); });
    m_parameters->setValueSink(
        [this](const QString &name, double value) { return setParameter(name, value); });
    // Derived figures follow their inputs, whatever changed them (an edit, an undo, an import).
    connect(m_figures, &QAbstractItemModel::dataChanged, this, &Document::recalculate);
    connect(m_figures, &QAbstractItemModel::rowsInserted, this, &Document::recalculate);
    connect(m_figures, &QAbstractItemModel::rowsRemoved, this, &Document::recalculate);
    connect(m_figures, &QAbstractItemModel::modelReset, this, &Document::recalculate);
    connect(m_parameters, &ParameterModel::valueChanged, this, &Document::recalculate);
    connect(m_parameters, &ParameterModel::valueChanged, this,
            [this] { m_ratios->setExchange(m_ratios->currency(), m_parameters->parameters()); });
    m_ratios->setComparedSink([this](const QStringList &ids) { setCompared(ids); });
    connect(m_undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
    // Every chart there is: adding one is a spec here and a renderer in widgets.
    m_charts = {new RatioSpec(this), new ComparisonSpec(this), new ScaleSpec(this),
                new GrowthSpec(this), new GuidanceSpec(this), new TrendSpec(this)};
}

ChartSpec *Document::chart(const QString &key) const
{
    for (ChartSpec *spec : m_charts)
        if (spec->key() == key)
            return spec;
    return nullptr;
}

void Document::load(const Dataset &dataset)
{
    m_undo->clear();
    m_parameters->setParameters(SourcedRates::completed(dataset.parameters, dataset.figures));
    m_figures->setFigures(dataset.figures);
    applyChartCurrency(dataset.currency);
    m_ratios->setBaselineId(dataset.baselineId);
    m_ratios->setComparedIds(dataset.comparedIds);
    m_growth->setSeries({dataset.growthEntity, dataset.growthKind});
    m_growth->setGuidancePick(dataset.latestGuidance ? GrowthModel::GuidancePick::Latest
                                                     : GrowthModel::GuidancePick::Initial);
    const QStringList charts = m_chartSettings.keys() + dataset.charts.keys();
    m_chartSettings.clear();
    for (auto it = dataset.charts.begin(); it != dataset.charts.end(); ++it)
        m_chartSettings.insert(it.key(), it.value().withoutBidiControls());
    for (const QString &chart : charts)
        Q_EMIT chartSettingsChanged(chart);
    applyRangeMode(dataset.rangeMode);
    applyFilter(dataset.filter);
    applyGuidanceHistory(dataset.guidanceEntity, dataset.guidanceYear);
    applyTrendSettings(dataset.trend);
    adoptLegacyTexts();
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
    dataset.parameters = m_parameters->parameters();
    dataset.rangeMode = m_rangeMode;
    dataset.currency = m_ratios->currency();
    dataset.filter = m_filter;
    dataset.guidanceEntity = m_guidanceEntity;
    dataset.guidanceYear = m_guidanceYear;
    dataset.trend = m_trend;
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
    openRead(read.dataset, path, FileIo::stampOf(path));
    return true;
}

void Document::openRead(const Dataset &dataset, const QString &path, const FileIo::Stamp &onDisk)
{
    load(dataset);
    setFilePath(path);
    m_onDisk = onDisk;
}

void Document::startNew(const Dataset &dataset)
{
    load(dataset);
    setFilePath(QString());
    m_onDisk = FileIo::Stamp();
}

void Document::restore(const Dataset &dataset, const QString &originalPath)
{
    load(dataset);
    setFilePath(originalPath);
    m_onDisk = FileIo::Stamp(); // not known: the work was kept elsewhere
    m_undo->resetClean();
}

bool Document::changedOnDisk() const
{
    if (m_filePath.isEmpty() || !m_onDisk.exists)
        return false;
    const FileIo::Stamp now = FileIo::stampOf(m_filePath);
    return now.exists && now != m_onDisk; // a deleted file loses nothing when saved again
}

bool Document::saveAs(const QString &path, QString *error, Overwrite overwrite)
{
    if (overwrite == Overwrite::IfUnchanged && FileIo::isSameFile(path, m_filePath) && changedOnDisk()) {
        *error = path + QStringLiteral(": ") +
                 tr("changed on disk since it was opened or saved here; not saved, so that those "
                    "changes are not lost.");
        return false;
    }
    if (!DatasetJson::writeFile(toDataset(), path, error))
        return false;
    m_undo->setClean();
    setFilePath(path);
    m_onDisk = FileIo::stampOf(path);
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
    taken.reserve(figures.size());
    QStringList ids;
    ids.reserve(figures.size());
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const QString &wanted = figures.at(i).id;
        QString id = m_figures->uniqueId(wanted);
        for (int n = 2; taken.contains(id); ++n)
            id = m_figures->uniqueId(wanted + QLatin1Char('-') + QString::number(n));
        if (id != wanted) // written only when it changes: imported ids are usually unique already,
            figures[i].id = id; // and then the caller's figures are shared, not copied
        taken.insert(id);
        ids.append(id);
    }
    if (figures.isEmpty())
        return ids;
    if (!SourcedRates::missing(m_parameters->parameters(), figures)) {
        m_undo->push(new AddFiguresCommand(m_figures, std::move(figures), what));
        return ids;
    }
    // Yuan into a document without rates: the sourced rates come in with them, in the same step.
    const QVector<Parameter> before = m_parameters->parameters();
    const QVector<Parameter> after = SourcedRates::completed(before, figures);
    const auto setParameters = [this](const QVector<Parameter> &parameters) {
        m_parameters->setParameters(parameters);
        m_ratios->setExchange(m_ratios->currency(), parameters);
    };
    m_undo->beginMacro(what);
    m_undo->push(new SetValueCommand(what, [=] { setParameters(after); }, [=] { setParameters(before); }));
    m_undo->push(new AddFiguresCommand(m_figures, std::move(figures), what));
    m_undo->endMacro();
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
    ChartSettings settings = ownChartSettings(chart);
    if (settings.byline.isEmpty())
        settings.byline = m_defaultByline;
    return settings;
}

void Document::setDefaultByline(const QString &byline)
{
    if (byline == m_defaultByline)
        return;
    m_defaultByline = byline;
    Q_EMIT chartSettingsChanged(QString()); // every chart, whatever charts there are
}

void Document::setNumberFormat(const NumberFormat &preference)
{
    NumberFormat format = preference;
    format.setRangeMode(m_rangeMode);
    if (format == m_figures->numberFormat())
        return;
    m_figures->setNumberFormat(format);
    m_ratios->announceFormatChange();
    m_growth->announceFormatChange();
    m_parameters->announceFormatChange();
}

void Document::applyRangeMode(NumberFormat::RangeMode mode)
{
    if (mode == m_rangeMode)
        return;
    m_rangeMode = mode;
    setNumberFormat(m_figures->numberFormat());
    Q_EMIT rangeModeChanged();
}

void Document::setRangeMode(NumberFormat::RangeMode mode)
{
    const NumberFormat::RangeMode before = m_rangeMode;
    if (mode == before)
        return;
    m_undo->push(new SetValueCommand(
        tr("Show %1").arg(NumberFormat::rangeModeName(mode).toLower()),
        [this, mode] { applyRangeMode(mode); }, [this, before] { applyRangeMode(before); }));
}

FigureUnit Document::chartCurrency() const
{
    return m_ratios->currency();
}

void Document::applyChartCurrency(FigureUnit currency)
{
    const bool changed = currency != m_ratios->currency();
    m_ratios->setExchange(currency, m_parameters->parameters());
    if (changed)
        Q_EMIT chartCurrencyChanged();
}

void Document::setChartCurrency(FigureUnit currency)
{
    const FigureUnit before = m_ratios->currency();
    if (currency == before || !FigureText::isMoney(currency))
        return;
    m_undo->push(new SetValueCommand(tr("Show money in %1").arg(Currency::currencyName(currency)),
                                     [this, currency] { applyChartCurrency(currency); },
                                     [this, before] { applyChartCurrency(before); }));
}

QString Document::setAllExchangeRates(double yuanPerDollar)
{
    QStringList names;
    for (const Parameter &p : m_parameters->parameters())
        if (p.unit == ParameterUnit::CnyPerUsd)
            names.append(p.name);
    if (names.isEmpty())
        return tr("This document has no exchange rates.");
    for (const QString &name : names)
        if (const QString problem = parameterProblem(name, yuanPerDollar); !problem.isEmpty())
            return problem;
    m_undo->beginMacro(tr("Change every exchange rate"));
    for (const QString &name : names)
        setParameter(name, yuanPerDollar);
    m_undo->endMacro();
    return {};
}

void Document::applyFilter(const FigureFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_ratios->setFilter(filter);
    m_growth->setYearRange(filter.fromYear, filter.toYear);
    Q_EMIT filterChanged();
}

void Document::setFilter(const FigureFilter &filter)
{
    const FigureFilter before = m_filter;
    if (filter == before)
        return;
    m_undo->push(new SetValueCommand(
        tr("Change filter"), [this, filter] { applyFilter(filter); },
        [this, before] { applyFilter(before); }, QStringLiteral("filter")));
}

QString Document::applyPreset(const Preset &preset)
{
    if (m_figures->rowOf(preset.baseline) < 0)
        return tr("The preset “%1” needs the figure “%2”, which is not in this document.")
            .arg(preset.name, preset.baseline);
    QStringList compared;
    for (const QString &id : preset.compared)
        if (m_figures->rowOf(id) >= 0)
            compared.append(id);
    m_undo->beginMacro(tr("Preset “%1”").arg(preset.name));
    setBaseline(preset.baseline);
    setCompared(compared);
    setFilter(FigureFilter());
    m_undo->endMacro();
    return {};
}

void Document::applyGuidanceHistory(const QString &entity, int year)
{
    if (entity == m_guidanceEntity && year == m_guidanceYear)
        return;
    m_guidanceEntity = entity;
    m_guidanceYear = year;
    Q_EMIT guidanceHistoryChanged();
}

void Document::setGuidanceHistory(const QString &entity, int year)
{
    const QString beforeEntity = m_guidanceEntity;
    const int beforeYear = m_guidanceYear;
    if (entity == beforeEntity && year == beforeYear)
        return;
    m_undo->push(new SetValueCommand(
        tr("Change guidance history"), [this, entity, year] { applyGuidanceHistory(entity, year); },
        [this, beforeEntity, beforeYear] { applyGuidanceHistory(beforeEntity, beforeYear); }));
}

void Document::applyTrendSettings(const TrendSettings &settings)
{
    if (settings == m_trend)
        return;
    m_trend = settings;
    Q_EMIT trendSettingsChanged();
}

void Document::setTrendSettings(const TrendSettings &settings)
{
    const TrendSettings before = m_trend;
    if (settings == before)
        return;
    m_undo->push(new SetValueCommand(
        tr("Change trend chart"), [this, settings] { applyTrendSettings(settings); },
        [this, before] { applyTrendSettings(before); }));
}

QString Document::parameterProblem(const QString &name, double value) const
{
    const int row = m_parameters->rowOf(name);
    if (row < 0)
        return tr("There is no parameter “%1”.").arg(name);
    const Parameter &p = m_parameters->parameters().at(row);
    if (!std::isfinite(value) || value < 0 || value > 1e16)
        return tr("%1: the value must be a non-negative number.").arg(p.label);
    if (p.unit == ParameterUnit::CnyPerUsd && value <= 0)
        return tr("%1: an exchange rate must be above zero.").arg(p.label);
    QVector<Parameter> trial = m_parameters->parameters();
    trial[row].value = value;
    QVector<Derivation::Update> updates;
    QString error;
    if (!Derivation::evaluate(m_figures->figures(), m_figures->rowIndex(),
                              m_figures->figureIndex().derivedRows(), trial, &updates, &error))
        return tr("%1 cannot be %2: %3").arg(p.label, ParameterText::value(trial.at(row), m_figures->numberFormat()), error);
    return {};
}

QString Document::setParameter(const QString &name, double value)
{
    const QString problem = parameterProblem(name, value);
    if (!problem.isEmpty())
        return problem;
    const int row = m_parameters->rowOf(name);
    const double before = m_parameters->parameters().at(row).value;
    if (value == before)
        return {};
    // A slider's drag is one step: successive changes of one parameter merge.
    m_undo->push(new SetValueCommand(
        tr("Change %1").arg(m_parameters->parameters().at(row).label),
        [this, name, value] { m_parameters->setValue(name, value); },
        [this, name, before] { m_parameters->setValue(name, before); },
        QStringLiteral("parameter:") + name));
    return {};
}

QString Document::formulaProblem(int row, const Figure &after) const
{
    if (after.formula.isEmpty())
        return {};
    QVector<Figure> trial = m_figures->figures();
    if (row < 0)
        trial.append(after);
    else
        trial[row] = after;
    QVector<Derivation::Update> updates;
    QString error;
    Derivation::evaluate(trial, Derivation::indexById(trial), m_parameters->parameters(), &updates,
                         &error);
    return error;
}

QString Document::removalProblem(const QVector<int> &rows) const
{
    QSet<int> removed(rows.begin(), rows.end());
    const QVector<Figure> &figures = m_figures->figures();
    for (int row : rows) {
        for (int user : Derivation::dependents(figures, figures.at(row).id, QString()))
            if (!removed.contains(user))
                return tr("“%1” cannot be deleted: the formula of “%2” uses it.")
                    .arg(figures.at(row).label, figures.at(user).label);
    }
    return {};
}

QString Document::derivationText(int row) const
{
    const Figure &f = m_figures->figure(row);
    if (!f.isDerived())
        return {};
    return tr("derived: %1").arg(Derivation::describe(f, m_figures->figures(),
                                                      m_figures->rowIndex(),
                                                      m_parameters->parameters(),
                                                      m_figures->numberFormat()));
}

void Document::recalculate()
{
    if (m_recalculating)
        return;
    m_recalculating = true;
    QVector<Derivation::Update> updates;
    QString error;
    if (Derivation::evaluate(m_figures->figures(), m_figures->rowIndex(),
                             m_figures->figureIndex().derivedRows(), m_parameters->parameters(),
                             &updates, &error))
        m_figures->setValues(updates);
    else
        Q_EMIT derivationFailed(error);
    m_recalculating = false;
}

void Document::applyChartSettings(const QString &chart, const ChartSettings &settings)
{
    m_chartSettings.insert(chart, settings.withoutBidiControls());
    Q_EMIT chartSettingsChanged(chart);
}

int Document::currentText(const ChartSettings &stored, const QString &chart) const
{
    const ChartSpec *spec = this->chart(chart);
    if (!spec)
        return -1;
    const QString comparison = spec->comparisonKey();
    for (int i = 0; i < stored.texts.size(); ++i)
        if (stored.texts.at(i).writtenFor == comparison)
            return i;
    return -1;
}

ChartSettings Document::ownChartSettings(const QString &chart) const
{
    ChartSettings settings = m_chartSettings.value(chart);
    if (!this->chart(chart))
        return settings; // a chart this version does not draw: kept as read
    const int i = currentText(settings, chart);
    settings.title = i >= 0 ? settings.texts.at(i).title : QString();
    settings.subtitle = i >= 0 ? settings.texts.at(i).subtitle : QString();
    return settings;
}

void Document::pushChartSettings(const QString &chart, const ChartSettings &after, const QString &what)
{
    const ChartSettings before = m_chartSettings.value(chart);
    if (before == after)
        return;
    m_undo->push(new SetValueCommand(
        what, [this, chart, after] { applyChartSettings(chart, after); },
        [this, chart, before] { applyChartSettings(chart, before); },
        QStringLiteral("chart:") + chart));
}

void Document::setChartSettings(const QString &chart, const ChartSettings &settings)
{
    ChartSettings after = settings;
    const ChartSpec *spec = this->chart(chart);
    if (!spec) {
        pushChartSettings(chart, after, tr("Change chart texts"));
        return;
    }
    // The title and subtitle belong to the comparison on show, not to the chart type.
    after.texts = m_chartSettings.value(chart).texts;
    after.title.clear();
    after.subtitle.clear();
    const int i = currentText(after, chart);
    const bool empty = settings.title.isEmpty() && settings.subtitle.isEmpty();
    const bool edited = i < 0 || after.texts.at(i).title != settings.title ||
                        after.texts.at(i).subtitle != settings.subtitle;
    if (empty && i >= 0) {
        after.texts.remove(i);
    } else if (!empty && edited) {
        const ChartText text{spec->comparisonKey(), settings.title, settings.subtitle,
                             spec->dataStamp(), false};
        if (i >= 0)
            after.texts[i] = text;
        else
            after.texts.append(text);
    }
    pushChartSettings(chart, after, tr("Change chart texts"));
}

void Document::confirmChartTexts(const QString &chart)
{
    const ChartSpec *spec = this->chart(chart);
    ChartSettings after = m_chartSettings.value(chart);
    const int i = currentText(after, chart);
    if (!spec || i < 0)
        return;
    after.texts[i].dataStamp = spec->dataStamp();
    after.texts[i].confirmed = true;
    const ChartSettings before = m_chartSettings.value(chart);
    if (before == after)
        return;
    m_undo->push(new SetValueCommand(
        tr("Keep chart texts"), [this, chart, after] { applyChartSettings(chart, after); },
        [this, chart, before] { applyChartSettings(chart, before); }));
}

QString Document::setChartEmphasis(const QString &chart, const ChartEmphasis &emphasis, const QString &what,
                                   const QString &mergeKey)
{
    if (const QString why = emphasis.problem(); !why.isEmpty())
        return why;
    const ChartSettings before = m_chartSettings.value(chart);
    ChartSettings after = before;
    after.emphasis = emphasis;
    if (after == before)
        return {};
    m_undo->push(new SetValueCommand(
        what, [this, chart, after] { applyChartSettings(chart, after); },
        [this, chart, before] { applyChartSettings(chart, before); },
        mergeKey.isEmpty() ? QString() : QStringLiteral("emphasis:") + chart + QLatin1Char(':') + mergeKey));
    return {};
}

QString Document::chartTextWarning(const QString &chart) const
{
    const ChartSpec *spec = this->chart(chart);
    const ChartSettings stored = m_chartSettings.value(chart);
    const int i = currentText(stored, chart);
    if (!spec || i < 0)
        return {};
    const ChartText &text = stored.texts.at(i);
    const QString quoted = text.title.isEmpty() ? text.subtitle : text.title;
    if (text.dataStamp != spec->dataStamp())
        return tr("The data under the %1 chart changed after its title was written: check that "
                  "“%2” still holds, then keep it or edit it.")
            .arg(spec->name(), quoted);
    if (text.confirmed)
        return {};
    const QStringList problems = ChartTextCheck::problems(*spec, text.title + QLatin1Char('\n') + text.subtitle);
    if (problems.isEmpty())
        return {};
    return tr("The %1 chart's title may be wrong: it %2. Keep it or edit it.")
        .arg(spec->name(), problems.join(tr("; it ")));
}

void Document::adoptLegacyTexts()
{
    for (auto it = m_chartSettings.begin(); it != m_chartSettings.end(); ++it) {
        ChartSettings &s = it.value();
        const ChartSpec *spec = chart(it.key());
        if (!spec || (s.title.isEmpty() && s.subtitle.isEmpty()))
            continue;
        // Written for what the file was saved showing: stamped with that data, not yet checked.
        if (currentText(s, it.key()) < 0)
            s.texts.append({spec->comparisonKey(), s.title, s.subtitle, spec->dataStamp(), false});
        s.title.clear();
        s.subtitle.clear();
        Q_EMIT chartSettingsChanged(it.key());
    }
}
