#include "batchexport.h"
#include "gtestqt.h"
#include "spendlensprocess.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

class BatchExportTest : public ::testing::Test
{
protected:
    QString path(const QString &name) const { return dir.filePath(name); }
    QString writeJobs(const QString &text)
    {
        QFile file(path("jobs.txt"));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        return file.fileName();
    }
    QStringList chartNames() const
    {
        return spendlens({"charts", "--names"}).out.split('\n', Qt::SkipEmptyParts);
    }
    QTemporaryDir dir;
};

TEST(BatchExportSplit, SplitsLinesAsAShellWould)
{
    const struct
    {
        QString line;
        QStringList words;
    } cases[] = {
        {"--chart ratio -o out.png", {"--chart", "ratio", "-o", "out.png"}},
        {"  --title \"Meta's capex, 2025\"  -o 'a b.png'", {"--title", "Meta's capex, 2025", "-o", "a b.png"}},
        {"--title \"say \\\"no\\\" \\\\ yes\"", {"--title", "say \"no\" \\ yes"}},
        {"-o a\\ b.png # the rest is a comment", {"-o", "a b.png"}},
        {"--title C#-sharp", {"--title", "C#-sharp"}},
        {"--notes ''", {"--notes", ""}},
        {"# only a comment", {}},
        {"   ", {}},
    };
    for (const auto &c : cases) {
        QString error;
        EXPECT_EQ(BatchExport::splitArguments(c.line, &error), c.words) << qPrintable(c.line);
        EXPECT_TRUE(error.isEmpty()) << qPrintable(c.line);
    }
    QString error;
    EXPECT_TRUE(BatchExport::splitArguments("--title \"unclosed -o x.png", &error).isEmpty());
    EXPECT_TRUE(error.contains("not closed")) << qPrintable(error);
}

TEST_F(BatchExportTest, ChartAllWritesEveryChartOfTheCatalog)
{
    const QStringList names = chartNames();
    ASSERT_GE(names.size(), 5);
    const ProcessResult run = spendlens({"export", "--chart", "all", "-o", path("charts") + "/"});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    for (const QString &name : names)
        EXPECT_EQ(QImageReader(path("charts/" + name + ".png")).size(), QSize(2400, 1350)) << qPrintable(name);
    EXPECT_EQ(QDir(path("charts")).entryList(QDir::Files).size(), names.size());

    const ProcessResult csv = spendlens({"export", "--chart", "all", "--format", "csv", "-o", path("charts")});
    ASSERT_EQ(csv.exitCode, 0) << qPrintable(csv.err);
    for (const QString &name : names)
        EXPECT_FALSE(readAll(path("charts/" + name + ".csv")).isEmpty()) << qPrintable(name);
}

TEST_F(BatchExportTest, ChartAllNeedsAFolderAndOneFileAChart)
{
    QFile file(path("taken.png"));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    const ProcessResult onFile = spendlens({"export", "--chart", "all", "-o", path("taken.png")});
    EXPECT_EQ(onFile.exitCode, 2);
    EXPECT_TRUE(onFile.err.contains("names a folder")) << qPrintable(onFile.err);
    const ProcessResult altText =
        spendlens({"export", "--chart", "all", "-o", path("out") + "/", "--alt-text", path("alt.txt")});
    EXPECT_EQ(altText.exitCode, 2);
    EXPECT_FALSE(QDir(path("out")).exists());
}

TEST_F(BatchExportTest, ABadLineIsNamedAndTheOthersAreStillWritten)
{
    const QString jobs = writeJobs(QStringLiteral(
        "# after the data update\n"
        "--chart ratio -o '%1'\n"
        "\n"
        "--chart pie -o '%2'\n"
        "--chart growth --title \"Meta's capex\" -o \"%3\"   # a title with a quote\n")
                                       .arg(path("ratio one.png"), path("pie.png"), path("growth.png")));
    // Options after --batch apply to every line.
    const ProcessResult run = spendlens({"export", "--batch", jobs, "--size", "960x540"});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(jobs + ":4: unknown chart “pie”")) << qPrintable(run.err);
    EXPECT_TRUE(run.err.contains("1 of 3 exports failed (lines 4)")) << qPrintable(run.err);
    EXPECT_EQ(QImageReader(path("ratio one.png")).size(), QSize(1920, 1080));
    EXPECT_EQ(QImageReader(path("growth.png")).size(), QSize(1920, 1080));
    EXPECT_FALSE(QFile::exists(path("pie.png")));
    EXPECT_FALSE(run.err.contains(":2:")) << qPrintable(run.err);
}

TEST_F(BatchExportTest, EachLineHasItsOwnLanguage)
{
    const QString jobs = writeJobs(QStringLiteral("--chart ratio --lang zh_CN --format csv -o %1 --alt-text %2\n"
                                                  "--chart ratio --lang en --format csv -o %3 --alt-text %4\n")
                                       .arg(path("zh.csv"), path("zh.txt"), path("en.csv"), path("en.txt")));
    const ProcessResult run = spendlens({"export", "--batch", jobs});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const ProcessResult alone = spendlens({"export", "--chart", "ratio", "--lang", "en", "--format", "csv",
                                           "-o", path("alone.csv"), "--alt-text", path("alone.txt")});
    ASSERT_EQ(alone.exitCode, 0) << qPrintable(alone.err);
    const QRegularExpression chinese(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    EXPECT_TRUE(readAll(path("zh.txt")).contains(chinese));
    EXPECT_EQ(readAll(path("en.txt")), readAll(path("alone.txt")));
    EXPECT_EQ(readAll(path("en.csv")), readAll(path("alone.csv")));
}

TEST_F(BatchExportTest, ABatchWithNothingToDoOrNoFileFails)
{
    const ProcessResult empty = spendlens({"export", "--batch", writeJobs("# nothing yet\n\n")});
    EXPECT_EQ(empty.exitCode, 2);
    EXPECT_TRUE(empty.err.contains("no export in the batch")) << qPrintable(empty.err);
    const ProcessResult missing = spendlens({"export", "--batch", path("missing.txt")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(path("missing.txt"))) << qPrintable(missing.err);
    const ProcessResult nested = spendlens({"export", "--batch", writeJobs("--batch other.txt\n")});
    EXPECT_EQ(nested.exitCode, 1);
    EXPECT_TRUE(nested.err.contains(":1: a job cannot run another --batch")) << qPrintable(nested.err);
}

} // namespace
