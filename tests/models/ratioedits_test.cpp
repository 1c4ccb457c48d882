// An edit recomputes only the multiples it can change (the edited rows), unless it moves the
// baseline or the chart's exchange rate: after any sequence of edits every multiple must equal
// what a model built from scratch on the same figures computes.
#include "../gtestqt.h"
#include "currency.h"
#include "figuremodel.h"
#include "modeltesting.h"
#include "ratiomodel.h"
#include "testdataset.h"

#include <gtest/gtest.h>

namespace {

Figure yuan(const QString &id, int year, double low, double high)
{
    Figure f = makeFigure(id, "Tencent", FigureKind::Capex, year, low, high);
    f.unit = FigureUnit::Cny;
    return f;
}

class RatioEdits : public ::testing::Test
{
protected:
    void SetUp() override
    {
        attachTester(&figures);
        attachTester(&ratios);
        figures.setFigures({makeFigure("meta-2023", "Meta", FigureKind::Capex, 2023, 28.1e9, 28.1e9),
                            makeFigure("meta-2024", "Meta", FigureKind::Capex, 2024, 39e9, 40e9),
                            yuan("tencent-2023", 2023, 70.809e9, 70.809e9),
                            yuan("tencent-2024", 2024, 76.76e9, 76.76e9)});
        ratios.setExchange(FigureUnit::Usd, rates);
        ratios.setBaselineId("meta-2023");
        ratios.setComparedIds({"meta-2024", "tencent-2023"});
    }

    // Every multiple and reason as a model built now, from the same figures, computes it.
    void expectSameAsFresh(const char *after)
    {
        FigureModel copy;
        copy.setFigures(figures.figures());
        RatioModel fresh(&copy);
        fresh.setExchange(FigureUnit::Usd, rates);
        fresh.setBaselineId(ratios.baselineId());
        fresh.setComparedIds(ratios.comparedIds());
        ASSERT_EQ(fresh.rowCount(), ratios.rowCount());
        for (int row = 0; row < ratios.rowCount(); ++row) {
            const DerivedValue kept = ratios.ratio(row), built = fresh.ratio(row);
            EXPECT_EQ(kept.defined, built.defined) << after << ", row " << row;
            EXPECT_DOUBLE_EQ(kept.low, built.low) << after << ", row " << row;
            EXPECT_DOUBLE_EQ(kept.high, built.high) << after << ", row " << row;
            EXPECT_EQ(kept.reason, built.reason) << after << ", row " << row;
        }
    }

    void edit(const char *id, const std::function<void(Figure &)> &change)
    {
        const int row = figures.rowOf(QString::fromLatin1(id));
        Figure f = figures.figure(row);
        change(f);
        figures.replaceFigure(row, f);
    }

    const QVector<Parameter> rates{yuanPerDollar(2023, 7.0809), yuanPerDollar(2025, 7.1875)};
    FigureModel figures;
    RatioModel ratios{&figures};
};

TEST_F(RatioEdits, AnEditOfOneFigureChangesItsMultipleOnly)
{
    const DerivedValue tencent = ratios.ratio(figures.rowOf("tencent-2023"));
    edit("meta-2024", [](Figure &f) { f.high = 45e9; });
    EXPECT_DOUBLE_EQ(ratios.ratio(figures.rowOf("meta-2024")).high, 45e9 / 28.1e9);
    EXPECT_EQ(ratios.ratio(figures.rowOf("tencent-2023")), tencent);
    expectSameAsFresh("a compared figure's value");
}

TEST_F(RatioEdits, AnEditOfTheBaselineChangesEveryMultiple)
{
    edit("meta-2023", [](Figure &f) { f.low = f.high = 30e9; });
    EXPECT_DOUBLE_EQ(ratios.ratio(figures.rowOf("meta-2024")).low, 39e9 / 30e9);
    expectSameAsFresh("the baseline's value");
    edit("meta-2023", [](Figure &f) { f.label = QStringLiteral("Meta capex"); f.low = f.high = 0; });
    expectSameAsFresh("the baseline set to zero");
}

TEST_F(RatioEdits, AnEditThatMovesTheChartsRateChangesEveryConvertedMultiple)
{
    // The chart's one rate is the latest compared year's: 2025 now, for every yuan figure.
    edit("tencent-2023", [](Figure &f) { f.year = 2025; });
    EXPECT_EQ(ratios.rate().year, 2025);
    EXPECT_DOUBLE_EQ(ratios.ratio(figures.rowOf("tencent-2024")).low, 76.76e9 / 7.1875 / 28.1e9);
    expectSameAsFresh("a compared yuan figure's year");
}

TEST_F(RatioEdits, ManyEditsInARowLeaveEveryMultipleAsIfBuiltFresh)
{
    edit("tencent-2024", [](Figure &f) { f.low = 80e9; f.high = 90e9; });
    expectSameAsFresh("an uncompared yuan figure");
    edit("meta-2024", [](Figure &f) { f.unit = FigureUnit::GpuHours; });
    expectSameAsFresh("a unit that cannot be divided");
    edit("meta-2024", [](Figure &f) { f.unit = FigureUnit::Usd; f.low = 1; f.high = 2; });
    expectSameAsFresh("back to dollars");
    edit("tencent-2023", [](Figure &f) { f.year = 2025; });
    edit("tencent-2023", [](Figure &f) { f.year = 2023; });
    expectSameAsFresh("a rate moved and back");
}

} // namespace
