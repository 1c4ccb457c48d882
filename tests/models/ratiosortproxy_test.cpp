// RatioSortProxy sorts the multiple column on RatioModel's raw multiples: the order must be the
// one a plain proxy gives on Roles::SortRole (undefined multiples last when descending), and it
// must follow a change of baseline.
#include "dataset.h"
#include "figuremodel.h"
#include "modeltesting.h"
#include "ratiomodel.h"
#include "ratiosortproxy.h"
#include "roles.h"

#include <QSortFilterProxyModel>

#include <gtest/gtest.h>

namespace {

QStringList order(const QAbstractItemModel &proxy)
{
    QStringList ids;
    for (int r = 0; r < proxy.rowCount(); ++r)
        ids.append(proxy.index(r, RatioModel::FigureColumn).data(Roles::FigureIdRole).toString());
    return ids;
}

TEST(RatioSortProxyTest, SortsMultiplesAsAPlainProxyOnTheSortRoleDoes)
{
    const Dataset dataset = DatasetJson::builtIn().dataset;
    FigureModel figures;
    figures.setFigures(dataset.figures);
    RatioModel ratios(&figures);
    ratios.setBaselineId(dataset.baselineId);
    RatioSortProxy fast(&ratios);
    attachTester(&fast);
    QSortFilterProxyModel plain;
    plain.setSourceModel(&ratios);
    plain.setSortRole(Roles::SortRole);
    for (const Qt::SortOrder direction : {Qt::DescendingOrder, Qt::AscendingOrder}) {
        fast.sort(RatioModel::MultipleColumn, direction);
        plain.sort(RatioModel::MultipleColumn, direction);
        EXPECT_EQ(order(fast), order(plain));
    }
    ASSERT_GT(fast.rowCount(), 10);
    const QModelIndex top = fast.index(0, RatioModel::MultipleColumn);
    const QModelIndex last = fast.index(fast.rowCount() - 1, RatioModel::MultipleColumn);
    EXPECT_LE(top.data(Roles::SortRole).toDouble(), last.data(Roles::SortRole).toDouble());

    // A new baseline changes every multiple: the order follows.
    fast.sort(RatioModel::MultipleColumn, Qt::DescendingOrder);
    plain.sort(RatioModel::MultipleColumn, Qt::DescendingOrder);
    ratios.setBaselineId(figures.figure(figures.rowCount() - 1).id);
    EXPECT_EQ(order(fast), order(plain));
    fast.sort(RatioModel::FigureColumn, Qt::AscendingOrder); // other columns: the sort role
    plain.sort(RatioModel::FigureColumn, Qt::AscendingOrder);
    EXPECT_EQ(order(fast), order(plain));
}

} // namespace
