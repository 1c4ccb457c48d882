// An edit of one figure updates the derived figures, the chart's exchange rate and the growth
// series through indexes (FigureIndex, GrowthModel's series rows) instead of walking every
// figure. After any sequence of edits, inserts, removals, undos and redos every number must be
// exactly what a document rebuilt from the same figures computes.
#include "../gtestqt.h"
#include "document.h"
#include "figuremodel.h"
#include "growthmodel.h"
#include "modeltesting.h"
#include "ratiomodel.h"
#include "testdataset.h"

#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <random>

namespace {

// Figures that formulas use: never removed, never given a formula, so no formula breaks.
constexpr int kInputs = 4;

Figure inputFigure(int i)
{
    return makeFigure(QStringLiteral("in%1").arg(i), "Inputs", FigureKind::TrainingComputeCost,
                      2020 + i, 1e6 * (i + 1), 1e6 * (i + 2), FigureStatus::Stated);
}

Figure derivedFigure(const QString &id, const QString &formula)
{
    Figure f =
        makeFigure(id, "Derived", FigureKind::HardwareEstimate, 2024, 0, 0, FigureStatus::Estimate);
    f.formula = formula;
    return f;
}

Figure yuanFigure(const QString &id, const QString &entity, int year, double value)
{
    Figure f = makeFigure(id, entity, FigureKind::Capex, year, value, value);
    f.unit = FigureUnit::Cny;
    return f;
}

// Meta's capex series, yuan figures of two years, derived figures, and inputs; the chart compares
// dollar figures only, so its rate is the one for the latest yuan figure in the whole table.
Dataset startingDataset()
{
    Dataset d;
    for (int i = 0; i < kInputs; ++i)
        d.figures.append(inputFigure(i));
    d.figures += metaAndDeepSeek();
    d.figures.append(yuanFigure("alibaba-2021", "Alibaba", 2021, 50e9));
    d.figures.append(yuanFigure("alibaba-2022", "Alibaba", 2022, 60e9));
    d.figures.append(derivedFigure("d0", "{in0} * 2"));
    d.figures.append(derivedFigure("d1", "{in1} + {in2}"));
    d.figures.append(derivedFigure("d2", "{d0} + 1"));
    d.figures.append(makeFigure("ms-2024", "Microsoft", FigureKind::Capex, 2024, 55e9, 55e9));
    for (int year = 2018; year <= 2026; ++year)
        d.parameters.append(yuanPerDollar(year, 6.4 + 0.05 * (year - 2018)));
    d.baselineId = "meta-2024";
    d.comparedIds = QStringList{"meta-2023", "meta-2025", "ms-2024"};
    d.growthEntity = "Meta";
    d.growthKind = FigureKind::Capex;
    return d;
}

// Whether two documents' derived numbers agree; the first difference found, else empty.
QString difference(const Document &live, const Document &rebuilt)
{
    if (live.figures()->figures() != rebuilt.figures()->figures())
        return "the figures (a derived value)";
    if (live.ratios()->rate() != rebuilt.ratios()->rate())
        return QString("the chart's rate (%1 against %2)")
            .arg(live.ratios()->rate().year)
            .arg(rebuilt.ratios()->rate().year);
    for (int row = 0; row < live.ratios()->rowCount(); ++row)
        if (live.ratios()->ratio(row) != rebuilt.ratios()->ratio(row))
            return QString("the multiple of row %1").arg(row);
    if (live.growth()->rowCount() != rebuilt.growth()->rowCount())
        return QString("the growth years (%1 against %2)")
            .arg(live.growth()->rowCount())
            .arg(rebuilt.growth()->rowCount());
    for (int row = 0; row < live.growth()->rowCount(); ++row)
        if (!(live.growth()->yearRow(row) == rebuilt.growth()->yearRow(row)))
            return QString("growth year %1").arg(live.growth()->yearRow(row).year);
    return {};
}

QString differenceFromRebuild(const Document &live)
{
    Document rebuilt;
    rebuilt.load(live.toDataset());
    return difference(live, rebuilt);
}

// Applies one random change of the kinds an index must follow; returns what it did.
class RandomEditor
{
public:
    RandomEditor(Document *document, unsigned seed) : m_document(document), m_random(seed) {}

