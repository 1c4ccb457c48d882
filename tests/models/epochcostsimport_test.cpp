#include "../gtestqt.h"
#include "csvreader.h"
#include "epochcostsimport.h"
#include "figureimport.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

// Epoch's training-cost-trends model_costs.csv names only models; the import joins it with the
// AI Models file the repository keeps beside it (tests/data/epoch/training-cost-trends, real rows).

namespace {

const QString kRepo = QStringLiteral(SPENDLENS_TEST_DATA "/epoch/training-cost-trends");

CsvTable tableAt(const QString &path)
{
    const CsvRead read = CsvReader().readFile(path);
    EXPECT_TRUE(read.ok) << qPrintable(read.error);
    return read.table;
}

QString allMessages(const FigureImportResult &result)
{
    QStringList list{result.error};
    for (const RowProblem &problem : result.problems + result.warnings)
        list.append(problem.message());
    return list.join('\n');
}

const Figure *byLabel(const FigureImportResult &result, const QString &label)
{
    for (const Figure &f : result.figures)
        if (f.label == label)
            return &f;
    return nullptr;
}

// The costs file alone in a new folder: no AI Models file beside it.
QString costsAlone(const QTemporaryDir &dir, const QByteArray &text = {})
{
    const QString path = dir.filePath("model_costs.csv");
    if (text.isEmpty()) {
        EXPECT_TRUE(QFile::copy(kRepo + "/model_costs.csv", path));
    } else {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    return path;
}

} // namespace

TEST(EpochCostsImport, EachCostOfEachModelIsAnEstimateWithItsDeveloperAndDate)
{
    const FigureImportResult result = FigureImport().run(tableAt(kRepo + "/model_costs.csv"));
    ASSERT_TRUE(result.importable()) << qPrintable(allMessages(result));
    EXPECT_TRUE(result.recognisedAs.startsWith("Recognised as Epoch AI's training-cost-trends “model_costs.csv”"))
        << qPrintable(result.recognisedAs);
    // Claude 3 Opus has one estimate; GPT-4, Gemini 1.0 Ultra and Llama 3.1-405B three each.
    ASSERT_EQ(result.figures.size(), 10) << qPrintable(allMessages(result));
    const Figure *cloud = byLabel(result, "GPT-4 cloud basis (Epoch)");
    ASSERT_NE(cloud, nullptr);
    EXPECT_EQ(cloud->entity, "OpenAI");
    EXPECT_EQ(cloud->year, 2023);
    EXPECT_EQ(cloud->stated, QDate(2023, 3, 15));
    EXPECT_EQ(cloud->kind, FigureKind::TrainingComputeCost);
    EXPECT_EQ(cloud->status, FigureStatus::Estimate);
    EXPECT_EQ(cloud->level, Verification::Primary);
    EXPECT_EQ(cloud->unit, FigureUnit::Usd);
    EXPECT_DOUBLE_EQ(cloud->low, 78562016.88093337);
    EXPECT_DOUBLE_EQ(cloud->high, 78562016.88093337);
    EXPECT_EQ(cloud->basis, "Cloud-rental compute cost of the final training run (Epoch AI estimate) "
                            "(inflation-adjusted by Epoch)");
    EXPECT_EQ(cloud->source.title, "training-cost-trends, model_costs.csv");
    EXPECT_EQ(cloud->source.publisher, "Epoch AI");
    EXPECT_EQ(cloud->source.quote, "GPT-4,78562016.88093337,778066898.6709992,40695706.40406813");
    EXPECT_EQ(cloud->note, "Developer and publication date from Epoch's “All ML Systems - full view.csv”.");

    const Figure *hardware = byLabel(result, "GPT-4 hardware bought (Epoch)");
    ASSERT_NE(hardware, nullptr);
    EXPECT_EQ(hardware->kind, FigureKind::HardwareEstimate);
    EXPECT_DOUBLE_EQ(hardware->low, 778066898.6709992);
    const Figure *amortized = byLabel(result, "Llama 3.1-405B amortized (Epoch)");
    ASSERT_NE(amortized, nullptr);
    EXPECT_EQ(amortized->entity, "Meta AI");
    EXPECT_EQ(amortized->year, 2024);
    EXPECT_DOUBLE_EQ(amortized->low, 51040524.06093853);
    EXPECT_EQ(byLabel(result, "Claude 3 Opus cloud basis (Epoch)"), nullptr) << "an empty cell is no estimate";
}

TEST(EpochCostsImport, AModelTheModelsFileLacksIsNamedAndLeftOut)
{
    const FigureImportResult result = FigureImport().run(tableAt(kRepo + "/model_costs.csv"));
    ASSERT_TRUE(result.importable()) << qPrintable(allMessages(result));
    EXPECT_EQ(byLabel(result, "AlphaGo Lee amortized (Epoch)"), nullptr);
    const QString said = allMessages(result);
    EXPECT_TRUE(said.contains("1 model is not in “All ML Systems - full view.csv”, which gives each model "
                              "its developer and date, and was left out: AlphaGo Lee."))
        << qPrintable(said);
    EXPECT_TRUE(said.contains("1 row without a cost was left out.")) << qPrintable(said);
}

TEST(EpochCostsImport, WithoutTheModelsFileNothingIsImportedAndTheMessageSaysWhereToPutIt)
{
    QTemporaryDir dir;
    const FigureImportResult result = FigureImport().run(tableAt(costsAlone(dir)));
    EXPECT_FALSE(result.ok);
    EXPECT_FALSE(result.importable());
    EXPECT_TRUE(result.error.contains("names only the models")) << qPrintable(result.error);
    EXPECT_TRUE(result.error.contains(dir.path() + "/data")) << qPrintable(result.error);
    EXPECT_TRUE(result.error.contains("--models FILE")) << qPrintable(result.error);
}

TEST(EpochCostsImport, ANamedModelsFileIsUsedFromAnywhere)
{
    QTemporaryDir dir;
    ImportOptions options;
    options.epochModelsFile = kRepo + "/data/All ML Systems - full view.csv";
    const FigureImportResult result = FigureImport(options).run(tableAt(costsAlone(dir)));
    ASSERT_TRUE(result.importable()) << qPrintable(allMessages(result));
    EXPECT_EQ(result.figures.size(), 10);
}

TEST(EpochCostsImport, AModelsFileThatIsNotEpochsIsRefusedByName)
{
    QTemporaryDir dir;
    QFile other(dir.filePath("other.csv"));
    ASSERT_TRUE(other.open(QIODevice::WriteOnly));
    other.write("Name,Year\nGPT-4,2023\n");
    other.close();
    ImportOptions options;
    options.epochModelsFile = other.fileName();
    const FigureImportResult result = FigureImport(options).run(tableAt(costsAlone(dir)));
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.figures.isEmpty());
    EXPECT_TRUE(result.error.startsWith(other.fileName() + ": not Epoch's AI Models file")) << qPrintable(result.error);
}

