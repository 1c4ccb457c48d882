#include "axisticks.h"
#include "gtestqt.h"

#include <gtest/gtest.h>

namespace {

TEST(AxisTicks, StepsComeFromTheOneTwoTwoAndAHalfFiveFamily)
{
    EXPECT_DOUBLE_EQ(niceStep(17e9), 20e9);
    EXPECT_DOUBLE_EQ(niceStep(21e9), 25e9);
    EXPECT_DOUBLE_EQ(niceStep(26e9), 50e9);
    EXPECT_DOUBLE_EQ(niceStep(0.3), 0.5);
    EXPECT_DOUBLE_EQ(niceStep(1), 1);
}

TEST(AxisTicks, LinearTicksStartAtZeroAndCoverTheMaximum)
{
    // Meta's $135B 2026 guidance with room above for labels.
    const LinearTicks t = niceLinearTicks(135e9 * 1.15);
    EXPECT_DOUBLE_EQ(t.values.first(), 0);
    EXPECT_DOUBLE_EQ(t.step, 20e9);
    EXPECT_DOUBLE_EQ(t.top, 160e9);
    EXPECT_EQ(t.values.size(), 9);
    const LinearTicks small = niceLinearTicks(7);
    EXPECT_GE(small.top, 7);
    EXPECT_LE(small.top, 8);
}

TEST(AxisTicks, DegenerateMaximaStillGiveAnAxis)
{
    EXPECT_DOUBLE_EQ(niceLinearTicks(0).top, 1);
    EXPECT_DOUBLE_EQ(niceLinearTicks(-5).top, 1);
}

TEST(AxisTicks, LogDecadesAlwaysIncludeOne)
{
    EXPECT_EQ(logDecades(0.0527, 89700), (QVector<int>{-2, -1, 0, 1, 2, 3, 4, 5}));
    EXPECT_EQ(logDecades(14.1, 11657), (QVector<int>{0, 1, 2, 3, 4, 5}));
    EXPECT_EQ(logDecades(1, 1), (QVector<int>{0}));
}

} // namespace

namespace {

TEST(AxisTicks, LogDecadesForMoneyNeedNotStartAtOne)
{
    EXPECT_EQ(logDecades(294e3, 500e9, false), (QVector<int>{5, 6, 7, 8, 9, 10, 11, 12}));
    EXPECT_EQ(logDecades(1e6, 1e6, false), (QVector<int>{6}));
}

// A log axis over a few decades or less still has ticks to read between its ends.
TEST(AxisTicks, LogTicksFillANarrowSpan)
{
    EXPECT_EQ(logTicks({0, 1}), (QVector<double>{1, 2, 3, 5, 10}));             // 1.15–1.75×
    EXPECT_EQ(logTicks({10, 11, 12}), (QVector<double>{1e10, 2e10, 5e10, 1e11, 2e11, 5e11, 1e12}));
    EXPECT_EQ(logTicks({0, 1, 2, 3, 4, 5}), (QVector<double>{1, 10, 100, 1e3, 1e4, 1e5}));
    EXPECT_TRUE(logTicks({}).isEmpty());
}

} // namespace
