#pragma once

#include "chartsettings.h"
#include "dataset.h"
#include "fileio.h"
#include "growthmodel.h"
#include "numberformat.h"
#include "presets.h"

#include <QHash>
#include <QObject>

class ChartSpec;
class FigureModel;
class ParameterModel;
class QUndoStack;
class RatioModel;

// What a journalist works on: the figure table, the derived models that follow it, the
// dashboard choices and chart texts, with undo for every change and the file it lives in.
// The window, the command line and the tests all go through one Document.
class Document : public QObject
{
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);

    FigureModel *figures() const { return m_figures; }
    RatioModel *ratios() const { return m_ratios; }
    GrowthModel *growth() const { return m_growth; }
    QUndoStack *undoStack() const { return m_undo; }
    ParameterModel *parameters() const { return m_parameters; }

    // Replaces everything and starts a fresh undo history.
    void load(const Dataset &dataset);
    Dataset toDataset() const;

    // The .spendlens file this document was opened from or saved to; empty if never saved.
    QString filePath() const { return m_filePath; }
    bool isModified() const;
    bool open(const QString &path, QString *error);
    // The end of open() for a file read elsewhere (on a worker thread: DocumentLoader): dataset
    // as read from path, whose bytes were onDisk.
    void openRead(const Dataset &dataset, const QString &path, const FileIo::Stamp &onDisk);
    // Starts a new, never-saved document holding dataset (empty for a blank one).
    void startNew(const Dataset &dataset);
    // Loads work kept by an autosave: it belongs to originalPath (empty if never saved) and is
    // unsaved, so the document starts modified.
    void restore(const Dataset &dataset, const QString &originalPath);
    // Whether the file this document was opened from or last saved to has changed on disk since
    // (another window or program saved it): saving now would overwrite those changes.
    bool changedOnDisk() const;
    enum class Overwrite { IfUnchanged, Always };
    // Saves atomically; on success the document is unmodified and lives at path. Refuses, with
    // "changed on disk" in *error, to overwrite its own file when changedOnDisk(), unless told to.
    bool saveAs(const QString &path, QString *error, Overwrite overwrite = Overwrite::IfUnchanged);

    // Undoable changes.
    void editFigure(int row, const Figure &after);
    // Appends figures (ids made unique); returns the ids they got.
    QStringList addFigures(QVector<Figure> figures, const QString &what);
    void removeFigures(const QVector<int> &rows);
    void setBaseline(const QString &id);
    void setCompared(const QStringList &ids);
    void setGrowthSeries(const GrowthModel::SeriesKey &series);
    void setGuidancePick(GrowthModel::GuidancePick pick);

    // Parameters and derived figures. A value is refused (with the reason, and nothing
    // changes) when it is not a finite non-negative number or a formula cannot use it.
    QString setParameter(const QString &name, double value);
    QString parameterProblem(const QString &name, double value) const;
    // Why the figure at row (-1: a new figure) cannot become after: its formula does not parse,
    // names an unknown figure or parameter, makes a cycle or gives no value. Empty if it can.
    QString formulaProblem(int row, const Figure &after) const;
    // Why these figures cannot be deleted (another figure's formula uses them); empty if they can.
    QString removalProblem(const QVector<int> &rows) const;
    // "derived: 2.788M GPU-hours × $2.00 per GPU-hour" for a derived figure, else empty.
    QString derivationText(int row) const;

    // Range mode (low, mid, high or the range): every table, chart and sentence follows it.
    NumberFormat::RangeMode rangeMode() const { return m_rangeMode; }
    void setRangeMode(NumberFormat::RangeMode mode);

    // The currency charts, ratios and sentences show money in (figures keep their own); undoable.
    FigureUnit chartCurrency() const;
    void setChartCurrency(FigureUnit currency);
    // Sets every yearly exchange rate (usd_cny_2020, …) to one value, in one undoable step.
    QString setAllExchangeRates(double yuanPerDollar);

    // Which figures the table and the charts show.
    FigureFilter filter() const { return m_filter; }
    void setFilter(const FigureFilter &filter);

    // Sets the baseline and the compared figures a preset names, in one undoable step, and
    // clears the filter so that all of them show. Returns why not if its baseline is missing.
    QString applyPreset(const Preset &preset);

    // The company and year the guidance-history chart follows.
    QString guidanceEntity() const { return m_guidanceEntity; }
    int guidanceYear() const { return m_guidanceYear; }
    void setGuidanceHistory(const QString &entity, int year);

    // What the trend chart compares and how it draws it. Undoable.
    TrendSettings trendSettings() const { return m_trend; }
    void setTrendSettings(const TrendSettings &settings);

    // How numbers read everywhere (table, charts, sentences, exports). Not part of the
    // document: a preference of the reader.
    void setNumberFormat(const NumberFormat &format);

    // A byline for charts that have none of their own (the reader's preference; not saved).
    void setDefaultByline(const QString &byline);

    // Every chart, in menu order, and one by its key ("ratio", "growth", …; nullptr if none).
    const QVector<ChartSpec *> &charts() const { return m_charts; }
    ChartSpec *chart(const QString &key) const;

    // Per-chart settings, by chart name ("ratio", "growth", …). Setting them is undoable;
    // successive edits of one chart's settings fold into one step.
    ChartSettings chartSettings(const QString &chart) const;
    // As set, without the default byline filled in (what the export dialog edits).
    ChartSettings ownChartSettings(const QString &chart) const;
    // title and subtitle are the texts written for the chart's current comparison: another
    // comparison has its own (or the default texts); editing them stamps them with the data now.
    void setChartSettings(const QString &chart, const ChartSettings &settings);
    // Why the chart's custom title or subtitle may no longer hold (its data changed since it was
    // written, or it states a number or names a company the chart does not show); empty if fine.
    QString chartTextWarning(const QString &chart) const;
    // Keeps the chart's custom texts as they are over the data now: the warning goes. Undoable.
    void confirmChartTexts(const QString &chart);
    // Sets the chart's highlights, annotations, colours and bar order in one undoable step
    // named what; steps with the same non-empty mergeKey fold into one (an annotation moved
    // key by key). Refuses, with the reason and changing nothing, what cannot be drawn.
    QString setChartEmphasis(const QString &chart, const ChartEmphasis &emphasis, const QString &what,
                             const QString &mergeKey = QString());

