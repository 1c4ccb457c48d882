// Emphasis as drawn: highlighted bars keep their colour while the rest go grey, a chosen
// colour is the bar's, and annotations sit clear of every other text at every preset, in
// English and Chinese, with a leader line to their bar, in every export format.
#include "../widgets/chartfixture.h"
#include "gtestqt.h"
#include "chartpalette.h"
#include "chartspec.h"
#include "presets.h"

#include <QFile>
#include <QGraphicsLineItem>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtCharts/QAreaSeries>

namespace {

class EmphasisTest : public ChartFixture, public ::testing::WithParamInterface<bool>
{
protected:
    void SetUp() override
    {
        if (GetParam()) {
            ASSERT_TRUE(translator.load(QLocale(QLocale::Chinese, QLocale::China), "spendlens", "_", ":/i18n"));
            QCoreApplication::installTranslator(&translator);
            QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        }
        ChartFixture::SetUp();
        Preset hyperscalers;
        ASSERT_TRUE(Presets::find("hyperscalers-2025", &hyperscalers));
        ASSERT_TRUE(document.applyPreset(hyperscalers).isEmpty());
        if (GetParam())
            document.setNumberFormat(NumberFormat::forStyle(NumberFormat::UnitStyle::Chinese, QLocale()));
    }
    void TearDown() override
    {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    // Two notes (one long), two highlighted bars: what a story chart carries.
    ChartEmphasis storyEmphasis() const
    {
        ChartEmphasis e;
        e.highlighted = {"microsoft-ai-dc-fy2025", "alphabet-capex-2025"};
        e.setAnnotation("microsoft-ai-dc-fy2025", GetParam() ? QString::fromUtf8("财年：2024年7月至2025年6月")
                                                             : QStringLiteral("Fiscal year: July 2024 to June 2025"));
        e.setAnnotation("amazon-capex-2025-implied", GetParam() ? QString::fromUtf8("由亚马逊的表态推算，并非公布的计划")
                                                                : QStringLiteral("Implied from Amazon's remarks, not a stated plan"));
        return e;
    }
    QSet<QRgb> barColours(ChartCanvas *canvas) const
    {
        QSet<QRgb> colours;
        for (QAbstractSeries *s : canvas->chart()->series())
            if (auto *area = qobject_cast<QAreaSeries *>(s))
                colours.insert(area->pen().style() == Qt::NoPen ? area->brush().color().rgb() : area->pen().color().rgb());
        return colours;
    }
    QTranslator translator;
};

TEST_P(EmphasisTest, HighlightedBarsKeepTheirColourAndTheOthersGoGrey)
{
    const QColor blue = style.kindColour(FigureKind::Capex);
    ChartEmphasis e;
    e.highlighted = {"alphabet-capex-2025"};
    ASSERT_TRUE(document.setChartEmphasis("ratio", e, "Highlight").isEmpty());
    ChartExporter::Renderer renderer(ChartCatalog::build(ChartType::Ratio, document, style), {});
    // The highlighted one in its kind's colour, the others (two of them) grey.
    EXPECT_EQ(barColours(renderer.canvas()), (QSet<QRgb>{blue.rgb(), style.greyed.rgb()}));
    e.colours = {{"alphabet-capex-2025", "vermillion"}};
    ASSERT_TRUE(document.setChartEmphasis("ratio", e, "Colour").isEmpty());
    ChartExporter::Renderer coloured(ChartCatalog::build(ChartType::Ratio, document, style), {});
    EXPECT_EQ(barColours(coloured.canvas()), (QSet<QRgb>{ChartPalette::colour("vermillion").rgb(), style.greyed.rgb()}));
    e.highlighted.clear();
    ASSERT_TRUE(document.setChartEmphasis("ratio", e, "Colour").isEmpty());
    ChartExporter::Renderer plain(ChartCatalog::build(ChartType::Ratio, document, style), {});
    EXPECT_EQ(barColours(plain.canvas()), (QSet<QRgb>{ChartPalette::colour("vermillion").rgb(), blue.rgb()}));
}

TEST_P(EmphasisTest, AHighlightedTrendSeriesKeepsItsColourAndTheOthersGoGrey)
{
    ChartEmphasis e;
    e.highlighted = {"meta-capex-2024"}; // a figure of Meta's series highlights the series
    ASSERT_TRUE(document.setChartEmphasis("trend", e, "Highlight").isEmpty());
    ChartExporter::Renderer renderer(ChartCatalog::build(ChartType::Trend, document, style), {});
    const QSet<QRgb> colours = barColours(renderer.canvas());
    const QColor metaBlue(0x00, 0x72, 0xB2);
    EXPECT_TRUE(colours.contains(metaBlue.rgb()));
    EXPECT_TRUE(colours.contains(style.greyed.rgb()));
    EXPECT_FALSE(colours.contains(QColor(0xE6, 0x9F, 0x00).rgb())) << "Microsoft's orange stays";
    e.colours = {{"meta-capex-2024", "vermillion"}};
    ASSERT_TRUE(document.setChartEmphasis("trend", e, "Colour").isEmpty());
    ChartExporter::Renderer coloured(ChartCatalog::build(ChartType::Trend, document, style), {});
    EXPECT_TRUE(barColours(coloured.canvas()).contains(ChartPalette::colour("vermillion").rgb()));
    EXPECT_FALSE(barColours(coloured.canvas()).contains(metaBlue.rgb()));
}

TEST_P(EmphasisTest, AnnotationsAreClearOfEveryTextAtEveryPreset)
{
    ASSERT_TRUE(document.setChartEmphasis("ratio", storyEmphasis(), "Annotate").isEmpty());
    for (const char *key : {"phone", "article", "story"}) {
        const ChartExporter::Preset preset = *ChartExporter::preset(key);
        ChartExporter::Options options(preset.logicalSize, 1);
        options.typeScale = preset.typeScale;
        ChartExporter::Renderer renderer(
            ChartCatalog::build(ChartType::Ratio, document, ChartExporter::styleFor(style, options)), options);
        const ChartCanvas *canvas = renderer.canvas();
        EXPECT_TRUE(canvas->layoutProblems().isEmpty()) << key << ": " << qPrintable(canvas->layoutProblems().join(" | "));
        for (const ChartAnnotation &a : storyEmphasis().annotations) {
            const QRectF note = canvas->annotations().noteRect(a.figureId);
            ASSERT_FALSE(note.isNull()) << key << " " << qPrintable(a.figureId);
            EXPECT_TRUE(QRectF(QPointF(), QSizeF(preset.logicalSize)).contains(note)) << key;
            // Apart from every bar, the note's own included.
            for (int i = 0; i < canvas->hotspots().size(); ++i)
                EXPECT_FALSE(canvas->hotspotSceneRect(i).intersects(note)) << key << " " << qPrintable(a.text);
        }
        // Each note is tied to its bar: by a leader line, or by standing right beside the bar, where
        // the leader would be a few pixels long and is not drawn (fonts decide which).
        int leaders = 0;
        for (const QGraphicsItem *item : canvas->chart()->childItems())
            if (const auto *line = dynamic_cast<const QGraphicsLineItem *>(item); line && line->isVisible() && line->zValue() == 11)
                ++leaders;
        int beside = 0;
        for (const ChartAnnotation &a : storyEmphasis().annotations)
            for (int i = 0; i < canvas->hotspots().size(); ++i)
                if (canvas->hotspots().at(i).figureId == a.figureId &&
                    canvas->hotspotSceneRect(i).adjusted(-4, -4, 4, 4).intersects(canvas->annotations().noteRect(a.figureId)))
                    ++beside;
        EXPECT_GE(leaders + beside, 2) << key << ": " << leaders << " leaders, " << beside << " beside their bars";
    }
}

TEST_P(EmphasisTest, AMovedAnnotationStaysWhereItWasPutWhenThatSpotIsFree)
{
    ChartEmphasis e = storyEmphasis();
    e.annotations.removeLast(); // one note, so the spot it is moved to is free
    ASSERT_TRUE(document.setChartEmphasis("ratio", e, "Annotate").isEmpty());
    ChartExporter::Renderer automatic(ChartCatalog::build(ChartType::Ratio, document, style), {});
    const QRectF before = automatic.canvas()->annotations().noteRect("microsoft-ai-dc-fy2025");
    e.annotations[0].placed = true;
    e.annotations[0].dx = 16;
    e.annotations[0].dy = 0;
    ASSERT_TRUE(document.setChartEmphasis("ratio", e, "Move").isEmpty());
    ChartExporter::Renderer moved(ChartCatalog::build(ChartType::Ratio, document, style), {});
    const ChartAnnotations &notes = moved.canvas()->annotations();
    const QRectF after = notes.noteRect("microsoft-ai-dc-fy2025");
    const QPointF wanted = notes.noteAnchor("microsoft-ai-dc-fy2025") + QPointF(16, 0) * notes.lineHeight();
    EXPECT_LT(QLineF(after.center(), wanted).length(), 3) << after.center().x() << " " << wanted.x();
    EXPECT_GT(QLineF(after.center(), before.center()).length(), 20);
    EXPECT_TRUE(moved.canvas()->layoutProblems().isEmpty()) << qPrintable(moved.canvas()->layoutProblems().join(" | "));
}

TEST_P(EmphasisTest, EveryExportFormatCarriesTheAnnotation)
{
    ASSERT_TRUE(document.setChartEmphasis("ratio", storyEmphasis(), "Annotate").isEmpty());
    QTemporaryDir dir;
    QString error;
    ChartExporter::Options svg;
    svg.format = ChartExporter::Format::Svg;
    ASSERT_TRUE(ChartExporter::exportChart(ChartType::Ratio, document, style, svg, dir.filePath("a.svg"), &error))
        << qPrintable(error);
    QFile file(dir.filePath("a.svg"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    // The first words of the note: it may be wrapped onto more lines.
    const QString start = storyEmphasis().annotations.at(0).text.left(2);
    EXPECT_TRUE(text.contains(start.toHtmlEscaped())) << qPrintable(start);
}

INSTANTIATE_TEST_SUITE_P(EnglishAndChinese, EmphasisTest, ::testing::Values(false, true),
                         [](const auto &info) { return info.param ? "zh_CN" : "en"; });

} // namespace
