// `spendlens export --chart trend`: the companies, the switches, the CSV and the exit codes.
#include "spendlensprocess.h"

#include <QImageReader>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

ProcessResult trendExport(const QStringList &args)
{
    return spendlens(QStringList{"export", "--chart", "trend"} + args);
}

TEST(TrendCommand, ExportsTheCompaniesAskedForAsCsvAndPng)
{
    QTemporaryDir dir;
    const ProcessResult csv = trendExport({"--entities", "Meta,Microsoft,Alphabet,Amazon", "-o", dir.filePath("t.csv")});
    ASSERT_EQ(csv.exitCode, 0) << qPrintable(csv.err);
    const QString text = readAll(dir.filePath("t.csv"));
    EXPECT_TRUE(text.contains("\nAmazon,Amazon,2025,2025,amazon-capex-gross-2025,actual,131819000000,131819000000,$132B,"))
        << qPrintable(text);
    EXPECT_FALSE(text.contains("amazon-capex-net-")) << "two bases joined";
    const ProcessResult png = trendExport({"--line", "--preset", "phone", "-o", dir.filePath("t.png")});
    ASSERT_EQ(png.exitCode, 0) << qPrintable(png.err);
    EXPECT_EQ(QImageReader(dir.filePath("t.png")).size(), QSize(1170, 3000));
}

TEST(TrendCommand, QuarterlyAndCumulativeChangeTheRows)
{
    QTemporaryDir dir;
    ASSERT_EQ(trendExport({"--quarterly", "--entities", "Meta", "-o", dir.filePath("q.csv")}).exitCode, 0);
    const QString quarters = readAll(dir.filePath("q.csv"));
    EXPECT_TRUE(quarters.contains("\nMeta,Meta,Q3 2025,Q3 2025,meta-capex-2025q3,actual,19370000000,")) << qPrintable(quarters);
    EXPECT_FALSE(quarters.contains("meta-capex-2025,")) << "a year among the quarters";
    ASSERT_EQ(trendExport({"--cumulative", "-o", dir.filePath("c.csv")}).exitCode, 0);
    EXPECT_TRUE(readAll(dir.filePath("c.csv")).contains("\nMeta,Meta,2019-2025,total,"));
}

TEST(TrendCommand, AnUnknownCompanyIsAUsageErrorNamingItAndWritesNothing)
{
    QTemporaryDir dir;
    const ProcessResult run = trendExport({"--entities", "Meta,Nvidia", "-o", dir.filePath("t.png")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QString::fromUtf8("“Nvidia”"))) << qPrintable(run.err);
    EXPECT_FALSE(QFile::exists(dir.filePath("t.png")));
}

} // namespace
