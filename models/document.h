#pragma once

#include "chartsettings.h"
#include "dataset.h"

#include <QHash>
#include <QObject>

class FigureModel;
class RatioModel;
class GrowthModel;

// What a journalist works on: the figure table and the derived models that follow it.
// The window, the command line and the tests all go through one Document.
class Document : public QObject
{
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);

    FigureModel *figures() const { return m_figures; }
    RatioModel *ratios() const { return m_ratios; }
    GrowthModel *growth() const { return m_growth; }

    void load(const Dataset &dataset);
    Dataset toDataset() const;

    // Per-chart settings, by chart name ("ratio", "growth", …).
    ChartSettings chartSettings(const QString &chart) const { return m_chartSettings.value(chart); }
    void setChartSettings(const QString &chart, const ChartSettings &settings);

Q_SIGNALS:
    void chartSettingsChanged(const QString &chart);

private:
    FigureModel *m_figures;
    RatioModel *m_ratios;
    GrowthModel *m_growth;
    QHash<QString, ChartSettings> m_chartSettings;
};
