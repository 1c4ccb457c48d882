#include "chartfixture.h"
#include "gtestqt.h"
#include "ratiomodel.h"

namespace {

using ChartCanvasTest = ChartFixture;

// Labels must never overlap each other or leave the plot (where they would hit the axes,
// legend or title), at the sizes a newsroom exports.
TEST_F(ChartCanvasTest, LabelsKeepClearOfEachOtherAndTheAxes)
{
    QList<QSize> sizes{QSize(800, 450)};
    for (const ChartExporter::Preset &preset : ChartExporter::presets())
        sizes << preset.logicalSize;
    for (ChartType type : {ChartType::Ratio, ChartType::Comparison, ChartType::Scale, ChartType::Growth, ChartType::Guidance}) {
        for (QSize size : sizes) {
            ChartExporter::Renderer renderer(ChartCatalog::build(type, document, style), {size, 1});
            const ChartCanvas *canvas = renderer.canvas();
            const QVector<QRectF> rects = canvas->visibleLabelRects();
            const QRectF plot = canvas->plotArea();
            for (int i = 0; i < rects.size(); ++i) {
                EXPECT_TRUE(plot.contains(rects.at(i))) << int(type) << " " << size.width();
                for (int j = i + 1; j < rects.size(); ++j)
                    EXPECT_FALSE(rects.at(i).intersects(rects.at(j)))
                        << int(type) << " " << size.width() << " labels " << i << "," << j;
            }
            if (size != QSize(800, 450)) {
                EXPECT_EQ(canvas->hiddenLabelCount(), 0) << int(type) << " " << size.width();
            }
        }
    }
}

TEST_F(ChartCanvasTest, RatioLabelsSayTheMultiples)
{
    ChartExporter::Renderer renderer(ChartCatalog::build(ChartType::Ratio, document, style), {});
    const QStringList texts = renderer.canvas()->visibleLabelTexts();
    EXPECT_TRUE(texts.contains(QString::fromUtf8("10,800–11,700×"))) << texts.join(" | ").toStdString();
    EXPECT_TRUE(texts.contains(QString::fromUtf8("7,040×")));
    EXPECT_TRUE(texts.contains(QString::fromUtf8("1× = $5.58M")));
}

TEST_F(ChartCanvasTest, GrowthLabelsGiveValueAndYearOnYearChange)
{
    ChartExporter::Renderer renderer(ChartCatalog::build(ChartType::Growth, document, style), {});
    const QStringList texts = renderer.canvas()->visibleLabelTexts();
    EXPECT_TRUE(texts.contains(QString::fromUtf8("$60.0–65.0B\n+52.9–65.7%"))) << texts.join(" | ").toStdString();
    EXPECT_TRUE(texts.contains(QString::fromUtf8("$72.2B\n+84.1%")));
    EXPECT_TRUE(texts.contains(QString::fromUtf8("$15.7B"))); // 2019: no 2018 to compare with
}

TEST_F(ChartCanvasTest, EmptyComparisonSaysWhatToDo)
{
    document.ratios()->setComparedIds({});
    ChartExporter::Renderer renderer(ChartCatalog::build(ChartType::Ratio, document, style), {});
    EXPECT_TRUE(renderer.canvas()->visibleLabelTexts().isEmpty());
    EXPECT_EQ(renderer.canvas()->emptyMessage(), "Tick figures in the list to compare them.");
    // A chart with something to draw shows no such message.
    document.ratios()->setComparedIds({"meta-capex-2024"});
    ChartExporter::Renderer drawn(ChartCatalog::build(ChartType::Ratio, document, style), {});
    EXPECT_EQ(drawn.canvas()->emptyMessage(), "");
}

TEST_F(ChartCanvasTest, ZeroBaselineDrawsNoBarsAndNoInfinity)
{
    ASSERT_TRUE(document.figures()->setData(
        document.figures()->index(row("deepseek-v3-gpu-hours"), FigureModel::ValueColumn), "0"));
    ASSERT_EQ(document.figures()->figure(row("deepseek-v3-total")).high, 0); // derived from the hours
    ChartExporter::Renderer renderer(ChartCatalog::build(ChartType::Ratio, document, style), {});
    EXPECT_TRUE(renderer.canvas()->visibleLabelTexts().isEmpty());
    const QImage image = renderer.paint();
    EXPECT_EQ(image.size(), QSize(2400, 1350));
}

} // namespace
