// The fact-check sheet (issue 14, §4): every number a chart shows, in its labels, texts,
// headline and alt text, is in the sheet with a source; the headline chart's sheet checked by
// hand; the PDF is a PDF with the sheet's text in it.
#include "chartcatalog.h"
#include "chartfixture.h"
#include "exportdialog.h"
#include "chartspec.h"
#include "charttextcheck.h"
#include "factcheckexport.h"
#include "factchecksheet.h"
#include "factchecktext.h"
#include "parametermodel.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

class FactCheckTest : public ChartFixture
{
protected:
    // What the drawn chart writes: title, subtitle, value labels, caveat and footer, then the
    // headline and alt text. Names and citations are taken out first ("Llama 3.1 405B" is a name,
    // "arXiv 2412.19437" part of a source's title), and so are statement dates ("2025-01-24"):
    // the sheet lists every figure under its name with its source and date.
    QStringList chartTexts(ChartType type) const
    {
        const ChartSpec &spec = ChartCatalog::spec(type, document);
        ChartExporter::Renderer renderer(ChartCatalog::build(type, document, style), {});
        const ChartCanvas *canvas = renderer.canvas();
        QStringList texts = canvas->visibleLabelTexts();
        texts << canvas->title() << canvas->subtitle() << canvas->footerText() << spec.headline() << spec.altText();
        static const QRegularExpression isoDate(QStringLiteral("\\d{4}-\\d{2}-\\d{2}"));
        for (QString &text : texts) {
            for (const Figure &f : document.figures()->figures())
                for (const QString &name : {FigureText::labelName(f), FigureText::sourceTitleName(f), f.source.publisher})
                    if (!name.isEmpty())
                        text.remove(name);
            text.replace(isoDate, QStringLiteral(" "));
        }
        return texts;
    }

    // Whether the sheet has a number that states this one (to its rounding) and rests on figures
    // with a source, and whose written form is in the Markdown; or, for a year, a figure of it.
    static bool covered(const FactCheckSheet &sheet, const QString &markdown, QPair<double, double> n)
    {
        for (const FactCheckSheet::Number &entry : sheet.numbers) {
            // Within the rounding of three significant figures, or of a percent's one decimal;
            // a sign ("−12.3%") is not read as part of the number.
            const double low = qMin(qAbs(entry.low), qAbs(entry.high));
            const double high = qMax(qAbs(entry.low), qAbs(entry.high));
            const bool within = n.first >= qMin(low * 0.99, low - 0.05) - 1e-9 &&
                                n.second <= qMax(high * 1.01, high + 0.05) + 1e-9;
            if (!within || !markdown.contains(entry.shown))
                continue;
            bool sourced = !entry.derivation.isEmpty() && entry.figureIds.isEmpty(); // a count
            for (const QString &id : entry.figureIds) {
                const int at = sheet.figureIndex(id);
                sourced = sourced || (at >= 0 && !sheet.figures.at(at).source.title.isEmpty() &&
                                      markdown.contains(sheet.figures.at(at).source.title));
            }
            if (sourced)
                return true;
        }
        // A year, or years: of a figure's period (as its Period line gives it), statement or source.
        const auto isYear = [&](double y) {
            for (const Figure &f : sheet.figures)
                if (y == f.year || y == f.stated.year() || y == f.source.date.year())
                    return true;
            for (const QString &line : markdown.split(QLatin1Char('\n')))
                if (line.startsWith("- **Period:**") && line.contains(QString::number(y)))
                    return true;
            return false;
        };
        return isYear(n.first) && isYear(n.second);
    }

    // Every number each chart writes, checked against that chart's sheet; the count checked.
    void expectEveryNumberCovered(const char *when)
    {
        for (const ChartCatalog::Entry &e : ChartCatalog::entries()) {
            const FactCheckSheet sheet = FactCheckSheet::forChart(ChartCatalog::spec(e.type, document));
            const QString markdown = FactCheckText::markdown(sheet);
            int checked = 0;
            for (const QString &text : chartTexts(e.type)) {
                QStringList written;
                const QVector<QPair<double, double>> numbers = ChartTextCheck::statedNumbers(text, &written);
                for (int i = 0; i < numbers.size(); ++i, ++checked)
                    EXPECT_TRUE(covered(sheet, markdown, numbers.at(i)))
                        << when << ", " << qPrintable(e.key) << ": " << qPrintable(written.at(i)) << " in “"
                        << qPrintable(text) << "” is not in the fact-check sheet with a source";
            }
            EXPECT_GT(checked, 3) << when << ", " << qPrintable(e.key);
        }
    }
};