    QString step()
    {
        const int rows = m_document->figures()->rowCount();
        if (rows < kInputs + 4)
            return add();
        const int row = pick(kInputs, rows - 1); // inputs change only their values
        switch (pick(0, 11)) {
        case 0:
            return setCell(pick(0, 1) ? pick(0, kInputs - 1) : pick(0, rows - 1),
                           FigureModel::ValueColumn,
                           QString::number(pick(1, 90)) + QStringLiteral("B"));
        case 1:
            return setCell(row, FigureModel::EntityColumn,
                           pickOf<QString>({"Meta", "Alibaba", "Microsoft"}));
        case 2:
            return setCell(row, FigureModel::PeriodColumn, QString::number(pick(2018, 2026)));
        case 3:
            return edit(row, "kind", [&](Figure *f) {
                f->kind = pickOf({FigureKind::Capex, FigureKind::CapexGuidance,
                                  FigureKind::TrainingComputeCost});
                f->status = pickOf({FigureStatus::Actual, FigureStatus::Guidance});
                f->stated = QDate(2025, pick(1, 12), 1);
            });
        case 4:
            return edit(row, "unit", [&](Figure *f) {
                f->unit = pickOf({FigureUnit::Usd, FigureUnit::Cny, FigureUnit::GpuHours});
            });
        case 5:
            return edit(row, "quarter", [&](Figure *f) { f->quarter = pickOf({0, 0, 2}); });
        case 6:
            return setFormula(row);
        case 7:
            return add();
        case 8:
            return remove(row);
        case 9:
        case 10:
            m_document->undoStack()->undo();
            return "undo";
        default:
            m_document->undoStack()->redo();
            return "redo";
        }
    }

private:
    int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }
    template <typename T> T pickOf(std::initializer_list<T> options)
    {
        return *(options.begin() + pick(0, int(options.size()) - 1));
    }

    QString setCell(int row, int column, const QString &text)
    {
        FigureModel *figures = m_document->figures();
        figures->setData(figures->index(row, column), text);
        return QString("set row %1 column %2 to %3").arg(row).arg(column).arg(text);
    }

    template <typename Change> QString edit(int row, const char *what, Change change)
    {
        Figure f = m_document->figures()->figure(row);
        change(&f);
        m_document->editFigure(row, f);
        return QString("edit the %1 of row %2").arg(what).arg(row);
    }

    QString setFormula(int row)
    {
        Figure f = m_document->figures()->figure(row);
        f.formula = pick(0, 2) == 0
                        ? QString()
                        : QString("{in%1} * %2").arg(pick(0, kInputs - 1)).arg(pick(1, 3));
        if (!m_document->formulaProblem(row, f).isEmpty())
            return "no formula change";
        m_document->editFigure(row, f);
        return QString("formula of row %1: %2").arg(row).arg(f.formula);
    }

    QString add()
    {
        Figure f =
            makeFigure(QStringLiteral("new"), pickOf<QString>({"Meta", "Alibaba"}),
                       FigureKind::Capex, pick(2018, 2026), pick(1, 90) * 1e9, pick(90, 99) * 1e9);
        f.unit = pickOf({FigureUnit::Usd, FigureUnit::Cny});
        m_document->addFigures({f}, "Add");
        return "add a figure";
    }

    QString remove(int row)
    {
        if (!m_document->removalProblem({row}).isEmpty())
            return "no removal";
        m_document->removeFigures({row});
        return QString("remove row %1").arg(row);
    }

    Document *m_document;
    std::mt19937 m_random;
};

