#include "chartfixture.h"
#include "chartview.h"
#include "gtestqt.h"
#include "ratiomodel.h"
#include "sourcepanel.h"

#include <QSignalSpy>
#include <QTest>

namespace {

using ExplorationCharts = ChartFixture;

// The bar of a figure on a built chart: its hotspot's data rectangle.
QRectF barOf(const ChartCanvas *canvas, const QString &id)
{
    for (const ChartCanvas::Hotspot &h : canvas->hotspots())
        if (h.figureId == id)
            return h.rect;
    return {};
}

TEST_F(ExplorationCharts, RangeModeChangesTheBarsAndLabelsTheRatioChartReceives)
{
    const QString plan = "meta-capex-2025-guidance-2025-01";
    const auto build = [&](NumberFormat::RangeMode mode) {
        document.setRangeMode(mode);
        return std::make_unique<ChartExporter::Renderer>(ChartCatalog::build(ChartType::Ratio, document, style),
                                                         ChartExporter::Options());
    };
    // Log axis: bars end at log10 of the multiple. 60B / 5.576M = 10,760; 65B / 5.576M = 11,657.
    auto range = build(NumberFormat::RangeMode::Range);
    EXPECT_NEAR(barOf(range->canvas(), plan).right(), std::log10(11657.1), 1e-3);
    EXPECT_TRUE(range->canvas()->visibleLabelTexts().contains(QString::fromUtf8("10,800–11,700×")));
    auto low = build(NumberFormat::RangeMode::Low);
    EXPECT_NEAR(barOf(low->canvas(), plan).right(), std::log10(10760.4), 1e-3);
    EXPECT_TRUE(low->canvas()->visibleLabelTexts().contains(QString::fromUtf8("10,800×")));
    auto mid = build(NumberFormat::RangeMode::Mid);
    EXPECT_NEAR(barOf(mid->canvas(), plan).right(), std::log10(62.5e9 / 5.576e6), 1e-3);
    EXPECT_TRUE(mid->canvas()->visibleLabelTexts().contains(QString::fromUtf8("11,200×")));
    auto high = build(NumberFormat::RangeMode::High);
    EXPECT_NEAR(barOf(high->canvas(), plan).right(), std::log10(11657.1), 1e-3);
    EXPECT_TRUE(high->canvas()->visibleLabelTexts().contains(QString::fromUtf8("11,700×")));
}

TEST_F(ExplorationCharts, FiltersChangeWhatTheChartsDraw)
{
    FigureFilter filter;
    filter.statuses = {FigureStatus::Actual};
    document.setFilter(filter);
    ChartExporter::Renderer renderer(ChartCatalog::build(ChartType::Ratio, document, style), {});
    QStringList ids;
    for (const ChartCanvas::Hotspot &h : renderer.canvas()->hotspots())
        ids.append(h.figureId);
    EXPECT_EQ(ids, QStringList({"meta-capex-2025", "meta-capex-2024", "deepseek-v3-total"}));
}

TEST_F(ExplorationCharts, EveryBarHasATooltipWithValueRangeSourceAndLevel)
{
    for (ChartType type : {ChartType::Ratio, ChartType::Comparison, ChartType::Scale, ChartType::Growth,
                           ChartType::Guidance}) {
        ChartExporter::Renderer renderer(ChartCatalog::build(type, document, style), {});
        const QVector<ChartCanvas::Hotspot> &spots = renderer.canvas()->hotspots();
        ASSERT_FALSE(spots.isEmpty()) << int(type);
        for (int i = 0; i < spots.size(); ++i) {
            EXPECT_TRUE(spots[i].tip.contains("Source: ")) << int(type) << qPrintable(spots[i].tip);
            EXPECT_TRUE(spots[i].tip.contains("Level: ")) << int(type);
            EXPECT_FALSE(renderer.canvas()->hotspotSceneRect(i).isEmpty()) << int(type) << " " << i;
        }
    }
    ChartExporter::Renderer ratio(ChartCatalog::build(ChartType::Ratio, document, style), {});
    for (const ChartCanvas::Hotspot &h : ratio.canvas()->hotspots())
        if (h.figureId == "meta-capex-2025-guidance-2025-01") {
            EXPECT_TRUE(h.tip.contains(QString::fromUtf8("$60.0–65.0B — 10,800–11,700× the baseline"))) << qPrintable(h.tip);
            EXPECT_TRUE(h.tip.contains(QString::fromUtf8("Range: low $60.0B, high $65.0B")));
            EXPECT_TRUE(h.tip.contains("Level: Secondary"));
        }
}

TEST_F(ExplorationCharts, TheGuidanceChartPlacesEachStatementInTime)
{
    ChartExporter::Renderer renderer(ChartCatalog::build(ChartType::Guidance, document, style), {});
    const QVector<ChartCanvas::Hotspot> &spots = renderer.canvas()->hotspots();
    ASSERT_EQ(spots.size(), 5);
    EXPECT_EQ(spots.last().figureId, "meta-capex-2025");
    for (int i = 1; i < spots.size(); ++i) // later statements sit further right
        EXPECT_GT(renderer.canvas()->hotspotSceneRect(i).center().x(),
                  renderer.canvas()->hotspotSceneRect(i - 1).center().x());
    const QStringList texts = renderer.canvas()->visibleLabelTexts();
    EXPECT_TRUE(texts.contains(QString::fromUtf8("$60.0–65.0B\nJan 2025"))) << texts.join(" | ").toStdString();
    EXPECT_TRUE(texts.contains(QString::fromUtf8("Actual\n$72.2B")));
    EXPECT_EQ(renderer.canvas()->title(), QString::fromUtf8("Meta raised its 2025 capex plan from $60.0–65.0B to $70.0–72.0B"));
    const QImage image = renderer.paint();
    EXPECT_EQ(image.size(), QSize(2400, 1350));
}

TEST_F(ExplorationCharts, ClickingABarAndArrowKeysActivateItsFigure)
{
    ChartView view(ChartType::Ratio, &document, style);
    view.resize(1000, 700);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.rebuildNow();
    QSignalSpy activated(&view, &ChartView::figureActivated);
    const ChartCanvas *canvas = view.canvas();
    int spot = -1;
    for (int i = 0; i < canvas->hotspots().size(); ++i)
        if (canvas->hotspots().at(i).figureId == "meta-capex-2024")
            spot = i;
    ASSERT_GE(spot, 0);
    const QPointF scene = canvas->chart()->mapToScene(canvas->hotspotSceneRect(spot).center());
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.mapFromScene(scene));
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.last().first().toString(), "meta-capex-2024");
    QTest::keyClick(&view, Qt::Key_Down);
    ASSERT_EQ(activated.count(), 2);
    EXPECT_EQ(activated.last().first().toString(), canvas->hotspots().at(spot + 1).figureId);
    EXPECT_EQ(view.canvas()->highlightedFigure(), canvas->hotspots().at(spot + 1).figureId);
}

