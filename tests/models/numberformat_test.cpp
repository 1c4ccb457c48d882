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

// Three significant figures, trailing zeros included: "$32.0B" says the figure is known to
// $0.1B, where "$32B" would say it is known to $1B.
INSTANTIATE_TEST_SUITE_P(Table, MoneyFormat,
                         ::testing::Values(MoneyCase{5.576e6, "$5.58M"}, MoneyCase{39.23e9, "$39.2B"},
                                           MoneyCase{60e9, "$60.0B"}, MoneyCase{294e3, "$294K"},
                                           MoneyCase{1.6e9, "$1.60B"}, MoneyCase{500e9, "$500B"},
                                           MoneyCase{999.6e9, "$1.00T"}, MoneyCase{72.22e9, "$72.2B"},
                                           MoneyCase{10e3, "$10.0K"}, MoneyCase{950, "$950"},
                                           MoneyCase{0, "$0"}, MoneyCase{1.25e12, "$1.25T"},
                                           MoneyCase{32.04e9, "$32.0B"}, MoneyCase{51e6, "$51.0M"},
                                           MoneyCase{50e9, "$50.0B"}, MoneyCase{1e6, "$1.00M"},
                                           MoneyCase{2e3, "$2.00K"}, MoneyCase{80e9, "$80.0B"}));

TEST(NumberFormat, MoneyRangeSharesTheUnit)
{
    NumberFormat f;
    // Both ends carry three figures, and share the unit when they can.
    EXPECT_EQ(f.moneyRange(60e9, 65e9), "$60.0" + dash + "65.0B");
    EXPECT_EQ(f.moneyRange(70e9, 72e9), "$70.0" + dash + "72.0B");
    EXPECT_EQ(f.moneyRange(115e9, 135e9), "$115" + dash + "135B");
    EXPECT_EQ(f.moneyRange(500e6, 1.2e9), "$500M" + dash + "$1.20B");
    EXPECT_EQ(f.moneyRange(5.576e6, 5.576e6), "$5.58M");
    // Ends that round to the same text collapse to one value rather than "$51.3–51.3B".
    EXPECT_EQ(f.moneyRange(51.30e9, 51.34e9), "$51.3B");
}

TEST(NumberFormat, MultiplesAreGroupedWithTimesSign)
{
    NumberFormat f;
    EXPECT_EQ(f.multiple(10760.4), "10,800" + times);
    EXPECT_EQ(f.multipleRange(60e9 / 5.576e6, 65e9 / 5.576e6), "10,800" + dash + "11,700" + times);
    EXPECT_EQ(f.multiple(1), "1.00" + times);
    EXPECT_EQ(f.multiple(294e3 / 5.576e6), "0.0527" + times);
    EXPECT_EQ(f.multiple(1.5), "1.50" + times);
    EXPECT_EQ(f.multiple(78.4e6 / 5.576e6), "14.1" + times); // 14.06
    EXPECT_EQ(f.multiple(20), "20.0" + times);
}

// Axis ticks on a log axis keep to the style's short words from a thousand on, in every style.
TEST(NumberFormat, CompactMultiplesForAxisTicks)
{
    const NumberFormat f = NumberFormat().withoutTrailingZeros();
    EXPECT_EQ(f.compactMultiple(1), "1" + times);
    EXPECT_EQ(f.compactMultiple(100), "100" + times);
    EXPECT_EQ(f.compactMultiple(1000), "1K" + times);
    EXPECT_EQ(f.compactMultiple(1e5), "100K" + times);
    const NumberFormat zh = NumberFormat::forStyle(NumberFormat::UnitStyle::Chinese, QLocale(QLocale::Chinese, QLocale::China))
                                .withoutTrailingZeros();
    EXPECT_EQ(zh.compactMultiple(1000), QString::fromUtf8("1,000倍"));
    EXPECT_EQ(zh.compactMultiple(1e5), QString::fromUtf8("10万倍"));
}

struct PercentCase
{
    double fraction;
    const char *expected;
};

class PercentFormat : public ::testing::TestWithParam<PercentCase>
{
};

TEST_P(PercentFormat, OneDecimalAtMostThreeFigures)
{
    EXPECT_EQ(NumberFormat().percentChange(GetParam().fraction), QString::fromUtf8(GetParam().expected));
}

// By hand: 15.72/15.65 − 1 = 0.447%, but values rounded to $0.01B are each off by up to $0.005B,
// which moves that change by up to 0.064 points: one decimal is all it supports.
INSTANTIATE_TEST_SUITE_P(Table, PercentFormat,
                         ::testing::Values(PercentCase{15.72 / 15.65 - 1, "+0.4%"},
                                           PercentCase{60 / 39.23 - 1, "+52.9%"},     // 52.94
                                           PercentCase{28.10 / 32.04 - 1, "−12.3%"}, // −12.30
                                           PercentCase{0, "0.0%"}, PercentCase{-0.0004, "0.0%"},
                                           PercentCase{0.05, "+5.0%"}, PercentCase{0.0556, "+5.6%"},
                                           PercentCase{0.00949, "+0.9%"}, PercentCase{0.09996, "+10.0%"},
                                           PercentCase{0.9996, "+100%"}, PercentCase{1.586, "+159%"},
                                           PercentCase{12.345, "+1,230%"},
                                           PercentCase{72.22 / 39.23 - 1, "+84.1%"})); // 84.09

