#include "../gtestqt.h"
#include "numberformat.h"

#include <gtest/gtest.h>

namespace {

const QString dash = QString(QChar(0x2013));
const QString times = QString(QChar(0x00D7));
const QString minus = QString(QChar(0x2212));

struct MoneyCase
{
    double value;
    const char *expected;
};

class MoneyFormat : public ::testing::TestWithParam<MoneyCase>
{
};

TEST_P(MoneyFormat, ThreeSignificantFiguresWithCompactUnit)
{
    EXPECT_EQ(NumberFormat().money(GetParam().value), QString::fromUtf8(GetParam().expected));
}

INSTANTIATE_TEST_SUITE_P(Table, MoneyFormat,
                         ::testing::Values(MoneyCase{5.576e6, "$5.58M"}, MoneyCase{39.23e9, "$39.2B"},
                                           MoneyCase{60e9, "$60B"}, MoneyCase{294e3, "$294K"},
                                           MoneyCase{1.6e9, "$1.6B"}, MoneyCase{500e9, "$500B"},
                                           MoneyCase{999.6e9, "$1T"}, MoneyCase{72.22e9, "$72.2B"},
                                           MoneyCase{10e3, "$10K"}, MoneyCase{950, "$950"},
                                           MoneyCase{0, "$0"}, MoneyCase{1.25e12, "$1.25T"}));

TEST(NumberFormat, MoneyRangeSharesTheUnit)
{
    NumberFormat f;
    EXPECT_EQ(f.moneyRange(60e9, 65e9), "$60" + dash + "65B");
    EXPECT_EQ(f.moneyRange(115e9, 135e9), "$115" + dash + "135B");
    EXPECT_EQ(f.moneyRange(500e6, 1.2e9), "$500M" + dash + "$1.2B");
    EXPECT_EQ(f.moneyRange(5.576e6, 5.576e6), "$5.58M");
    // Ends that round to the same text collapse to one value rather than "$51.3–51.3B".
    EXPECT_EQ(f.moneyRange(51.30e9, 51.34e9), "$51.3B");
}

TEST(NumberFormat, MultiplesAreGroupedWithTimesSign)
{
    NumberFormat f;
    EXPECT_EQ(f.multiple(10760.4), "10,800" + times);
    EXPECT_EQ(f.multipleRange(60e9 / 5.576e6, 65e9 / 5.576e6), "10,800" + dash + "11,700" + times);
    EXPECT_EQ(f.multiple(1), "1" + times);
    EXPECT_EQ(f.multiple(294e3 / 5.576e6), "0.0527" + times);
    EXPECT_EQ(f.multiple(1.5), "1.5" + times);
}

TEST(NumberFormat, PercentChangesCarrySignAndRange)
{
    NumberFormat f;
    EXPECT_EQ(f.percentChangeRange(60 / 39.23 - 1, 65 / 39.23 - 1), "+52.9% to +65.7%");
    EXPECT_EQ(f.percentChange(28.10 / 32.04 - 1), minus + "12.3%");
    EXPECT_EQ(f.percentChange(0), "0%");
    EXPECT_EQ(f.percentChange(72.22 / 39.23 - 1), "+84.1%");
}

TEST(NumberFormat, TheSmallestNumbersAreWrittenNotDashed)
{
    // 5e-324 needs a rounding factor of 10^326, which is inf: the number came out as "–".
    const NumberFormat f;
    EXPECT_DOUBLE_EQ(NumberFormat::roundSignificant(4.9406564584124654e-324, 3), 4.94e-324);
    EXPECT_EQ(f.money(5e-324), QString::fromUtf8("$4.94×10⁻³²⁴"));
    EXPECT_EQ(f.plain(1.25e-7), QString::fromUtf8("1.25×10⁻⁷"));
    EXPECT_EQ(f.plain(-1.5e-300), QString::fromUtf8("−1.5×10⁻³⁰⁰"));
    EXPECT_EQ(f.plain(0.00125), "0.00125");
}

TEST(NumberFormat, GpuHoursNameTheirUnit)
{
    NumberFormat f;
    EXPECT_EQ(f.quantity(2.788e6, FigureUnit::GpuHours), "2.79M GPU-hours");
    EXPECT_EQ(f.quantity(5.576e6, FigureUnit::Usd), "$5.58M");
}

TEST(NumberFormat, SignificantFiguresAreASetting)
{
    EXPECT_EQ(NumberFormat(4).money(5.576e6), "$5.576M");
    EXPECT_EQ(NumberFormat(2).money(39.23e9), "$39B");
}

} // namespace

namespace {

TEST(NumberFormatStyles, ChineseUnitsCountInWanAndYi)
{
    const NumberFormat f = NumberFormat::forStyle(NumberFormat::UnitStyle::Chinese, QLocale(QLocale::Chinese, QLocale::China));
    EXPECT_EQ(f.money(60e9), QString::fromUtf8("600亿美元"));
    EXPECT_EQ(f.money(5.576e6), QString::fromUtf8("557.6万美元"));
    EXPECT_EQ(f.money(1.2e12), QString::fromUtf8("1.2万亿美元"));
    EXPECT_EQ(f.moneyRange(60e9, 65e9), QString::fromUtf8("600–650亿美元"));
    EXPECT_EQ(f.money(9500), QString::fromUtf8("9,500美元"));
    EXPECT_EQ(f.multipleRange(60e9 / 5.576e6, 65e9 / 5.576e6), QString::fromUtf8("10,760–11,660倍"));
}

TEST(NumberFormatStyles, LongUnitsAreWords)
{
    const NumberFormat f(3, NumberFormat::UnitStyle::Long);
    EXPECT_EQ(f.money(60e9), "60 billion dollars");
    EXPECT_EQ(f.moneyRange(60e9, 65e9), QString::fromUtf8("60–65 billion dollars"));
    EXPECT_EQ(f.quantity(2.788e6, FigureUnit::GpuHours), "2.79 million GPU-hours");
    EXPECT_EQ(f.money(950), "950 dollars");
}

TEST(NumberFormatStyles, GroupingAndDecimalMarksFollowTheLocale)
{
    const NumberFormat german(3, NumberFormat::UnitStyle::Short, QLocale(QLocale::German, QLocale::Germany));
    EXPECT_EQ(german.money(5.576e6), "$5,58M");
    EXPECT_EQ(german.multiple(10760.4), QString::fromUtf8("10.800×"));
    EXPECT_EQ(german.percentChange(0.529), "+52,9%");
}

TEST(NumberFormatStyles, StylesRoundTripByKey)
{
    for (auto style : {NumberFormat::UnitStyle::Short, NumberFormat::UnitStyle::Long, NumberFormat::UnitStyle::Chinese}) {
        NumberFormat::UnitStyle back = NumberFormat::UnitStyle::Short;
        ASSERT_TRUE(NumberFormat::unitStyleFromKey(NumberFormat::unitStyleKey(style), &back));
        EXPECT_EQ(back, style);
    }
}

} // namespace
