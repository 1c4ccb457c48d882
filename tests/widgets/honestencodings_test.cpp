// Encodings that tell the truth: dots on a log axis, a plan drawn as a plan, legend swatches
// that look like what they explain, and hatching that shows on a dark page.
#include "chartfixture.h"
#include "presets.h"
#include "gtestqt.h"

#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QScatterSeries>

namespace {

using HonestEncodings = ChartFixture;

int seriesOfType(const ChartCanvas *canvas, QAbstractSeries::SeriesType type)
{
    int count = 0;
    for (QAbstractSeries *series : canvas->chart()->series())
        count += series->type() == type ? 1 : 0;
    return count;
}

TEST_F(HonestEncodings, LogComparisonIsADotPlotAndLinearKeepsItsBars)
{
    ChartSettings settings = document.chartSettings("comparison");
    settings.logScale = true;
    document.setChartSettings("comparison", settings);
    ChartExporter::Renderer log(ChartCatalog::build(ChartType::Comparison, document, style), {});
    EXPECT_EQ(seriesOfType(log.canvas(), QAbstractSeries::SeriesTypeArea), 0) << "no bar lengths on a log axis";
    EXPECT_GE(seriesOfType(log.canvas(), QAbstractSeries::SeriesTypeScatter), 11);
    settings.logScale = false;
    document.setChartSettings("comparison", settings);
    ChartExporter::Renderer linear(ChartCatalog::build(ChartType::Comparison, document, style), {});
    EXPECT_GE(seriesOfType(linear.canvas(), QAbstractSeries::SeriesTypeArea), 11);
    EXPECT_EQ(seriesOfType(linear.canvas(), QAbstractSeries::SeriesTypeScatter), 0);
}

TEST_F(HonestEncodings, ScaleChartDrawsAPlanPaleAndOutlined)
{
    ChartExporter::Renderer renderer(ChartCatalog::build(ChartType::Scale, document, style), {});
    QList<QGraphicsRectItem *> squares;
    for (QGraphicsItem *item : renderer.canvas()->chart()->childItems())
        if (auto *rect = dynamic_cast<QGraphicsRectItem *>(item); rect && rect->data(0) == "scale-square")
            squares << rect;
    ASSERT_EQ(squares.size(), 3);
    std::sort(squares.begin(), squares.end(), [](auto *a, auto *b) { return a->rect().width() > b->rect().width(); });
    // The headline figure is Meta's January 2025 plan: its filled square is pale and outlined.
    EXPECT_LT(squares.at(1)->brush().color().alphaF(), 0.5);
    EXPECT_NE(squares.at(1)->pen().style(), Qt::NoPen);
    // The baseline's square is there to find, with a leader line to its label.
    EXPECT_GE(squares.at(2)->rect().width(), 2);
    bool leader = false;
    for (QGraphicsItem *item : renderer.canvas()->chart()->childItems())
        if (auto *line = dynamic_cast<QGraphicsLineItem *>(item); line && line->line().length() > 2 &&
            qAbs(line->line().p2().y() - squares.at(2)->rect().top()) < 4)
            leader = true;
    EXPECT_TRUE(leader);
}

// The swatch drawn just left of a legend text.
QGraphicsRectItem *swatchFor(const ChartCanvas *canvas, const QString &text)
{
    QGraphicsSimpleTextItem *label = nullptr;
    for (QGraphicsItem *item : canvas->chart()->childItems())
        if (auto *t = dynamic_cast<QGraphicsSimpleTextItem *>(item); t && t->text() == text)
            label = t;
    if (!label)
        return nullptr;
    const QPointF at = label->scenePos() + QPointF(-8, label->boundingRect().height() / 2);
    QGraphicsRectItem *smallest = nullptr; // not the chart's background, which holds it too
    for (QGraphicsItem *item : canvas->chart()->childItems())
        if (auto *rect = dynamic_cast<QGraphicsRectItem *>(item); rect && rect->rect().adjusted(-3, -3, 3, 3).contains(at))
            if (!smallest || rect->rect().width() < smallest->rect().width())
                smallest = rect;
    return smallest;
}

TEST_F(HonestEncodings, SolidAndPaleSwatchesAreOneHueAsTheBarsAre)
{
    ChartExporter::Renderer renderer(ChartCatalog::build(ChartType::Ratio, document, style), {});
    QGraphicsRectItem *solid = swatchFor(renderer.canvas(), "Solid: actual");
    QGraphicsRectItem *pale = swatchFor(renderer.canvas(), "Pale: plan, estimate or claim");
    ASSERT_TRUE(solid && pale);
    EXPECT_EQ(solid->brush().color().hue(), pale->brush().color().hue());
    EXPECT_GT(solid->brush().color().saturation(), 100) << "a colour, not a grey";
    EXPECT_EQ(solid->brush().color().alphaF(), 1.0);
    EXPECT_LT(pale->brush().color().alphaF(), 0.5);
    EXPECT_NE(pale->pen().style(), Qt::NoPen);
}

// A kind's swatch is drawn as its bars are: solid where any is an actual, pale where all are plans
// or estimates (the pledge and the training runs here; the hyperscalers' 2025 plans).
TEST_F(HonestEncodings, AKindsSwatchIsPaleWhenAllItsBarsArePale)
{
    ChartExporter::Renderer renderer(ChartCatalog::build(ChartType::Ratio, document, style), {});
    QGraphicsRectItem *capex = swatchFor(renderer.canvas(), "Capex");
    QGraphicsRectItem *pledge = swatchFor(renderer.canvas(), "Pledge");
    QGraphicsRectItem *training = swatchFor(renderer.canvas(), "Training-run compute cost");
    ASSERT_TRUE(capex && pledge && training);
    EXPECT_EQ(capex->brush().color().alphaF(), 1.0);
    EXPECT_LT(pledge->brush().color().alphaF(), 0.5);
    EXPECT_LT(training->brush().color().alphaF(), 0.5);
    Preset hyperscalers;
    ASSERT_TRUE(Presets::find("hyperscalers-2025", &hyperscalers));
    ASSERT_TRUE(document.applyPreset(hyperscalers).isEmpty());
    ChartExporter::Renderer plans(ChartCatalog::build(ChartType::Comparison, document, style), {});
    QGraphicsRectItem *planned = swatchFor(plans.canvas(), "Capex");
    ASSERT_TRUE(planned);
    EXPECT_LT(planned->brush().color().alphaF(), 0.5);
    EXPECT_NE(planned->pen().style(), Qt::NoPen);
}

// Read at the midpoint, no guidance is drawn as a range: the key names no hatching.
TEST_F(HonestEncodings, TheGrowthKeyNamesHatchingOnlyWhenSomeGuidanceIsHatched)
{
    ChartExporter::Renderer ranges(ChartCatalog::build(ChartType::Growth, document, style), {});
    EXPECT_TRUE(swatchFor(ranges.canvas(), "Guidance (range hatched)"));
    document.setRangeMode(NumberFormat::RangeMode::Mid);
    ChartExporter::Renderer mid(ChartCatalog::build(ChartType::Growth, document, style), {});
    EXPECT_FALSE(swatchFor(mid.canvas(), "Guidance (range hatched)"));
    EXPECT_TRUE(swatchFor(mid.canvas(), "Guidance"));
}

TEST_F(HonestEncodings, GuidanceHatchingShowsInTheDarkTheme)
{
    const ChartStyle dark = ChartStyle::forTheme(ChartStyle::Theme::Dark);
    ChartExporter::Renderer renderer(ChartCatalog::build(ChartType::Growth, document, dark), {});
    int hatched = 0;
    for (QAbstractSeries *series : renderer.canvas()->chart()->series()) {
        auto *area = qobject_cast<QAreaSeries *>(series);
        if (!area || area->brush().style() != Qt::BDiagPattern)
            continue;
        ++hatched;
        // The hatch lines against the pale fill they are drawn over, on the dark page.
        const QColor colour = dark.kindColour(FigureKind::CapexGuidance);
        const QColor bg = dark.background;
        const QColor under((colour.red() + 3 * bg.red()) / 4, (colour.green() + 3 * bg.green()) / 4,
                           (colour.blue() + 3 * bg.blue()) / 4);
        EXPECT_GE(ChartStyle::contrast(area->brush().color(), under), 3.0);
    }
    EXPECT_GT(hatched, 0);
}

// A value label that has to go inside its bar reads on the bar's fill at 4.5:1 or better.
TEST_F(HonestEncodings, TextInsideABarHasEnoughContrast)
{
    for (ChartStyle::Theme theme : {ChartStyle::Theme::Light, ChartStyle::Theme::Dark}) {
        const ChartStyle s = ChartStyle::forTheme(theme);
        QVector<QColor> fills{s.baseline, s.background};
        for (FigureKind kind : {FigureKind::Capex, FigureKind::AnalystConsensus, FigureKind::TrainingComputeCost,
                                FigureKind::HardwareEstimate, FigureKind::Pledge, FigureKind::Other})
            fills << s.kindColour(kind);
        for (const QColor &fill : fills)
            EXPECT_GE(ChartStyle::contrast(s.textOn(fill), fill), 4.5) << qPrintable(fill.name());
    }
    EXPECT_NEAR(ChartStyle::contrast(Qt::white, Qt::black), 21.0, 0.01);
}

} // namespace
