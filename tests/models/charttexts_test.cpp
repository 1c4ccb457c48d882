#include "../gtestqt.h"
#include "chartspec.h"
#include "ratiomodel.h"
#include "charttextcheck.h"
#include "dataset.h"
#include "document.h"
#include "presets.h"

#include <QUndoStack>

#include <gtest/gtest.h>

namespace {

class ChartTextsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        dataset = DatasetJson::builtIn().dataset;
        document.load(dataset);
        apply("meta-vs-deepseek");
    }
    void apply(const char *key)
    {
        Preset preset;
        ASSERT_TRUE(Presets::find(QString::fromLatin1(key), &preset));
        ASSERT_TRUE(document.applyPreset(preset).isEmpty());
    }
    void setTexts(const QString &title, const QString &subtitle)
    {
        ChartSettings s = document.ownChartSettings("ratio");
        s.title = title;
        s.subtitle = subtitle;
        document.setChartSettings("ratio", s);
    }
    Dataset dataset;
    Document document;
};

TEST_F(ChartTextsTest, DefaultTitleUsesPlaceholdersThatFollowTheData)
{
    const ChartSpec &ratio = *document.chart("ratio");
    EXPECT_TRUE(ratio.defaultTitle().contains("{multiple}"));
    const QString before = ratio.title();
    EXPECT_FALSE(before.contains('{')) << qPrintable(before);
    EXPECT_TRUE(before.contains("times")) << qPrintable(before);
    ASSERT_TRUE(document.setParameter("h800_price", 3).isEmpty());
    EXPECT_NE(ratio.title(), before); // the multiple moved with the price
}

TEST_F(ChartTextsTest, CustomTextsFillPlaceholders)
{
    setTexts("{figure}: {multiple}", "Baseline {baseline} at {baselineValue}; {nosuch}");
    const ChartSpec &ratio = *document.chart("ratio");
    EXPECT_EQ(ratio.title(), ratio.fill("{figure}") + ": " + ratio.fill("{multiple}"));
    EXPECT_FALSE(ratio.title().contains('{'));
    EXPECT_TRUE(ratio.subtitle().endsWith("{nosuch}")) << qPrintable(ratio.subtitle()); // a typo shows
    EXPECT_TRUE(document.chartTextWarning("ratio").isEmpty()) << qPrintable(document.chartTextWarning("ratio"));
}

TEST_F(ChartTextsTest, ACustomTitleStaysWithItsComparison)
{
    setTexts("Meta's 2025 capex plan vs DeepSeek-V3's training cost", QString());
    EXPECT_EQ(document.chart("ratio")->title(), "Meta's 2025 capex plan vs DeepSeek-V3's training cost");
    apply("frontier-training-runs");
    EXPECT_TRUE(document.chartSettings("ratio").title.isEmpty());
    EXPECT_NE(document.chart("ratio")->title(), "Meta's 2025 capex plan vs DeepSeek-V3's training cost");
    EXPECT_TRUE(document.chartTextWarning("ratio").isEmpty());
    apply("meta-vs-deepseek");
    EXPECT_EQ(document.chart("ratio")->title(), "Meta's 2025 capex plan vs DeepSeek-V3's training cost");
}

TEST_F(ChartTextsTest, DataChangedUnderATextWarnsUntilConfirmedOrEdited)
{
    setTexts(QString(), "{figure} is {multiple} {baseline}");
    EXPECT_TRUE(document.chartTextWarning("ratio").isEmpty());
    ASSERT_TRUE(document.setParameter("h800_price", 3).isEmpty());
    EXPECT_FALSE(document.chartTextWarning("ratio").isEmpty());
    document.confirmChartTexts("ratio");
    EXPECT_TRUE(document.chartTextWarning("ratio").isEmpty());
    document.undoStack()->undo();
    EXPECT_FALSE(document.chartTextWarning("ratio").isEmpty());
    setTexts(QString(), "{figure} is {multiple} the baseline");
    EXPECT_TRUE(document.chartTextWarning("ratio").isEmpty()) << qPrintable(document.chartTextWarning("ratio"));
}

