#include "chartcanvas.h"
#include "chartfixture.h"
#include "gtestqt.h"
#include "presets.h"
#include "ratiomodel.h"

#include <memory>

#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLineSeries>

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
            const ChartExporter::Options options{size, 1};
            ChartExporter::Renderer renderer(ChartCatalog::build(type, document, ChartExporter::styleFor(style, options)),
                                             options);
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

// Side by side on a phone a year's column is narrower than its label, which then lies over a
// neighbour's bar or floats above it: on a page too narrow for its years side by side, the chart
// lays them down the page as rows, each label beside its own bar's end.
TEST_F(ChartCanvasTest, GrowthYearsRunDownAPhoneAndAcrossAnArticle)
{
    const ChartExporter::Options phone{ChartExporter::preset("phone")->logicalSize, 1};
    ChartExporter::Renderer down(ChartCatalog::build(ChartType::Growth, document, ChartExporter::styleFor(style, phone)),
                                 phone);
    EXPECT_GT(down.canvas()->maximumPlotHeight(), 0); // rows
    EXPECT_TRUE(down.canvas()->layoutProblems().isEmpty()) << down.canvas()->layoutProblems().join(" | ").toStdString();
    EXPECT_EQ(down.canvas()->hiddenLabelCount(), 0);
    // Each row's label starts right of its bar's end, in the row's band.
    const QVector<QRectF> labels = down.canvas()->visibleLabelRects();
    ASSERT_EQ(labels.size(), down.canvas()->hotspots().size());
    for (int i = 0; i < labels.size(); ++i) {
        const QRectF bar = down.canvas()->hotspotSceneRect(i);
        EXPECT_GE(labels.at(i).left(), bar.right()) << i;
        EXPECT_NEAR(labels.at(i).center().y(), bar.center().y(), 1) << i;
    }
    EXPECT_TRUE(down.canvas()->visibleLabelTexts().contains(QString::fromUtf8("$60.0–65.0B\n+52.9–65.7%")));

    const ChartExporter::Options article;
    ChartExporter::Renderer wide(ChartCatalog::build(ChartType::Growth, document, ChartExporter::styleFor(style, article)),
                                 article);
    EXPECT_EQ(wide.canvas()->maximumPlotHeight(), 0); // columns
    EXPECT_TRUE(wide.canvas()->layoutProblems().isEmpty()) << wide.canvas()->layoutProblems().join(" | ").toStdString();
}

// A value label over a bar not its own is named as a layout problem (an export is refused).
TEST_F(ChartCanvasTest, ALabelOverAnotherFiguresBarIsALayoutProblem)
{
    auto *canvas = new ChartCanvas(style);
    std::unique_ptr<QChart> chart(canvas->chart());
    canvas->setXAxis(0, 10, {}, false);
    canvas->setYAxis(-1, 1, {}, false);
    canvas->addRect(QRectF(QPointF(0, -0.3), QPointF(2, 0.3)), Qt::blue, Qt::NoPen, {});
    canvas->addHotspot(QRectF(QPointF(0, -0.3), QPointF(2, 0.3)), "short", "short");
    canvas->addRect(QRectF(QPointF(2.2, -0.3), QPointF(9, 0.3)), Qt::red, Qt::NoPen, {});
    canvas->addHotspot(QRectF(QPointF(2.2, -0.3), QPointF(9, 0.3)), "long", "long");
    canvas->addLabel({2, 0}, "a label wider than the gap", ChartCanvas::Side::Right);
    chart->resize(800, 450);
    canvas->relayout();
    ASSERT_EQ(canvas->hiddenLabelCount(), 0);
    EXPECT_TRUE(canvas->layoutProblems().contains("the label \"a label wider than the gap\" lies over the bar of long"))
        << canvas->layoutProblems().join(" | ").toStdString();
}

// The value axis keeps at least two labels to read the scale by: 1.15–1.75× on a log axis (once
// none: only whole decades, and 10× at the edge), and the eleven figures at the phone size.
TEST_F(ChartCanvasTest, ALogAxisKeepsTwoLabelsOverANarrowOrCrowdedSpan)
{
    const auto labelled = [](const ChartCanvas *canvas) { return canvas->xAxisLabels(); };
    for (const char *preset : {"article", "phone"}) {
        const ChartExporter::Options options{ChartExporter::preset(preset)->logicalSize, 1};
        ChartExporter::Renderer all(ChartCatalog::build(ChartType::Ratio, document, ChartExporter::styleFor(style, options)),
                                    options);
        EXPECT_GE(labelled(all.canvas()).size(), 2) << preset << ": " << labelled(all.canvas()).join(" ").toStdString();
    }
    Preset hyperscalers;
    ASSERT_TRUE(Presets::find("hyperscalers-2025", &hyperscalers));
    ASSERT_TRUE(document.applyPreset(hyperscalers).isEmpty());
    ChartExporter::Renderer narrow(ChartCatalog::build(ChartType::Ratio, document, style), {});
    // The axis's start and end are labelled too: the canvas draws its value axis's labels.
    EXPECT_EQ(labelled(narrow.canvas()), (QStringList{QString::fromUtf8("1×"), QString::fromUtf8("2×"), QString::fromUtf8("3×"),
                                                      QString::fromUtf8("5×"), QString::fromUtf8("10×")}));
}

// The guidance chart's dashed line at the actual strikes through no label: a label it would
// cross climbs above it (at the phone size it ran along the bottom of "Apr 2025").
TEST_F(ChartCanvasTest, NoLabelIsStruckThroughByTheActualsLine)
{
    for (const ChartExporter::Preset &preset : ChartExporter::presets()) {
        ChartExporter::Options options{preset.logicalSize, 1};
        options.typeScale = preset.typeScale;
        ChartExporter::Renderer renderer(ChartCatalog::build(ChartType::Guidance, document, ChartExporter::styleFor(style, options)),
                                         options);
        const ChartCanvas *canvas = renderer.canvas();
        QLineSeries *line = nullptr;
        for (QAbstractSeries *series : canvas->chart()->series())
            if (auto *l = qobject_cast<QLineSeries *>(series); l && l->pen().style() == Qt::DashLine)
                line = l;
        ASSERT_TRUE(line) << qPrintable(preset.key);
        const qreal y = canvas->chart()->mapToPosition(line->at(0), line).y();
        for (const QRectF &label : canvas->visibleLabelRects())
            EXPECT_FALSE(label.top() - 1 < y && y < label.bottom() + 1) << qPrintable(preset.key) << " label at " << label.top();
    }
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
