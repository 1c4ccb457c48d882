#pragma once

#include <QSortFilterProxyModel>

class Document;

// The figure table as the window shows it: sortable on raw numbers, and only the figures the
// document's filter accepts.
class FigureProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FigureProxyModel(const Document *document, QObject *parent = nullptr);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const Document *m_document;
};
