#include "../gtestqt.h"
#include "chartdata.h"
#include "chartspec.h"
#include "document.h"
#include "figuremodel.h"
#include "growthmodel.h"
#include "ratiomodel.h"

#include <gtest/gtest.h>

namespace {

QStringList fieldsOfLineWith(const QString &csv, const QString &start)
{
    for (const QString &line : csv.split('\n'))
        if (line.startsWith(start))
            return line.split(',');
    return {};
}

TEST(ChartData, RatioCsvHasRawRangesTextAndSource)
{
    Document doc;
    doc.load(DatasetJson::builtIn().dataset);
    const QString csv = doc.chart("ratio")->csv();
    EXPECT_TRUE(csv.startsWith("id,figure,entity,kind,unit,value_low,value_high,baseline_id,"
                               "multiple_low,multiple_high,multiple,"));
    const QStringList plan = fieldsOfLineWith(csv, "meta-capex-2025-guidance-2025-01,");
    ASSERT_GE(plan.size(), 13);
    EXPECT_EQ(plan.at(5), "60000000000");
    EXPECT_EQ(plan.at(7), "deepseek-v3-total");
    EXPECT_NEAR(plan.at(8).toDouble(), 10760.4, 0.05);
    EXPECT_NEAR(plan.at(9).toDouble(), 11657.1, 0.05);
    EXPECT_TRUE(csv.contains(QString::fromUtf8("\"10,800–11,700×\"")));
}

TEST(ChartData, EveryChartCsvCarriesEachFiguresCaveatAndNote)
{
    Document doc;
    doc.load(DatasetJson::builtIn().dataset);
    const Figure &plan = doc.figures()->figure(doc.figures()->rowOf("meta-capex-2025-guidance-2025-01"));
    ASSERT_FALSE(plan.caveat.isEmpty());
    for (const ChartSpec *chart : doc.charts()) {
        const QString csv = chart->csv();
        EXPECT_TRUE(csv.section(QLatin1Char('\n'), 0, 0).endsWith("source_url,level,caveat,figure_note"))
            << qPrintable(chart->key() + ": " + csv.section(QLatin1Char('\n'), 0, 0));
        // The caveat travels with the data: Meta's January plan is in every chart's CSV.
        EXPECT_TRUE(csv.contains(ChartData::csvField(plan.caveat))) << qPrintable(chart->key());
    }
}

TEST(ChartData, GrowthCsvListsActualsAndGuidanceByYear)
{
    Document doc;
    doc.load(DatasetJson::builtIn().dataset);
    const QString csv = ChartData::growthCsv(*doc.growth());
    const QStringList plan = fieldsOfLineWith(csv, "2025,meta-capex-2025-guidance-2025-01,");
    ASSERT_GE(plan.size(), 8);
    EXPECT_EQ(plan.at(2), "guidance");
    EXPECT_NEAR(plan.at(5).toDouble(), 0.52944, 1e-5);
    EXPECT_NEAR(plan.at(6).toDouble(), 0.65689, 1e-5);
    EXPECT_EQ(plan.at(7), "+52.9% to +65.7%");
    EXPECT_FALSE(fieldsOfLineWith(csv, "2019,meta-capex-2019,actual").isEmpty());
}

TEST(ChartData, TextThatASpreadsheetWouldRunIsNeutralisedAndNumbersAreNot)
{
    Document doc;
    Dataset d = DatasetJson::builtIn().dataset;
    const QStringList hostile{"=HYPERLINK(\"http://evil.example\";\"click\")", "+1+1", "@SUM(A1:A9)",
                              "-2+3", "\tcmd", "\rcmd"};
    QStringList ids;
    for (int i = 0; i < hostile.size(); ++i) {
        Figure &f = d.figures[i];
        f.label = hostile.at(i);
        f.source.publisher = hostile.at(i);
        d.comparedIds.append(f.id);
        ids.append(f.id);
    }
    doc.load(d);
    const QString ratio = doc.chart("ratio")->csv();
    const QString table = ChartData::figuresCsv(*doc.figures());
    for (const QString &typed : hostile) {
        const QString cell = ChartData::csvField("'" + typed);
        EXPECT_EQ(ratio.count("," + cell + ","), 2) << qPrintable(typed); // label and publisher
        EXPECT_EQ(table.count("," + cell + ","), 2) << qPrintable(typed);
        EXPECT_FALSE(ratio.contains("," + ChartData::csvField(typed) + ",")) << qPrintable(typed);
    }
    // Number cells stay numbers: Meta's 2023 capex fell, and its change is written as -0.1….
    const QStringList fell = fieldsOfLineWith(ChartData::growthCsv(*doc.growth()), "2023,meta-capex-2023,");
    ASSERT_GE(fell.size(), 8);
    EXPECT_TRUE(fell.at(5).startsWith("-0.")) << qPrintable(fell.join(','));
}

TEST(ChartData, FieldsWithCommasOrQuotesAreQuoted)
{
    EXPECT_EQ(ChartData::csvField("plain"), "plain");
    EXPECT_EQ(ChartData::csvField("a,b"), "\"a,b\"");
    EXPECT_EQ(ChartData::csvField("say \"hi\""), "\"say \"\"hi\"\"\"");
}

} // namespace

namespace {

TEST(ChartData, SourceLineNamesEachSourceOnce)
{
    Document doc;
    doc.load(DatasetJson::builtIn().dataset);
    const FigureModel &figures = *doc.figures();
    const QVector<int> rows{figures.rowOf("deepseek-v3-total"), figures.rowOf("deepseek-v3-pretraining"),
                            figures.rowOf("meta-capex-2024")};
    const QString line = ChartData::sourceLine(figures, rows);
    EXPECT_TRUE(line.startsWith("Sources: ")) << qPrintable(line);
    EXPECT_EQ(line.count("DeepSeek-V3 Technical Report"), 1) << qPrintable(line);
    EXPECT_TRUE(line.contains("Meta Reports Fourth Quarter And Full Year 2024 Results (2025-01-29)")) << qPrintable(line);
    EXPECT_TRUE(ChartData::sourceLine(figures, {}).isEmpty());
}

} // namespace
