#pragma once

#include "figureimport.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <optional>

class CsvTable;

// The costs file of Epoch AI's training-cost-trends repository (model_costs.csv:
// "Model,Cloud_Cost,Hardware_Acquisition_Cost,Hardware_Capex_Energy_Cost"; or its later
// model_costs_updated.csv: "Model,Cost"). Which cost columns it has, and where.
struct EpochCostsFile
{
    struct Column
    {
        int index = -1;
        FigureKind kind = FigureKind::TrainingComputeCost;
        QString labelSuffix; // "cloud basis (Epoch)"
        QString basis;       // what the number is, with Epoch's inflation adjustment
    };
    int modelColumn = -1;
    QVector<Column> costs;
};

// A model's developer and publication date, from Epoch's AI Models file ("All ML Systems").
struct EpochModelFacts
{
    QString organization;
    QDate published;
};

// Imports that costs file in one step. It names only the models: their developers and
// publication dates come from Epoch's AI Models file, which the repository keeps beside it
// (data/All ML Systems - full view.csv). That file is found beside the costs file or in its
// data/ folder, or named (ImportOptions::epochModelsFile, `import --models`). Each cost cell
// becomes one estimate (the cloud basis, the amortized hardware and energy, the hardware bought),
// quoting the file's row; a model the AI Models file lacks is left out and named in a warning.
class EpochCostsImport
{
public:
    explicit EpochCostsImport(ImportOptions options = {});

    static std::optional<EpochCostsFile> recognise(const CsvTable &table,
                                                   const QMap<ImportField, int> &chosenColumns = {});
    FigureImportResult run(const CsvTable &table, const EpochCostsFile &file) const;

    // The AI Models file to join with: the named one, else the first found beside the costs
    // file (or in its data/ folder). Empty when there is none; *looked lists where it looked.
    static QString findModelsFile(const QString &costsPath, const QString &named, QStringList *looked);
    // Model name → developer and date, read from that file; an error names the file and why.
    static QHash<QString, EpochModelFacts> readModelsFile(const QString &path, QString *error);

private:
    ImportOptions m_options;
};
