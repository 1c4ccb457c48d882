// Emphasis as a journalist sets it: highlights grey the others, bars follow the chosen order,
// colours come in colour-blind-safe pairs, and all of it is undoable and saved in the document.
#include "../gtestqt.h"
#include "chartpalette.h"
#include "chartspec.h"
#include "dataset.h"
#include "document.h"
#include "figuremodel.h"
#include "testdataset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUndoStack>
#include <gtest/gtest.h>

namespace {

class ChartEmphasisTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Dataset d;
        d.figures = metaAndDeepSeek();
        for (Figure &f : d.figures)
            if (f.id == "meta-2023")
                f.label = "Zuckerberg 2023"; // last by name, first by date
        d.baselineId = "v3";
        d.comparedIds = {"meta-2023", "meta-2025-plan", "meta-2024", "meta-2025"};
        document.load(d);
    }
    QStringList ratioIds() const
    {
        QStringList ids;
        for (int row : document.chart("ratio")->rows())
            ids << document.figures()->figure(row).id;
        return ids;
    }
    ChartEmphasis ordered(ChartEmphasis::Order order) const
    {
        ChartEmphasis e;
        e.order = order;
        return e;
    }
    Document document;
};

TEST_F(ChartEmphasisTest, HighlightGreysEveryOtherFigureAndNothingWhenEmpty)
{
    const ChartSpec *spec = document.chart("ratio");
    EXPECT_FALSE(spec->isGreyed("meta-2024"));
    ChartEmphasis e;
    e.highlighted = {"meta-2025"};
    ASSERT_TRUE(document.setChartEmphasis("ratio", e, "Highlight").isEmpty());
    EXPECT_FALSE(spec->isGreyed("meta-2025"));
    for (const char *other : {"meta-2023", "meta-2024", "meta-2025-plan", "v3"})
        EXPECT_TRUE(spec->isGreyed(other)) << other;
    EXPECT_FALSE(document.chart("comparison")->isGreyed("meta-2024")); // per chart
}

TEST_F(ChartEmphasisTest, BarsFollowTheChosenOrderWithTheBaselineAtTheFoot)
{
    const QStringList byValue{"meta-2025", "meta-2025-plan", "meta-2024", "meta-2023", "v3"};
    EXPECT_EQ(ratioIds(), byValue);
    document.setChartEmphasis("ratio", ordered(ChartEmphasis::Order::Name), "Sort");
    EXPECT_EQ(ratioIds(), (QStringList{"meta-2024", "meta-2025", "meta-2025-plan", "meta-2023", "v3"}));
    document.setChartEmphasis("ratio", ordered(ChartEmphasis::Order::Date), "Sort");
    EXPECT_EQ(ratioIds(), (QStringList{"meta-2023", "meta-2024", "meta-2025", "meta-2025-plan", "v3"}));
    document.setChartEmphasis("ratio", ordered(ChartEmphasis::Order::Value), "Sort");
    EXPECT_EQ(ratioIds(), byValue);
    ChartEmphasis manual = ordered(ChartEmphasis::Order::Manual);
    manual.manualOrder = {"meta-2024", "meta-2023"};
    document.setChartEmphasis("ratio", manual, "Sort");
    EXPECT_EQ(ratioIds(), (QStringList{"meta-2024", "meta-2023", "meta-2025", "meta-2025-plan", "v3"}));
}

TEST_F(ChartEmphasisTest, EmphasisIsOneUndoableStepAndMovesFoldIntoOne)
{
    QUndoStack &undo = *document.undoStack();
    int changes = 0;
    QObject::connect(document.chart("ratio"), &ChartSpec::changed, [&] { ++changes; });
    ChartEmphasis e;
    e.setAnnotation("meta-2025", "Record year");
    document.setChartEmphasis("ratio", e, "Annotate");
    EXPECT_GT(changes, 0);
    for (int step = 1; step <= 3; ++step) {
        e.annotations[0].placed = true;
        e.annotations[0].dx = step;
        document.setChartEmphasis("ratio", e, "Move annotation", "move:meta-2025");
    }
    EXPECT_EQ(undo.count(), 2);
    EXPECT_EQ(document.chart("ratio")->emphasis().annotations.at(0).dx, 3);
    undo.undo();
    EXPECT_FALSE(document.chart("ratio")->emphasis().annotations.at(0).placed);
    undo.undo();
    EXPECT_TRUE(document.chart("ratio")->emphasis().isEmpty());
    EXPECT_FALSE(document.isModified());
    undo.redo();
    EXPECT_EQ(document.chart("ratio")->emphasis().annotations.at(0).text, "Record year");
}

TEST_F(ChartEmphasisTest, OnlyColourBlindSafePairsShareAChart)
{
    // Orange and vermillion merge for deuteranopes; blue and orange stay apart for everyone.
    EXPECT_FALSE(ChartPalette::safePair("orange", "vermillion"));
    EXPECT_TRUE(ChartPalette::safePair("blue", "orange"));
    ChartEmphasis e;
    e.colours = {{"meta-2024", "orange"}, {"meta-2025", "vermillion"}};
    const QString why = document.setChartEmphasis("ratio", e, "Colour");
    EXPECT_TRUE(why.contains("look alike to colour-blind readers")) << qPrintable(why);
    EXPECT_TRUE(document.chart("ratio")->emphasis().isEmpty()); // refused: nothing changed
    e.colours["meta-2025"] = "blue";
    EXPECT_TRUE(document.setChartEmphasis("ratio", e, "Colour").isEmpty());
    e.colours["meta-2025"] = "magenta";
    EXPECT_TRUE(document.setChartEmphasis("ratio", e, "Colour").contains("not a palette colour"));
}

