#include "../gtestqt.h"
#include "chartdescription.h"
#include "chartspec.h"
#include "document.h"
#include "figuremodel.h"
#include "growthmodel.h"
#include "ratiomodel.h"

#include <QRegularExpression>
#include <gtest/gtest.h>

namespace {

class ChartDescriptionTest : public ::testing::Test
{
protected:
    void SetUp() override { document.load(DatasetJson::builtIn().dataset); }
    // Every number written in a sentence: money, multiples and percentages.
    static QStringList numbersIn(const QString &sentence)
    {
        static const QRegularExpression number(
            QString::fromUtf8(R"((?<![A-Za-z0-9-])[+−]?\$?[0-9][0-9,.]*(?:–[0-9][0-9,.]*)?[KMBT%]?)"));
        QStringList found;
        auto it = number.globalMatch(sentence);
        while (it.hasNext()) {
            QString n = it.next().captured(0);
            while (n.endsWith(',') || n.endsWith('.'))
                n.chop(1); // sentence punctuation
            found << n;
        }
        return found;
    }
    Document document;
};

TEST_F(ChartDescriptionTest, RatioHeadlineSaysTheStory)
{
    EXPECT_EQ(ChartDescription::ratioHeadline(*document.ratios()),
              QString::fromUtf8("Meta plans to spend $60.0–65.0B on capital projects in 2025, "
                                "10,800–11,700 times the $5.58M DeepSeek says the DeepSeek-V3 "
                                "final training run cost (derived: 2.788M GPU-hours × $2.00 per GPU-hour at "
                                "the rental price DeepSeek assumed)."));
}

TEST_F(ChartDescriptionTest, EveryNumberInTheHeadlineIsTheModels)
{
    const RatioModel &ratios = *document.ratios();
    const FigureModel &figures = *document.figures();
    const NumberFormat &format = figures.numberFormat();
    const int subject = ratios.subjectRow();
    const Figure &f = figures.figure(subject);
    const Figure &b = figures.figure(ratios.baselineRow());
    QString multiple = format.multipleRange(ratios.ratio(subject).low, ratios.ratio(subject).high);
    multiple.chop(1);
    const QStringList expected{format.moneyRange(f.low, f.high), QString::number(f.year), multiple,
                               format.moneyRange(b.low, b.high), "2.788M", "$2.00"};
    // The last two: how the baseline was derived (GPU-hours × the price DeepSeek assumed).
    EXPECT_EQ(numbersIn(ChartDescription::ratioHeadline(ratios)), expected);
}

TEST_F(ChartDescriptionTest, HeadlineFollowsAnEdit)
{
    FigureModel &figures = *document.figures();
    // The run's cost is derived (GPU-hours × price): doubling the hours doubles it.
    ASSERT_TRUE(figures.setData(figures.index(figures.rowOf("deepseek-v3-gpu-hours"), FigureModel::ValueColumn),
                                "5.576M"));
    const QString headline = ChartDescription::ratioHeadline(*document.ratios());
    EXPECT_TRUE(headline.contains(QString::fromUtf8("5,380–5,830 times the $11.2M"))) << qPrintable(headline);
}

TEST_F(ChartDescriptionTest, AltTextListsEveryBarWithItsNumbers)
{
    const QString alt = ChartDescription::ratioAltText(*document.ratios());
    EXPECT_TRUE(alt.startsWith("Bar chart, log scale: 10 figures as multiples of DeepSeek-V3 final "
                               "training run at $5.58M.")) << qPrintable(alt);
    EXPECT_TRUE(alt.contains(QString::fromUtf8("Meta capex 2024: 7,040× ($39.2B)"))) << qPrintable(alt);
    EXPECT_TRUE(alt.contains(QString::fromUtf8("Stargate pledge (4 years): 89,700× ($500B)")));
}

TEST_F(ChartDescriptionTest, GrowthHeadlineAndAltTextUseTheModelsChanges)
{
    EXPECT_EQ(ChartDescription::growthHeadline(*document.growth()),
              QString::fromUtf8("Meta capex was $72.2B in 2025, +84.1% on 2024. Guidance for 2026: "
                                "$115–135B (+59.2% to +86.9%)."));
    const QString alt = ChartDescription::growthAltText(*document.growth());
    EXPECT_TRUE(alt.contains(QString::fromUtf8("2025 $72.2B (+84.1%), guidance $60.0–65.0B (+52.9% to +65.7%)")))
        << qPrintable(alt);
}

// Default titles state what the chart shows, in a sentence, with every number in print form.
TEST_F(ChartDescriptionTest, DefaultTitlesAreSpecificSentences)
{
    // 60e9 / 5.576e6 = 10,760 → 10,800; 65e9 / 5.576e6 = 11,657 → 11,700.
    EXPECT_EQ(ChartDescription::ratioTitle(*document.ratios()),
              QString::fromUtf8("Meta 2025 capex plan (Jan 2025) is 10,800–11,700 times DeepSeek-V3 final "
                                "training run"));
    // Meta's guidance went from $60–65B (24 Jan 2025) to $70–72B (29 Oct 2025): midpoint up.
    EXPECT_EQ(ChartDescription::guidanceTitle(*document.figures(), "Meta", 2025),
              QString::fromUtf8("Meta raised its 2025 capex plan from $60.0–65.0B to $70.0–72.0B"));
    EXPECT_EQ(ChartDescription::guidanceTitle(*document.figures(), "Nobody", 2025), QString());
}

TEST_F(ChartDescriptionTest, AFigureWithItsValueNeverStacksBrackets)
{
    const QString alt = ChartDescription::scaleAltText(*document.ratios());
    EXPECT_FALSE(alt.contains(") (")) << qPrintable(alt);
    EXPECT_TRUE(alt.contains(QString::fromUtf8("Meta 2025 capex plan (Jan 2025) at $60.0–65.0B and DeepSeek-V3 "
                                               "final training run at $5.58M.")))
        << qPrintable(alt);
    for (const QString &text : {ChartDescription::ratioAltText(*document.ratios()),
                                document.chart("comparison")->altText(),
                                ChartDescription::guidanceHeadline(*document.figures(), "Meta", 2025)})
        EXPECT_FALSE(text.contains(") (")) << qPrintable(text);
}

TEST_F(ChartDescriptionTest, ScaleAltTextStatesTheMultiple)
{
    const QString alt = ChartDescription::scaleAltText(*document.ratios());
    EXPECT_TRUE(alt.contains(QString::fromUtf8("The larger is 10,800–11,700 times the smaller.")))
        << qPrintable(alt);
}

TEST_F(ChartDescriptionTest, AltTextWithNoMultipleSaysWhy)
{
    document.ratios()->setComparedIds({});
    EXPECT_EQ(ChartDescription::ratioAltText(*document.ratios()),
              QString::fromUtf8("Ratio chart with no multiple to show: no figure is compared with "
                                "DeepSeek-V3 final training run."));
}

TEST_F(ChartDescriptionTest, ADerivedFigureIsSaidAsDerivedOnceItsSourceNoLongerStatesIt)
{
    // At the $2 an hour DeepSeek assumed, its quote states $5.576M: DeepSeek says so.
    EXPECT_TRUE(ChartDescription::ratioHeadline(*document.ratios()).contains("the $5.58M DeepSeek says the"))
        << qPrintable(ChartDescription::ratioHeadline(*document.ratios()));
    // At $3 an hour the $8.36M is ours: never "DeepSeek says", and how it was made is given.
    ASSERT_TRUE(document.setParameter("h800_price", 3).isEmpty());
    const QString derived = ChartDescription::ratioHeadline(*document.ratios());
    EXPECT_FALSE(derived.contains("says")) << qPrintable(derived);
    EXPECT_TRUE(derived.contains(QString::fromUtf8("the $8.36M the DeepSeek-V3 final training run would cost "
                                                   "(derived: 2.788M GPU-hours × $3.00 per GPU-hour)")))
        << qPrintable(derived);
}

TEST_F(ChartDescriptionTest, AMidpointIsSaidBesideTheRangeThatWasStated)
{
    document.setRangeMode(NumberFormat::RangeMode::Mid);
    const QString headline = ChartDescription::ratioHeadline(*document.ratios());
    // Meta never said $62.5B: the sentence gives the plan as stated and the midpoint in use.
    EXPECT_TRUE(headline.startsWith("Meta plans to spend $60.0–65.0B (midpoint $62.5B) on capital projects in 2025"))
        << qPrintable(headline);
}

} // namespace