TEST_F(FactCheckTest, EveryNumberOnEveryChartIsInItsSheetWithASource)
{
    expectEveryNumberCovered("default");
}

TEST_F(FactCheckTest, EveryNumberIsCoveredForOtherComparisonsRangesAndParameters)
{
    Preset hyperscalers;
    ASSERT_TRUE(Presets::find(QStringLiteral("hyperscalers-2025"), &hyperscalers));
    ASSERT_TRUE(document.applyPreset(hyperscalers).isEmpty());
    expectEveryNumberCovered("hyperscalers");
    ASSERT_TRUE(Presets::find(QStringLiteral("meta-vs-deepseek"), &hyperscalers));
    ASSERT_TRUE(document.applyPreset(hyperscalers).isEmpty());
    document.setRangeMode(NumberFormat::RangeMode::Mid);
    ASSERT_TRUE(document.setParameter(QStringLiteral("h800_price"), 3).isEmpty());
    expectEveryNumberCovered("midpoints at $3 an hour");
}

TEST_F(FactCheckTest, AMissingNumberIsCaught)
{
    // The check itself can fail: a sheet without the multiples leaves the headline's uncovered.
    FactCheckSheet sheet = FactCheckSheet::forChart(ChartCatalog::spec(ChartType::Ratio, document));
    sheet.numbers.erase(std::remove_if(sheet.numbers.begin(), sheet.numbers.end(),
                                       [](const FactCheckSheet::Number &n) { return n.shown.endsWith(QChar(0x00D7)); }),
                        sheet.numbers.end());
    EXPECT_FALSE(covered(sheet, FactCheckText::markdown(sheet), {10800, 11700}));
}

TEST_F(FactCheckTest, HeadlineChartSheetByHand)
{
    const QString md = FactCheckText::markdown(FactCheckSheet::forChart(ChartCatalog::spec(ChartType::Ratio, document)));
    EXPECT_TRUE(md.startsWith("# Fact-check sheet: Ratio chart\n")) << qPrintable(md.left(200));
    EXPECT_TRUE(md.contains("**Headline:** Meta plans to spend $60.0–65.0B on capital projects in 2025, "
                            "10,800–11,700 times the $5.58M DeepSeek says the DeepSeek-V3 final training run cost "
                            "(derived: 2.788M GPU-hours × $2.00 per GPU-hour at the rental price DeepSeek assumed)."));
    // The headline's multiple: 60e9 / 5.576e6 = 10,760.4017…, 65e9 / 5.576e6 = 11,657.1019…
    EXPECT_TRUE(md.contains("| 10,800–11,700× | Meta 2025 capex plan (Jan 2025) as a multiple of DeepSeek-V3 final "
                            "training run | chart, title, headline, alt text | low 60,000,000,000 ÷ 5,576,000 = "
                            "10,760.4017; high 65,000,000,000 ÷ 5,576,000 = 11,657.1019 | F6, F11 |"))
        << qPrintable(md);
    // The baseline is derived: 2.788M GPU-hours × $2.00, both inputs listed with their sources.
    EXPECT_TRUE(md.contains("| $5.58M | DeepSeek-V3 final training run | chart, subtitle, headline, alt text | "
                            "derived: 2.788M GPU-hours × $2.00 per GPU-hour | F11 |"));
    EXPECT_TRUE(md.contains("| 2.788M GPU-hours | DeepSeek-V3 H800 GPU-hours, an input of DeepSeek-V3 final "
                            "training run | headline, footer notes |"));
    EXPECT_TRUE(md.contains("| `h800_price` | H800 rental price | 2 | DeepSeek-V3 Technical Report, Table 1"));
    // Meta's plan with its source, address, quote, verification and caveat.
    const qsizetype f6 = md.indexOf("### F6. Meta 2025 capex plan (Jan 2025)");
    ASSERT_GE(f6, 0);
    const QString meta = md.mid(f6, md.indexOf("### F7.") - f6);
    for (const char *line : {"- **Id:** `meta-capex-2025-guidance-2025-01`",
                             "- **Value as stored:** 60,000,000,000 to 65,000,000,000 USD (low to high)",
                             "- **Verification:** Secondary", "- **Address:** <https://", "- **Verbatim quote:** “",
                             "- **Caveat:** "})
        EXPECT_TRUE(meta.contains(QString::fromUtf8(line))) << line << "\n" << qPrintable(meta);
    // Microsoft's fiscal year is said with its months.
    EXPECT_TRUE(md.contains("- **Period:** FY2025 (Jul 2024–Jun 2025)\n"));
}