TEST_F(ChartEmphasisTest, EmphasisSurvivesSavingAndOpening)
{
    ChartEmphasis e;
    e.highlighted = {"meta-2025", "meta-2024"};
    e.setAnnotation("meta-2025", "Record year");
    e.annotations[0].placed = true;
    e.annotations[0].dx = 2.5;
    e.annotations[0].dy = -1;
    e.colours = {{"meta-2025", "vermillion"}};
    e.order = ChartEmphasis::Order::Manual;
    e.manualOrder = {"meta-2024", "meta-2025"};
    document.setChartEmphasis("comparison", e, "Emphasis");
    QTemporaryDir dir;
    QString error;
    ASSERT_TRUE(document.saveAs(dir.filePath("e.spendlens"), &error)) << qPrintable(error);
    Document reopened;
    ASSERT_TRUE(reopened.open(dir.filePath("e.spendlens"), &error)) << qPrintable(error);
    EXPECT_EQ(reopened.chart("comparison")->emphasis(), e);
    EXPECT_TRUE(reopened.chart("ratio")->emphasis().isEmpty());
}

// A file with more or longer annotations than a chart holds, or a bad order or colour pair, is
// refused with the chart named, not half read.
TEST_F(ChartEmphasisTest, BadEmphasisInAFileIsRefusedNamingTheChart)
{
    const auto readWith = [](const QJsonObject &emphasis) {
        QJsonObject root = QJsonDocument::fromJson(DatasetJson::write(Dataset(), DatasetJson::Kind::Document)).object();
        root["charts"] = QJsonObject{{"ratio", QJsonObject{{"emphasis", emphasis}}}};
        return DatasetJson::read(QJsonDocument(root).toJson(), "e.spendlens");
    };
    QJsonArray many;
    for (int i = 0; i <= ChartEmphasis::kMaxAnnotations; ++i)
        many.append(QJsonObject{{"figure", "a"}, {"text", "note"}});
    const QString longText(ChartEmphasis::kMaxAnnotationLength + 1, 'x');
    const QList<QPair<QJsonObject, QString>> cases{
        {QJsonObject{{"annotations", many}}, "at most 20 fit"},
        {QJsonObject{{"annotations", QJsonArray{QJsonObject{{"figure", "a"}, {"text", longText}}}}}, "201 characters"},
        {QJsonObject{{"annotations", QJsonArray{QJsonObject{{"text", "no figure"}}}}}, "annotation 1 names no figure"},
        {QJsonObject{{"order", "size"}}, "the bar order “size” is unknown"},
        {QJsonObject{{"highlight", "a"}}, "lists of figure ids"},
        {QJsonObject{{"colours", QJsonObject{{"a", "orange"}, {"b", "vermillion"}}}}, "look alike"},
    };
    for (const auto &c : cases) {
        const DatasetRead read = readWith(c.first);
        EXPECT_FALSE(read.ok) << qPrintable(c.second);
        EXPECT_TRUE(read.error.contains("chart “ratio”") && read.error.contains(c.second)) << qPrintable(read.error);
    }
    EXPECT_TRUE(readWith(QJsonObject{{"highlight", QJsonArray{"a"}}}).ok);
}

TEST(ChartEmphasisMove, ABarMovedByHandTakesTheOthersPlace)
{
    ChartEmphasis e;
    const QStringList shown{"a", "b", "c", "d"};
    ASSERT_TRUE(e.moveBar(shown, "c", "a"));
    EXPECT_EQ(e.order, ChartEmphasis::Order::Manual);
    EXPECT_EQ(e.manualOrder, QStringList({"c", "a", "b", "d"}));
    ASSERT_TRUE(e.moveBar(e.manualOrder, "c", "d")); // down to the foot
    EXPECT_EQ(e.manualOrder, QStringList({"a", "b", "d", "c"}));
    const ChartEmphasis kept = e;
    EXPECT_FALSE(e.moveBar(shown, "c", "c"));
    EXPECT_FALSE(e.moveBar(shown, "x", "a"));
    EXPECT_EQ(e, kept);
}

TEST(ChartEmphasisValueOrder, FiguresInYuanAreOrderedByWhatTheyAreInTheChartsCurrency)
{
    Document document;
    Dataset d = DatasetJson::builtIn().dataset;
    d.baselineId = "deepseek-v3-total";
    // RMB 76.76B is about $10.8B at 7.0809 yuan per dollar: below Meta's $39.2B, above in raw numbers.
    d.comparedIds = {"tencent-capex-2024", "meta-capex-2024"};
    document.load(d);
    ChartEmphasis e;
    e.order = ChartEmphasis::Order::Value;
    ASSERT_TRUE(document.setChartEmphasis("comparison", e, "Sort").isEmpty());
    QStringList ids;
    for (int row : document.chart("comparison")->rows())
        ids << document.figures()->figure(row).id;
    ASSERT_GE(ids.size(), 2);
    EXPECT_LT(ids.indexOf("meta-capex-2024"), ids.indexOf("tencent-capex-2024")) << qPrintable(ids.join(", "));
}

} // namespace
