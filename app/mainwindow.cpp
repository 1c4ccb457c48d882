#include "mainwindow.h"

#include "chartcanvas.h"
#include "chartexporter.h"
#include "chartview.h"
#include "document.h"
#include "figuremodel.h"
#include "growthpanel.h"
#include "ratiopanel.h"
#include "roles.h"
#include "sourcepanel.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

MainWindow::MainWindow(Document *document, const QString &datasetName, QWidget *parent)
    : QMainWindow(parent), m_document(document), m_table(new QTableView),
      m_proxy(new QSortFilterProxyModel(this)), m_source(new SourcePanel(document->figures())),
      m_tabs(new QTabWidget), m_ratio(new RatioPanel(document, ChartStyle())),
      m_growth(new GrowthPanel(document, ChartStyle()))
{
    setWindowTitle(tr("SpendLens — %1").arg(datasetName));

    m_proxy->setSourceModel(document->figures());
    m_proxy->setSortRole(Roles::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // dataset order until the user sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->resizeColumnsToContents();
    for (int column = 0; column < FigureModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), 190));
    m_table->setColumnWidth(FigureModel::LabelColumn, 230);
    m_table->setAccessibleName(tr("Figures"));
    m_table->setToolTip(tr("Double-click or type to edit the figure, entity, period or value."));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelectedSource);

    auto *left = new QSplitter(Qt::Vertical);
    left->addWidget(m_table);
    left->addWidget(m_source);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);

    m_tabs->addTab(m_ratio, tr("&Ratio"));
    m_tabs->addTab(m_growth, tr("&Growth"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateExportText);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({600, 900});
    setCentralWidget(split);

    connect(document->figures(), &FigureModel::editRejected, this, [this](const QString &reason) {
        statusBar()->showMessage(tr("Not changed: %1").arg(reason), 15000);
        QApplication::beep();
    });

    createMenus();
    updateExportText();
    statusBar()->showMessage(
        tr("%n figure(s) loaded. Double-click a value to edit it; Ctrl+E exports the chart.", "",
           document->figures()->rowCount()),
        10000);
    resize(1560, 960);
    m_table->selectRow(0);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_exportAction = file->addAction(tr("&Export Chart…"), this, &MainWindow::exportChartInteractively);
    m_exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_exportDataAction = file->addAction(tr("Export Chart &Data as CSV…"), this, [this] {
        const ChartType type = m_tabs->currentWidget() == m_ratio ? ChartType::Ratio : ChartType::Growth;
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Chart Data"),
            dir + QStringLiteral("/spendlens-%1.csv").arg(ChartCatalog::entry(type).key),
            tr("CSV data (*.csv)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!exportCurrentChart(path, &error))
            QMessageBox::warning(this, tr("Export failed"), error);
    });
    m_exportDataAction->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *ratio = view->addAction(tr("&Ratio Chart"), this, [this] { m_tabs->setCurrentWidget(m_ratio); });
    ratio->setShortcut(QKeySequence(tr("Ctrl+1")));
    QAction *growth = view->addAction(tr("&Growth Chart"), this, [this] { m_tabs->setCurrentWidget(m_growth); });
    growth->setShortcut(QKeySequence(tr("Ctrl+2")));
    QAction *figures = view->addAction(tr("&Figure Table"), this, [this] { m_table->setFocus(); });
    figures->setShortcut(QKeySequence(tr("Ctrl+0")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About SpendLens"), this, [this] {
        QMessageBox::about(this, tr("About SpendLens"),
                           tr("<b>SpendLens %1</b><p>AI-spending figures with their sources, fair "
                              "comparisons with ranges, and charts ready to publish.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::updateExportText()
{
    const bool ratio = m_tabs->currentWidget() == m_ratio;
    m_exportAction->setText(ratio ? tr("&Export Ratio Chart…") : tr("&Export Growth Chart…"));
    m_exportDataAction->setText(ratio ? tr("Export Ratio Chart &Data as CSV…")
                                      : tr("Export Growth Chart &Data as CSV…"));
}

bool MainWindow::exportCurrentChart(const QString &path, QString *error)
{
    const ChartView *view = m_tabs->currentWidget() == m_ratio ? m_ratio->chartView()
                                                               : m_growth->chartView();
    if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return ChartExporter::writeText(ChartCatalog::dataCsv(view->chartType(), *m_document), path,
                                        error);
    const QImage image = ChartExporter::renderChart(view->chartType(), *m_document, view->style(),
                                                    ChartExporter::Options());
    if (!ChartExporter::writePng(image, path, error))
        return false;
    statusBar()->showMessage(tr("Exported %1 (%2×%3 px).").arg(path).arg(image.width()).arg(image.height()),
                             10000);
    return true;
}

void MainWindow::exportChartInteractively()
{
    const ChartType type = m_tabs->currentWidget() == m_ratio ? ChartType::Ratio : ChartType::Growth;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Chart"),
        dir + QStringLiteral("/spendlens-%1.png").arg(ChartCatalog::entry(type).key),
        tr("PNG image, 1200×675 at 2x (*.png)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".png");
    QString error;
    if (!exportCurrentChart(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

void MainWindow::showSelectedSource()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_source->showFigure(current.isValid() ? m_proxy->mapToSource(current).row() : -1);
}
