#include "spendlensprocess.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>

// An option that cannot change the chart being exported is named in a note on stderr; the chart
// is still written and the exit code stays 0.
namespace {

class OptionScopeTest : public ::testing::Test
{
protected:
    QString path(const QString &name) const { return dir.filePath(name); }
    // Exports one chart with extra options; expects it written with exit 0.
    ProcessResult exportChart(const QString &chart, const QStringList &options, const QString &suffix = "png")
    {
        const QString output = path(chart + "." + suffix);
        ProcessResult run = spendlens(QStringList{"export", "--chart", chart, "-o", output} + options);
        EXPECT_EQ(run.exitCode, 0) << qPrintable(run.err);
        EXPECT_GT(QFileInfo(output).size(), 0) << qPrintable(output);
        return run;
    }
    QTemporaryDir dir;
};

TEST_F(OptionScopeTest, AnOptionTheChartCannotUseIsNamedWithWhereItApplies)
{
    const struct
    {
        QString chart;
        QStringList options;
        QString note;
    } cases[] = {
        {"ratio", {"--quarterly"}, "--quarterly applies to the trend chart only; the ratio chart is drawn without it."},
        {"trend", {"--currency", "CNY"},
         "--currency applies to the ratio, comparison and scale charts only; the trend chart is drawn without it."},
        {"growth", {"--line"}, "--line applies to the trend chart only; the growth chart is drawn without it."},
        {"scale", {"--highlight", "meta-capex-2025-guidance-2025-01"},
         "--highlight applies to the ratio, comparison, growth and trend charts only; the scale chart is drawn "
         "without it."},
        {"growth", {"--sort", "value"},
         "--sort applies to the ratio and comparison charts only; the growth chart is drawn without it."},
    };
    for (const auto &c : cases) {
        const ProcessResult run = exportChart(c.chart, c.options + QStringList{"--lang", "en"});
        EXPECT_TRUE(run.err.contains("spendlens: note: " + c.note)) << qPrintable(run.err);
    }
}

TEST_F(OptionScopeTest, NoteIsInTheLanguageInForce)
{
    const ProcessResult run = exportChart("growth", {"--line", "--lang", "zh_CN"});
    EXPECT_TRUE(run.err.contains("--line")) << qPrintable(run.err);
    EXPECT_FALSE(run.err.contains("applies to")) << qPrintable(run.err);
}

TEST_F(OptionScopeTest, OptionsTheChartUsesGiveNoNote)
{
    const ProcessResult trend = exportChart("trend", {"--quarterly", "--line", "--lang", "en"});
    EXPECT_FALSE(trend.err.contains("note:")) << qPrintable(trend.err);
    const ProcessResult comparison = exportChart("comparison", {"--linear", "--currency", "CNY", "--lang", "en"});
    EXPECT_FALSE(comparison.err.contains("note:")) << qPrintable(comparison.err);
    const ProcessResult ratio = exportChart(
        "ratio", {"--sort", "name", "--highlight", "stargate-pledge", "--annotate", "stargate-pledge=Pledged", "--lang", "en"});
    EXPECT_FALSE(ratio.err.contains("note:")) << qPrintable(ratio.err);
}

// The table of scopes is true to the charts: an emphasis option is named in a note exactly where
// it leaves the chart's SVG as it was without it (--annotate changes every chart, so never).
TEST_F(OptionScopeTest, EmphasisNoteExactlyWhereTheOptionChangesNothing)
{
    const struct
    {
        QString chart;
        QString figure; // one the chart shows
    } charts[] = {{"ratio", "stargate-pledge"},
                  {"comparison", "stargate-pledge"},
                  {"scale", "meta-capex-2025-guidance-2025-01"},
                  {"growth", "meta-capex-2019"},
                  {"guidance", "meta-capex-2025-guidance-2025-01"},
                  {"trend", "meta-capex-2019"}};
    for (const auto &c : charts) {
        exportChart(c.chart, {"--lang", "en"}, "svg");
        const QString plain = readAll(path(c.chart + ".svg"));
        const QVector<QStringList> options{{"--highlight", c.figure},
                                           {"--annotate", c.figure + "=Note"},
                                           {"--sort", "name"}}; // value: the bar charts' own order
        for (const QStringList &option : options) {
            const ProcessResult run = exportChart(c.chart, option + QStringList{"--lang", "en"}, "svg");
            const bool unchanged = readAll(path(c.chart + ".svg")) == plain;
            EXPECT_EQ(run.err.contains("note: " + option.first() + " applies to"), unchanged)
                << qPrintable(c.chart + " " + option.join(' ') + ": " + run.err);
        }
    }
}

TEST_F(OptionScopeTest, ChartAllGivesNoNote)
{
    const ProcessResult run =
        spendlens({"export", "--chart", "all", "--quarterly", "--lang", "en", "-o", path("charts") + "/"});
    EXPECT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_FALSE(run.err.contains("note:")) << qPrintable(run.err);
    EXPECT_GT(QFileInfo(path("charts/ratio.png")).size(), 0);
}

TEST_F(OptionScopeTest, BatchNoteNamesTheFileAndLine)
{
    QFile jobs(path("jobs.txt"));
    ASSERT_TRUE(jobs.open(QIODevice::WriteOnly));
    jobs.write(QStringLiteral("# notes\n--chart trend --quarterly -o %1\n--chart ratio --quarterly -o %2\n")
                   .arg(path("trend.png"), path("ratio.png"))
                   .toUtf8());
    jobs.close();
    const ProcessResult run = spendlens({"export", "--batch", jobs.fileName(), "--lang", "en"});
    EXPECT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_TRUE(run.err.contains("spendlens: " + jobs.fileName() +
                                 ":3: note: --quarterly applies to the trend chart only; the ratio chart"))
        << qPrintable(run.err);
    EXPECT_EQ(run.err.count("note:"), 1) << qPrintable(run.err); // line 2 is the trend chart
    EXPECT_GT(QFileInfo(path("trend.png")).size(), 0);
    EXPECT_GT(QFileInfo(path("ratio.png")).size(), 0);
}

} // namespace
