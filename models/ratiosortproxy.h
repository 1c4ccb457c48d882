#pragma once

#include <QSortFilterProxyModel>

class RatioModel;

// The ratio list as the panel shows it, sortable: the multiple column is compared on the raw
// multiples RatioModel keeps, with no QVariant and no data() call per comparison, so that a
// 100,000-figure list sorts (on every open and every reset) in a fraction of the time. Other
// columns sort by Roles::SortRole as any proxy would.
class RatioSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RatioSortProxy(RatioModel *ratios, QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const RatioModel *m_ratios;
};
