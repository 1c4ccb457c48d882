#include "../gtestqt.h"
#include "caveats.h"
#include "testdataset.h"

#include <gtest/gtest.h>

namespace {

QString caveatFor(const QVector<Figure> &figures)
{
    QVector<const Figure *> pointers;
    for (const Figure &f : figures)
        pointers.append(&f);
    return Caveats::forFigures(pointers);
}

TEST(Caveats, CapexAgainstATrainingRunIsCalledOut)
{
    const QVector<Figure> all = metaAndDeepSeek();
    const QString caveat = caveatFor({all.at(1), all.at(5)}); // Meta 2024 capex, DeepSeek-V3
    EXPECT_TRUE(caveat.contains("Compares different kinds of figure")) << qPrintable(caveat);
    EXPECT_TRUE(caveat.contains("training-run cost")) << qPrintable(caveat);
}

TEST(Caveats, APledgeIsNotSpending)
{
    Figure pledge = makeFigure("stargate", "Stargate", FigureKind::Pledge, 2025, 500e9, 500e9,
                               FigureStatus::Stated);
    const QString caveat = caveatFor({metaAndDeepSeek().at(1), pledge});
    EXPECT_TRUE(caveat.contains("A pledge is not spending.")) << qPrintable(caveat);
}

TEST(Caveats, GuidanceBesideActualsIsNotAnOutcome)
{
    const QVector<Figure> all = metaAndDeepSeek();
    EXPECT_EQ(caveatFor({all.at(1), all.at(2)}), "Guidance and estimates are not outcomes.");
}

TEST(Caveats, OneKindOfFigureNeedsNone)
{
    const QVector<Figure> all = metaAndDeepSeek();
    EXPECT_TRUE(caveatFor({all.at(0), all.at(1), all.at(4)}).isEmpty());
    EXPECT_TRUE(caveatFor({}).isEmpty());
}

} // namespace
