#include "../gtestqt.h"
#include "chartcanvas.h"
#include "chartcatalog.h"
#include "chartfixture.h"
#include "chartspec.h"
#include "presets.h"
#include "ratiomodel.h"

namespace {

QStringList idsOf(const FigureModel &figures, const QVector<int> &rows)
{
    QStringList ids;
    for (int row : rows)
        ids.append(figures.figure(row).id);
    return ids;
}

// The figure ids a CSV lists, in its order, from the column named id or figure_id.
QStringList csvIds(const QString &csv)
{
    const QStringList lines = csv.split('\n', Qt::SkipEmptyParts);
    const QStringList header = lines.first().split(',');
    const int column = header.contains("id") ? int(header.indexOf("id")) : int(header.indexOf("figure_id"));
    QStringList ids;
    for (int i = 1; i < lines.size(); ++i)
        ids.append(lines.at(i).split(',').at(column));
    return ids;
}

QStringList drawnIds(ChartType type, const Document &document)
{
    std::unique_ptr<ChartCanvas> canvas(ChartCatalog::build(type, document, ChartStyle::forTheme(ChartStyle::Theme::Light)));
    QStringList ids;
    for (const ChartCanvas::Hotspot &spot : canvas->hotspots())
        ids.append(spot.figureId);
    return ids;
}

class ChartSpecTest : public ChartFixture
{
protected:
    // Every chart as drawn, exported and described: one list, in one order.
    void expectOneList(const QString &where)
    {
        const FigureModel &figures = *document.figures();
        for (const ChartCatalog::Entry &e : ChartCatalog::entries()) {
            const ChartSpec &spec = ChartCatalog::spec(e.type, document);
            const QStringList rows = idsOf(figures, spec.rows());
            SCOPED_TRACE(qPrintable(where + " / " + e.key));
            EXPECT_EQ(drawnIds(e.type, document), rows);
            EXPECT_EQ(csvIds(spec.csv()).mid(0, rows.size()), rows);
            EXPECT_EQ(idsOf(figures, spec.csvRows()).mid(0, rows.size()), rows);
            // The alt text lists its items in drawing order (the ratio chart names its baseline first).
            QStringList alt = rows;
            const QStringList items = idsOf(figures, spec.altRows());
            if (e.type == ChartType::Ratio)
                alt.removeAll(document.ratios()->baselineId());
            EXPECT_EQ(items, alt);
            qsizetype at = 0;
            for (int row : spec.altRows()) {
                // Each item by its name, or (growth, guidance: one company) by its value.
                const Figure &f = figures.figure(row);
                qsizetype next = spec.altText().indexOf(f.label, at);
                if (next < 0)
                    next = spec.altText().indexOf(figures.numberFormat().quantityRange(f.low, f.high, f.unit), at);
                EXPECT_GE(next, at) << qPrintable(f.label + " in " + spec.altText());
                at = qMax(at, next);
            }
        }
    }
};

TEST_F(ChartSpecTest, DrawnCsvAndAltTextListTheSameRowsForEveryChartAndPreset)
{
    expectOneList("as loaded");
    for (const Preset &preset : Presets::all()) {
        ASSERT_TRUE(document.applyPreset(preset).isEmpty());
        expectOneList(preset.key);
    }
}

TEST_F(ChartSpecTest, EveryChartKeyHasASpecAndEverySpecARenderer)
{
    ASSERT_EQ(document.charts().size(), ChartCatalog::entries().size());
    for (const ChartCatalog::Entry &e : ChartCatalog::entries()) {
        ASSERT_NE(document.chart(e.key), nullptr) << qPrintable(e.key);
        EXPECT_EQ(document.chart(e.key)->name(), e.name);
    }
}

} // namespace
