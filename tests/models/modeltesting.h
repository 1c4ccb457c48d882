#pragma once

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSet>

// Rows announced by dataChanged signals caught by a spy, for "exactly these cells" checks.
inline QSet<int> changedRows(const QSignalSpy &spy, int column = -1)
{
    QSet<int> rows;
    for (const QList<QVariant> &args : spy) {
        const QModelIndex topLeft = args.at(0).toModelIndex();
        const QModelIndex bottomRight = args.at(1).toModelIndex();
        if (column >= 0 && (column < topLeft.column() || column > bottomRight.column()))
            continue;
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
            rows.insert(row);
    }
    return rows;
}

inline void attachTester(QAbstractItemModel *model)
{
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal, model);
}
