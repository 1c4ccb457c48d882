#include "ratiosortproxy.h"

#include "ratiomodel.h"
#include "roles.h"

RatioSortProxy::RatioSortProxy(RatioModel *ratios, QObject *parent)
    : QSortFilterProxyModel(parent), m_ratios(ratios)
{
    setSourceModel(ratios);
    setSortRole(Roles::SortRole);
}

bool RatioSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == RatioModel::MultipleColumn && right.column() == RatioModel::MultipleColumn &&
        sortRole() == Roles::SortRole)
        return m_ratios->multipleSortKey(left.row()) < m_ratios->multipleSortKey(right.row());
    return QSortFilterProxyModel::lessThan(left, right);
}
