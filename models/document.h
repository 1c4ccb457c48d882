#pragma once

#include "chartsettings.h"
#include "dataset.h"
#include "growthmodel.h"

#include <QHash>
#include <QObject>

class FigureModel;
class NumberFormat;
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

    // Replaces everything and starts a fresh undo history.
    void load(const Dataset &dataset);
    Dataset toDataset() const;

    // The .spendlens file this document was opened from or saved to; empty if never saved.
    QString filePath() const { return m_filePath; }
    bool isModified() const;
    bool open(const QString &path, QString *error);
    // Loads work kept by an autosave: it belongs to originalPath (empty if never saved) and is
    // unsaved, so the document starts modified.
    void restore(const Dataset &dataset, const QString &originalPath);
    // Saves atomically; on success the document is unmodified and lives at path.
    bool saveAs(const QString &path, QString *error);

    // Undoable changes.
    void editFigure(int row, const Figure &after);
    // Appends figures (ids made unique); returns the ids they got.
    QStringList addFigures(QVector<Figure> figures, const QString &what);
    void removeFigures(const QVector<int> &rows);
    void setBaseline(const QString &id);
    void setCompared(const QStringList &ids);
    void setGrowthSeries(const GrowthModel::SeriesKey &series);
    void setGuidancePick(GrowthModel::GuidancePick pick);

    // How numbers read everywhere (table, charts, sentences, exports). Not part of the
    // document: a preference of the reader.
    void setNumberFormat(const NumberFormat &format);

    // A byline for charts that have none of their own (the reader's preference; not saved).
    void setDefaultByline(const QString &byline);

    // Per-chart settings, by chart name ("ratio", "growth", …). Setting them is undoable;
    // successive edits of one chart's settings fold into one step.
    ChartSettings chartSettings(const QString &chart) const;
    // As set, without the default byline filled in (what the export dialog edits).
    ChartSettings ownChartSettings(const QString &chart) const { return m_chartSettings.value(chart); }
    void setChartSettings(const QString &chart, const ChartSettings &settings);

Q_SIGNALS:
    void chartSettingsChanged(const QString &chart);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    void applyChartSettings(const QString &chart, const ChartSettings &settings);
    void setFilePath(const QString &path);

    FigureModel *m_figures;
    RatioModel *m_ratios;
    GrowthModel *m_growth;
    QUndoStack *m_undo;
    QHash<QString, ChartSettings> m_chartSettings;
    QString m_filePath;
    QString m_defaultByline;
};
