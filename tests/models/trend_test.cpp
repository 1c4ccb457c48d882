// The trend chart's spec against the built-in dataset, every number computed by hand from the
// fact sheet's rows.
#include "chartdata.h"
#include "dataset.h"
#include "document.h"
#include "figuremodel.h"
#include "trendspec.h"
#include "guidancehistory.h"
#include "testdataset.h"
#include "trendtext.h"

#include <QUndoStack>

#include <gtest/gtest.h>

namespace {

struct Loaded
{
    Document doc;
    Loaded() { doc.load(DatasetJson::builtIn().dataset); }
    const TrendSpec &spec() const { return *static_cast<const TrendSpec *>(doc.chart("trend")); }
    TrendSeries::Data data() const { return spec().data(); }
    const Figure &figure(int row) const { return doc.figures()->figure(row); }
    // "id@period" for every point of the series, in order.
    QStringList points(const TrendSeries::Series &s) const
    {
        QStringList out;
        for (const TrendSeries::Point &p : s.points)
            out << QStringLiteral("%1@%2").arg(figure(p.row).id).arg(p.period);
        return out;
    }
};

TEST(TrendSpec, DefaultIsTheFourHyperscalersOneBasisEach)
{
    Loaded l;
    const TrendSeries::Data d = l.data();
    ASSERT_EQ(d.series.size(), 4);
    EXPECT_EQ(d.series[0].entity, "Meta");
    EXPECT_EQ(d.series[1].entity, "Microsoft"); // cash PP&E: 8 years, against 1 with leases
    EXPECT_EQ(d.series[1].passedOver, QStringList{"Microsoft (incl. finance leases)"});
    EXPECT_EQ(d.series[2].entity, "Alphabet");
    EXPECT_EQ(d.series[3].entity, "Amazon"); // gross and net both 2019–2025: the name asked wins
    EXPECT_EQ(d.series[3].passedOver, QStringList{"Amazon (net)"});
    EXPECT_EQ(d.periods, (QVector<int>{2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026}));
    // Bases never joined: every point of a series is one entity's.
    for (const TrendSeries::Series &s : d.series)
        for (const TrendSeries::Point &p : s.points)
            EXPECT_EQ(l.figure(p.row).entity, s.entity) << qPrintable(l.figure(p.row).id);
    EXPECT_EQ(l.points(d.series[0]).last(), "meta-capex-2026-guidance-2026-01@2026"); // not the single-source raise
    EXPECT_EQ(l.points(d.series[1]).last(), "microsoft-ppe-cash-fy2026@2026");
    EXPECT_EQ(l.points(d.series[2]).last(), "alphabet-capex-2026-plan-2026-02@2026");
    EXPECT_EQ(l.points(d.series[3]).last(), "amazon-capex-2026-plan@2026");
    EXPECT_TRUE(d.series[1].fiscal);
    EXPECT_FALSE(d.series[0].fiscal);
}

TEST(TrendSpec, ChangesAndTotalsByHand)
{
    Loaded l;
    const TrendSeries::Data d = l.data();
    const auto change = [&](int series, int period) {
        for (const TrendSeries::Point &p : d.series[series].points)
            if (p.period == period)
                return p.change;
        return DerivedValue();
    };
    // Meta 2025: 72.22 / 39.23 − 1 = 0.84094…; 2020: 15.72 / 15.65 − 1 = 0.004473
    EXPECT_NEAR(change(0, 2025).low, 72.22 / 39.23 - 1, 1e-12);
    EXPECT_NEAR(change(0, 2020).high, 15.72 / 15.65 - 1, 1e-12);
    EXPECT_FALSE(change(0, 2019).defined); // no 2018
    // Meta's 2026 plan against 2025's actual: 115/72.22 − 1 = 0.5923, 135/72.22 − 1 = 0.8693
    EXPECT_NEAR(change(0, 2026).low, 115 / 72.22 - 1, 1e-12);
    EXPECT_NEAR(change(0, 2026).high, 135 / 72.22 - 1, 1e-12);
    // Microsoft FY2026 on FY2025, cash: 115,948 / 64,551 − 1 = 0.79622
    EXPECT_NEAR(change(1, 2026).low, 115948.0 / 64551 - 1, 1e-12);
    // Amazon gross 2025 on 2024: 131,819 / 82,999 − 1 = 0.58820
    EXPECT_NEAR(change(3, 2025).low, 131819.0 / 82999 - 1, 1e-12);
    // Amazon 2022 on 2021: 63,645 / 61,053 − 1 = 4.2454%: said +4.2%, rounded once (not 4.25 → 4.3).
    EXPECT_EQ(l.doc.figures()->numberFormat().percentChange(change(3, 2022).low), "+4.2%");
    // Totals over 2019–2025 (Microsoft's to FY2025 though it has FY2026: the years all share).
    EXPECT_EQ(d.totalFrom, 2019);
    EXPECT_EQ(d.totalTo, 2025);
    EXPECT_NEAR(d.series[0].total.low, (15.65 + 15.72 + 19.24 + 32.04 + 28.10 + 39.23 + 72.22) * 1e9, 1);
    EXPECT_NEAR(d.series[1].total.low, (13925.0 + 15441 + 20622 + 23886 + 28107 + 44477 + 64551) * 1e6, 1);
    EXPECT_NEAR(d.series[2].total.low, (23548.0 + 22281 + 24640 + 31485 + 32251 + 52535 + 91447) * 1e6, 1);
    EXPECT_NEAR(d.series[3].total.low, (16861.0 + 40140 + 61053 + 63645 + 52729 + 82999 + 131819) * 1e6, 1);
}

TEST(TrendSpec, QuartersFollowTheMonthsAndCompareWithTheSameQuarter)
{
    Loaded l;
    TrendSettings s = l.doc.trendSettings();
    s.quarterly = true;
    l.doc.setTrendSettings(s);
    const TrendSeries::Data d = l.data();
    ASSERT_EQ(d.series.size(), 2); // only Meta and Microsoft have quarters
    EXPECT_EQ(d.withoutData, (QStringList{"Alphabet", "Amazon"}));
    EXPECT_EQ(l.points(d.series[0]).first(), "meta-capex-2024q1@8096"); // 2024 × 4 + 0
    // Microsoft with leases has two quarters, the cash line one: the longer basis, never both.
    EXPECT_EQ(d.series[1].entity, "Microsoft (incl. finance leases)");
    // Q1 FY2026 is Jul–Sep 2025: calendar Q3 2025, not Q1 2026.
    EXPECT_EQ(l.points(d.series[1]), (QStringList{"microsoft-capex-incl-leases-fy25q4@8101",
                                                  "microsoft-capex-incl-leases-fy26q1@8102"}));
    // Meta Q1 2025 on Q1 2024: 13.69 / 6.72 − 1
    EXPECT_NEAR(d.series[0].points[4].change.low, 13.69 / 6.72 - 1, 1e-12);
    EXPECT_FALSE(d.series[1].points[1].change.defined); // no Q3 2024 with leases
    EXPECT_EQ(TrendSeries::periodName(8102, true), "Q3 2025");
    // On the axis every quarter carries its year, short, so a label kept alone still says when.
    EXPECT_EQ(TrendSeries::periodTick(8102, true), QString::fromUtf8("Q3 ’25"));
    EXPECT_EQ(TrendSeries::periodTick(8096, true), QString::fromUtf8("Q1 ’24"));
    EXPECT_EQ(TrendSeries::periodTick(2024, false), "2024");
}

TEST(TrendSpec, QuartersStayOutOfTheYearCharts)
{
    Loaded l;
    // The growth chart and the guidance history compare whole years: Meta 2024 is 39.23, not a quarter.
    l.doc.setGrowthSeries({"Meta", FigureKind::Capex});
    const GrowthModel &g = *l.doc.growth();
    for (int i = 0; i < g.rowCount(); ++i) {
        if (g.yearRow(i).actualRow >= 0) {
            EXPECT_FALSE(l.figure(g.yearRow(i).actualRow).isQuarterly()) << g.yearRow(i).year;
        }
    }
    EXPECT_EQ(l.figure(g.yearRow(5).actualRow).id, "meta-capex-2024");
    const QString growthCsv = l.doc.chart("growth")->csv();
    EXPECT_FALSE(growthCsv.contains("2024q")) << qPrintable(growthCsv);
    EXPECT_FALSE(l.doc.chart("guidance")->csv().contains("q1")) << qPrintable(l.doc.chart("guidance")->csv());
}

TEST(TrendSpec, AQuarterStatedLaterNeverStandsForItsYear)
{
    // The built-in dates happen to favour the annual figures; these do not.
    Dataset d;
    d.figures = metaAndDeepSeek();
    Figure q = makeFigure("meta-2025q4", "Meta", FigureKind::Capex, 2025, 22e9, 22e9, FigureStatus::Actual,
                          QDate(2026, 2, 1));
    q.quarter = 4;
    Figure next = makeFigure("meta-2026q1", "Meta", FigureKind::Capex, 2026, 19e9, 19e9, FigureStatus::Actual,
                             QDate(2026, 4, 29));
    next.quarter = 1;
    d.figures << q << next;
    Document doc;
    doc.load(d);
    doc.setGrowthSeries({"Meta", FigureKind::Capex});
    const GrowthModel &g = *doc.growth();
    ASSERT_EQ(g.rowCount(), 3); // 2023, 2024, 2025: no 2026 made of one quarter
    EXPECT_EQ(doc.figures()->figure(g.yearRow(2).actualRow).id, "meta-2025");
    const auto statements = GuidanceHistory::statements(*doc.figures(), "Meta", 2025);
    ASSERT_FALSE(statements.isEmpty());
    EXPECT_EQ(doc.figures()->figure(statements.last().row).id, "meta-2025");
}

TEST(TrendSpec, CsvHasOneRowPerCompanyAndPeriodWithValueRangeAndChange)
{
    Loaded l;
    TrendSettings s = l.doc.trendSettings();
    s.cumulative = true;
    l.doc.setTrendSettings(s);
    const QStringList lines = l.spec().csv().split('\n', Qt::SkipEmptyParts);
    int points = 0;
    for (const TrendSeries::Series &series : l.data().series)
        points += int(series.points.size());
    EXPECT_EQ(lines.size(), 1 + points + 4); // header, the points, four totals
    EXPECT_TRUE(lines[0].startsWith("company,entity,period,period_label,figure_id,status,value_low,value_high,value,"
                                    "change_low,change_high,change,note,basis"));
    const QString meta2025 = *std::find_if(lines.begin(), lines.end(), [](const QString &x) {
        return x.contains(",meta-capex-2025,");
    });
    EXPECT_TRUE(meta2025.startsWith("Meta,Meta,2025,2025,meta-capex-2025,actual,72220000000,72220000000,$72.2B,"))
        << qPrintable(meta2025);
    EXPECT_TRUE(meta2025.contains(",+84.1%,")) << qPrintable(meta2025);
    const QString msft = *std::find_if(lines.begin(), lines.end(), [](const QString &x) {
        return x.contains(",microsoft-ppe-cash-fy2025,");
    });
    EXPECT_TRUE(msft.startsWith("Microsoft,Microsoft,2025,FY2025,")) << qPrintable(msft); // fiscal, named so
    const QString total = lines.last();
    EXPECT_TRUE(total.startsWith("Amazon,Amazon,2019-2025,total,")) << qPrintable(total);
    EXPECT_TRUE(total.contains(",449246000000,449246000000,$449B,")) << qPrintable(total);
}

TEST(TrendSpec, HeadlineAndAltTextStateOnlyTheData)
{
    Loaded l;
    // 2025: Amazon gross 131.8 > Alphabet 91.4 > Meta 72.2 > Microsoft FY2025 64.6; plans for 2026:
    // Amazon ~200 is the largest midpoint (Alphabet 175–185 → 180).
    EXPECT_EQ(l.spec().headline(),
              "Of the 4 companies, Amazon spent the most in 2025: $132B (+58.8% on 2024) (Microsoft's is for "
              "fiscal 2025 (Jul 2024–Jun 2025)); the largest plan is Amazon's $200B for 2026.");
    const QString alt = l.spec().altText();
    EXPECT_TRUE(alt.contains("Meta: 2019 $15.7B; 2020 $15.7B (+0.4%);")) << qPrintable(alt);
    EXPECT_TRUE(alt.contains("2026 plan $115–135B (+59.2% to +86.9%)")) << qPrintable(alt);
    EXPECT_TRUE(alt.contains("Microsoft: FY2019 $13.9B;")) << qPrintable(alt);
    TrendSettings s = l.doc.trendSettings();
    s.cumulative = true;
    l.doc.setTrendSettings(s);
    for (int row : l.spec().rows()) // the footer's sources are the summed figures' only
        EXPECT_NE(l.figure(row).status, FigureStatus::Guidance) << qPrintable(l.figure(row).id);
    // 16,861 + 40,140 + 61,053 + 63,645 + 52,729 + 82,999 + 131,819 = 449,246 ($M): said as a sum.
    EXPECT_EQ(l.spec().headline(),
              "Added up over 2019–2025, Amazon's yearly figures come to $449B, the most of the 4 companies.");
}

// With no company's figures to draw, the title names no years and the subtitle no companies: no
// placeholder is ever shown as typed ("{first}–{last}", ". Actuals solid…").
TEST(TrendSpec, AnEmptyTrendsTitleAndSubtitleNameNothingItLacks)
{
    Loaded l;
    TrendSettings s = l.doc.trendSettings();
    s.entities = QStringList{"Nobody Inc"};
    l.doc.setTrendSettings(s);
    ASSERT_TRUE(l.data().series.isEmpty());
    EXPECT_EQ(l.spec().title(), "Capex by year");
    EXPECT_EQ(l.spec().subtitle(), "");
    EXPECT_FALSE(l.spec().emptyMessage().isEmpty());
    s.quarterly = true;
    l.doc.setTrendSettings(s);
    EXPECT_EQ(l.spec().title(), "Capex by quarter");
}

// By quarter only some companies report: the ones asked for with nothing to draw are named in
// the chart's note, not left out in silence.
TEST(TrendSpec, ACompanyWithNothingToDrawIsNamedInTheNote)
{
    Loaded l;
    TrendSettings s = l.doc.trendSettings();
    s.quarterly = true;
    l.doc.setTrendSettings(s);
    ASSERT_FALSE(l.data().series.isEmpty());
    ASSERT_EQ(l.data().withoutData, (QStringList{"Alphabet", "Amazon"}));
    const QString notes = l.spec().automaticNotes();
    EXPECT_TRUE(notes.startsWith("No quarterly figures for Alphabet, Amazon in these years. Change on the same quarter"))
        << qPrintable(notes);
    EXPECT_TRUE(notes.contains("Meta Q3 2025 +111%")) << qPrintable(notes);
}

TEST(TrendSpec, CaveatNamesEachBasisTheChoiceAndFiscalYears)
{
    Loaded l;
    const QString caveat = l.spec().automaticCaveat();
    EXPECT_TRUE(caveat.contains("Meta: Purchases of property and equipment plus principal payments on finance leases"))
        << qPrintable(caveat);
    EXPECT_TRUE(caveat.contains("Amazon rather than Amazon (net)")) << qPrintable(caveat);
    EXPECT_TRUE(caveat.contains("Microsoft rather than Microsoft (incl. finance leases)")) << qPrintable(caveat);
    EXPECT_TRUE(caveat.startsWith("Each company's own line is drawn, not one definition, and Microsoft's years are fiscal "
                                  "years, drawn at the year they end (FY2019 = Jul 2018–Jun 2019)."))
        << qPrintable(caveat);
    EXPECT_TRUE(caveat.contains("Amazon did not say whether the $200B is gross or net")) << qPrintable(caveat);
}

TEST(TrendSpec, SettingsAreSavedAndUndoable)
{
    Loaded l;
    int signals = 0;
    QObject::connect(&l.spec(), &ChartSpec::changed, [&] { ++signals; });
    TrendSettings s;
    s.entities = QStringList{"Meta", "Oracle"};
    s.line = true;
    s.quarterly = true;
    l.doc.setTrendSettings(s);
    EXPECT_EQ(signals, 1);
    const DatasetRead again = DatasetJson::read(DatasetJson::write(l.doc.toDataset()), "again");
    ASSERT_TRUE(again.ok) << qPrintable(again.error);
    EXPECT_EQ(again.dataset.trend, s);
    l.doc.undoStack()->undo();
    EXPECT_EQ(l.doc.trendSettings(), TrendSettings());
    EXPECT_EQ(TrendSeries::unknownEntities(*l.doc.figures(), {"Meta", "Nvidia", "Amazon (net)"}), QStringList{"Nvidia"});
}

} // namespace
