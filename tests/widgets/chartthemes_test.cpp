#include "chartcanvas.h"
#include "chartfixture.h"
#include "charttexts.h"
#include "gtestqt.h"
#include "horizontalbars.h"
#include "ratiomodel.h"

#include <QGraphicsRectItem>
#include <cmath>

namespace {

// Colour-vision deficiency simulation (Machado, Oliveira & Fernandes 2009, severity 1.0) on
// linear RGB, then CIE L*a*b*, so the palette can be checked the way a reader would see it.
using Matrix = std::array<std::array<double, 3>, 3>;
const Matrix kDeuteranopia{{{0.367322, 0.860646, -0.227968},
                            {0.280085, 0.672501, 0.047413},
                            {-0.011820, 0.042940, 0.968881}}};
const Matrix kProtanopia{{{0.152286, 1.052583, -0.204868},
                          {0.114503, 0.786281, 0.099216},
                          {-0.003882, -0.048116, 1.051998}}};
const Matrix kIdentity{{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}};

double toLinear(double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); }

std::array<double, 3> lab(const QColor &colour, const Matrix &m)
{
    const double r0 = toLinear(colour.redF()), g0 = toLinear(colour.greenF()), b0 = toLinear(colour.blueF());
    double rgb[3];
    for (int i = 0; i < 3; ++i)
        rgb[i] = std::clamp(m[i][0] * r0 + m[i][1] * g0 + m[i][2] * b0, 0.0, 1.0);
    const double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
    const double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    const double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
    const auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

double deltaE(const QColor &a, const QColor &b, const Matrix &m)
{
    const auto p = lab(a, m), q = lab(b, m);
    return std::sqrt(std::pow(p[0] - q[0], 2) + std::pow(p[1] - q[1], 2) + std::pow(p[2] - q[2], 2));
}

TEST(ChartPalette, KindsStayDistinguishableWithColourBlindness)
{
    const ChartStyle style;
    // One colour per legend group: capex, consensus, training runs, estimates, pledges, baseline.
    const QList<QColor> colours{style.kindColour(FigureKind::Capex),
                                style.kindColour(FigureKind::AnalystConsensus),
                                style.kindColour(FigureKind::TrainingComputeCost),
                                style.kindColour(FigureKind::HardwareEstimate),
                                style.kindColour(FigureKind::Pledge), style.baseline};
    for (const Matrix *m : {&kIdentity, &kDeuteranopia, &kProtanopia}) {
        for (int i = 0; i < colours.size(); ++i)
            for (int j = i + 1; j < colours.size(); ++j)
                EXPECT_GT(deltaE(colours.at(i), colours.at(j), *m), 10.0)
                    << qPrintable(colours.at(i).name()) << " vs " << qPrintable(colours.at(j).name());
    }
}

using ChartChromeTest = ChartFixture;

TEST_F(ChartChromeTest, MixedKindsCarryTheCaveatUnlessSwitchedOff)
{
    ChartExporter::Renderer ratio(ChartCatalog::build(ChartType::Ratio, document, style), {QSize(1600, 1200), 1});
    EXPECT_TRUE(ratio.canvas()->footerText().contains("Caveat: Compares different kinds of figure"))
        << qPrintable(ratio.canvas()->footerText());
    // An article image is too small for the whole caveat: every point stays, in a few words.
    ChartExporter::Renderer article(ChartCatalog::build(ChartType::Ratio, document, style), {});
    ASSERT_TRUE(article.canvas()->usesShortFooter());
    for (const char *point : {"Caveat: Capex buys long-lived assets; a training run's cost is rented compute.",
                              "A pledge is not spending.", "Guidance and estimates are not outcomes."})
        EXPECT_TRUE(article.canvas()->footerText().contains(point)) << point << ": " << qPrintable(article.canvas()->footerText());

    ChartSettings settings;
    settings.caveat = "Capex and a training run are different things.";
    document.setChartSettings("ratio", settings);
    ChartExporter::Renderer reworded(ChartCatalog::build(ChartType::Ratio, document, style), {});
    EXPECT_TRUE(reworded.canvas()->footerText().contains("Caveat: Capex and a training run are different things."));

    settings.showCaveat = false;
    document.setChartSettings("ratio", settings);
    ChartExporter::Renderer off(ChartCatalog::build(ChartType::Ratio, document, style), {});
    EXPECT_FALSE(off.canvas()->footerText().contains("Caveat"));
    EXPECT_TRUE(off.canvas()->footerText().contains("Sources: "));
}

// Each publisher once in the short source line, also where one source names two ("Stocktwits;
// Vella Times" beside "Stocktwits").
TEST_F(ChartChromeTest, TheShortSourceLineNamesEachPublisherOnce)
{
    ChartExporter::Renderer growth(ChartCatalog::build(ChartType::Growth, document, style), {});
    ASSERT_TRUE(growth.canvas()->usesShortFooter());
    const QString footer = growth.canvas()->footerText();
    EXPECT_EQ(footer.count("Stocktwits"), 1) << qPrintable(footer);
    EXPECT_TRUE(footer.contains("Vella Times")) << qPrintable(footer);
}

TEST_F(ChartChromeTest, TextsNotesAndBylineReachTheChart)
{
    ChartSettings settings;
    settings.title = "Meta's AI bill";
    settings.subtitle = "Capex, $ billions";
    settings.notes = "Includes finance leases.";
    settings.byline = "Jane Doe / The Daily";
    document.setChartSettings("growth", settings);
    ChartExporter::Renderer renderer(ChartCatalog::build(ChartType::Growth, document, style), {});
    EXPECT_EQ(renderer.canvas()->title(), "Meta's AI bill");
    EXPECT_EQ(renderer.canvas()->subtitle(), "Capex, $ billions");
    const QString footer = renderer.canvas()->footerText();
    EXPECT_TRUE(footer.contains("Note: Includes finance leases.")) << qPrintable(footer);
    EXPECT_TRUE(footer.contains("Chart: Jane Doe / The Daily")) << qPrintable(footer);
}

TEST_F(ChartChromeTest, ScaleSquaresHaveAreasInProportion)
{
    ChartExporter::Renderer renderer(ChartCatalog::build(ChartType::Scale, document, style), {});
    QList<QRectF> rects;
    for (QGraphicsItem *item : renderer.canvas()->chart()->childItems())
        if (auto *rect = dynamic_cast<QGraphicsRectItem *>(item); rect && rect->data(0) == "scale-square")
            rects << rect->rect();
    ASSERT_EQ(rects.size(), 3);
    std::sort(rects.begin(), rects.end(), [](const QRectF &a, const QRectF &b) { return a.width() > b.width(); });
    const auto area = [](const QRectF &r) { return r.width() * r.height(); };
    // High end $65B outlined, low end $60B filled, DeepSeek-V3 $5.576M (at least 2 px).
    EXPECT_NEAR(area(rects.at(1)) / area(rects.at(0)), 60.0 / 65.0, 1e-6);
    EXPECT_NEAR(rects.at(2).width(), qMax(2.0, rects.at(0).width() * std::sqrt(5.576e6 / 65e9)), 1e-6);
    EXPECT_GT(rects.at(0).width(), 300);
}

TEST_F(ChartChromeTest, ComparisonLinearAxisStartsAtZero)
{
    ChartSettings settings;
    settings.logScale = false;
    document.setChartSettings("comparison", settings);
    ChartExporter::Renderer renderer(ChartCatalog::build(ChartType::Comparison, document, style), {});
    const QImage image = renderer.paint();
    // Stargate's $500B is the top bar: halfway along, at $250B, it is (pale) green.
    const int rows = int(document.ratios()->comparedRows().size()) + 1;
    const QColor mid = pixelAt(image, renderer.mapToPosition({250e9, rows - 1.0}));
    EXPECT_GT(mid.green(), mid.red()) << qPrintable(mid.name());
    EXPECT_NE(mid, QColor(Qt::white));
    EXPECT_TRUE(renderer.canvas()->visibleLabelTexts().contains("$500B"));
}

} // namespace