TEST(IncrementalEdits, EveryNumberEqualsARebuildAfterRandomSequencesOfChanges)
{
    for (const unsigned seed : {20261130u, 7u, 99u}) {
        SCOPED_TRACE(seed);
        Document live;
        live.load(startingDataset());
        attachTester(live.figures());
        attachTester(live.ratios());
        attachTester(live.growth());
        ASSERT_TRUE(differenceFromRebuild(live).isEmpty());

        // The sequence must really move what the indexes follow, or it proves nothing.
        QSet<int> rateYears{live.ratios()->rate().year};
        QSet<int> growthYears{live.growth()->rowCount()};
        QSet<QString> derivedValues; // "d0 = 4e+06"
        RandomEditor editor(&live, seed);
        for (int i = 0; i < 300; ++i) {
            const QString what = editor.step();
            const QString difference = differenceFromRebuild(live);
            ASSERT_TRUE(difference.isEmpty())
                << "step " << i << " (" << qPrintable(what) << "): " << qPrintable(difference)
                << " differs from a rebuild";
            rateYears.insert(live.ratios()->rate().year);
            growthYears.insert(live.growth()->rowCount());
            for (int row : live.figures()->figureIndex().derivedRows())
                derivedValues.insert(live.figures()->figure(row).id + " = " +
                                     QString::number(live.figures()->figure(row).high));
        }
        EXPECT_GE(rateYears.size(), 3);
        EXPECT_GE(growthYears.size(), 3);
        EXPECT_GE(derivedValues.size(), 10);
    }
}

class IncrementalEditTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        document.load(startingDataset());
        attachTester(document.figures());
        attachTester(document.growth());
        attachTester(document.ratios());
    }
    int row(const char *id) const { return document.figures()->rowOf(id); }
    Figure figure(const char *id) const { return document.figures()->figure(row(id)); }
    void expectSameAsRebuild() const
    {
        const QString difference = differenceFromRebuild(document);
        EXPECT_TRUE(difference.isEmpty()) << qPrintable(difference) << " differs from a rebuild";
    }
    Document document;
};

TEST_F(IncrementalEditTest, AFigureMovedIntoAndOutOfTheGrowthSeriesAddsAndDropsItsYear)
{
    ASSERT_EQ(document.growth()->rowCount(), 3); // 2023–2025
    Figure f = figure("ms-2024");
    f.entity = "Meta";
    f.year = 2022;
    document.editFigure(row("ms-2024"), f);
    ASSERT_EQ(document.growth()->rowCount(), 4);
    EXPECT_EQ(document.growth()->yearRow(0).year, 2022);
    EXPECT_EQ(document.growth()->yearRow(0).actualRow, row("ms-2024"));
    // Growth of 2023 now has a previous year to compare with.
    EXPECT_TRUE(document.growth()->yearRow(1).actualChange.defined);
    expectSameAsRebuild();

    f.quarter = 3; // a quarter's figure is not its year's
    document.editFigure(row("ms-2024"), f);
    EXPECT_EQ(document.growth()->rowCount(), 3);
    expectSameAsRebuild();
}

