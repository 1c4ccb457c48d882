#include "../gtestqt.h"
#include "figuremodel.h"
#include "modeltesting.h"
#include "roles.h"
#include "testdataset.h"

#include <QSortFilterProxyModel>
#include <gtest/gtest.h>

namespace {

TEST(FigureModel, ShowsFormattedTextAndRawNumbers)
{
    FigureModel model;
    attachTester(&model);
    model.setFigures(metaAndDeepSeek());
    ASSERT_EQ(model.rowCount(), 6);
    const QModelIndex plan = model.index(2, FigureModel::ValueColumn);
    EXPECT_EQ(model.data(plan).toString(), QString::fromUtf8("$60.0–65.0B"));
    EXPECT_DOUBLE_EQ(model.data(plan, Roles::LowRole).toDouble(), 60e9);
    EXPECT_DOUBLE_EQ(model.data(plan, Roles::HighRole).toDouble(), 65e9);
    EXPECT_EQ(model.data(model.index(5, FigureModel::ValueColumn)).toString(), "$5.58M");
    EXPECT_EQ(model.rowOf("v3"), 5);
}

TEST(FigureModel, SortsOnNumbersNotText)
{
    FigureModel model;
    model.setFigures(metaAndDeepSeek());
    QSortFilterProxyModel proxy;
    attachTester(&proxy);
    proxy.setSourceModel(&model);
    proxy.setSortRole(Roles::SortRole);
    proxy.sort(FigureModel::ValueColumn, Qt::DescendingOrder);
    // $72.22B > $70–72B > ... > $5.58M; text order would put "$5.58M" before "$39.2B".
    EXPECT_EQ(proxy.index(0, 0).data(Roles::FigureIdRole).toString(), "meta-2025");
    EXPECT_EQ(proxy.index(1, 0).data(Roles::FigureIdRole).toString(), "meta-2025-plan-oct");
    EXPECT_EQ(proxy.index(5, 0).data(Roles::FigureIdRole).toString(), "v3");
}

TEST(FigureModel, EditingAValueAcceptsRangesAndAnnouncesTheRow)
{
    FigureModel model;
    attachTester(&model);
    model.setFigures(metaAndDeepSeek());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(model.setData(model.index(1, FigureModel::ValueColumn), "38–40B"));
    EXPECT_DOUBLE_EQ(model.figure(1).low, 38e9);
    EXPECT_DOUBLE_EQ(model.figure(1).high, 40e9);
    EXPECT_EQ(changedRows(changed), QSet<int>{1});
}

TEST(FigureModel, BadCellIsRefusedWithAReasonAndChangesNothing)
{
    FigureModel model;
    attachTester(&model);
    model.setFigures(metaAndDeepSeek());
    const QVector<Figure> before = model.figures();
    QSignalSpy rejected(&model, &FigureModel::editRejected);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    EXPECT_FALSE(model.setData(model.index(1, FigureModel::ValueColumn), "lots"));
    EXPECT_FALSE(model.setData(model.index(1, FigureModel::PeriodColumn), "20x4"));
    EXPECT_FALSE(model.setData(model.index(1, FigureModel::LabelColumn), "  "));
    ASSERT_EQ(rejected.size(), 3);
    EXPECT_TRUE(rejected.at(0).at(0).toString().contains("meta-2024, Value"));
    EXPECT_TRUE(rejected.at(0).at(0).toString().contains(QString::fromUtf8("“lots”")));
    EXPECT_TRUE(rejected.at(1).at(0).toString().contains("not a year"));
    EXPECT_EQ(changed.size(), 0);
    EXPECT_EQ(model.figures(), before);
}

TEST(FigureModel, EditTextRoundTripsAtFullPrecision)
{
    FigureModel model;
    model.setFigures(metaAndDeepSeek());
    const QModelIndex v3 = model.index(5, FigureModel::ValueColumn);
    EXPECT_EQ(model.data(v3, Qt::EditRole).toString(), "5.576M");
    ASSERT_TRUE(model.setData(v3, model.data(v3, Qt::EditRole)));
    EXPECT_DOUBLE_EQ(model.figure(5).low, 5.576e6);
}

TEST(FigureModel, TheSourceColumnHasNoDanglingCommaOrRepeatedPublisher)
{
    FigureModel model;
    QVector<Figure> figures = metaAndDeepSeek();
    figures[0].source = {"The Information", "The Information", QDate(), {}, {}, {}};
    figures[1].source = {"Meta Q4 2024 earnings release", "Meta Platforms", QDate(2025, 1, 29), {}, {}, {}};
    figures[2].source = {"A blog post", {}, QDate(2025, 1, 24), {}, {}, {}};
    model.setFigures(figures);
    const auto cell = [&](int row) { return model.index(row, FigureModel::SourceColumn).data().toString(); };
    EXPECT_EQ(cell(0), "The Information"); // was "The Information,"
    EXPECT_EQ(cell(1), "Meta Platforms, 2025-01-29");
    EXPECT_EQ(cell(2), "A blog post, 2025-01-24");
    // With the title first, as the source panel shows it: was "The Information, The Information".
    EXPECT_EQ(FigureModel::sourceText(figures[0].source, true), "The Information");
    EXPECT_EQ(FigureModel::sourceText(figures[1].source, true),
              "Meta Q4 2024 earnings release, Meta Platforms, 2025-01-29");
}

} // namespace
