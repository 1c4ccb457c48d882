#include "../gtestqt.h"
#include "document.h"
#include "figuremodel.h"
#include "modeltesting.h"
#include "ratiomodel.h"
#include "testdataset.h"

#include <QTemporaryDir>
#include <QUndoStack>
#include <gtest/gtest.h>

namespace {

class DocumentTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Dataset d;
        d.figures = metaAndDeepSeek();
        d.baselineId = "v3";
        d.comparedIds = {"meta-2025-plan", "meta-2024"};
        d.growthEntity = "Meta";
        document.load(d);
        attachTester(document.figures());
        attachTester(document.ratios());
        attachTester(document.growth());
    }
    FigureModel &figures() { return *document.figures(); }
    QUndoStack &undo() { return *document.undoStack(); }
    Document document;
};

TEST_F(DocumentTest, ACellEditIsUndoableAndMarksTheDocumentModified)
{
    EXPECT_FALSE(document.isModified());
    ASSERT_TRUE(figures().setData(figures().index(1, FigureModel::ValueColumn), "50B"));
    EXPECT_DOUBLE_EQ(figures().figure(1).low, 50e9);
    EXPECT_TRUE(document.isModified());
    EXPECT_EQ(undo().undoText(), QString::fromUtf8("Edit “meta-2024”"));
    undo().undo();
    EXPECT_DOUBLE_EQ(figures().figure(1).low, 39.23e9);
    EXPECT_NEAR(document.ratios()->ratio(1).low, 39.23e9 / 5.576e6, 1e-6);
    EXPECT_FALSE(document.isModified());
    undo().redo();
    EXPECT_DOUBLE_EQ(figures().figure(1).low, 50e9);
}

TEST_F(DocumentTest, AddedFiguresGetUniqueIdsAndUndoRemovesThem)
{
    Figure copy = figures().figure(0);
    const QStringList ids = document.addFigures({copy, copy}, "Paste 2 figures");
    EXPECT_EQ(ids, (QStringList{"meta-2023-2", "meta-2023-3"}));
    EXPECT_EQ(figures().rowCount(), 8);
    EXPECT_EQ(document.ratios()->rowCount(), 8);
    undo().undo();
    EXPECT_EQ(figures().rowCount(), 6);
    EXPECT_EQ(figures().rowOf("meta-2023-2"), -1);
    // Redo brings back the very figures, and undo and redo can go on alternating.
    undo().redo();
    ASSERT_EQ(figures().rowCount(), 8);
    EXPECT_EQ(figures().figure(7).id, "meta-2023-3");
    EXPECT_DOUBLE_EQ(figures().figure(7).low, copy.low);
    undo().undo();
    undo().redo();
    EXPECT_EQ(figures().figure(6).id, "meta-2023-2");
    EXPECT_EQ(figures().figure(6).label, copy.label);
}

TEST_F(DocumentTest, RemovingScatteredRowsUndoesBackIntoPlace)
{
    const QVector<Figure> before = figures().figures();
    document.removeFigures({4, 1});
    EXPECT_EQ(figures().rowCount(), 4);
    EXPECT_EQ(figures().rowOf("meta-2024"), -1);
    EXPECT_EQ(document.growth()->rowCount(), 2); // 2023 and 2025
    undo().undo();
    EXPECT_EQ(figures().figures(), before);
    EXPECT_EQ(document.growth()->yearRow(1).actualRow, 1);
}

TEST_F(DocumentTest, RemovingTheBaselineLeavesRatiosEmptyWithAReason)
{
    document.removeFigures({figures().rowOf("v3")});
    EXPECT_FALSE(document.ratios()->ratio(0).defined);
    EXPECT_EQ(document.ratios()->ratio(0).reason, "No baseline figure is chosen.");
    undo().undo();
    EXPECT_TRUE(document.ratios()->ratio(0).defined);
}

