#include "chartfixture.h"
#include "gtestqt.h"
#include "ratiomodel.h"

#include <QImageReader>
#include <QPainter>
#include <QSet>
#include <QTemporaryDir>
#include <cmath>

namespace {

using ChartExporterTest = ChartFixture;

TEST_F(ChartExporterTest, ImageHasExactlyTheRequestedPixelsAtEachScale)
{
    for (int scale : {1, 2, 3}) {
        const QImage image = ChartExporter::renderChart(ChartType::Ratio, document, style,
                                                        {QSize(1200, 675), scale});
        EXPECT_EQ(image.size(), QSize(1200 * scale, 675 * scale)) << scale;
    }
    const QImage square = ChartExporter::renderChart(ChartType::Growth, document, style,
                                                     {QSize(1080, 1080), 1});
    EXPECT_EQ(square.size(), QSize(1080, 1080));
}

TEST_F(ChartExporterTest, ImageIsNotBlankAndFillsEveryQuarter)
{
    const QImage image = ChartExporter::renderChart(ChartType::Growth, document, style, {});
    // The 2x quarter-image bug draws only the top-left quarter: each quarter must have ink.
    const int w = image.width() / 2;
    const int h = image.height() / 2;
    for (const QPoint origin : {QPoint(0, 0), QPoint(w, 0), QPoint(0, h), QPoint(w, h)}) {
        int ink = 0;
        for (int y = origin.y(); y < origin.y() + h; y += 3)
            for (int x = origin.x(); x < origin.x() + w; x += 3)
                ink += image.pixelColor(x, y) != QColor(Qt::white) ? 1 : 0;
        EXPECT_GT(ink, 500) << origin.x() << "," << origin.y();
    }
}

// A large image is painted into memory of its own (on 2 MiB pages where the system has them):
// the pixels are those of an ordinary image painted the same way, and it is an ordinary,
// independent QImage (a copy survives the original; the memory is freed with the last copy).
TEST_F(ChartExporterTest, LargeImagePaintsTheSamePixelsAsAnOrdinaryImage)
{
    QImage copy;
    QImage ordinary;
    {
        const ChartExporter::Renderer renderer(ChartCatalog::build(ChartType::Ratio, document, style), {});
        const QImage painted = renderer.paint();
        ASSERT_EQ(painted.size(), QSize(2400, 1350));
        ASSERT_EQ(painted.format(), QImage::Format_RGB32);
        EXPECT_EQ(painted.devicePixelRatio(), 2.0);
        ordinary = QImage(painted.size(), QImage::Format_RGB32);
        ordinary.setDevicePixelRatio(2);
        ordinary.fill(style.background);
        QPainter painter(&ordinary);
        renderer.paint(&painter);
        painter.end();
        EXPECT_EQ(painted, ordinary);
        copy = painted;
    }
    EXPECT_EQ(copy, ordinary) << "a copy outlives the renderer and its image";
    copy.setPixel(0, 0, qRgb(1, 2, 3)); // writable, detached
    EXPECT_EQ(copy.pixel(0, 0), qRgb(1, 2, 3));
}

TEST_F(ChartExporterTest, GrowthBarsStandWhereTheDataSays)
{
    ChartExporter::Renderer renderer(ChartCatalog::build(ChartType::Growth, document, style), {});
    const QImage image = renderer.paint();
    const QColor capex = style.kindColour(FigureKind::Capex);
    // 2024 is the sixth year (index 5) and has no guidance: a centred bar up to $39.23B.
    EXPECT_TRUE(near(pixelAt(image, renderer.mapToPosition({5, 20e9})), capex));
    EXPECT_TRUE(near(pixelAt(image, renderer.mapToPosition({5, 38e9})), capex));
    // Just above its top and between bars: background.
    EXPECT_TRUE(near(pixelAt(image, renderer.mapToPosition({5, 39.23e9 * 1.06})), Qt::white, 30));
    EXPECT_TRUE(near(pixelAt(image, renderer.mapToPosition({5.5, 10e9})), Qt::white));
    // 2023 ($28.1B) is shorter than 2024: white at $33B above 2023, blue above 2024.
    EXPECT_TRUE(near(pixelAt(image, renderer.mapToPosition({4, 33e9})), Qt::white));
    EXPECT_TRUE(near(pixelAt(image, renderer.mapToPosition({5, 33e9})), capex));
}

TEST_F(ChartExporterTest, RatioBarsRunFromOneTimesOnALogScale)
{
    ChartExporter::Renderer renderer(ChartCatalog::build(ChartType::Ratio, document, style), {});
    const QImage image = renderer.paint();
    const QVector<int> rows = document.ratios()->chartRows();
    const int meta2024 = int(rows.indexOf(row("meta-capex-2024")));
    ASSERT_GE(meta2024, 0);
    const double y = rows.size() - 1 - meta2024;
    const double end = std::log10(39.23e9 / 5.576e6); // 7,040×
    const QColor capex = style.kindColour(FigureKind::Capex);
    EXPECT_TRUE(near(pixelAt(image, renderer.mapToPosition({end * 0.5, y})), capex));
    EXPECT_TRUE(near(pixelAt(image, renderer.mapToPosition({end - 0.05, y})), capex));
    EXPECT_FALSE(near(pixelAt(image, renderer.mapToPosition({end + 0.6, y})), capex));
    // DeepSeek-R1 at 0.0527× runs left of 1×, nothing to its right but its label.
    const double r1 = rows.size() - 1 - rows.indexOf(row("deepseek-r1-rl"));
    EXPECT_FALSE(near(pixelAt(image, renderer.mapToPosition({-0.6, r1})), Qt::white));
    EXPECT_TRUE(near(pixelAt(image, renderer.mapToPosition({2.5, r1})), Qt::white));
}

TEST_F(ChartExporterTest, WritesAPngAtomically)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("ratio.png");
    const QImage image = ChartExporter::renderChart(ChartType::Ratio, document, style, {});
    QString error;
    ASSERT_TRUE(ChartExporter::writePng(image, path, &error)) << qPrintable(error);
    QImageReader reader(path);
    EXPECT_EQ(QString::fromLatin1(reader.format()), "png");
    EXPECT_EQ(reader.size(), QSize(2400, 1350));
}

TEST_F(ChartExporterTest, UnwritablePathFailsWithTheReasonAndWritesNothing)
{
    QString error;
    const QImage image(10, 10, QImage::Format_RGB32);
    EXPECT_FALSE(ChartExporter::writePng(image, "/nonexistent-dir/x.png", &error));
    EXPECT_TRUE(error.startsWith("/nonexistent-dir/x.png: ")) << qPrintable(error);
}

TEST_F(ChartExporterTest, RefusesSizesAndScalesOutOfRange)
{
    EXPECT_TRUE(ChartExporter::checkOptions({QSize(1200, 675), 2}).isEmpty());
    EXPECT_FALSE(ChartExporter::checkOptions({QSize(10, 10), 2}).isEmpty());
    EXPECT_FALSE(ChartExporter::checkOptions({QSize(1200, 675), 0}).isEmpty());
    EXPECT_FALSE(ChartExporter::checkOptions({QSize(9000, 675), 2}).isEmpty());
}

} // namespace
