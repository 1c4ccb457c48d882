#include "../gtestqt.h"
#include "dataset.h"

#include <QFile>
#include <QSet>
#include <gtest/gtest.h>

namespace {

TEST(BuiltInDataset, LoadsWithEverySourceAndLevel)
{
    const DatasetRead read = DatasetJson::builtIn();
    ASSERT_TRUE(read.ok) << qPrintable(read.error);
    const Dataset &d = read.dataset;
    EXPECT_GE(d.figures.size(), 30);
    for (const Figure &f : d.figures) {
        EXPECT_FALSE(f.source.title.isEmpty()) << qPrintable(f.id);
        EXPECT_FALSE(f.source.publisher.isEmpty()) << qPrintable(f.id);
        EXPECT_FALSE(f.label.isEmpty()) << qPrintable(f.id);
        EXPECT_FALSE(f.basis.isEmpty()) << qPrintable(f.id);
        EXPECT_LE(f.low, f.high) << qPrintable(f.id);
        if (!f.source.url.isEmpty()) {
            EXPECT_TRUE(f.source.url.startsWith("https://")) << qPrintable(f.id);
        }
    }
    EXPECT_EQ(d.baselineId, "deepseek-v3-total");
    EXPECT_FALSE(d.comparedIds.isEmpty());
}

TEST(BuiltInDataset, KeepsTheFactSheetNumbers)
{
    const Dataset d = DatasetJson::builtIn().dataset;
    QHash<QString, Figure> byId;
    for (const Figure &f : d.figures)
        byId.insert(f.id, f);
    // The report's number, with the reported rounding kept in the note.
    const Figure v3 = byId.value("deepseek-v3-total");
    EXPECT_DOUBLE_EQ(v3.low, 5.576e6);
    EXPECT_EQ(v3.level, Verification::Primary);
    EXPECT_TRUE(v3.note.contains("5.5")) << qPrintable(v3.note);
    EXPECT_FALSE(v3.caveat.isEmpty());

    const Figure plan = byId.value("meta-capex-2025-guidance-2025-01");
    EXPECT_DOUBLE_EQ(plan.low, 60e9);
    EXPECT_DOUBLE_EQ(plan.high, 65e9);
    EXPECT_EQ(plan.status, FigureStatus::Guidance);
    EXPECT_DOUBLE_EQ(byId.value("meta-capex-2024").low, 39.23e9);
    EXPECT_DOUBLE_EQ(byId.value("meta-capex-2025").low, 72.22e9);
    EXPECT_DOUBLE_EQ(byId.value("meta-capex-2026-guidance-2026-01").high, 135e9);
    EXPECT_EQ(byId.value("meta-capex-2022").level, Verification::Derived);
    EXPECT_EQ(byId.value("stargate-pledge").kind, FigureKind::Pledge);
    EXPECT_EQ(byId.value("llama31-405b-gpu-hours").unit, FigureUnit::GpuHours);
    // Every Meta capex year of the fact sheet is there.
    for (int year = 2019; year <= 2025; ++year)
        EXPECT_TRUE(byId.contains(QString("meta-capex-%1").arg(year))) << year;
}

TEST(DatasetJson, WritesWhatItReads)
{
    const Dataset d = DatasetJson::builtIn().dataset;
    const DatasetRead again = DatasetJson::read(DatasetJson::write(d), "round-trip");
    ASSERT_TRUE(again.ok) << qPrintable(again.error);
    ASSERT_EQ(again.dataset.figures.size(), d.figures.size());
    for (int i = 0; i < d.figures.size(); ++i)
        EXPECT_EQ(again.dataset.figures.at(i), d.figures.at(i)) << qPrintable(d.figures.at(i).id);
    EXPECT_EQ(again.dataset.comparedIds, d.comparedIds);
}

struct BadCase
{
    const char *file;
    const char *expected; // a phrase the message must contain
};

class BadDataset : public ::testing::TestWithParam<BadCase>
{
};

TEST_P(BadDataset, IsRefusedWithFileAndReason)
{
    const QString path = QString(SPENDLENS_TEST_DATA "/") + GetParam().file;
    const DatasetRead read = DatasetJson::readFile(path);
    EXPECT_FALSE(read.ok);
    EXPECT_TRUE(read.error.startsWith(path)) << qPrintable(read.error);
    EXPECT_TRUE(read.error.contains(QString::fromUtf8(GetParam().expected))) << qPrintable(read.error);
}

INSTANTIATE_TEST_SUITE_P(
    Corpus, BadDataset,
    ::testing::Values(BadCase{"truncated.json", "line 3: not valid JSON"},
                      BadCase{"not-ours.json", "not a SpendLens dataset"},
                      BadCase{"newer-version.json", "newer SpendLens"},
                      BadCase{"low-above-high.json", "“low” is above “high”"},
                      BadCase{"negative-value.json", "non-negative"},
                      BadCase{"duplicate-id.json", "used twice"},
                      BadCase{"unknown-kind.json", "unknown value “salary”"},
                      BadCase{"string-value.json", "“high” must be a number"},
                      BadCase{"no-source.json", "“source.title” is missing"},
                      BadCase{"unknown-baseline.json", "baseline “nope”"},
                      BadCase{"missing-file.json", "cannot be opened"}));

} // namespace
