#include "gtestqt.h"
#include "importdialog.h"

#include <gtest/gtest.h>

namespace {

CsvTable tableOf(const char *csv)
{
    const CsvRead read = CsvReader().read(QByteArray(csv), "test.csv");
    EXPECT_TRUE(read.ok) << qPrintable(read.error);
    return read.table;
}

TEST(ImportDialog, PreviewsGoodRowsAndListsTheBadOnes)
{
    ImportDialog dialog(tableOf("entity,label,year,value,source,publisher\n"
                                "Meta,Meta capex,2024,39.23B,Q4 release,Meta\n"
                                "Meta,Meta capex,2023,lots,Q4 release,Meta\n"),
                        {}, nullptr);
    ASSERT_TRUE(dialog.result().ok) << qPrintable(dialog.result().error);
    ASSERT_EQ(dialog.result().figures.size(), 1);
    EXPECT_DOUBLE_EQ(dialog.result().figures.first().low, 39.23e9);
    ASSERT_EQ(dialog.result().problems.size(), 1);
    EXPECT_EQ(dialog.result().problems.first().line, 3);
    EXPECT_TRUE(dialog.result().problems.first().message().contains("“lots”"));
}

TEST(ImportDialog, ManualMappingAndDefaultSourceOverrideTheGuess)
{
    // Headers the guesser cannot place: the user maps them by hand.
    ImportDialog dialog(tableOf("who,what,when,how much\nMeta,Meta capex,2024,39.23B\n"), {"meta-meta-capex-2024"},
                        nullptr);
    dialog.setColumn(ImportField::Entity, 0);
    dialog.setColumn(ImportField::Label, 1);
    dialog.setColumn(ImportField::Year, 2);
    dialog.setColumn(ImportField::Value, 3);
    dialog.setDefaultSource("Meta Q4 2024 earnings release", "Meta Platforms");
    ASSERT_TRUE(dialog.result().ok) << qPrintable(dialog.result().error);
    ASSERT_EQ(dialog.result().figures.size(), 1);
    const Figure &f = dialog.result().figures.first();
    EXPECT_EQ(f.entity, "Meta");
    EXPECT_EQ(f.year, 2024);
    EXPECT_EQ(f.source.publisher, "Meta Platforms");
    EXPECT_NE(f.id, "meta-meta-capex-2024"); // existing ids are never reused
}

} // namespace
