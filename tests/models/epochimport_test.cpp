#include "../gtestqt.h"
#include "csvreader.h"
#include "epochimport.h"
#include "figureimport.h"

#include <gtest/gtest.h>

namespace {

CsvTable epochFile(const char *name)
{
    const CsvRead read =
        CsvReader().readFile(QStringLiteral(SPENDLENS_TEST_DATA "/epoch/") + QLatin1String(name));
    EXPECT_TRUE(read.ok) << qPrintable(read.error);
    return read.table;
}

CsvTable tableOf(const char *csv, const char *origin = "test.csv")
{
    const CsvRead read = CsvReader().read(QByteArray(csv), QString::fromUtf8(origin));
    EXPECT_TRUE(read.ok) << qPrintable(read.error);
    return read.table;
}

QStringList messages(const QVector<RowProblem> &problems)
{
    QStringList list;
    for (const RowProblem &problem : problems)
        list.append(problem.message());
    return list;
}

const char kModelsHeader[] =
    "Model,Organization,Publication date,Domain,Training compute cost (2023 USD)\n";

} // namespace

TEST(EpochImport, ModelsFileIsMappedInOneStep)
{
    const FigureImportResult result = FigureImport().run(epochFile("notable_ai_models.csv"));
    ASSERT_TRUE(result.importable()) << qPrintable(result.error + messages(result.problems).join('\n'));
    EXPECT_TRUE(result.recognisedAs.startsWith("Recognised as Epoch AI's “Notable AI Models” file"))
        << qPrintable(result.recognisedAs);
    ASSERT_EQ(result.figures.size(), 2);
    const Figure &f = result.figures.at(0);
    EXPECT_EQ(f.label, "Alpha-7");
    EXPECT_EQ(f.entity, "Example Lab");
    EXPECT_EQ(f.kind, FigureKind::TrainingComputeCost);
    EXPECT_EQ(f.status, FigureStatus::Estimate);
    EXPECT_EQ(f.level, Verification::Secondary);
    EXPECT_EQ(f.year, 2023);
    EXPECT_EQ(f.stated, QDate(2023, 3, 14));
    EXPECT_DOUBLE_EQ(f.low, 78352034.24);
    EXPECT_DOUBLE_EQ(f.high, 78352034.24);
    EXPECT_EQ(f.source.title, "Epoch AI, Notable AI Models");
    EXPECT_EQ(f.source.publisher, "Epoch AI");
    EXPECT_EQ(f.source.quote, "78352034.24") << "the cost cell as Epoch writes it";
    EXPECT_EQ(f.basis, "Epoch AI estimate in inflation-adjusted 2023 US dollars (Training compute "
                       "cost (2023 USD))");
    EXPECT_EQ(f.id, "example-lab-alpha-7-2023");
    EXPECT_EQ(result.origins.at(0).line, 2);
    EXPECT_EQ(result.origins.at(0).column, 7);
}

TEST(EpochImport, AQuotedNameWithACommaStaysWhole)
{
    const FigureImportResult result = FigureImport().run(epochFile("notable_ai_models.csv"));
    ASSERT_EQ(result.figures.size(), 2);
    const Figure &f = result.figures.at(1);
    EXPECT_EQ(f.label, "Gamma 2, large");
    EXPECT_EQ(f.entity, "Example DeepMind,Example Inc");
    EXPECT_DOUBLE_EQ(f.low, 1.2e8) << "Epoch's exponent notation";
    EXPECT_EQ(f.source.quote, "1.2e+8");
}

TEST(EpochImport, RowsWithoutACostAreLeftOutWithOneWarning)
{
    const FigureImportResult result = FigureImport().run(epochFile("notable_ai_models.csv"));
    EXPECT_TRUE(result.problems.isEmpty()) << qPrintable(messages(result.problems).join('\n'));
    EXPECT_EQ(messages(result.warnings),
              QStringList{"line 1, column “Training compute cost (2023 USD)”: 2 rows without a cost "
                          "were left out."});
    const FigureImportResult one = FigureImport().run(epochFile("model_costs.csv"));
    EXPECT_EQ(messages(one.warnings),
              QStringList{"line 1, column “Cost (inflation-adjusted)”: 1 row without a cost was "
                          "left out."});
}

TEST(EpochImport, CostsFileTakesTheDocumentedYear)
{
    const FigureImportResult result = FigureImport().run(epochFile("model_costs.csv"));
    ASSERT_TRUE(result.importable()) << qPrintable(result.error + messages(result.problems).join('\n'));
    EXPECT_TRUE(result.recognisedAs.contains("“The rising costs of training frontier AI models”"))
        << qPrintable(result.recognisedAs);
    EXPECT_TRUE(result.recognisedAs.contains("inflation-adjusted 2023 US dollars as Epoch documents"))
        << qPrintable(result.recognisedAs);
    ASSERT_EQ(result.figures.size(), 2);
    EXPECT_EQ(result.figures.at(0).label, "Alpha-7") << "the older “System” column";
    EXPECT_EQ(result.figures.at(0).source.title,
              "Epoch AI, The rising costs of training frontier AI models");
    EXPECT_EQ(result.figures.at(0).basis,
              "Epoch AI estimate in inflation-adjusted 2023 US dollars (Cost (inflation-adjusted))");
    EXPECT_EQ(result.figures.at(1).label, "Gamma 2, large");
    EXPECT_DOUBLE_EQ(result.figures.at(1).low, 191400000);
}

