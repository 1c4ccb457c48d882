#include "../gtestqt.h"
#include "chartdata.h"
#include "chartdescription.h"
#include "figuremodel.h"
#include "modeltesting.h"
#include "ratiomodel.h"
#include "roles.h"
#include "testdataset.h"

#include <gtest/gtest.h>

namespace {

class RatioModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        attachTester(&figures);
        attachTester(&ratios);
        figures.setFigures(metaAndDeepSeek());
        ratios.setBaselineId("v3");
        ratios.setComparedIds({"meta-2025-plan", "meta-2024", "v3"});
    }
    FigureModel figures;
    RatioModel ratios{&figures};
};

TEST_F(RatioModelTest, CarriesRangesThroughTheDivision)
{
    const DerivedValue r = ratios.ratio(2);
    ASSERT_TRUE(r.defined);
    EXPECT_NEAR(r.low, 10760.4, 0.05);  // 60e9 / 5.576e6
    EXPECT_NEAR(r.high, 11657.1, 0.05); // 65e9 / 5.576e6
    const QModelIndex cell = ratios.index(2, RatioModel::MultipleColumn);
    EXPECT_EQ(cell.data().toString(), QString::fromUtf8("10,800–11,700×"));
    EXPECT_NEAR(cell.data(Roles::LowRole).toDouble(), 10760.4, 0.05);
}

TEST_F(RatioModelTest, RangeBaselineDividesLowByHigh)
{
    ratios.setBaselineId("meta-2025-plan");
    const DerivedValue r = ratios.ratio(4); // 72.22B actual vs a 60–65B plan
    EXPECT_DOUBLE_EQ(r.low, 72.22e9 / 65e9);
    EXPECT_DOUBLE_EQ(r.high, 72.22e9 / 60e9);
}

TEST_F(RatioModelTest, ARangeBaselineIsOneTimesItselfNotItsRangeDividedByItself)
{
    ratios.setBaselineId("meta-2025-plan"); // $60–65B: 60/65 to 65/60 would read 0.923–1.08×
    const int base = ratios.baselineRow();
    const DerivedValue r = ratios.ratio(base);
    ASSERT_TRUE(r.defined);
    EXPECT_DOUBLE_EQ(r.low, 1);
    EXPECT_DOUBLE_EQ(r.high, 1);
    EXPECT_EQ(ratios.index(base, RatioModel::MultipleColumn).data().toString(), QString::fromUtf8("1.00×"));
}

TEST_F(RatioModelTest, EditingTheBaselineAnnouncesEveryMultiple)
{
    QSignalSpy changed(&ratios, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(figures.setData(figures.index(5, FigureModel::ValueColumn), "11.152M"));
    // Every multiple halves except the baseline's own, which stays 1×.
    EXPECT_EQ(changedRows(changed, RatioModel::MultipleColumn), (QSet<int>{0, 1, 2, 3, 4}));
    EXPECT_NEAR(ratios.ratio(2).low, 10760.4 / 2, 0.05);
    EXPECT_DOUBLE_EQ(ratios.ratio(5).low, 1.0);
}

TEST_F(RatioModelTest, EditingOneFigureAnnouncesOnlyItsRow)
{
    QSignalSpy changed(&ratios, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(figures.setData(figures.index(1, FigureModel::ValueColumn), "40B"));
    EXPECT_EQ(changedRows(changed), QSet<int>{1});
    EXPECT_NEAR(ratios.ratio(1).low, 40e9 / 5.576e6, 1e-6);
}

TEST_F(RatioModelTest, ANewBaselineAnnouncesEveryChangedMultiple)
{
    QSignalSpy changed(&ratios, &QAbstractItemModel::dataChanged);
    ratios.setBaselineId("meta-2024");
    EXPECT_EQ(changedRows(changed, RatioModel::MultipleColumn), (QSet<int>{0, 1, 2, 3, 4, 5}));
    EXPECT_DOUBLE_EQ(ratios.ratio(1).low, 1.0);
}

TEST_F(RatioModelTest, ZeroBaselineGivesAnEmptyCellWithAReason)
{
    ASSERT_TRUE(figures.setData(figures.index(5, FigureModel::ValueColumn), "0"));
    const QModelIndex cell = ratios.index(2, RatioModel::MultipleColumn);
    EXPECT_FALSE(cell.data(Roles::LowRole).isValid());
    EXPECT_TRUE(cell.data(Roles::ReasonRole).toString().contains("zero"));
    EXPECT_TRUE(ratios.chartRows().isEmpty());
    EXPECT_EQ(ratios.undefinedComparedRows().size(), 2);
}

TEST_F(RatioModelTest, ChartRowsAreLargestFirstThenTheBaseline)
{
    EXPECT_EQ(ratios.chartRows(), (QVector<int>{2, 1, 5}));
}

TEST_F(RatioModelTest, TickingAFigureAddsItToTheChart)
{
    QSignalSpy compared(&ratios, &RatioModel::comparedChanged);
    ASSERT_TRUE(ratios.setData(ratios.index(4, 0), Qt::Checked, Qt::CheckStateRole));
    EXPECT_EQ(compared.size(), 1);
    EXPECT_EQ(ratios.chartRows().first(), 4);
    EXPECT_EQ(ratios.index(4, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    ASSERT_TRUE(ratios.setData(ratios.index(4, 0), Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_EQ(ratios.chartRows(), (QVector<int>{2, 1, 5}));
}

TEST_F(RatioModelTest, DifferentUnitsAreNotDivided)
{
    QVector<Figure> list = metaAndDeepSeek();
    Figure hours = makeFigure("v3-hours", "DeepSeek", FigureKind::ComputeHours, 2024, 2.788e6, 2.788e6);
    hours.unit = FigureUnit::GpuHours;
    list.append(hours);
    figures.setFigures(list);
    EXPECT_FALSE(ratios.ratio(6).defined);
    EXPECT_TRUE(ratios.ratio(6).reason.contains("GPU-hours"));
}

TEST_F(RatioModelTest, ABaselineNextToZeroGivesNoMultipleAndSaysWhy)
{
    // $5e-324: 65e9 / 5e-324 is inf, and the CSV said multiple_low=inf.
    Figure tiny = figures.figure(5);
    tiny.low = tiny.high = 5e-324;
    figures.replaceFigure(5, tiny);
    const DerivedValue r = ratios.ratio(2);
    EXPECT_FALSE(r.defined);
    EXPECT_EQ(r.reason, QString::fromUtf8("The baseline “v3” is so close to zero that the multiple of "
                                          "“meta-2025-plan” is too large to show."));
    EXPECT_TRUE(ratios.index(2, RatioModel::MultipleColumn).data(Roles::LowRole).isNull());
    EXPECT_TRUE(ratios.ratio(5).defined); // the baseline against itself is still 1×
    const QString csv = ChartData::ratioCsv(ratios, ratios.chartRows() + ratios.undefinedComparedRows());
    EXPECT_FALSE(csv.contains("inf")) << qPrintable(csv);
    EXPECT_TRUE(csv.contains(r.reason)) << qPrintable(csv);
    const QString headline = ChartDescription::ratioHeadline(ratios);
    EXPECT_EQ(headline, r.reason);
    EXPECT_FALSE(headline.contains(QChar(0x2013))) << qPrintable(headline);
    EXPECT_FALSE(divideRanges(1, 1, 5e-324, 5e-324).defined);
    EXPECT_TRUE(divideRanges(1e16, 1e16, 0.01, 0.01).defined); // the largest figure over a cent
}

} // namespace