Q_SIGNALS:
    // For the chart named, or for every chart when chart is empty (the default byline).
    void chartSettingsChanged(const QString &chart);
    void rangeModeChanged();
    void chartCurrencyChanged();
    void filterChanged();
    void guidanceHistoryChanged();
    void trendSettingsChanged();
    // A derived figure could not be recomputed (the reason names it); it keeps its last value.
    void derivationFailed(const QString &reason);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    void applyChartSettings(const QString &chart, const ChartSettings &settings);
    void pushChartSettings(const QString &chart, const ChartSettings &after, const QString &what);
    // Texts from files that kept one title per chart type go to the comparison they were saved with.
    void adoptLegacyTexts();
    int currentText(const ChartSettings &stored, const QString &chart) const;
    void applyRangeMode(NumberFormat::RangeMode mode);
    void applyChartCurrency(FigureUnit currency);
    void applyFilter(const FigureFilter &filter);
    void applyGuidanceHistory(const QString &entity, int year);
    void applyTrendSettings(const TrendSettings &settings);
    void recalculate();
    void setFilePath(const QString &path);

    FigureModel *m_figures;
    RatioModel *m_ratios;
    GrowthModel *m_growth;
    QUndoStack *m_undo;
    ParameterModel *m_parameters;
    NumberFormat::RangeMode m_rangeMode = NumberFormat::RangeMode::Range;
    FigureFilter m_filter;
    QString m_guidanceEntity;
    int m_guidanceYear = 0;
    TrendSettings m_trend;
    bool m_recalculating = false;
    QHash<QString, ChartSettings> m_chartSettings;
    QVector<ChartSpec *> m_charts;
    QString m_filePath;
    FileIo::Stamp m_onDisk; // m_filePath as this document last read or wrote it
    QString m_defaultByline;
};
