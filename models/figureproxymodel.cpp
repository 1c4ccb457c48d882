#include "figureproxymodel.h"

#include "document.h"
#include "figuremodel.h"
#include "roles.h"

FigureProxyModel::FigureProxyModel(const Document *document, QObject *parent)
    : QSortFilterProxyModel(parent), m_document(document)
{
    setSourceModel(document->figures());
    setSortRole(Roles::SortRole);
    connect(document, &Document::filterChanged, this, &FigureProxyModel::invalidateRowsFilter);
}

bool FigureProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return m_document->filter().accepts(m_document->figures()->figure(sourceRow));
}