TEST_F(FactCheckTest, GrowthChangesShowTheirArithmetic)
{
    const QString md = FactCheckText::markdown(FactCheckSheet::forChart(ChartCatalog::spec(ChartType::Growth, document)));
    // 72.22 / 39.23 − 1 = 0.84094…: +84.1% on the chart.
    EXPECT_TRUE(md.contains("| +84.1% | Change of Meta capex 2025 on Meta capex 2024 | chart, headline, alt text | "
                            "(72,220,000,000 ÷ 39,230,000,000) − 1 = 0.8409 |"))
        << qPrintable(md);
}

TEST_F(FactCheckTest, PdfIsAPdfWithTheSheetsText)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("sheet.pdf");
    QString error;
    ASSERT_TRUE(FactCheckExport::write(ChartCatalog::spec(ChartType::Ratio, document), path, &error)) << qPrintable(error);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF-"));
    EXPECT_TRUE(bytes.trimmed().endsWith("%%EOF"));
    const QString pdftotext = QStandardPaths::findExecutable("pdftotext");
    ASSERT_FALSE(pdftotext.isEmpty()) << "pdftotext (poppler-utils, in scripts/packages.txt) is needed";
    QProcess process;
    process.start(pdftotext, {path, "-"});
    ASSERT_TRUE(process.waitForFinished(30000));
    ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().constData();
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    EXPECT_TRUE(text.contains("Fact-check sheet: Ratio chart")) << qPrintable(text.left(500));
    EXPECT_TRUE(text.contains("89,670.0143")) << qPrintable(text.left(2000));
    EXPECT_TRUE(text.contains("meta-capex-2025-guidance-2025-01"));
}

// The PDF's tables are ruled: page 1 drawn by pdftoppm (poppler-utils) has grey rows that run
// across most of the table, which no line of text does.
TEST_F(FactCheckTest, PdfTablesHaveRules)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("sheet.pdf");
    QString error;
    ASSERT_TRUE(FactCheckExport::write(ChartCatalog::spec(ChartType::Ratio, document), path, &error)) << qPrintable(error);
    const QString pdftoppm = QStandardPaths::findExecutable("pdftoppm");
    ASSERT_FALSE(pdftoppm.isEmpty()) << "pdftoppm (poppler-utils, in scripts/packages.txt) is needed";
    QProcess process;
    process.start(pdftoppm, {"-r", "100", "-f", "1", "-l", "1", "-gray", "-singlefile", "-png", path,
                             dir.filePath("page")});
    ASSERT_TRUE(process.waitForFinished(30000));
    ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().constData();
    const QImage page(dir.filePath("page.png"));
    ASSERT_FALSE(page.isNull());
    int ruled = 0;
    for (int y = 0; y < page.height(); ++y) {
        int grey = 0;
        for (int x = 0; x < page.width(); ++x)
            grey += qGray(page.pixel(x, y)) < 235 ? 1 : 0;
        ruled += grey > page.width() * 6 / 10 ? 1 : 0;
    }
    EXPECT_GE(ruled, 10) << "rows of the page that are a rule across the table";
}

TEST_F(FactCheckTest, AnotherFileNameIsRefusedAndNothingIsWritten)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("sheet.txt");
    QString error;
    EXPECT_FALSE(FactCheckExport::write(ChartCatalog::spec(ChartType::Ratio, document), path, &error));
    EXPECT_TRUE(error.contains("sheet.txt")) << qPrintable(error);
    EXPECT_TRUE(error.contains(".md")) << qPrintable(error);
    EXPECT_FALSE(QFile::exists(path));
}

} // namespace

namespace {

TEST_F(FactCheckTest, TheExportDialogWritesTheSheetOfItsChart)
{
    ExportDialog dialog(&document, ChartType::Growth);
    QPushButton *button = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>())
        if (b->text() == QString::fromUtf8("Fact-check sheet…"))
            button = b;
    ASSERT_NE(button, nullptr) << "no Fact-check sheet… button";
    QTemporaryDir dir;
    QString error;
    ASSERT_TRUE(dialog.exportFactCheck(dir.filePath("growth.md"), &error)) << qPrintable(error);
    QFile file(dir.filePath("growth.md"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString md = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(md.startsWith("# Fact-check sheet: Growth chart")) << qPrintable(md.left(100));
    EXPECT_TRUE(md.contains("+84.1%"));
    EXPECT_FALSE(dialog.exportFactCheck(dir.filePath("growth.docx"), &error));
    EXPECT_TRUE(error.contains("growth.docx")) << qPrintable(error);
}

} // namespace