TEST(NumberFormat, ExactNumbersDropTrailingZeros)
{
    // Axis ticks, the baseline's 1× and values in an edit field are exact, not rounded.
    const NumberFormat exact = NumberFormat().withoutTrailingZeros();
    EXPECT_EQ(exact.money(60e9), "$60B");
    EXPECT_EQ(exact.money(20e3), "$20K");
    EXPECT_EQ(exact.multiple(1), "1" + times);
    EXPECT_EQ(exact.multiple(1.5), "1.5" + times);
    EXPECT_EQ(exact.multiple(1000), "1,000" + times);
    EXPECT_EQ(NumberFormat(6).withoutTrailingZeros().moneyRange(60e9, 65e9), "$60" + dash + "65B");
    EXPECT_EQ(NumberFormat(6).withoutTrailingZeros().money(5.576e6), "$5.576M");
    EXPECT_FALSE(exact == NumberFormat());
}

TEST(NumberFormat, PercentChangesCarrySignAndRange)
{
    NumberFormat f;
    EXPECT_EQ(f.percentChangeRange(60 / 39.23 - 1, 65 / 39.23 - 1), "+52.9% to +65.7%");
    EXPECT_EQ(f.percentChange(28.10 / 32.04 - 1), minus + "12.3%");
    EXPECT_EQ(f.percentChange(0), "0.0%");
    EXPECT_EQ(f.percentChange(72.22 / 39.23 - 1), "+84.1%");
}

TEST(NumberFormat, TheSmallestNumbersAreWrittenNotDashed)
{
    // 5e-324 needs a rounding factor of 10^326, which is inf: the number came out as "–".
    const NumberFormat f;
    EXPECT_DOUBLE_EQ(NumberFormat::roundSignificant(4.9406564584124654e-324, 3), 4.94e-324);
    EXPECT_EQ(f.money(5e-324), QString::fromUtf8("$4.94×10⁻³²⁴"));
    EXPECT_EQ(f.plain(1.25e-7), QString::fromUtf8("1.25×10⁻⁷"));
    EXPECT_EQ(f.plain(-1.5e-300), QString::fromUtf8("−1.50×10⁻³⁰⁰")); // three significant figures
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
    EXPECT_EQ(NumberFormat(4).money(60e9), "$60.00B");
    EXPECT_EQ(NumberFormat(2).money(39.23e9), "$39B");
}

} // namespace

namespace {

TEST(NumberFormatStyles, ChineseUnitsCountInWanAndYi)
{
    const NumberFormat f = NumberFormat::forStyle(NumberFormat::UnitStyle::Chinese, QLocale(QLocale::Chinese, QLocale::China));
    // Three figures, as in English: 5.576M = 557.6万 → 558万 ($5.58M), 72.22B = 722.2亿 → 722亿.
    EXPECT_EQ(f.money(60e9), QString::fromUtf8("600亿美元"));
    EXPECT_EQ(f.money(5.576e6), QString::fromUtf8("558万美元"));
    EXPECT_EQ(f.money(72.22e9), QString::fromUtf8("722亿美元"));
    EXPECT_EQ(f.money(1.2e12), QString::fromUtf8("1.20万亿美元"));
    EXPECT_EQ(f.money(5e4), QString::fromUtf8("5.00万美元"));
    EXPECT_EQ(f.moneyRange(60e9, 65e9), QString::fromUtf8("600–650亿美元"));
    EXPECT_EQ(f.money(9500), QString::fromUtf8("9,500美元"));
    // The multiple as in English: 10,760.4 → 10,800, 11,657.1 → 11,700.
    EXPECT_EQ(f.multipleRange(60e9 / 5.576e6, 65e9 / 5.576e6), QString::fromUtf8("10,800–11,700倍"));
    EXPECT_EQ(f.multiple(294e3 / 5.576e6), QString::fromUtf8("0.0527倍"));
    EXPECT_EQ(f.percentChange(15.72 / 15.65 - 1), "+0.4%");
}

TEST(NumberFormatStyles, LongUnitsAreWords)
{
    const NumberFormat f(3, NumberFormat::UnitStyle::Long);
    EXPECT_EQ(f.money(60e9), "60.0 billion dollars");
    EXPECT_EQ(f.moneyRange(60e9, 65e9), QString::fromUtf8("60.0–65.0 billion dollars"));
    EXPECT_EQ(f.quantity(2.788e6, FigureUnit::GpuHours), "2.79 million GPU-hours");
    EXPECT_EQ(f.money(950), "950 dollars");
}

TEST(NumberFormatStyles, GroupingAndDecimalMarksFollowTheLocale)
{
    const NumberFormat german(3, NumberFormat::UnitStyle::Short, QLocale(QLocale::German, QLocale::Germany));
    EXPECT_EQ(german.money(5.576e6), "$5,58M");
    EXPECT_EQ(german.multiple(10760.4), QString::fromUtf8("10.800×"));
    EXPECT_EQ(german.percentChange(0.529), "+52,9%");
    EXPECT_EQ(german.percentChange(15.72 / 15.65 - 1), "+0,4%");
    EXPECT_EQ(german.money(60e9), "$60,0B");
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
