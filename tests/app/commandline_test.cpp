#include "dataset.h"
#include "gtestqt.h"

#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real binary with no display, as a script on a server would.
ProcessResult spendlens(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("DISPLAY");
    env.remove("WAYLAND_DISPLAY");
    env.remove("QT_QPA_PLATFORM");
    process.setProcessEnvironment(env);
    process.start(QString::fromUtf8(SPENDLENS_APP_BINARY), args);
    EXPECT_TRUE(process.waitForFinished(60000));
    ProcessResult run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

class CommandLineTest : public ::testing::Test
{
protected:
    QString path(const QString &name) const { return dir.filePath(name); }
    QTemporaryDir dir;
};

TEST_F(CommandLineTest, ChartsListsEveryChart)
{
    const ProcessResult names = spendlens({"charts", "--names"});
    EXPECT_EQ(names.exitCode, 0);
    EXPECT_EQ(names.out, "ratio\ncomparison\nscale\ngrowth\nguidance\n");
    const ProcessResult described = spendlens({"charts"});
    EXPECT_TRUE(described.out.contains("log scale")) << qPrintable(described.out);
}

TEST_F(CommandLineTest, ExportsAPngWithoutADisplay)
{
    const ProcessResult run = spendlens({"export", "--chart", "ratio", "-o", path("ratio.png")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_TRUE(run.err.contains("2400×1350")) << qPrintable(run.err);
    EXPECT_EQ(QImageReader(path("ratio.png")).size(), QSize(2400, 1350));
}

TEST_F(CommandLineTest, SizeAndScaleAreHonoured)
{
    const ProcessResult run = spendlens({"export", "--chart", "growth", "--size", "800x450", "--scale", "3",
                               "-o", path("growth.png")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_EQ(QImageReader(path("growth.png")).size(), QSize(2400, 1350));
}

TEST_F(CommandLineTest, CsvCarriesRangesAndSources)
{
    const ProcessResult run = spendlens({"export", "--chart", "ratio", "--format", "csv", "-o", path("r.csv")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    QFile file(path("r.csv"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(csv.startsWith("id,figure,entity,kind,unit,value_low,value_high,baseline_id"));
    EXPECT_TRUE(csv.contains(QString::fromUtf8("meta-capex-2025-guidance-2025-01,")));
    EXPECT_TRUE(csv.contains(QString::fromUtf8("\"10,800–11,700×\"")));
    EXPECT_TRUE(csv.contains("arxiv.org/abs/2412.19437"));
}

TEST_F(CommandLineTest, BaselineChangesEveryMultiple)
{
    const ProcessResult run = spendlens({"export", "--chart", "ratio", "--baseline", "meta-capex-2024",
                               "-o", path("r.csv")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    QFile file(path("r.csv"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    // Meta 2025 actual against 2024: 72.22 / 39.23 = 1.84×.
    EXPECT_TRUE(csv.contains(QString::fromUtf8(",meta-capex-2024,1.84"))) << qPrintable(csv);
    EXPECT_TRUE(csv.contains(QString::fromUtf8("1.84×")));
}

struct UsageCase
{
    QStringList args;
    const char *message;
};

TEST_F(CommandLineTest, UsageErrorsExitTwoWithAMessage)
{
    const QList<UsageCase> cases{
        {{"export", "--chart", "pie", "-o", "x.png"}, "unknown chart “pie” (one of: ratio, comparison, scale, growth, guidance)"},
        {{"export", "-o", "x.png"}, "--chart is required"},
        {{"export", "--chart", "ratio"}, "-o OUT is required"},
        {{"export", "--chart", "ratio", "--size", "big", "-o", "x.png"}, "--size takes WIDTHxHEIGHT"},
        {{"export", "--chart", "ratio", "--scale", "9", "-o", "x.png"}, "scale must be 1, 2, 3 or 4"},
        {{"export", "--chart", "ratio", "--format", "gif", "-o", "x.gif"}, "unknown format “gif” (png, svg, pdf or csv)"},
        {{"export", "--chart", "ratio", "--baseline", "nope", "-o", "x.png"}, "no figure has the id “nope”"},
        {{"export", "--chart", "ratio", "--frobnicate", "-o", "x.png"}, "Unknown option 'frobnicate'"},
        {{"draw"}, "unknown command “draw”"},
        {{"export", "--chart", "ratio", "--preset", "poster", "-o", "x.png"}, "unknown preset “poster”"},
        {{"export", "--chart", "ratio", "--theme", "sepia", "-o", "x.png"}, "unknown theme “sepia”"},
        {{"export", "--chart", "ratio", "--param", "gpu_price=3", "-o", "x.png"},
         "no parameter is called “gpu_price” (known: h800_price, h100_price)"},
        {{"export", "--chart", "ratio", "--param", "h800_price", "-o", "x.png"},
         "--param takes NAME=VALUE such as h800_price=3, not “h800_price”"},
        {{"export", "--chart", "ratio", "--param", "h800_price=cheap", "-o", "x.png"},
         "--param h800_price: “cheap” is not a number"},
        {{"export", "--chart", "ratio", "--param", "h800_price=-1", "-o", "x.png"},
         "--param h800_price: “-1” is not a number"},
        {{"export", "--chart", "ratio", "--range", "average", "-o", "x.png"},
         "unknown range mode “average” (range, low, mid or high)"},
        {{"export", "--chart", "ratio", "--compare", "everything", "-o", "x.png"},
         "unknown comparison “everything”"},
        {{"params", "--param", "nope=1"}, "no parameter is called “nope”"},
    };
    for (const UsageCase &c : cases) {
        const ProcessResult run = spendlens(c.args);
        EXPECT_EQ(run.exitCode, 2) << qPrintable(c.args.join(' '));
        EXPECT_TRUE(run.err.contains(QString::fromUtf8(c.message))) << qPrintable(run.err);
    }
    EXPECT_FALSE(QFile::exists("x.png"));
}

TEST_F(CommandLineTest, OtherFailuresExitOneNamingTheFile)
{
    const QString bad = QString(SPENDLENS_TEST_DATA "/truncated.json");
    const ProcessResult broken = spendlens({"export", "--chart", "ratio", "--dataset", bad, "-o", path("x.png")});
    EXPECT_EQ(broken.exitCode, 1);
    EXPECT_TRUE(broken.err.contains(bad + ": line 3: not valid JSON")) << qPrintable(broken.err);
    EXPECT_FALSE(QFile::exists(path("x.png")));

    const ProcessResult unwritable = spendlens({"export", "--chart", "ratio", "-o", "/nonexistent-dir/x.png"});
    EXPECT_EQ(unwritable.exitCode, 1);
    EXPECT_TRUE(unwritable.err.contains("/nonexistent-dir/x.png: cannot be written")) << qPrintable(unwritable.err);
}

TEST_F(CommandLineTest, WindowWithoutADisplaySaysSo)
{
    const ProcessResult run = spendlens({});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains("no display")) << qPrintable(run.err);
}

TEST_F(CommandLineTest, PresetsSetTheSizeAndAnExplicitScaleWins)
{
    ASSERT_EQ(spendlens({"export", "--chart", "scale", "--preset", "square", "-o", path("s.png")}).exitCode, 0);
    EXPECT_EQ(QImageReader(path("s.png")).size(), QSize(1080, 1080));
    ASSERT_EQ(spendlens({"export", "--chart", "ratio", "--preset", "print-a5", "-o", path("a5.png")}).exitCode, 0);
    EXPECT_EQ(QImageReader(path("a5.png")).size(), QSize(2480, 1748));
    ASSERT_EQ(spendlens({"export", "--chart", "growth", "--preset", "story", "--scale", "2", "-o",
                         path("story.png")}).exitCode, 0);
    EXPECT_EQ(QImageReader(path("story.png")).size(), QSize(2160, 3840));
}

TEST_F(CommandLineTest, SvgCarriesTheTextsGivenOnTheCommandLine)
{
    const ProcessResult run = spendlens({"export", "--chart", "ratio", "--title", "Meta vs DeepSeek",
                                         "--byline", "Jane Doe", "--notes", "Nominal dollars.",
                                         "-o", path("r.svg")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    QFile file(path("r.svg"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(svg.contains(">Meta vs DeepSeek</text>"));
    EXPECT_TRUE(svg.contains("Chart: Jane Doe"));
    EXPECT_TRUE(svg.contains("Nominal dollars."));
    EXPECT_TRUE(svg.contains("Caveat:"));

    ASSERT_EQ(spendlens({"export", "--chart", "ratio", "--no-caveat", "-o", path("n.svg")}).exitCode, 0);
    QFile plain(path("n.svg"));
    ASSERT_TRUE(plain.open(QIODevice::ReadOnly));
    EXPECT_FALSE(plain.readAll().contains("Caveat:"));
}

TEST_F(CommandLineTest, DarkThemeAndAltTextFile)
{
    const ProcessResult run = spendlens({"export", "--chart", "growth", "--theme", "dark", "--alt-text",
                                         path("alt.txt"), "-o", path("d.png")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const QImage image(path("d.png"));
    EXPECT_LT(image.pixelColor(3, 3).lightness(), 60);
    QFile alt(path("alt.txt"));
    ASSERT_TRUE(alt.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(alt.readAll());
    EXPECT_TRUE(text.startsWith("Meta capex was $72.2B in 2025, +84.1% on 2024.")) << qPrintable(text);
    EXPECT_TRUE(text.contains("Bar chart of Meta capex by year"));
}

TEST_F(CommandLineTest, ImportIsAllOrNothing)
{
    // wide-years.csv has one bad cell (“lots”): nothing is written, and the cell is named.
    const QString csv = QString(SPENDLENS_TEST_DATA "/csv/wide-years.csv");
    const ProcessResult run = spendlens({"import", csv, "-o", path("w.spendlens")});
    EXPECT_EQ(run.exitCode, 1) << qPrintable(run.err);
    EXPECT_TRUE(run.err.contains(csv + ": line 4, column “2023”: “lots” is not an amount")) << qPrintable(run.err);
    EXPECT_TRUE(run.err.contains("nothing was written")) << qPrintable(run.err);
    EXPECT_FALSE(QFile::exists(path("w.spendlens"))) << "never a half import";
}

QString writeText(const QString &file, const QByteArray &text)
{
    QFile out(file);
    EXPECT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(text);
    return file;
}

// The words people write in a kind column are placed; a word that cannot be is a warning.
const QByteArray kWordsCsv = "entity,label,kind,year,value,source\n"
                             "Meta,Meta capex plan,capex guidance,2025,60-65B,Q4 release\n"
                             "DeepSeek,DeepSeek-V3,training run,2024,5.576M,V3 report\n"
                             "Acme,Acme salaries,salary,2024,1B,Annual report\n";

TEST_F(CommandLineTest, ValidateAcceptsTheWordsPeopleWriteAndWarnsOfAnUnplacedKind)
{
    const QString csv = writeText(path("words.csv"), kWordsCsv);
    const ProcessResult run = spendlens({"validate", csv});
    EXPECT_EQ(run.exitCode, 0) << qPrintable(run.out + run.err);
    EXPECT_TRUE(run.out.contains(csv + ": warning: line 4, column “kind”: the kind “salary” is not one "
                                       "SpendLens knows, so the figure comes in as “other”"))
        << qPrintable(run.out);
    EXPECT_EQ(run.out.count("warning:"), 1) << "capex guidance and training run are placed: " << qPrintable(run.out);
    EXPECT_TRUE(run.out.contains("3 figures, no problems, 1 warnings")) << qPrintable(run.out);
}

TEST_F(CommandLineTest, ImportPlacesTheWordsPeopleWriteAndBringsEveryRow)
{
    const QString csv = writeText(path("words.csv"), kWordsCsv);
    const ProcessResult run = spendlens({"import", csv, "-o", path("w.spendlens")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_TRUE(run.err.contains("imported 3 figures")) << qPrintable(run.err);
    EXPECT_TRUE(run.err.contains("warning: line 4, column “kind”")) << qPrintable(run.err);
    const DatasetRead read = DatasetJson::readFile(path("w.spendlens"));
    ASSERT_TRUE(read.ok) << qPrintable(read.error);
    ASSERT_EQ(read.dataset.figures.size(), 3);
    EXPECT_EQ(read.dataset.figures.at(0).kind, FigureKind::CapexGuidance);
    EXPECT_EQ(read.dataset.figures.at(1).kind, FigureKind::TrainingComputeCost);
    EXPECT_EQ(read.dataset.figures.at(2).kind, FigureKind::Other);
    const ProcessResult valid = spendlens({"validate", path("w.spendlens")});
    EXPECT_EQ(valid.exitCode, 0) << qPrintable(valid.out + valid.err);
    EXPECT_TRUE(valid.out.contains("3 figures, no problems.")) << qPrintable(valid.out);
}

TEST_F(CommandLineTest, ValidateExitsOneWithEveryProblem)
{
    const QString csv = QString(SPENDLENS_TEST_DATA "/csv/bad-numbers.csv");
    const ProcessResult run = spendlens({"validate", csv});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_GE(run.out.count('\n'), 5) << qPrintable(run.out);
    EXPECT_TRUE(run.out.contains("spending cannot be negative"));
    const ProcessResult noSource = spendlens({"validate", QString(SPENDLENS_TEST_DATA "/no-source.json")});
    EXPECT_EQ(noSource.exitCode, 1);
    EXPECT_TRUE(noSource.out.contains("The source (where the figure comes from) is required.")) << qPrintable(noSource.out);
    EXPECT_EQ(spendlens({"import", csv, "--map", "colour=1", "-o", path("x.spendlens")}).exitCode, 2);
}

TEST_F(CommandLineTest, ValidateRefusesAddressesThatAreNotWebAddresses)
{
    for (const char *url : {"javascript:alert(1)", "file:///etc/passwd", "data:text/html,x",
                            "https://user:pw@example.com/"}) {
        const QString doc = writeText(
            path("hostile.spendlens"),
            QByteArray(R"({"format":"spendlens-document","version":1,"figures":[{"id":"a","entity":"Meta",
                "label":"A","kind":"capex","period":{"year":2025},"unit":"USD","low":1,"high":1,
                "status":"actual","source":{"title":"T","url":")") + url + R"("},"level":"primary"}]})");
        const ProcessResult run = spendlens({"validate", doc});
        EXPECT_EQ(run.exitCode, 1) << url;
        EXPECT_TRUE(run.err.contains("figure 1 (a): “" + QString::fromUtf8(url) + "”")) << qPrintable(run.err);
        const ProcessResult csv = spendlens({"export", "--dataset", doc, "--format", "csv", "--chart", "ratio",
                                             "-o", path("out.csv")});
        EXPECT_EQ(csv.exitCode, 1) << url;
        EXPECT_FALSE(QFile::exists(path("out.csv"))) << "the address is never passed on";
    }
}

TEST_F(CommandLineTest, ADocumentPathOpensTheWindowNotACommand)
{
    // As the desktop file launches it: `spendlens FILE`. With no display it says so (exit 1)
    // rather than calling the path an unknown command (exit 2).
    const ProcessResult run = spendlens({QString(SPENDLENS_TEST_DATA "/no-source.json")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains("no display")) << qPrintable(run.err);
}

TEST_F(CommandLineTest, FiguresListsIdsForBaselines)
{
    const ProcessResult run = spendlens({"figures"});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains("deepseek-v3-total")) << qPrintable(run.out);
    EXPECT_TRUE(run.out.contains("$5.58M"));
}

TEST_F(CommandLineTest, ParamsListsParametersAndWhatTheyMake)
{
    const ProcessResult run = spendlens({"params"});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_TRUE(run.out.contains(QString::fromUtf8("h800_price     $2.00 per GPU-hour"))) << qPrintable(run.out);
    EXPECT_TRUE(run.out.contains("used by: DeepSeek-V3 final training run"));
    EXPECT_TRUE(run.out.contains(QString::fromUtf8("derived: 2.788M GPU-hours × $2.00 per GPU-hour")));
    const ProcessResult three = spendlens({"params", "--param", "h800_price=3"});
    ASSERT_EQ(three.exitCode, 0) << qPrintable(three.err);
    EXPECT_TRUE(three.out.contains(QString::fromUtf8("$8.36M"))) << qPrintable(three.out); // 2.788M × 3
}

TEST_F(CommandLineTest, AParameterOnExportChangesEveryRatio)
{
    // $3 an hour: 60B / 8.364M = 7,173.6 and 65B / 8.364M = 7,771.4.
    const ProcessResult run = spendlens({"export", "--chart", "ratio", "--param", "h800_price=3",
                                         "-o", path("r.csv"), "--alt-text", path("alt.txt")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    QFile file(path("r.csv"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(csv.contains(QString::fromUtf8("\"7,170–7,770×\""))) << qPrintable(csv);
    QFile alt(path("alt.txt"));
    ASSERT_TRUE(alt.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(alt.readAll()).contains("$8.36M"));
}

TEST_F(CommandLineTest, ComparisonPresetAndRangeModeShapeTheExport)
{
    const ProcessResult run = spendlens({"export", "--chart", "ratio", "--compare", "hyperscalers-2025",
                                         "--range", "mid", "-o", path("h.csv")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    QFile file(path("h.csv"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    // Baseline: Meta's $60–65B plan, read at its midpoint $62.5B; Amazon's $105B is 1.68× that.
    EXPECT_TRUE(csv.contains("amazon-capex-2025-implied")) << qPrintable(csv);
    EXPECT_FALSE(csv.contains("stargate-pledge"));
    EXPECT_TRUE(csv.contains(QString::fromUtf8("1.68×"))) << qPrintable(csv);
}

TEST_F(CommandLineTest, GuidanceHistoryExportsEveryStatement)
{
    const ProcessResult run = spendlens({"export", "--chart", "guidance", "-o", path("g.csv")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    QFile file(path("g.csv"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).trimmed().split('\n');
    ASSERT_EQ(lines.size(), 6) << qPrintable(lines.join('\n')); // header, four statements, the actual
    EXPECT_TRUE(lines[1].startsWith(QString::fromUtf8("2025-01-24,meta-capex-2025-guidance-2025-01,guidance,60000000000,65000000000,$60.0–65.0B")));
    EXPECT_TRUE(lines[5].startsWith("2026-01-28,meta-capex-2025,actual,72220000000"));
    const ProcessResult png = spendlens({"export", "--chart", "guidance", "-o", path("g.png")});
    ASSERT_EQ(png.exitCode, 0) << qPrintable(png.err);
    EXPECT_EQ(QImage(path("g.png")).size(), QSize(2400, 1350));
}

} // namespace
