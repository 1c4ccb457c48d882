#pragma once

#include <QObject>
#include <QPoint>

class ChartView;
class MainWindow;
class QAction;
class QMenu;
class QTableView;

// The right-click menus of the figure table and of every chart. They hold the window's own
// menu actions (found by object name), so each item does what the menu does, with the same
// shortcut; and "Copy as CSV", which copies the selected rows as a spreadsheet reads them.
class ContextMenus : public QObject
{
    Q_OBJECT
public:
    ContextMenus(MainWindow *window, QTableView *table);
    // Copy the selected rows as CSV (Ctrl+C in the table), also in the Edit menu.
    QAction *copyRowsAction() const { return m_copyRows; }
    // Gives every chart view in the window its menu; call once the menus exist.
    void installOnCharts();
    // The selected rows of the table as CSV: a header of the column titles, then each row as shown.
    QString selectedRowsCsv() const;

private:
    void showTableMenu(const QPoint &pos);
    void showChartMenu(ChartView *view, const QPoint &pos);
    // Adds the window action named name (see MainWindow::createMenus); skipped if there is none.
    void addWindowAction(QMenu *menu, const char *name) const;
    void copyRows();

    MainWindow *m_window;
    QTableView *m_table;
    QAction *m_copyRows;
};
