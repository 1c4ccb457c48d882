#pragma once

#include "figure.h"

#include <QByteArray>
#include <QStringList>
#include <QVector>

// Figures plus the dashboard choices that travel with them (baseline, compared figures,
// growth series): what the built-in dataset holds and what a document will save.
struct Dataset
{
    QVector<Figure> figures;
    QString baselineId;
    QStringList comparedIds;
    QString growthEntity;
    FigureKind growthKind = FigureKind::Capex;
};

struct DatasetRead
{
    bool ok = false;
    Dataset dataset;
    QString error; // names the file, the place in it and why
};

namespace DatasetJson {
constexpr int kVersion = 1;
DatasetRead read(const QByteArray &json, const QString &origin);
DatasetRead readFile(const QString &path);
QByteArray write(const Dataset &dataset);
// The figures from the fact sheet, compiled into the program.
DatasetRead builtIn();
} // namespace DatasetJson