TEST_F(ExplorationCharts, TheDefaultBylineReachesEveryChartOnScreen)
{
    // The document announced the default byline to its own list of charts, without "guidance".
    for (ChartType type : {ChartType::Ratio, ChartType::Comparison, ChartType::Scale, ChartType::Growth,
                           ChartType::Guidance}) {
        ChartView view(type, &document, style);
        view.resize(900, 600);
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
        view.rebuildNow();
        const QString byline = QStringLiteral("Chart: Jane Doe %1").arg(int(type));
        ASSERT_FALSE(view.canvas()->footerText().contains(byline));
        document.setDefaultByline(byline.mid(7));
        ASSERT_TRUE(QTest::qWaitFor([&] { return view.canvas()->footerText().contains(byline); }, 2000))
            << int(type) << qPrintable(view.canvas()->footerText());
    }
}

TEST_F(ExplorationCharts, ADirectionOverrideInALabelOrATitleIsNotDrawn)
{
    // U+202E would draw "Meta capex" as "xepac ateM"; U+2066…2069 and U+202A…202D likewise steer.
    const QString rlo = QString(QChar(0x202E));
    Figure f = document.figures()->figure(row("meta-capex-2024"));
    f.label = rlo + "Meta capex" + QChar(0x202C);
    f.entity = QString(QChar(0x2067)) + "Meta" + QChar(0x2069);
    document.editFigure(row("meta-capex-2024"), f);
    EXPECT_EQ(document.figures()->figure(row("meta-capex-2024")).label, "Meta capex");
    EXPECT_EQ(document.figures()->figure(row("meta-capex-2024")).entity, "Meta");
    ChartSettings typed;
    typed.title = rlo + "Meta vs DeepSeek";
    typed.byline = rlo + "Jane";
    document.setChartSettings("ratio", typed);
    ChartExporter::Renderer renderer(ChartCatalog::build(ChartType::Ratio, document, style), {});
    EXPECT_EQ(renderer.canvas()->title(), "Meta vs DeepSeek");
    EXPECT_FALSE(renderer.canvas()->footerText().contains(rlo));
    for (const ChartCanvas::Hotspot &h : renderer.canvas()->hotspots())
        EXPECT_FALSE(h.tip.contains(rlo)) << qPrintable(h.figureId);
    // A right-to-left mark is not an override: Arabic and Hebrew labels keep theirs.
    f.label = QString::fromUtf8("\u05de\u05d8\u05d4") + QChar(0x200F);
    document.editFigure(row("meta-capex-2024"), f);
    EXPECT_EQ(document.figures()->figure(row("meta-capex-2024")).label, f.label);
}

TEST_F(ExplorationCharts, TheSourcePanelNamesAPublisherOnce)
{
    Figure f = document.figures()->figure(row("meta-capex-2024"));
    f.source.title = f.source.publisher = "The Information";
    f.source.date = QDate();
    document.editFigure(row("meta-capex-2024"), f);
    SourcePanel panel(document.figures());
    panel.showFigure(row("meta-capex-2024"));
    EXPECT_EQ(panel.toPlainText().count("The Information"), 1) << qPrintable(panel.toPlainText());
    EXPECT_FALSE(panel.toPlainText().contains("The Information,"));
}

} // namespace
