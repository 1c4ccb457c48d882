#include "../gtestqt.h"
#include "figuremodel.h"
#include "growthmodel.h"
#include "modeltesting.h"
#include "roles.h"
#include "testdataset.h"

#include <gtest/gtest.h>

namespace {

class GrowthModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        attachTester(&figures);
        attachTester(&growth);
        figures.setFigures(metaAndDeepSeek());
        growth.setSeries({"Meta", FigureKind::Capex});
    }
    FigureModel figures;
    GrowthModel growth{&figures};
};

TEST_F(GrowthModelTest, OneRowPerYearWithActualAndInitialGuidance)
{
    ASSERT_EQ(growth.rowCount(), 3);
    EXPECT_EQ(growth.yearRow(0).year, 2023);
    EXPECT_EQ(growth.yearRow(2).year, 2025);
    EXPECT_EQ(growth.yearRow(2).actualRow, 4);
    EXPECT_EQ(growth.yearRow(2).guidanceRow, 2); // announced 2025-01-24, not the October update
}

TEST_F(GrowthModelTest, GuidanceGrowthCarriesTheRange)
{
    const DerivedValue g = growth.yearRow(2).guidanceChange;
    ASSERT_TRUE(g.defined);
    EXPECT_NEAR(g.low, 0.52944, 0.00001);  // 60 / 39.23 - 1
    EXPECT_NEAR(g.high, 0.65689, 0.00001); // 65 / 39.23 - 1
    EXPECT_EQ(growth.index(2, GrowthModel::GuidanceChangeColumn).data().toString(),
              "+52.9% to +65.7%");
    EXPECT_EQ(growth.index(2, GrowthModel::ActualChangeColumn).data().toString(), "+84.1%");
    EXPECT_EQ(growth.index(1, GrowthModel::ActualChangeColumn).data().toString(), "+39.6%");
}

TEST_F(GrowthModelTest, MissingPreviousYearIsEmptyWithAReason)
{
    const QModelIndex first = growth.index(0, GrowthModel::ActualChangeColumn);
    EXPECT_FALSE(first.data(Roles::LowRole).isValid());
    EXPECT_EQ(first.data(Roles::ReasonRole).toString(), "No actual for 2022 to compare with.");
}

TEST_F(GrowthModelTest, ZeroPreviousYearIsEmptyWithAReason)
{
    ASSERT_TRUE(figures.setData(figures.index(1, FigureModel::ValueColumn), "0"));
    const DerivedValue g = growth.yearRow(2).actualChange;
    EXPECT_FALSE(g.defined);
    EXPECT_TRUE(g.reason.contains("zero"));
}

TEST_F(GrowthModelTest, EditingAYearAnnouncesThatYearAndTheNextOnly)
{
    QSignalSpy changed(&growth, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(figures.setData(figures.index(1, FigureModel::ValueColumn), "40B")); // 2024
    EXPECT_EQ(changedRows(changed), (QSet<int>{1, 2}));
    EXPECT_NEAR(growth.yearRow(2).guidanceChange.low, 60.0 / 40 - 1, 1e-12);
}

TEST_F(GrowthModelTest, EditingOutsideTheSeriesAnnouncesNothing)
{
    QSignalSpy changed(&growth, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(figures.setData(figures.index(5, FigureModel::ValueColumn), "6M"));
    EXPECT_TRUE(changed.isEmpty());
}

TEST_F(GrowthModelTest, LatestGuidanceCanStandForTheYear)
{
    growth.setGuidancePick(GrowthModel::GuidancePick::Latest);
    EXPECT_EQ(growth.yearRow(2).guidanceRow, 3);
    EXPECT_NEAR(growth.yearRow(2).guidanceChange.low, 70 / 39.23 - 1, 1e-12);
}

TEST_F(GrowthModelTest, OffersSeriesWithAtLeastTwoYears)
{
    const auto series = growth.availableSeries();
    ASSERT_EQ(series.size(), 1);
    EXPECT_EQ(series.first().entity, "Meta");
    EXPECT_EQ(series.first().kind, FigureKind::Capex);
}

TEST_F(GrowthModelTest, QuartersStayOutOfTheYearlyGrowth)
{
    // A quarter of 2025 filed after the year's actual, and quarters alone for another entity.
    Figure q3 = figures.figure(growth.yearRow(2).actualRow);
    q3.id = "meta-capex-q3-2025";
    q3.quarter = 3;
    q3.low = q3.high = 19e9;
    q3.stated = QDate(2026, 10, 30);
    Figure other = q3;
    other.entity = "Quarterly Inc.";
    other.id = "quarterly-q1";
    other.year = 2024;
    other.quarter = 1;
    Figure other2 = other;
    other2.id = "quarterly-q2";
    other2.year = 2025;
    figures.insertFigures(figures.rowCount(), {q3, other, other2});
    ASSERT_EQ(growth.rowCount(), 3);
    EXPECT_EQ(growth.yearRow(2).actualRow, 4) << "the year's actual, not its third quarter";
    EXPECT_EQ(growth.index(2, GrowthModel::ActualChangeColumn).data().toString(), "+84.1%");
    EXPECT_EQ(growth.availableSeries().size(), 1) << "quarters alone make no yearly series";
}

} // namespace
