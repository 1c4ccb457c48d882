#include "../gtestqt.h"
#include "chartcanvas.h"
#include "chartcatalog.h"
#include "chartexporter.h"
#include "chartfixture.h"
#include "chartspec.h"
#include "ratiomodel.h"

#include <QFile>
#include <QTemporaryDir>

namespace {

// A filter that keeps compared figures off the ratio charts says so on the chart, in its export
// and in its alt text, instead of silently dropping bars.
class HiddenFiguresTest : public ChartFixture
{
protected:
    void SetUp() override
    {
        ChartFixture::SetUp();
        document.setBaseline("deepseek-v3-total");
        document.setCompared({"meta-capex-2024", "alphabet-capex-2024", "microsoft-ppe-cash-fy2024"});
    }
    void showOnlyMeta()
    {
        FigureFilter filter;
        filter.entities = {"Meta"};
        document.setFilter(filter);
    }
};

TEST_F(HiddenFiguresTest, TheSpecCountsTheComparedFiguresTheFilterHides)
{
    ASSERT_GE(row("deepseek-v3-total"), 0);
    const ChartSpec &spec = ChartCatalog::spec(ChartType::Ratio, document);
    EXPECT_EQ(spec.hiddenNotice(), QString());
    showOnlyMeta();
    EXPECT_EQ(spec.hiddenNotice(), "2 compared figures hidden by the filter.");
    document.setCompared({"meta-capex-2024", "alphabet-capex-2024"});
    EXPECT_EQ(spec.hiddenNotice(), "1 compared figure hidden by the filter.");
    document.setFilter(FigureFilter());
    EXPECT_EQ(spec.hiddenNotice(), QString());
}

TEST_F(HiddenFiguresTest, EveryComparedChartDrawsTheNoteUnderIt)
{
    showOnlyMeta();
    for (ChartType type : {ChartType::Ratio, ChartType::Comparison, ChartType::Scale}) {
        std::unique_ptr<ChartCanvas> canvas(ChartCatalog::build(type, document, style));
        EXPECT_TRUE(canvas->footerText().contains("2 compared figures hidden by the filter."))
            << ChartCatalog::entry(type).key.toStdString() << ": " << canvas->footerText().toStdString();
        EXPECT_TRUE(ChartCatalog::altText(type, document).contains("2 compared figures hidden by the filter."));
    }
    // Growth and guidance charts compare nothing: no note.
    std::unique_ptr<ChartCanvas> growth(ChartCatalog::build(ChartType::Growth, document, style));
    EXPECT_FALSE(growth->footerText().contains("hidden by the filter"));
}

TEST_F(HiddenFiguresTest, TheSvgExportCarriesTheNote)
{
    showOnlyMeta();
    QTemporaryDir dir;
    const QString path = dir.filePath("ratio.svg");
    QString error;
    ChartExporter::Options options;
    options.format = ChartExporter::Format::Svg;
    ASSERT_TRUE(ChartExporter::exportChart(ChartType::Ratio, document, style, options, path, &error)) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    // Once in the description (the alt text), once drawn under the chart.
    EXPECT_GE(svg.count("hidden by the filter"), 2) << "the note is not drawn in the SVG";
}

} // namespace