namespace {

TEST_F(ChartChromeTest, TenThousandFiguresShowTheTopAndSaySo)
{
    Dataset d = DatasetJson::builtIn().dataset;
    Figure base = d.figures.first();
    QStringList compared;
    for (int i = 0; i < 10000; ++i) {
        Figure f = base;
        f.id = QString("generated-%1").arg(i);
        f.label = QString("Figure %1").arg(i);
        f.low = f.high = 1e6 * (i + 1);
        d.figures.append(f);
        compared << f.id;
    }
    d.comparedIds = compared;
    document.load(d);
    for (ChartType type : {ChartType::Ratio, ChartType::Comparison}) {
        ChartExporter::Renderer renderer(ChartCatalog::build(type, document, style), {});
        const ChartCanvas *canvas = renderer.canvas();
        EXPECT_LE(canvas->visibleLabelTexts().size(), HorizontalBars::kMaxBars);
        EXPECT_TRUE(canvas->subtitle().contains("others are in the data")) << qPrintable(canvas->subtitle());
        const QStringList texts = canvas->visibleLabelTexts();
        ASSERT_FALSE(texts.isEmpty());
    }
}

} // namespace

// The short footer names each publisher once, shortly and whole: never half a parenthesis.
TEST(ChartTextsShortForm, APublisherIsCutBeforeItsFirstCommaWithoutItsParentheses)
{
    EXPECT_EQ(ChartTexts::shortPublisher("Meta Platforms (release, via MENAFN mirror)"), "Meta Platforms");
    EXPECT_EQ(ChartTexts::shortPublisher("Microsoft (Form 10-K FY2026, accession 0001193125-26-323660), via "
                                         "public GitHub research notes"),
              "Microsoft");
    EXPECT_EQ(ChartTexts::shortPublisher("Storyboard18; Sherwood News"), "Storyboard18; Sherwood News");
    EXPECT_EQ(ChartTexts::shortPublisher("Investor's Business Daily (repost on stocknews24); Reuters (repost on unsharednews)"),
              "Investor's Business Daily; Reuters");
    EXPECT_EQ(ChartTexts::shortPublisher("DeepSeek-AI, arXiv"), "DeepSeek-AI");
    EXPECT_EQ(ChartTexts::shortPublisher(QString::fromUtf8("腾讯（财报，中文版）")), QString::fromUtf8("腾讯"));
}
