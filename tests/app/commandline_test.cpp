#include "csvreader.h"
#include "dataset.h"
#include "fulldisk.h"
#include "gtestqt.h"
#include "spendlensprocess.h"

#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <sys/stat.h>
#include <gtest/gtest.h>

namespace {

class CommandLineTest : public ::testing::Test
{
protected:
    QString path(const QString &name) const { return dir.filePath(name); }
    // The built-in figures saved as a document with the dashboard choices given.
    QString saveDocument(const QString &name, const std::function<void(Dataset *)> &edit)
    {
        Dataset dataset = DatasetJson::builtIn().dataset;
        edit(&dataset);
        QString error;
        EXPECT_TRUE(DatasetJson::writeFile(dataset, path(name), &error)) << qPrintable(error);
        return path(name);
    }
    QTemporaryDir dir;
};

TEST_F(CommandLineTest, ChartsListsEveryChart)
{
    const ProcessResult names = spendlens({"charts", "--names"});
    EXPECT_EQ(names.exitCode, 0);
    EXPECT_EQ(names.out, "ratio\ncomparison\nscale\ngrowth\nguidance\ntrend\n");
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
        {{"export", "--chart", "pie", "-o", "x.png"}, "unknown chart “pie” (one of: ratio, comparison, scale, growth, guidance, trend)"},
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
         "no parameter is called “gpu_price” (known: h800_price, h100_price, usd_cny_2020"},
        {{"export", "--chart", "ratio", "--param", "h800_price", "-o", "x.png"},
         "--param takes NAME=VALUE such as h800_price=3, not “h800_price”"},
        {{"export", "--chart", "ratio", "--param", "h800_price=cheap", "-o", "x.png"},
         "--param h800_price: “cheap” is not a number"},
        {{"export", "--chart", "ratio", "--param", "h800_price=-1", "-o", "x.png"},
         "--param h800_price: “-1” is out of range: H800 rental price cannot be negative (the usual range is 0.5 to 8)."},
        {{"export", "--chart", "ratio", "--range", "average", "-o", "x.png"},
         "unknown range mode “average” (range, low, mid or high)"},
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
    EXPECT_TRUE(unwritable.err.contains("/nonexistent-dir/x.png: cannot be saved")) << qPrintable(unwritable.err);
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

// Too small for the chart with its data: exit 2, what it needs, and no file; the phone preset
// is 390 logical pixels wide, portrait, at 3x.
TEST_F(CommandLineTest, TooSmallASizeIsRefusedWithTheSizeItNeeds)
{
    const ProcessResult run = spendlens({"export", "--chart", "ratio", "--size", "600x400", "-o", path("r.png")});
    EXPECT_EQ(run.exitCode, 2) << qPrintable(run.err);
    EXPECT_TRUE(run.err.contains(QString::fromUtf8("the ratio chart with 11 figures needs at least"))) << qPrintable(run.err);
    EXPECT_FALSE(QFile::exists(path("r.png")));
    const QString needed = run.err.section(QString::fromUtf8("needs at least "), 1).section('.', 0, 0).trimmed();
    ASSERT_TRUE(needed.contains(QChar(0x00D7))) << qPrintable(needed);
    const ProcessResult retry = spendlens({"export", "--chart", "ratio", "--size", QString(needed).replace(QChar(0x00D7), 'x'),
                                           "-o", path("r.png")});
    EXPECT_EQ(retry.exitCode, 0) << qPrintable(retry.err);
    const ProcessResult phone = spendlens({"export", "--chart", "comparison", "--preset", "phone", "-o", path("p.png")});
    ASSERT_EQ(phone.exitCode, 0) << qPrintable(phone.err);
    EXPECT_EQ(QImageReader(path("p.png")).size(), QSize(1170, 3000)); // 390×1000 at 3x
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
    EXPECT_TRUE(run.out.contains("3 figures, no problems, 1 warning.")) << qPrintable(run.out);
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

// Epoch AI's file comes in as it is: recognised, said so, rows without a cost counted.
TEST_F(CommandLineTest, ImportReadsEpochsFileInOneStep)
{
    const QString csv = QString(SPENDLENS_TEST_DATA "/epoch/notable_ai_models.csv");
    const ProcessResult run = spendlens({"import", csv, "-o", path("e.spendlens")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_TRUE(run.err.contains(csv + ": Recognised as Epoch AI's “Notable AI Models” file")) << qPrintable(run.err);
    EXPECT_TRUE(run.err.contains(csv + ": warning: line 1, column “Training compute cost (2023 USD)”: 2 rows "
                                       "without a cost were left out."))
        << qPrintable(run.err);
    EXPECT_TRUE(run.err.contains("imported 2 figures")) << qPrintable(run.err);
    const DatasetRead read = DatasetJson::readFile(path("e.spendlens"));
    ASSERT_TRUE(read.ok) << qPrintable(read.error);
    ASSERT_EQ(read.dataset.figures.size(), 2);
    EXPECT_EQ(read.dataset.figures.at(1).label, "Gamma 2, large");
    EXPECT_EQ(read.dataset.figures.at(1).kind, FigureKind::TrainingComputeCost);
    EXPECT_EQ(read.dataset.figures.at(1).source.quote, "1.2e+8");
    EXPECT_TRUE(read.dataset.figures.at(1).basis.contains("inflation-adjusted 2023 US dollars"));
}

// Epoch's training-cost-trends costs file: developers and dates from the AI Models file beside it,
// or the one --models names; --models on another file is a usage error.
TEST_F(CommandLineTest, ImportJoinsEpochsCostsFileWithItsModelsFile)
{
    const QString repo = QString(SPENDLENS_TEST_DATA "/epoch/training-cost-trends");
    const ProcessResult run = spendlens({"import", repo + "/model_costs.csv", "-o", path("c.spendlens")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_TRUE(run.err.contains("imported 10 figures")) << qPrintable(run.err);
    EXPECT_TRUE(run.err.contains("left out: AlphaGo Lee.")) << qPrintable(run.err);
    const DatasetRead read = DatasetJson::readFile(path("c.spendlens"));
    ASSERT_TRUE(read.ok) << qPrintable(read.error);
    ASSERT_EQ(read.dataset.figures.size(), 10);
    EXPECT_EQ(read.dataset.figures.at(0).label, "Claude 3 Opus amortized (Epoch)");
    EXPECT_EQ(read.dataset.figures.at(0).entity, "Anthropic");
    EXPECT_EQ(read.dataset.figures.at(0).year, 2024);

    QFile::copy(repo + "/model_costs.csv", path("model_costs.csv"));
    const ProcessResult alone = spendlens({"import", path("model_costs.csv"), "-o", path("d.spendlens")});
    EXPECT_EQ(alone.exitCode, 1);
    EXPECT_TRUE(alone.err.contains("names only the models")) << qPrintable(alone.err);
    EXPECT_FALSE(QFile::exists(path("d.spendlens")));
    const ProcessResult named = spendlens({"import", path("model_costs.csv"), "--models",
                                           repo + "/data/All ML Systems - full view.csv", "-o", path("d.spendlens")});
    EXPECT_EQ(named.exitCode, 0) << qPrintable(named.err);
    const ProcessResult wrong = spendlens({"import", QString(SPENDLENS_TEST_DATA "/epoch/notable_ai_models.csv"),
                                           "--models", repo + "/data/All ML Systems - full view.csv", "-o",
                                           path("e.spendlens")});
    EXPECT_EQ(wrong.exitCode, 2);
    EXPECT_TRUE(wrong.err.contains("--models is for Epoch AI's model_costs.csv")) << qPrintable(wrong.err);
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

// Every field of every figure, so that the dataset can be checked outside the app: one CSV row
// per figure, read back with the project's own CSV reader.
TEST_F(CommandLineTest, FiguresAsCsvListEveryFieldOfEveryFigure)
{
    const ProcessResult run = spendlens({"figures", "--format", "csv"});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const CsvRead read = CsvReader().read(run.out.toUtf8(), "stdout");
    ASSERT_TRUE(read.ok) << qPrintable(read.error);
    const CsvTable &table = read.table;
    EXPECT_EQ(table.header(),
              QStringList({"id", "label", "entity", "kind", "period", "year", "quarter", "unit", "currency", "low",
                           "high", "status", "level", "source_title", "publisher", "date", "stated",
                           "address", "quote", "basis", "caveat", "note", "formula"}));
    const Dataset builtIn = DatasetJson::builtIn().dataset;
    ASSERT_EQ(table.rowCount(), builtIn.figures.size());
    for (int i = 0; i < builtIn.figures.size(); ++i) {
        const Figure &f = builtIn.figures.at(i);
        const QStringList row = table.cells(i);
        ASSERT_EQ(row.size(), table.header().size()) << qPrintable(f.id);
        const auto cell = [&](const char *name) { return row.at(table.header().indexOf(QLatin1String(name))); };
        EXPECT_EQ(cell("id"), f.id);
        EXPECT_EQ(cell("low").toDouble(), f.low) << qPrintable(f.id);
        EXPECT_EQ(cell("high").toDouble(), f.high) << qPrintable(f.id);
        EXPECT_EQ(cell("quarter"), f.quarter ? QString::number(f.quarter) : QString()) << qPrintable(f.id);
        EXPECT_EQ(cell("address"), f.source.url) << qPrintable(f.id);
        EXPECT_EQ(cell("quote"), f.source.quote) << qPrintable(f.id);
        EXPECT_EQ(cell("formula"), f.formula) << qPrintable(f.id);
    }
    const ProcessResult bad = spendlens({"figures", "--format", "xml"});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains("--format takes text or csv")) << qPrintable(bad.err);
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
    // Baseline: Meta's $60–65B plan. Amazon's implied $105.2B (26.3 × 4) is 105.2/65 = 1.618× to
    // 105.2/60 = 1.753× of it, read at its midpoint (1.618 + 1.753) / 2 = 1.686×, shown "1.69×".
    EXPECT_TRUE(csv.contains("amazon-capex-2025-implied")) << qPrintable(csv);
    EXPECT_FALSE(csv.contains("stargate-pledge"));
    EXPECT_TRUE(csv.contains(QString::fromUtf8("1.69×"))) << qPrintable(csv);
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

TEST_F(CommandLineTest, DevicesPipesAndTheInputAsOutputAreRefused)
{
    const ProcessResult zero = spendlens({"validate", "/dev/zero"});
    EXPECT_EQ(zero.exitCode, 1);
    EXPECT_TRUE(zero.err.contains("/dev/zero: is not a regular file")) << qPrintable(zero.err);
    const ProcessResult random =
        spendlens({"export", "--chart", "ratio", "--dataset", "/dev/urandom", "-o", path("x.png")});
    EXPECT_EQ(random.exitCode, 1);
    EXPECT_TRUE(random.err.contains("/dev/urandom: is not a regular file")) << qPrintable(random.err);
    ASSERT_EQ(::mkfifo(QFile::encodeName(path("pipe.csv")).constData(), 0600), 0);
    const ProcessResult fifo = spendlens({"validate", path("pipe.csv")});
    EXPECT_EQ(fifo.exitCode, 1);
    EXPECT_TRUE(fifo.err.contains(path("pipe.csv") + ": is not a regular file")) << qPrintable(fifo.err);

    const QString csv = path("same.csv");
    ASSERT_TRUE(QFile::copy(QString(SPENDLENS_TEST_DATA "/csv/wide-years.csv"), csv));
    const QByteArray before = FullDisk::contents(csv);
    const ProcessResult same = spendlens({"import", csv, "-o", dir.path() + "/./same.csv"});
    EXPECT_EQ(same.exitCode, 2);
    EXPECT_TRUE(same.err.contains("the output is the input")) << qPrintable(same.err);
    EXPECT_EQ(FullDisk::contents(csv), before);
}

TEST_F(CommandLineTest, AFullDiskFailsTheCommandAndKeepsTheEarlierFile)
{
    FullDisk disk;
    SPENDLENS_NEED_FULL_DISK(disk);
    const QString csv = QString(SPENDLENS_TEST_DATA "/csv/chinese-units.csv");
    const QVector<QStringList> commands{
        {"export", "--chart", "ratio", "--format", "svg", "-o", disk.filePath("ratio.svg")},
        {"export", "--chart", "ratio", "--format", "csv", "-o", disk.filePath("ratio.csv")},
        {"export", "--chart", "ratio", "--size", "960x700", "--scale", "1", "-o", disk.filePath("ratio.png")},
        {"import", csv, "-o", disk.filePath("w.spendlens")}};
    for (const QStringList &command : commands) {
        const ProcessResult first = spendlens(command);
        ASSERT_EQ(first.exitCode, 0) << qPrintable(first.err);
    }
    const QVector<QByteArray> before{FullDisk::contents(disk.filePath("ratio.svg")),
                                     FullDisk::contents(disk.filePath("ratio.csv")),
                                     FullDisk::contents(disk.filePath("ratio.png")),
                                     FullDisk::contents(disk.filePath("w.spendlens"))};
    disk.fill();
    for (int i = 0; i < commands.size(); ++i) {
        const QString output = commands.at(i).last();
        const ProcessResult full = spendlens(commands.at(i));
        EXPECT_EQ(full.exitCode, 1) << qPrintable(output + full.err);
        EXPECT_TRUE(full.err.contains(output + ": cannot be saved (No space left on device)"))
            << qPrintable(full.err);
        EXPECT_FALSE(full.err.contains("wrote")) << qPrintable(full.err);
        EXPECT_EQ(FullDisk::contents(output), before.at(i)) << qPrintable(output);
    }
}

TEST_F(CommandLineTest, ExportDrawsWhatTheDocumentSaved)
{
    // The document's texts and linear axis were replaced by the flags' defaults.
    const QString doc = saveDocument("saved.spendlens", [](Dataset *d) {
        d->charts["ratio"].title = "Saved title";
        d->charts["ratio"].byline = "Saved Byline";
        d->charts["ratio"].notes = "Saved notes.";
        d->charts["comparison"].logScale = false;
    });
    ASSERT_EQ(spendlens({"export", "--chart", "ratio", "--dataset", doc, "-o", path("r.svg")}).exitCode, 0);
    const QString ratio = readAll(path("r.svg"));
    EXPECT_TRUE(ratio.contains(">Saved title</text>")) << "title";
    EXPECT_TRUE(ratio.contains("Chart: Saved Byline"));
    EXPECT_TRUE(ratio.contains("Saved notes."));
    const ProcessResult linear = spendlens({"export", "--chart", "comparison", "--dataset", doc, "--alt-text",
                                            path("alt.txt"), "-o", path("c.svg")});
    ASSERT_EQ(linear.exitCode, 0) << qPrintable(linear.err);
    EXPECT_TRUE(readAll(path("c.svg")).contains("Linear scale; ranges as whiskers."));
    EXPECT_TRUE(readAll(path("alt.txt")).contains("Bar chart, linear scale")) << qPrintable(readAll(path("alt.txt")));

    // Each flag replaces its part and only that.
    ASSERT_EQ(spendlens({"export", "--chart", "ratio", "--dataset", doc, "--title", "Flag title", "-o",
                         path("f.svg")}).exitCode, 0);
    const QString flagged = readAll(path("f.svg"));
    EXPECT_TRUE(flagged.contains(">Flag title</text>"));
    EXPECT_FALSE(flagged.contains("Saved title"));
    EXPECT_TRUE(flagged.contains("Chart: Saved Byline"));
    ASSERT_EQ(spendlens({"export", "--chart", "comparison", "--dataset", doc, "--log", "-o", path("l.svg")}).exitCode, 0);
    EXPECT_TRUE(readAll(path("l.svg")).contains("Log scale; ranges as whiskers."));
}

TEST_F(CommandLineTest, ExportCsvFollowsTheSavedBaselineComparisonRangeAndFilter)
{
    const QString doc = saveDocument("view.spendlens", [](Dataset *d) {
        d->baselineId = "meta-capex-2024";
        d->comparedIds = {"meta-capex-2025", "deepseek-v3-total", "meta-capex-2025-guidance-2025-01"};
        d->rangeMode = NumberFormat::RangeMode::Mid;
        d->filter.statuses = {FigureStatus::Actual, FigureStatus::Guidance};
    });
    ASSERT_EQ(spendlens({"export", "--chart", "ratio", "--dataset", doc, "-o", path("v.csv")}).exitCode, 0);
    const QString csv = readAll(path("v.csv"));
    EXPECT_TRUE(csv.contains(",meta-capex-2024,1.84")) << qPrintable(csv); // 72.22 / 39.23
    EXPECT_TRUE(csv.contains(QString::fromUtf8(",1.59×,"))) << qPrintable(csv); // $62.5B mid / 39.23
    EXPECT_FALSE(csv.contains("deepseek-v3-total")); // a stated figure: filtered out
    // --range replaces the saved midpoint; the rest stays.
    ASSERT_EQ(spendlens({"export", "--chart", "ratio", "--dataset", doc, "--range", "range", "-o",
                         path("r.csv")}).exitCode, 0);
    EXPECT_TRUE(readAll(path("r.csv")).contains(QString::fromUtf8(",1.53–1.66×,"))) << qPrintable(readAll(path("r.csv")));
}

TEST_F(CommandLineTest, CompareTakesFigureIds)
{
    const ProcessResult run = spendlens({"export", "--chart", "ratio", "--compare",
                                         "meta-capex-2024,stargate-pledge", "-o", path("ids.csv")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    QStringList ids;
    for (const QString &line : readAll(path("ids.csv")).trimmed().split('\n').mid(1))
        ids.append(line.section(',', 0, 0));
    EXPECT_EQ(ids, QStringList({"stargate-pledge", "meta-capex-2024", "deepseek-v3-total"})); // and the baseline
    const ProcessResult unknown = spendlens({"export", "--chart", "ratio", "--compare",
                                             "meta-capex-2024,no-such-figure", "-o", path("x.csv")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QString::fromUtf8("“no-such-figure” is neither a ready-made comparison")))
        << qPrintable(unknown.err);
    EXPECT_FALSE(QFile::exists(path("x.csv")));
    const ProcessResult everything = spendlens({"export", "--chart", "ratio", "--compare", "everything",
                                                "-o", path("x.csv")});
    EXPECT_EQ(everything.exitCode, 1);
    EXPECT_TRUE(everything.err.contains(QString::fromUtf8("“everything” is neither"))) << qPrintable(everything.err);
    EXPECT_TRUE(spendlens({"--help"}).out.contains("--compare ID,ID,..."));
}

TEST_F(CommandLineTest, AFormulaChainTenThousandLongIsNoCrash)
{
    // validate, export and figures died of SIGSEGV (recursive evaluation) with no message.
    const QString doc = saveDocument("chain.spendlens", [](Dataset *d) {
        Figure link = d->figures.first();
        for (int i = 0; i < 10000; ++i) {
            link.id = QStringLiteral("c%1").arg(i);
            link.label = link.id;
            link.formula = i + 1 < 10000 ? QStringLiteral("{c%1} + 1").arg(i + 1) : QString();
            d->figures.append(link);
        }
    });
    const ProcessResult valid = spendlens({"validate", doc});
    EXPECT_EQ(valid.exitCode, 0) << qPrintable(valid.out + valid.err);
    const ProcessResult exported = spendlens({"export", "--chart", "ratio", "--dataset", doc, "-o", path("c.csv")});
    EXPECT_EQ(exported.exitCode, 0) << qPrintable(exported.err);
    const ProcessResult listed = spendlens({"figures", "--dataset", doc});
    EXPECT_EQ(listed.exitCode, 0);
    EXPECT_TRUE(listed.out.contains(QRegularExpression("\nc0 +\\S+ "))) << qPrintable(listed.out.right(300));
}

TEST_F(CommandLineTest, ABaselineNextToZeroGivesAReasonNotInfinity)
{
    const QString doc = saveDocument("tiny.spendlens", [](Dataset *d) {
        d->baselineId = "meta-capex-2024";
        for (Figure &f : d->figures)
            if (f.id == d->baselineId)
                f.low = f.high = 5e-324;
    });
    const ProcessResult csv = spendlens({"export", "--chart", "ratio", "--dataset", doc, "--alt-text",
                                         path("alt.txt"), "-o", path("t.csv")});
    ASSERT_EQ(csv.exitCode, 0) << qPrintable(csv.err);
    // "inf" as a number, not inside a word such as a source title's "infrastructure".
    EXPECT_FALSE(readAll(path("t.csv")).contains(QRegularExpression("(^|[,\\s])[-+]?inf(,|\\s|$)")))
        << qPrintable(readAll(path("t.csv")));
    EXPECT_TRUE(readAll(path("t.csv")).contains("so close to zero"));
    const QString headline = readAll(path("alt.txt")).section("\n\n", 0, 0);
    EXPECT_TRUE(headline.contains("so close to zero")) << qPrintable(headline);
    EXPECT_FALSE(headline.contains(QChar(0x2013))) << qPrintable(headline);
    // With no multiple to draw, the picture is refused with the chart's reason (CommandLineTour).
    const ProcessResult png = spendlens({"export", "--chart", "ratio", "--dataset", doc, "-o", path("t.png")});
    EXPECT_EQ(png.exitCode, 1);
    EXPECT_TRUE(png.err.contains("so close to zero")) << qPrintable(png.err);
    EXPECT_FALSE(QFile::exists(path("t.png")));
}

TEST_F(CommandLineTest, TextsAndImagesTooLargeToDrawAreRefused)
{
    // A 100,000-character title took over 20 s to lay out; 4096×4096 at 4x took 1.09 GB.
    const ProcessResult title = spendlens({"export", "--chart", "ratio", "--title", QString(100000, 'x'),
                                           "-o", path("t.png")});
    EXPECT_EQ(title.exitCode, 1);
    EXPECT_TRUE(title.err.contains("the chart's title is 100,000 characters long; at most 1,000 fit on a chart"))
        << qPrintable(title.err.left(300));
    const ProcessResult huge = spendlens({"export", "--chart", "ratio", "--size", "4096x4096", "--scale", "4",
                                          "-o", path("h.png")});
    EXPECT_EQ(huge.exitCode, 1);
    EXPECT_TRUE(huge.err.contains(QString::fromUtf8("4096×4096 at 4x is 268.4 million pixels; at most 40 million")))
        << qPrintable(huge.err);
    const QString doc = saveDocument("long.spendlens", [](Dataset *d) { d->charts["growth"].byline = QString(5000, 'b'); });
    const ProcessResult saved = spendlens({"export", "--chart", "growth", "--dataset", doc, "-o", path("g.png")});
    EXPECT_EQ(saved.exitCode, 1);
    EXPECT_TRUE(saved.err.contains(QString::fromUtf8("chart “growth”: the chart's byline is 5,000 characters long")))
        << qPrintable(saved.err);
    EXPECT_FALSE(QFile::exists(path("t.png")) || QFile::exists(path("h.png")) || QFile::exists(path("g.png")));
}

} // namespace

TEST_F(CommandLineTest, AStaleCustomTitleWarnsAndStrictRefusesToWrite)
{
    // An old document: one subtitle for the ratio chart, written over the saved comparison.
    const QString doc = saveDocument("old.spendlens", [](Dataset *d) {
        d->baselineId = "deepseek-v3-total";
        d->comparedIds = QStringList{"meta-capex-2025-guidance-2025-01", "meta-capex-2025", "meta-capex-2024"};
        d->charts["ratio"].subtitle = "{figure} is {multiple} {baseline}";
    });
    const ProcessResult fresh = spendlens({"export", "--dataset", doc, "--chart", "ratio", "--strict", "-o", path("a.svg")});
    ASSERT_EQ(fresh.exitCode, 0) << qPrintable(fresh.err);
    EXPECT_FALSE(fresh.err.contains("warning")) << qPrintable(fresh.err);

    const QStringList cheaper{"export", "--dataset", doc, "--chart", "ratio", "--param", "h800_price=3"};
    const ProcessResult warned = spendlens(cheaper + QStringList{"-o", path("b.svg")});
    ASSERT_EQ(warned.exitCode, 0) << qPrintable(warned.err);
    EXPECT_TRUE(warned.err.contains("spendlens: warning: The data under the Ratio chart changed")) << qPrintable(warned.err);
    EXPECT_TRUE(QFile::exists(path("b.svg")));

    const ProcessResult strict = spendlens(cheaper + QStringList{"--strict", "-o", path("c.svg")});
    EXPECT_EQ(strict.exitCode, 1) << qPrintable(strict.err);
    EXPECT_TRUE(strict.err.contains("Nothing was written (--strict)")) << qPrintable(strict.err);
    EXPECT_FALSE(QFile::exists(path("c.svg")));
}

TEST_F(CommandLineTest, HighlightAnnotateAndSortReachTheExportAndNameAnUnknownFigure)
{
    const QStringList ratio{"export", "--chart", "ratio", "--compare", "hyperscalers-2025", "--format", "svg"};
    const ProcessResult done = spendlens(ratio + QStringList{"--highlight", "alphabet-capex-2025,microsoft-ai-dc-fy2025",
                                                             "--annotate", "microsoft-ai-dc-fy2025=Fiscal year to June",
                                                             "--annotate", "alphabet-capex-2025=Stated in February",
                                                             "--sort", "name", "-o", path("e.svg")});
    ASSERT_EQ(done.exitCode, 0) << qPrintable(done.err);
    const QString svg = readAll(path("e.svg"));
    EXPECT_TRUE(svg.contains("Fiscal year to June") && svg.contains("Stated in February"));
    // By name, Alphabet's row comes before Amazon's (by value, Amazon's is first).
    for (const char *order : {"name", "value"}) {
        const ProcessResult csv = spendlens({"export", "--chart", "ratio", "--compare", "hyperscalers-2025", "--sort",
                                             order, "-o", path("e.csv")});
        ASSERT_EQ(csv.exitCode, 0) << qPrintable(csv.err);
        const QString rows = readAll(path("e.csv"));
        EXPECT_EQ(rows.indexOf("alphabet-capex-2025") < rows.indexOf("amazon-capex-2025-implied"),
                  QLatin1String(order) == "name") << order;
    }

    const struct
    {
        QStringList flags;
        const char *says;
    } bad[] = {
        {{"--highlight", "alphabet-capex-2025,nope"}, "--highlight: no figure has the id “nope”"},
        {{"--annotate", "nope=Hello"}, "--annotate: no figure has the id “nope”"},
        {{"--annotate", "meta-capex-2019=Old"}, "--annotate: the figure “meta-capex-2019” is not on the ratio chart"},
        {{"--annotate", "alphabet-capex-2025"}, "--annotate takes ID=TEXT"},
        {{"--annotate", "alphabet-capex-2025=" + QString(201, 'x')}, "at most 200 fit on a chart"},
        {{"--sort", "size"}, "unknown bar order “size” (value, name or date)"},
    };
    for (const auto &b : bad) {
        const ProcessResult run = spendlens(ratio + b.flags + QStringList{"-o", path("x.svg")});
        EXPECT_EQ(run.exitCode, 2) << b.says;
        EXPECT_TRUE(run.err.contains(QString::fromUtf8(b.says))) << qPrintable(run.err);
        EXPECT_FALSE(QFile::exists(path("x.svg"))) << b.says;
    }
}
// --- Each command's own help, and the charts in columns --------------------------------------------

TEST_F(CommandLineTest, EveryCommandPrintsItsOwnUsageWithHelpAndExitsZero)
{
    const QList<QPair<QString, QString>> commands{{"export", "--chart <NAME>"}, {"charts", "--names"},
                                                  {"figures", "--format <FORMAT>"}, {"params", "--param"},
                                                  {"import", "--scale <UNIT>"}, {"validate", "FILE"}};
    for (const auto &[command, option] : commands) {
        for (const QStringList &args : {QStringList{command, "--help"}, QStringList{command, "-h"},
                                        QStringList{"help", command}}) {
            const ProcessResult run = spendlens(args);
            EXPECT_EQ(run.exitCode, 0) << qPrintable(args.join(' ') + '\n' + run.err);
            EXPECT_TRUE(run.out.startsWith("Usage: spendlens " + command + " [options]")) << qPrintable(run.out);
            EXPECT_TRUE(run.out.contains(option)) << qPrintable(args.join(' ') + '\n' + run.out);
            EXPECT_TRUE(run.err.isEmpty()) << qPrintable(run.err);
        }
    }
    const ProcessResult top = spendlens({"--help"});
    EXPECT_EQ(top.exitCode, 0);
    EXPECT_TRUE(top.out.contains("spendlens COMMAND --help")) << qPrintable(top.out);
    // A bad option still says how to get the command's usage.
    const ProcessResult bad = spendlens({"import", "--frobnicate"});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains("see `spendlens import --help`")) << qPrintable(bad.err);
}

TEST_F(CommandLineTest, HelpSpeaksChineseUnderLangZhCN)
{
    const ProcessResult charts = spendlens({"charts", "--help", "--lang", "zh_CN"});
    EXPECT_EQ(charts.exitCode, 0) << qPrintable(charts.err);
    EXPECT_TRUE(charts.out.startsWith(QString::fromUtf8("用法：spendlens charts [选项]"))) << qPrintable(charts.out);
    EXPECT_TRUE(charts.out.contains(QString::fromUtf8("只列出图表名称"))) << qPrintable(charts.out);
    EXPECT_FALSE(charts.out.contains("Show this command's usage")) << qPrintable(charts.out);
    const ProcessResult top = spendlens({"--help", "--lang", "zh_CN"});
    EXPECT_EQ(top.exitCode, 0);
    EXPECT_TRUE(top.out.startsWith(QString::fromUtf8("用法："))) << qPrintable(top.out);
    const ProcessResult english = spendlens({"charts", "--help", "--lang", "en"});
    EXPECT_TRUE(english.out.startsWith("Usage: spendlens charts")) << qPrintable(english.out);
}

TEST_F(CommandLineTest, ChartsPrintsItsNamesAndDescriptionsInAlignedColumns)
{
    const ProcessResult run = spendlens({"charts"});
    ASSERT_EQ(run.exitCode, 0);
    const QStringList lines = run.out.split('\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 6) << qPrintable(run.out);
    const QRegularExpression row("^(\\S+)(\\s{2,})\\S");
    qsizetype column = -1;
    for (const QString &line : lines) {
        const QRegularExpressionMatch m = row.match(line);
        ASSERT_TRUE(m.hasMatch()) << "no two spaces after the name: " << qPrintable(line);
        const qsizetype at = m.capturedLength(1) + m.capturedLength(2);
        EXPECT_TRUE(column < 0 || at == column) << qPrintable(run.out);
        column = at;
    }
}

// --- Import: the unit the numbers are in ---------------------------------------------------------

TEST_F(CommandLineTest, ImportScaleSetsTheUnitWhereTheHeaderDoesNotSay)
{
    const QString plain = writeText(path("plain.csv"), "entity,year,value,source\nMeta,2024,\"32,040\",10-K\n");
    ProcessResult run = spendlens({"import", plain, "--scale", "m", "-o", path("m.spendlens")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    DatasetRead read = DatasetJson::readFile(path("m.spendlens"));
    ASSERT_EQ(read.dataset.figures.size(), 1);
    EXPECT_DOUBLE_EQ(read.dataset.figures.front().low, 32.04e9); // $32.0B, not $32K

    // A header that says its unit is used, whatever --scale says.
    const QString headed = writeText(path("headed.csv"), "entity,year,Capex ($bn),source\nMeta,2024,39.23,10-K\n");
    run = spendlens({"import", headed, "--scale", "m", "-o", path("bn.spendlens")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    read = DatasetJson::readFile(path("bn.spendlens"));
    ASSERT_EQ(read.dataset.figures.size(), 1);
    EXPECT_DOUBLE_EQ(read.dataset.figures.front().low, 39.23e9);

    run = spendlens({"import", plain, "--scale", "lakh", "-o", path("x.spendlens")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("--scale takes units, k, m or bn, not “lakh”")) << qPrintable(run.err);
    EXPECT_FALSE(QFile::exists(path("x.spendlens")));
}

TEST_F(CommandLineTest, ImportWarnsOfAValueAThousandTimesOffButImportsIt)
{
    const QString csv = writeText(path("off.csv"), "entity,year,value,source\n"
                                                   "Meta,2023,28.1B,10-K\nMeta,2024,\"39,230\",10-K\n"
                                                   "Meta,2022,31.4B,10-K\n");
    const ProcessResult run = spendlens({"import", csv, "-o", path("off.spendlens")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_TRUE(run.err.contains("warning: line 3, column “value”: “39,230” reads as $39.2K")) << qPrintable(run.err);
    EXPECT_TRUE(run.err.contains("imported 3 figures")) << qPrintable(run.err);
}

TEST_F(CommandLineTest, FactCheckSheetIsWrittenAsMarkdownOrPdfAndOtherNamesAreRefused)
{
    ProcessResult run = spendlens({"export", "--chart", "ratio", "-o", path("r.png"), "--factcheck", path("f.md")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const QString md = readAll(path("f.md"));
    EXPECT_TRUE(md.startsWith("# Fact-check sheet: Ratio chart")) << qPrintable(md.left(200));
    EXPECT_TRUE(md.contains(QString::fromUtf8("10,800–11,700×")));
    run = spendlens({"export", "--chart", "ratio", "-o", path("r2.png"), "--factcheck", path("f.pdf")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_TRUE(readAll(path("f.pdf")).startsWith("%PDF-"));
    // Another extension: a usage error naming the file, and nothing written, not even the chart.
    run = spendlens({"export", "--chart", "ratio", "-o", path("r3.png"), "--factcheck", path("f.html")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("f.html")) << qPrintable(run.err);
    EXPECT_TRUE(run.err.contains(".md")) << qPrintable(run.err);
    EXPECT_FALSE(QFile::exists(path("f.html")));
    EXPECT_FALSE(QFile::exists(path("r3.png")));
}

TEST_F(CommandLineTest, ImportsSecCompanyFactsIntoAGrowthChartCitingTheFilings)
{
    const QString facts = QString(SPENDLENS_TEST_DATA "/sec/companyfacts-meta.json");
    const ProcessResult run = spendlens({"import", facts, "-o", path("meta.spendlens")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_TRUE(run.err.contains("imported 4 figures")) << qPrintable(run.err);
    const DatasetRead read = DatasetJson::readFile(path("meta.spendlens"));
    ASSERT_TRUE(read.ok) << qPrintable(read.error);
    ASSERT_EQ(read.dataset.figures.size(), 4);
    EXPECT_EQ(read.dataset.growthEntity, "Meta Platforms, Inc.");
    EXPECT_EQ(read.dataset.figures.at(2).id, "sec-1326801-capex-cy2024q3");
    EXPECT_EQ(read.dataset.figures.at(2).quarter, 3) << "the quarter survives the document";
    // The growth chart's footer names the 10-K by its accession number; quarters stay out.
    const ProcessResult svg = spendlens({"export", "--chart", "growth", "--dataset", path("meta.spendlens"),
                                         "-o", path("growth.svg")});
    ASSERT_EQ(svg.exitCode, 0) << qPrintable(svg.err);
    const QString text = readAll(path("growth.svg"));
    EXPECT_TRUE(text.contains("Form 10-K, accession 0001326801-25-000017")) << "the footer cites the filing";
    EXPECT_FALSE(text.contains("0001326801-24-000082")) << "no quarter's 10-Q in a yearly chart";

    const ProcessResult both = spendlens({"import", facts, "--concept", "PaymentsToAcquirePropertyPlantAndEquipment",
                                          "--concept", "PaymentsForRepaymentsOfFinanceLeasePrincipal", "-o",
                                          path("lease.spendlens")});
    ASSERT_EQ(both.exitCode, 0) << qPrintable(both.err);
    const DatasetRead lease = DatasetJson::readFile(path("lease.spendlens"));
    ASSERT_TRUE(lease.ok);
    EXPECT_EQ(lease.dataset.figures.last().low, 37256000000.0 + 1969000000.0);
}

TEST_F(CommandLineTest, SecImportIsAllOrNothing)
{
    const QString facts = QString(SPENDLENS_TEST_DATA "/sec/companyfacts-meta.json");
    const ProcessResult missing = spendlens({"import", facts, "--concept", "Revenues", "-o", path("x.spendlens")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(facts + ": no concept “Revenues”")) << qPrintable(missing.err);
    EXPECT_TRUE(missing.err.contains("Nothing was written")) << qPrintable(missing.err);
    EXPECT_FALSE(QFile::exists(path("x.spendlens")));
    const QString bad = writeText(path("bad.json"), R"({"cik":1,"entityName":"X","facts":{"us-gaap":{)"
                                                    R"("PaymentsToAcquirePropertyPlantAndEquipment":{"units":{"USD":[)"
                                                    R"({"start":"2024-01-01","end":"2024-12-31","val":"lots"}]}}}}})");
    const ProcessResult broken = spendlens({"import", bad, "-o", path("y.spendlens")});
    EXPECT_EQ(broken.exitCode, 1);
    EXPECT_FALSE(QFile::exists(path("y.spendlens")));
    const ProcessResult notJson = spendlens({"import", writeText(path("t.json"), "{\"cik\":"), "-o", path("z.spendlens")});
    EXPECT_EQ(notJson.exitCode, 1);
    EXPECT_TRUE(notJson.err.contains("line 1, column 8")) << qPrintable(notJson.err);
    EXPECT_FALSE(QFile::exists(path("z.spendlens")));
    const QString csv = QString(SPENDLENS_TEST_DATA "/csv/crlf.csv");
    EXPECT_EQ(spendlens({"import", csv, "--concept", "X", "-o", path("w.spendlens")}).exitCode, 2);
}