TEST_F(DocumentTest, DashboardChoicesAreUndoable)
{
    document.setBaseline("meta-2024");
    EXPECT_EQ(document.ratios()->baselineId(), "meta-2024");
    // Ticking a figure in the ratio list goes through the document too.
    ASSERT_TRUE(document.ratios()->setData(document.ratios()->index(4, 0), Qt::Checked, Qt::CheckStateRole));
    EXPECT_TRUE(document.ratios()->comparedIds().contains("meta-2025"));
    document.setGuidancePick(GrowthModel::GuidancePick::Latest);
    EXPECT_EQ(undo().count(), 3);
    undo().undo();
    EXPECT_EQ(document.growth()->guidancePick(), GrowthModel::GuidancePick::Initial);
    undo().undo();
    EXPECT_FALSE(document.ratios()->comparedIds().contains("meta-2025"));
    undo().undo();
    EXPECT_EQ(document.ratios()->baselineId(), "v3");
}

TEST_F(DocumentTest, TypingAChartTitleIsOneUndoStep)
{
    ChartSettings s;
    for (const char *title : {"M", "Me", "Met", "Meta"}) {
        s.title = title;
        document.setChartSettings("ratio", s);
    }
    EXPECT_EQ(undo().count(), 1);
    EXPECT_EQ(document.chartSettings("ratio").title, "Meta");
    undo().undo();
    EXPECT_EQ(document.chartSettings("ratio").title, "");
}

TEST_F(DocumentTest, SaveAndOpenRoundTripEverything)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("story.spendlens");
    ASSERT_TRUE(figures().setData(figures().index(1, FigureModel::ValueColumn), "50B"));
    document.setBaseline("meta-2024");
    ChartSettings s;
    s.byline = "Jane Doe";
    document.setChartSettings("growth", s);
    QString error;
    ASSERT_TRUE(document.saveAs(path, &error)) << qPrintable(error);
    EXPECT_FALSE(document.isModified());
    EXPECT_EQ(document.filePath(), path);

    Document reopened;
    ASSERT_TRUE(reopened.open(path, &error)) << qPrintable(error);
    EXPECT_EQ(reopened.figures()->figures(), figures().figures());
    EXPECT_EQ(reopened.ratios()->baselineId(), "meta-2024");
    EXPECT_EQ(reopened.chartSettings("growth").byline, "Jane Doe");
    EXPECT_FALSE(reopened.isModified());
    EXPECT_EQ(reopened.undoStack()->count(), 0);
}

TEST_F(DocumentTest, AFailedSaveSaysWhyAndKeepsTheWorkModified)
{
    ASSERT_TRUE(figures().setData(figures().index(1, FigureModel::ValueColumn), "50B"));
    QString error;
    EXPECT_FALSE(document.saveAs("/nonexistent-dir/story.spendlens", &error));
    EXPECT_TRUE(error.startsWith("/nonexistent-dir/story.spendlens: cannot be saved")) << qPrintable(error);
    EXPECT_TRUE(document.isModified());
    EXPECT_TRUE(document.filePath().isEmpty());
}

TEST_F(DocumentTest, OpeningABadFileChangesNothing)
{
    const QVector<Figure> before = figures().figures();
    QString error;
    EXPECT_FALSE(document.open(QString(SPENDLENS_TEST_DATA "/newer-version.json"), &error));
    EXPECT_TRUE(error.contains("newer SpendLens")) << qPrintable(error);
    EXPECT_EQ(figures().figures(), before);
}

TEST(DocumentChain, ALongFormulaChainOpensAndFollowsAnEditInOneNotification)
{
    // Opening it crashed (recursive evaluation); each derived figure was announced on its own.
    Dataset d;
    d.figures = formulaChain(10000);
    const DatasetRead read = DatasetJson::read(DatasetJson::write(d), "chain.spendlens");
    ASSERT_TRUE(read.ok) << qPrintable(read.error);
    Document document;
    document.load(read.dataset);
    FigureModel &figures = *document.figures();
    EXPECT_DOUBLE_EQ(figures.figure(0).high, 10000);
    int notifications = 0;
    QObject::connect(&figures, &QAbstractItemModel::dataChanged, [&] { ++notifications; });
    ASSERT_TRUE(figures.setData(figures.index(9999, FigureModel::ValueColumn), "2"));
    EXPECT_DOUBLE_EQ(figures.figure(0).high, 10001);
    EXPECT_EQ(notifications, 2); // the edited cell, then every derived figure at once
}

} // namespace
