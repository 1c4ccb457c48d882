#include "chartfixture.h"
#include "gtestqt.h"

#include <QFile>
#include <QImageReader>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

class ExportFormatsTest : public ChartFixture
{
protected:
    QString exportTo(ChartType type, ChartExporter::Options options, const QString &name,
                     const ChartStyle &chartStyle = ChartStyle())
    {
        const QString path = dir.filePath(name);
        QString error;
        EXPECT_TRUE(ChartExporter::exportChart(type, document, chartStyle, options, path, &error))
            << qPrintable(error);
        return path;
    }
    static QString readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
    QTemporaryDir dir;
};

const QList<ChartType> kCharts{ChartType::Ratio, ChartType::Comparison, ChartType::Scale,
                               ChartType::Growth};

TEST_F(ExportFormatsTest, PngSizesAreExactForEveryPresetAndScale)
{
    for (const ChartExporter::Preset &preset : ChartExporter::presets()) {
        for (int scale : {1, 2, 3}) {
            ChartExporter::Options options{preset.logicalSize, scale, ChartExporter::Format::Png, preset.page};
            const QString path = exportTo(ChartType::Ratio, options, preset.key + ".png");
            EXPECT_EQ(QImageReader(path).size(), preset.logicalSize * scale) << qPrintable(preset.key);
        }
    }
    // A5 at 300 dpi, landscape.
    EXPECT_EQ(ChartExporter::preset("print-a5")->logicalSize * 2, QSize(2480, 1748));
}

TEST_F(ExportFormatsTest, PngCarriesTitleAndAltTextAsDescription)
{
    const QString path = exportTo(ChartType::Growth, {}, "g.png");
    QImageReader reader(path);
    EXPECT_EQ(reader.text("Title"), QString::fromUtf8("Meta capex by year, 2019–2026"));
    EXPECT_EQ(reader.text("Description"), ChartCatalog::altText(ChartType::Growth, document));
    EXPECT_TRUE(reader.text("Description").contains(QString::fromUtf8("$72.2B (+84.1%)")));
}

TEST_F(ExportFormatsTest, SvgKeepsTitleSourceAndCaveatAsText)
{
    for (ChartType type : kCharts) {
        ChartExporter::Options options;
        options.format = ChartExporter::Format::Svg;
        const QString svg = readAll(exportTo(type, options, "c.svg"));
        ChartExporter::Renderer renderer(ChartCatalog::build(type, document, style), {});
        const QString title = renderer.canvas()->title().toHtmlEscaped();
        // A long title wraps onto lines of its own, one text element each, split at spaces.
        QStringList texts;
        static const QRegularExpression text(QStringLiteral(">([^<>]+)</text>"));
        for (auto it = text.globalMatch(svg); it.hasNext();)
            texts << it.next().captured(1).trimmed();
        EXPECT_TRUE(texts.join(QLatin1Char(' ')).contains(title)) << qPrintable(title);
        EXPECT_TRUE(svg.contains(">Sources: ")) << int(type);
        EXPECT_TRUE(svg.contains(">Caveat:</text>") || svg.contains(">Caveat: ")) << int(type);
        EXPECT_TRUE(svg.contains("<desc>" + ChartCatalog::altText(type, document).toHtmlEscaped().left(40)))
            << int(type);
    }
}

TEST_F(ExportFormatsTest, PdfIsVectorOnTheRequestedPaper)
{
    ChartExporter::Options options{QSize(1240, 874), 2, ChartExporter::Format::Pdf, QPageSize(QPageSize::A5)};
    const QString path = exportTo(ChartType::Ratio, options, "c.pdf");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    // A5 landscape is 595 × 420 points.
    EXPECT_TRUE(pdf.contains("/MediaBox [0 0 595") || pdf.contains("/MediaBox [0 0 596")) << pdf.left(2000).toStdString();
    EXPECT_GT(pdf.size(), 10000);
}

TEST_F(ExportFormatsTest, DarkThemePaintsADarkBackground)
{
    const ChartStyle dark = ChartStyle::forTheme(ChartStyle::Theme::Dark);
    const QImage image = ChartExporter::renderChart(ChartType::Growth, document, dark, {});
    EXPECT_EQ(image.pixelColor(4, 4), dark.background);
    EXPECT_EQ(image.pixelColor(image.width() - 4, image.height() - 4), dark.background);
    const QImage light = ChartExporter::renderChart(ChartType::Growth, document, style, {});
    EXPECT_EQ(light.pixelColor(4, 4), QColor(Qt::white));
}

TEST_F(ExportFormatsTest, FailedExportLeavesTheEarlierFile)
{
    const QString path = exportTo(ChartType::Ratio, {}, "keep.png");
    const QByteArray before = [&] { QFile f(path); f.open(QIODevice::ReadOnly); return f.readAll(); }();
    ChartExporter::Options bad;
    bad.scale = 9;
    QString error;
    EXPECT_FALSE(ChartExporter::exportChart(ChartType::Ratio, document, style, bad, path, &error));
    EXPECT_TRUE(error.contains("scale")) << qPrintable(error);
    QFile after(path);
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    EXPECT_EQ(after.readAll(), before);
}

} // namespace