TEST_F(IncrementalEditTest, AnEditOutsideTheGrowthSeriesLeavesItAlone)
{
    QSignalSpy changed(document.growth(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(document.growth(), &QAbstractItemModel::modelReset);
    FigureModel *figures = document.figures();
    ASSERT_TRUE(figures->setData(figures->index(row("ms-2024"), FigureModel::ValueColumn), "77B"));
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(reset.count(), 0);
    // An edit of the series' 2024 changes 2024 and the growth of 2025, and nothing else.
    ASSERT_TRUE(
        figures->setData(figures->index(row("meta-2024"), FigureModel::ValueColumn), "40B"));
    EXPECT_EQ(changedRows(changed), (QSet<int>{1, 2}));
    expectSameAsRebuild();
}

TEST_F(IncrementalEditTest, AFigureThatBecomesYuanOfALaterYearSetsTheChartsRate)
{
    ASSERT_EQ(document.ratios()->rate().year, 2022); // the latest yuan figure's year
    Figure f = figure("in3");                        // dollars, 2023
    f.unit = FigureUnit::Cny;
    f.year = 2025;
    document.editFigure(row("in3"), f);
    EXPECT_EQ(document.ratios()->rate().year, 2025);
    expectSameAsRebuild();
    document.undoStack()->undo();
    EXPECT_EQ(document.ratios()->rate().year, 2022);
    // The last yuan figure of 2022 moved back a year: the rate follows it.
    FigureModel *figures = document.figures();
    ASSERT_TRUE(
        figures->setData(figures->index(row("alibaba-2022"), FigureModel::PeriodColumn), "2019"));
    EXPECT_EQ(document.ratios()->rate().year, 2021);
    expectSameAsRebuild();
}

TEST_F(IncrementalEditTest, ANewFormulaIsFollowedAndARemovedOneIsNot)
{
    FigureModel *figures = document.figures();
    Figure f = figure("ms-2024");
    f.formula = "{in1} * 3";
    document.editFigure(row("ms-2024"), f);
    EXPECT_EQ(figure("ms-2024").high, 3 * figure("in1").high);
    ASSERT_TRUE(figures->setData(figures->index(row("in1"), FigureModel::ValueColumn), "5M"));
    EXPECT_EQ(figure("ms-2024").high, 15e6);
    expectSameAsRebuild();

    f = figure("ms-2024");
    f.formula.clear();
    document.editFigure(row("ms-2024"), f);
    ASSERT_TRUE(figures->setData(figures->index(row("in1"), FigureModel::ValueColumn), "7M"));
    EXPECT_EQ(figure("ms-2024").high, 15e6);
    EXPECT_EQ(figure("d1").high, 7e6 + figure("in2").high);
    expectSameAsRebuild();
}

TEST_F(IncrementalEditTest, DerivedFiguresFollowTheirInputsAfterRowsShift)
{
    // A removal in front of the derived figures and its undo move their rows both ways.
    document.removeFigures({row("meta-2023")});
    FigureModel *figures = document.figures();
    ASSERT_TRUE(figures->setData(figures->index(row("in0"), FigureModel::ValueColumn), "4M"));
    EXPECT_EQ(figure("d0").high, 8e6);
    EXPECT_EQ(figure("d2").high, 8e6 + 1);
    expectSameAsRebuild();
    document.undoStack()->undo(); // the edit
    document.undoStack()->undo(); // the removal: meta-2023 is back in front
    ASSERT_TRUE(figures->setData(figures->index(row("in0"), FigureModel::ValueColumn), "6M"));
    EXPECT_EQ(figure("d0").high, 12e6);
    expectSameAsRebuild();
}

TEST(IncrementalEdits, AnEditWhileRowsComeInIsSeenByTheGrowthSeries)
{
    // Something told of new rows before the growth model edits one at once (as a document
    // recalculating derived figures may): the growth model must not read rows as they were.
    FigureModel figures;
    figures.setFigures(metaAndDeepSeek());
    QObject::connect(&figures, &QAbstractItemModel::rowsInserted, &figures,
                     [&figures](const QModelIndex &, int first) {
                         Figure f = figures.figure(first);
                         f.entity = "Meta";
                         figures.replaceFigure(first, f);
                     });
    GrowthModel growth(&figures);
    growth.setSeries({"Meta", FigureKind::Capex});
    attachTester(&growth);
    int checks = 0;
    const auto sameAsRebuild = [&] {
        GrowthModel rebuilt(&figures);
        rebuilt.setSeries(growth.series());
        ASSERT_EQ(growth.rowCount(), rebuilt.rowCount());
        for (int row = 0; row < growth.rowCount(); ++row)
            EXPECT_TRUE(growth.yearRow(row) == rebuilt.yearRow(row)) << growth.yearRow(row).year;
        ++checks;
    };
    QObject::connect(&growth, &QAbstractItemModel::dataChanged, sameAsRebuild);
    QObject::connect(&growth, &QAbstractItemModel::modelReset, sameAsRebuild);
    figures.insertFigures(
        0, {makeFigure("ms-2022", "Microsoft", FigureKind::Capex, 2022, 20e9, 20e9)});
    ASSERT_EQ(growth.rowCount(), 4); // it became Meta's 2022
    EXPECT_EQ(growth.yearRow(0).actualRow, 0);
    EXPECT_EQ(growth.yearRow(3).actualRow, figures.rowOf("meta-2025"));
    EXPECT_GE(checks, 1);
}

} // namespace
