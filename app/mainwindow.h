#pragma once

#include "chartcatalog.h"
#include "preferences.h"

#include <QMainWindow>

class Document;
class DocumentActions;
class EquivalentsPanel;
class ExplorationBar;
class GrowthPanel;
class GuidancePanel;
class TrendPanel;
class ParameterPanel;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;
class ContextMenus;
class RatioPanel;
class UserGuide;
class SourcePanel;

// The dashboard: the figure table and the selected figure's source on the left, the ratio and
// growth charts on the right, and the menus that export them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Document *document, const QString &datasetName, QWidget *parent = nullptr);

    QTableView *figureTable() const { return m_table; }
    RatioPanel *ratioPanel() const { return m_ratio; }
    GrowthPanel *growthPanel() const { return m_growth; }
    GuidancePanel *guidancePanel() const { return m_guidance; }
    TrendPanel *trendPanel() const { return m_trend; }
    ExplorationBar *explorationBar() const { return m_explore; }
    ParameterPanel *parameterPanel() const { return m_parameters; }
    EquivalentsPanel *equivalentsPanel() const { return m_equivalents; }
    // Selects the figure in the table (clearing a filter that hides it); false if there is none.
    bool selectFigure(const QString &id);
    // The figures selected in the table, as figure rows.
    QVector<int> selectedFigureRows() const;
    QTabWidget *chartTabs() const { return m_tabs; }
    ChartType currentChartType() const;
    // Brings the chart forward; with focusChart it takes the focus too (a View-menu shortcut).
    void showChart(ChartType type, bool focusChart = false);
    // Exports the chart on show at the article size: PNG, SVG or PDF by the file's suffix, or
    // its data as CSV.
    bool exportCurrentChart(const QString &path, QString *error);
    void copyCurrentChart();
    DocumentActions *actions() const { return m_actions; }
    // Theme, units and default byline, applied to every chart and number on screen.
    void applyPreferences(const Preferences &preferences);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void exportChartInteractively();
    void printChart();
    void showUserGuide();
    void showSelectedSource();
    void selectAddedFigures(const QModelIndex &parent, int first, int last);
    void compareSelected();
    void makeSelectedBaseline();
    void updateExportText();
    void updateTitle();
    void editPreferences();
    void saveWindowState() const;
    QSize initialSize() const;
    void restoreWindowState();

    Document *m_document;
    QTableView *m_table;
    QSortFilterProxyModel *m_proxy;
    SourcePanel *m_source;
    QTabWidget *m_tabs;
    RatioPanel *m_ratio;
    GrowthPanel *m_growth;
    GuidancePanel *m_guidance;
    TrendPanel *m_trend;
    ExplorationBar *m_explore;
    ParameterPanel *m_parameters;
    EquivalentsPanel *m_equivalents;
    QTabWidget *m_details;
    QAction *m_exportAction = nullptr;
    QAction *m_exportDataAction = nullptr;
    DocumentActions *m_actions;
    ContextMenus *m_contextMenus = nullptr;
    UserGuide *m_guide = nullptr;
    QString m_datasetName;
};
