#include "contextmenus.h"

#include "chartdata.h"
#include "chartview.h"
#include "emphasisactions.h"
#include "mainwindow.h"
#include "textsafety.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QMenu>
#include <QStatusBar>
#include <QTableView>

ContextMenus::ContextMenus(MainWindow *window, QTableView *table)
    : QObject(window), m_window(window), m_table(table), m_copyRows(new QAction(tr("Cop&y Rows as CSV"), this))
{
    m_copyRows->setObjectName(QStringLiteral("copyRowsAsCsv"));
    m_copyRows->setShortcut(QKeySequence::Copy);
    // Ctrl+C copies rows only in the table, never text in an editor.
    m_copyRows->setShortcutContext(Qt::WidgetShortcut);
    m_copyRows->setStatusTip(tr("Copy the selected figures as CSV, to paste into a spreadsheet."));
    connect(m_copyRows, &QAction::triggered, this, &ContextMenus::copyRows);
    m_table->addAction(m_copyRows);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &ContextMenus::showTableMenu);
}

void ContextMenus::installOnCharts()
{
    for (ChartView *view : m_window->findChildren<ChartView *>()) {
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QWidget::customContextMenuRequested, this,
                [this, view](const QPoint &pos) { showChartMenu(view, pos); });
        // A highlight, note or colour the document refuses says why, where the user looks.
        connect(view->emphasisActions(), &EmphasisActions::refused, this,
                [this](const QString &why) { m_window->statusBar()->showMessage(why, 8000); });
    }
}

void ContextMenus::addWindowAction(QMenu *menu, const char *name) const
{
    if (QAction *action = m_window->findChild<QAction *>(QString::fromLatin1(name)))
        menu->addAction(action);
}

void ContextMenus::showTableMenu(const QPoint &pos)
{
    auto *menu = new QMenu(m_table);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(QStringLiteral("tableContextMenu"));
    addWindowAction(menu, "editFigure");
    menu->addSeparator();
    addWindowAction(menu, "makeBaseline");
    addWindowAction(menu, "compareSelected");
    menu->addSeparator();
    menu->addAction(m_copyRows);
    addWindowAction(menu, "deleteFigures");
    menu->popup(m_table->viewport()->mapToGlobal(pos));
}

void ContextMenus::showChartMenu(ChartView *view, const QPoint &pos)
{
    // A right-clicked bar selects its figure first, so "Make Baseline" means that figure.
    const QString figure = view->figureAt(pos);
    if (!figure.isEmpty())
        m_window->selectFigure(figure);
    auto *menu = new QMenu(view);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(QStringLiteral("chartContextMenu"));
    addWindowAction(menu, "copyChart");
    addWindowAction(menu, "exportChart");
    addWindowAction(menu, "exportChartData");
    menu->addSeparator();
    addWindowAction(menu, "makeBaseline");
    // The bar's own emphasis: highlight, note, colour, and the chart's bar order.
    if (!figure.isEmpty()) {
        menu->addSeparator();
        view->emphasisActions()->populate(menu, figure);
    }
    menu->popup(view->viewport()->mapToGlobal(pos));
}

QString ContextMenus::selectedRowsCsv() const
{
    const QAbstractItemModel *model = m_table->model();
    QVector<int> columns;
    for (int visual = 0; visual < m_table->horizontalHeader()->count(); ++visual) {
        const int column = m_table->horizontalHeader()->logicalIndex(visual);
        if (!m_table->isColumnHidden(column))
            columns.append(column);
    }
    QStringList lines;
    QStringList header;
    for (int column : columns)
        header.append(ChartData::csvField(model->headerData(column, Qt::Horizontal).toString()));
    lines.append(header.join(QLatin1Char(',')));
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &row : rows) {
        QStringList fields;
        for (int column : columns)
            fields.append(ChartData::csvField(TextSafety::spreadsheetText(model->index(row.row(), column).data().toString())));
        lines.append(fields.join(QLatin1Char(',')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void ContextMenus::copyRows()
{
    const int count = int(m_table->selectionModel()->selectedRows().size());
    if (count == 0) {
        m_window->statusBar()->showMessage(tr("Select the rows to copy first."), 8000);
        return;
    }
    QApplication::clipboard()->setText(selectedRowsCsv());
    m_window->statusBar()->showMessage(count == 1 ? tr("Copied 1 row as CSV.") : tr("Copied %1 rows as CSV.").arg(count),
                                       8000);
}