TEST(EpochCostsImport, ABadCostIsARowProblemAndNothingComesIn)
{
    QTemporaryDir dir;
    ImportOptions options;
    options.epochModelsFile = kRepo + "/data/All ML Systems - full view.csv";
    const QString path = costsAlone(dir, "Model,Cloud_Cost,Hardware_Acquisition_Cost,Hardware_Capex_Energy_Cost\n"
                                         "GPT-4,78562016.88,about 700 million,40695706.40\n");
    const FigureImportResult result = FigureImport(options).run(tableAt(path));
    EXPECT_FALSE(result.importable());
    ASSERT_EQ(result.problems.size(), 1);
    EXPECT_EQ(result.problems.first().message(),
              "line 2, column “Hardware_Acquisition_Cost”: “about 700 million” is not a number of dollars.");
}

TEST(EpochCostsImport, OnlyEpochsLayoutIsRecognised)
{
    // "Model,Cost" is Epoch's later file only by that file's name; anyone's otherwise.
    EXPECT_FALSE(EpochCostsImport::recognise(CsvReader().read("Model,Cost\nA,1\n", "prices.csv").table));
    EXPECT_TRUE(EpochCostsImport::recognise(CsvReader().read("Model,Cost\nA,1\n", "model_costs_updated.csv").table));
    const CsvTable costs = CsvReader().read("Model,Cloud_Cost\nA,1\n", "x.csv").table;
    EXPECT_TRUE(EpochCostsImport::recognise(costs));
    QMap<ImportField, int> chosen{{ImportField::Value, 1}, {ImportField::Label, 0}, {ImportField::Entity, 0}};
    EXPECT_FALSE(EpochCostsImport::recognise(costs, chosen)) << "columns the user chose take over";
}

// A model the AI Models file has without a developer or date is left out for that reason, not as
// missing; a later complete row for the same name stands over an incomplete first one.
TEST(EpochCostsImport, AModelWithoutADeveloperOrDateIsNamedForThat)
{
    QTemporaryDir dir;
    QFile models(dir.filePath("models.csv"));
    ASSERT_TRUE(models.open(QIODevice::WriteOnly));
    models.write("System,Organization,Publication date\nGPT-4,,2023-03-15\nGemini 1.0 Ultra,Google DeepMind,\n"
                 "Gemini 1.0 Ultra,Google DeepMind,2023-12-06\n");
    models.close();
    ImportOptions options;
    options.epochModelsFile = models.fileName();
    const FigureImportResult result = FigureImport(options).run(tableAt(costsAlone(dir)));
    ASSERT_TRUE(result.importable()) << qPrintable(allMessages(result));
    EXPECT_NE(byLabel(result, "Gemini 1.0 Ultra amortized (Epoch)"), nullptr);
    EXPECT_EQ(byLabel(result, "GPT-4 amortized (Epoch)"), nullptr);
    const QString said = allMessages(result);
    EXPECT_TRUE(said.contains("1 model has no developer or publication date in “models.csv” and was left out: GPT-4."))
        << qPrintable(said);
}

