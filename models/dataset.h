#pragma once

#include "chartsettings.h"
#include "figure.h"
#include "figurefilter.h"
#include "numberformat.h"
#include "parameter.h"
#include "trendsettings.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>
#include <QVector>

#include <functional>

// Figures plus the dashboard choices that travel with them (baseline, compared figures,
// growth series): what the built-in dataset holds and what a document will save.
struct Dataset
{
    QVector<Figure> figures;
    QString baselineId;
    QStringList comparedIds;
    QString growthEntity;
    FigureKind growthKind = FigureKind::Capex;
    bool latestGuidance = false;
    QHash<QString, ChartSettings> charts; // by chart name
    QVector<Parameter> parameters;        // what formulas (Figure::formula) may use
    NumberFormat::RangeMode rangeMode = NumberFormat::RangeMode::Range;
    FigureUnit currency = FigureUnit::Usd; // the charts' currency (figures keep their own)
    FigureFilter filter;
    QString guidanceEntity; // the guidance-history chart's company and year
    int guidanceYear = 0;
    TrendSettings trend; // the trend chart's companies, years and drawing
};

struct DatasetRead
{
    bool ok = false;
    Dataset dataset;
    QString error; // names the file, the place in it and why
    // Read all the same, each naming its figure: broken rules that do not keep a document out
    // (a figure without a source opens flagged), and warnings (a kind placed under "other").
    QStringList problems;
    QStringList warnings;
    bool cancelled = false; // stopped by its ReadProgress: not read, and no error to show
};

// The JSON format of the built-in dataset ("spendlens-dataset") and of saved documents
// ("spendlens-document", the .spendlens files): the same structure, read by one reader.
namespace DatasetJson {
constexpr int kVersion = 1;
constexpr qint64 kMaxFileBytes = 512ll * 1024 * 1024;
enum class Kind { Dataset, Document };
DatasetRead read(const QByteArray &json, const QString &origin);
DatasetRead readFile(const QString &path);
// Told now and then (about every MiB read) how far a read has come, from 0 to 1000; returns
// false to stop it, which then returns with `cancelled` set. Called on the reading thread.
using ReadProgress = std::function<bool(int perMille)>;
DatasetRead readFile(const QString &path, const ReadProgress &progress);
QByteArray write(const Dataset &dataset, Kind kind = Kind::Document);
// Why the dataset could not be read back once written (DocumentLimits: a text too long, too
// many figures), naming the figure or chart and the field; empty if it can.
QString limitProblem(const Dataset &dataset);
// Writes atomically (QSaveFile): on any failure the previous file is left intact. Refuses,
// writing nothing, what limitProblem() finds.
bool writeFile(const Dataset &dataset, const QString &path, QString *error);
// The figures from the fact sheet, compiled into the program.
DatasetRead builtIn();
} // namespace DatasetJson
