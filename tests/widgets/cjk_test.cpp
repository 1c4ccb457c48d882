#include "chartfixture.h"
#include "gtestqt.h"

#include <QFontDatabase>

namespace {

using CjkTest = ChartFixture;

// The title block of an exported chart, where the title's glyphs land.
QImage titleArea(const QImage &image)
{
    return image.copy(0, 0, image.width() / 2, int(60 * image.devicePixelRatio()));
}

int ink(const QImage &image)
{
    int dark = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            dark += image.pixelColor(x, y).lightness() < 128 ? 1 : 0;
    return dark;
}

TEST_F(CjkTest, ChineseTitlesAreDrawnAsGlyphsNotBoxes)
{
    ASSERT_FALSE(QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty())
        << "no Simplified Chinese font: install fonts-noto-cjk (scripts/setup does)";
    const auto render = [&](const char *title) {
        ChartSettings settings;
        settings.title = QString::fromUtf8(title);
        document.setChartSettings("ratio", settings);
        return titleArea(ChartExporter::renderChart(ChartType::Ratio, document, style, {QSize(1200, 675), 1}));
    };
    const QImage chinese = render("人工智能支出对比");
    const QImage permuted = render("支出对比人工智能");
    const QImage blank = render(" ");
    // Drawn: ink where the title is. Not boxes: missing glyphs all draw the same box, so the
    // same characters in another order would give the same picture.
    EXPECT_GT(ink(chinese), ink(blank) + 500);
    EXPECT_NE(chinese, permuted);
}

} // namespace