TEST_F(ChartTextsTest, ANumberTheChartDoesNotShowIsFlagged)
{
    setTexts(QString(), "Meta plans to spend 11,000 times what DeepSeek-V3 cost, $60–65 billion");
    EXPECT_TRUE(document.chartTextWarning("ratio").isEmpty()) << qPrintable(document.chartTextWarning("ratio"));
    ASSERT_TRUE(document.setParameter("h800_price", 3).isEmpty());
    document.confirmChartTexts("ratio");
    setTexts(QString(), "Meta plans to spend more than 10,000 times what DeepSeek-V3 cost");
    const QString warning = document.chartTextWarning("ratio");
    EXPECT_TRUE(warning.contains("10,000")) << qPrintable(warning);
}

TEST_F(ChartTextsTest, AnEntityNoLongerInTheChartIsFlagged)
{
    apply("frontier-training-runs");
    setTexts("Microsoft's AI data centres vs DeepSeek-V3's training cost", QString());
    const QString warning = document.chartTextWarning("ratio");
    EXPECT_TRUE(warning.contains("Microsoft")) << qPrintable(warning);
    setTexts("Meta's Llama and DeepSeek-V3's training cost", QString()); // Meta is in this chart
    EXPECT_TRUE(document.chartTextWarning("ratio").isEmpty()) << qPrintable(document.chartTextWarning("ratio"));
}

TEST_F(ChartTextsTest, StatedNumbersAreReadWithTheirUnits)
{
    QStringList written;
    const auto n = ChartTextCheck::statedNumbers("H800 at $3; $60–65 billion; 11,000 times; DeepSeek-V3; 2 charts", &written);
    ASSERT_EQ(n.size(), 3) << qPrintable(written.join(" | "));
    EXPECT_EQ(n.at(0), qMakePair(3.0, 3.0));
    EXPECT_EQ(n.at(1), qMakePair(60e9, 65e9));
    EXPECT_EQ(n.at(2), qMakePair(11000.0, 11000.0));
}

TEST_F(ChartTextsTest, OldDocumentsKeepTheirPerChartTitles)
{
    Dataset old = document.toDataset();
    old.charts["ratio"].texts.clear();
    old.charts["ratio"].title = "A title from an old file";
    Document reopened;
    reopened.load(old);
    EXPECT_EQ(reopened.chart("ratio")->title(), "A title from an old file");
    // Saved and read again, the text is kept with its comparison.
    const DatasetRead read = DatasetJson::read(DatasetJson::write(reopened.toDataset()), "test");
    ASSERT_TRUE(read.ok) << qPrintable(read.error);
    Document again;
    again.load(read.dataset);
    EXPECT_EQ(again.chart("ratio")->title(), "A title from an old file");
}

// The growth chart says "hatched range" only while its guidance is drawn as ranges: read at the
// midpoint (or at one end) the guidance bars are plain pale ones, and the subtitle says so.
TEST_F(ChartTextsTest, TheGrowthSubtitleNamesHatchingOnlyWhenRangesAreDrawn)
{
    EXPECT_TRUE(document.chart("growth")->subtitle().contains("(hatched range)")) << qPrintable(document.chart("growth")->subtitle());
    for (NumberFormat::RangeMode mode : {NumberFormat::RangeMode::Mid, NumberFormat::RangeMode::Low, NumberFormat::RangeMode::High}) {
        document.setRangeMode(mode);
        const QString subtitle = document.chart("growth")->subtitle();
        EXPECT_FALSE(subtitle.contains("hatched")) << qPrintable(subtitle);
        EXPECT_TRUE(subtitle.contains("(pale)")) << qPrintable(subtitle);
    }
}

TEST_F(ChartTextsTest, TheScaleSubtitleSaysHowTheLargeSquareIsDrawn)
{
    // Meta's January plan, a range: pale (a plan, estimate or claim) to its low end, dashed to its high end.
    EXPECT_TRUE(document.chart("scale")->subtitle().contains("pale (a plan, estimate or claim) to its low end, dashed to its high end"))
        << qPrintable(document.chart("scale")->subtitle());
    // An actual with one value: no range to explain, and not called a plan.
    document.ratios()->setComparedIds({"meta-capex-2024"});
    const QString actual = document.chart("scale")->subtitle();
    EXPECT_TRUE(actual.endsWith("the large one Meta capex 2024 at $39.2B.")) << qPrintable(actual);
    EXPECT_FALSE(actual.contains("plan")) << qPrintable(actual);
}

} // namespace