TEST(EpochImport, TheHeadersYearIsTheBasisYear)
{
    const FigureImportResult result =
        FigureImport().run(tableOf("System,Organization,Publication date,Training compute cost (2020 USD)\n"
                                   "Zeta,Org,2021-01-05,1000\n",
                                   "all_ml_systems.csv"));
    ASSERT_EQ(result.figures.size(), 1) << qPrintable(result.error);
    EXPECT_EQ(result.figures.at(0).basis,
              "Epoch AI estimate in inflation-adjusted 2020 US dollars (Training compute cost (2020 USD))");
    EXPECT_EQ(result.figures.at(0).source.title, "Epoch AI, All ML Systems");
    EXPECT_TRUE(result.warnings.isEmpty());
}

TEST(EpochImport, BadDatesAndCostsAreRowProblems)
{
    const QByteArray csv = QByteArray(kModelsHeader) + "A,Org,2023-13-40,Language,1000\n"
                                                       "B,Org,2023-02-01,Language,-5000\n"
                                                       "C,Org,,Language,1000\n"
                                                       "D,,2023-02-01,Language,lots\n"
                                                       "E,Org,2023-02-01,Language,2000\n";
    const FigureImportResult result = FigureImport().run(tableOf(csv.constData()));
    EXPECT_FALSE(result.importable()) << "all or nothing, as for any CSV";
    const QStringList got = messages(result.problems);
    ASSERT_EQ(got.size(), 5) << qPrintable(got.join('\n'));
    EXPECT_EQ(got.at(0), "line 2, column “Publication date”: “2023-13-40” is not a date: write it as "
                         "YYYY-MM-DD.");
    EXPECT_EQ(got.at(1), "line 3, column “Training compute cost (2023 USD)”: An amount must be a "
                         "number from 0 to 10^16.");
    EXPECT_EQ(got.at(2), "line 4, column “Publication date”: empty: the figure's year is read from "
                         "the publication date.");
    EXPECT_TRUE(got.at(3).startsWith("line 5, column “Organization”: The entity")) << qPrintable(got.at(3));
    EXPECT_TRUE(got.at(4).startsWith("line 5, column “Training compute cost (2023 USD)”: “lots”"))
        << qPrintable(got.at(4));
}

TEST(EpochImport, NoRowWithACostIsAnError)
{
    const QByteArray csv = QByteArray(kModelsHeader) + "A,Org,2023-01-01,Language,\n";
    const FigureImportResult result = FigureImport().run(tableOf(csv.constData()));
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.error, "test.csv: no row has a cost in the column “Training compute cost (2023 "
                            "USD)”: there is nothing to import.");
}

TEST(EpochImport, TheSameModelTwiceGetsTwoIds)
{
    const QByteArray csv = QByteArray(kModelsHeader) + "A,Org,2023-01-01,Language,1000\n"
                                                       "A,Org,2023-05-01,Language,2000\n";
    ImportOptions options;
    options.existingIds = {"org-a-2023"};
    const FigureImportResult result = FigureImport(options).run(tableOf(csv.constData()));
    ASSERT_EQ(result.figures.size(), 2);
    EXPECT_EQ(result.figures.at(0).id, "org-a-2023-2");
    EXPECT_EQ(result.figures.at(1).id, "org-a-2023-3");
}

TEST(EpochImport, ColumnsTheUserChoseTakeOver)
{
    const CsvTable table = epochFile("model_costs.csv");
    EXPECT_TRUE(EpochImport::recognise(table, FigureImport::guessColumns(table.header())))
        << "the dialog's pickers start at the guess, which keeps the recognition";
    ImportOptions options;
    options.columns.insert(ImportField::Label, 0);
    const FigureImportResult result = FigureImport(options).run(table);
    EXPECT_TRUE(result.recognisedAs.isEmpty());
}

TEST(EpochImport, OtherFilesAreNotRecognised)
{
    const FigureImportResult result =
        FigureImport().run(tableOf("entity,year,value,source\nMeta,2024,39.23B,10-K\n"));
    EXPECT_TRUE(result.recognisedAs.isEmpty());
    EXPECT_FALSE(EpochImport::recognise(
        tableOf("Model,Organization,Publication date,Training compute (FLOP)\nA,B,2023-01-01,1e24\n")))
        << "no cost column: not a file to import costs from";
}
