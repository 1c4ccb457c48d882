#include "../gtestqt.h"
#include "dataset.h"
#include "derivation.h"
#include "quotenumbers.h"

#include <gtest/gtest.h>

namespace {

struct Case
{
    const char *quote;
    double value;
    bool states;
};

// How sources write a number, and near misses that must not count.
const Case kCases[] = {
    {"were $4.24 billion and $15.65 billion for the fourth quarter", 15.65e9, true},
    {"Purchases of property and equipment (15,650)", 15.65e9, true}, // a table in millions
    {"资本开支为156.5亿元", 15.65e9, true},
    {"资本开支暴涨221%至767.6亿元", 76.76e9, true},
    {"资本支出 (CapEx): $115,948 百萬", 115.948e9, true},
    {"our total training costs amount to only $5.576M.", 5.576e6, true},
    {"| in USD | $5.328M | $0.238M | $0.01M | $5.576M |", 10e3, true},
    {"costs only 2.788M GPU hours", 2.788e6, true},
    {"| 2664K | 119K | 5K | 2788K |", 2.664e6, true},
    {"GPT-4,78562016.88093337,778066898.6709992,40695706.40406813", 40.7e6, true},
    {"GPT-4,78562016.88093337,778066898.6709992,40695706.40406813", 778e6, true},
    {"Capital Expenditures | -69,691 | -37,256 |", 69.691e9, true},
    {"will invest $60 billion to $65 billion", 60e9, true},
    {"in the range of $64-72 billion", 64e9, true},
    {"FY26 capex raised to $125–145B from $115–135B", 145e9, true},
    {"Rmb160bn ($23bn)", 160e9, true},
    {"$1.4 trillion", 1.4e12, true},
    {"GOOG,2020,0,22281000000.0", 22.281e9, true},
    {"about $131 billion", 131e9, true},
    {"it cost $294,000 to train", 294e3, true},
    // Near misses.
    {"$78 million worth of compute", 78.4e6, false},     // less precise than the figure
    {"$44 billion", 40e9, false},                        // three digits at least: 40.0 is not 44
    {"a defining year for AI", 60e9, false},             // no number at all
    {"$15.6 billion", 15.65e9, false},
    {"$15.65 million", 15.65e9, false},                  // the scale word decides
    {"2.788m GPU hours", 2.788e6, true},                 // a bare number may be in any table scale
    {"2.788 metres", 2788, true},                        // (thousands: a bare number at each scale)
};

TEST(QuoteNumbers, FindsTheNumberInEveryWrittenForm)
{
    for (const Case &c : kCases)
        EXPECT_EQ(QuoteNumbers::states(QString::fromUtf8(c.quote), c.value), c.states)
            << c.quote << " / " << c.value;
}

TEST(QuoteNumbers, DropsSignsAndReadsScales)
{
    const QVector<double> a = QuoteNumbers::amounts(QStringLiteral("(44,477) and 3.7亿 and 5K"));
    EXPECT_TRUE(a.contains(44477.0));
    EXPECT_TRUE(a.contains(44477e6));
    EXPECT_TRUE(a.contains(3.7e8));
    EXPECT_TRUE(a.contains(5e3));
    EXPECT_FALSE(a.contains(3.7)); // a scale word leaves only the scaled amount
    // "B" starting a word is no scale: the bare number stands at every table scale.
    EXPECT_TRUE(QuoteNumbers::amounts(QStringLiteral("5 Blackwell racks")).contains(5.0));
    EXPECT_FALSE(QuoteNumbers::amounts(QStringLiteral("5 B")).contains(5.0));
}

// The fact sheet's binding rule (d): every built-in figure carries its publisher, title, date
// and a verbatim quote stating its number; a figure computed here (level "derived") states its
// sum in the basis instead.
TEST(BuiltInDataset, EveryFigureIsSourcedAndQuotesItsNumber)
{
    const DatasetRead read = DatasetJson::builtIn();
    ASSERT_TRUE(read.ok) << qPrintable(read.error);
    for (const Figure &f : read.dataset.figures) {
        const char *id = qPrintable(f.id);
        EXPECT_FALSE(f.source.publisher.trimmed().isEmpty()) << id;
        EXPECT_FALSE(f.source.title.trimmed().isEmpty()) << id;
        EXPECT_TRUE(f.source.date.isValid()) << id;
        EXPECT_FALSE(f.source.quote.trimmed().isEmpty()) << id;
        const bool derived = f.level == Verification::Derived;
        const QString &stating = derived ? f.basis : f.source.quote;
        for (double value : {f.low, f.high})
            EXPECT_TRUE(QuoteNumbers::states(stating, value))
                << id << (derived ? ": the basis" : ": the quote") << " does not state " << value;
    }
}

TEST(BuiltInDataset, EveryFigureEntityAndSourceTitleHasAChineseName)
{
    for (const Figure &f : DatasetJson::builtIn().dataset.figures) {
        EXPECT_FALSE(f.labelZh.trimmed().isEmpty()) << qPrintable(f.id);
        EXPECT_FALSE(f.entityZh.trimmed().isEmpty()) << qPrintable(f.id);
        EXPECT_FALSE(f.source.titleZh.trimmed().isEmpty()) << qPrintable(f.id);
    }
}

// Rule (b): a low-confidence figure ships as "reported", secondary, with a caveat, and is never a
// default; rule (f): a commitment carries its caveat.
TEST(BuiltInDataset, ReportedAndCommitmentFiguresCarryTheirCaveats)
{
    const Dataset d = DatasetJson::builtIn().dataset;
    int reported = 0;
    int commitments = 0;
    for (const Figure &f : d.figures) {
        if (f.status == FigureStatus::Reported) {
            ++reported;
            EXPECT_EQ(f.level, Verification::Secondary) << qPrintable(f.id);
            EXPECT_FALSE(f.caveat.isEmpty()) << qPrintable(f.id);
            EXPECT_FALSE(d.comparedIds.contains(f.id)) << qPrintable(f.id);
            EXPECT_NE(d.baselineId, f.id);
        }
        if (f.kind == FigureKind::Commitment) {
            ++commitments;
            EXPECT_TRUE(f.caveat.contains("not spending")) << qPrintable(f.id);
        }
    }
    EXPECT_GE(reported, 3);
    EXPECT_GE(commitments, 3);
}

} // namespace
