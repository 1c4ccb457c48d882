#include "../gtestqt.h"
#include "amountparser.h"

#include <gtest/gtest.h>

namespace {

struct Case
{
    const char *text;
    double low;
    double high;
};

class AmountParsing : public ::testing::TestWithParam<Case>
{
};

TEST_P(AmountParsing, ReadsAmountsAsJournalistsType)
{
    const ParsedAmount a = parseAmount(QString::fromUtf8(GetParam().text));
    ASSERT_TRUE(a.ok) << qPrintable(a.error);
    EXPECT_DOUBLE_EQ(a.low, GetParam().low);
    EXPECT_DOUBLE_EQ(a.high, GetParam().high);
}

INSTANTIATE_TEST_SUITE_P(
    Table, AmountParsing,
    ::testing::Values(Case{"5.576M", 5.576e6, 5.576e6}, Case{"$39.23B", 39.23e9, 39.23e9},
                      Case{"60–65B", 60e9, 65e9}, Case{"$60-$65B", 60e9, 65e9},
                      Case{"60 to 65 billion", 60e9, 65e9}, Case{"5,576,000", 5.576e6, 5.576e6},
                      Case{"294K", 294e3, 294e3}, Case{"294k", 294e3, 294e3},
                      Case{"1.2T", 1.2e12, 1.2e12}, Case{"$500M–1.2B", 500e6, 1.2e9},
                      Case{"72.22 bn", 72.22e9, 72.22e9}, Case{"0", 0, 0}));

TEST(AmountParsing, RefusesWithAReasonNamingTheText)
{
    for (const char *bad : {"", "abc", "-5M", "65–60B", "5 zillion", "1e400", "1–2–3B"}) {
        const ParsedAmount a = parseAmount(QString::fromUtf8(bad));
        EXPECT_FALSE(a.ok) << bad;
        EXPECT_FALSE(a.error.isEmpty()) << bad;
        if (*bad) {
            EXPECT_TRUE(a.error.contains(QString::fromUtf8(bad))) << qPrintable(a.error);
        }
    }
}

} // namespace
