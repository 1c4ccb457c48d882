#include "mainwindow.h"

#include "charttextwarningbar.h"

#include "chartcanvas.h"
#include "chartexporter.h"
#include "chartview.h"
#include "document.h"
#include "documentactions.h"
#include "equivalentspanel.h"
#include "explorationbar.h"
#include "exportdialog.h"
#include "figureproxymodel.h"
#include "guidancepanel.h"
#include "trendpanel.h"
#include "parametermodel.h"
#include "parameterpanel.h"
#include "ratiomodel.h"
#include "preferencesdialog.h"
#include "figuremodel.h"
#include "growthpanel.h"
#include "ratiopanel.h"
#include "roles.h"
#include "sourcepanel.h"
#include "windowplacement.h"
#include "chartprinter.h"
#include "contextmenus.h"
#include "userguide.h"

#include <QPrintPreviewDialog>

#include <QAction>
#include <algorithm>
#include <QApplication>
#include <QPalette>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QStyle>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QTimer>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QDoubleSpinBox>
#include <QToolBar>

MainWindow::MainWindow(Document *document, const QString &datasetName, QWidget *parent)
    : QMainWindow(parent), m_document(document), m_table(new QTableView),
      m_proxy(new FigureProxyModel(document, this)), m_source(new SourcePanel(document->figures())),
      m_tabs(new QTabWidget), m_ratio(new RatioPanel(document, ChartStyle::forTheme(Preferences::load().resolvedTheme()))),
      m_growth(new GrowthPanel(document, ChartStyle::forTheme(Preferences::load().resolvedTheme()))),
      m_guidance(new GuidancePanel(document, ChartStyle::forTheme(Preferences::load().resolvedTheme()))),
      m_trend(new TrendPanel(document, ChartStyle::forTheme(Preferences::load().resolvedTheme()))),
      m_explore(new ExplorationBar(document)), m_parameters(new ParameterPanel(document)),
      m_equivalents(new EquivalentsPanel(document)), m_details(new QTabWidget),
      m_actions(new DocumentActions(document, m_table, this)), m_datasetName(datasetName)
{
    updateTitle();
    connect(document, &Document::modifiedChanged, this, &MainWindow::setWindowModified);
    connect(document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_actions, &DocumentActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_actions, &DocumentActions::newDocumentStarted, this, [this](const QString &name) {
        m_datasetName = name;
        updateTitle();
    });
    setAcceptDrops(true);

    m_table->setModel(m_proxy);
    // Dataset order until the user sorts: the indicator first, so that enabling sorting does
    // not sort 100,000 rows by the first column only to restore their order.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows at once: Ctrl+M compares them, Delete deletes them.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
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
    connect(document->figures(), &QAbstractItemModel::rowsInserted, this, &MainWindow::selectAddedFigures);

    auto *left = new QSplitter(Qt::Vertical);
    left->setObjectName(QStringLiteral("tableSplitter"));
    left->addWidget(m_table);
    m_details->addTab(m_source, tr("Source"));
    m_details->addTab(m_equivalents, tr("In other terms"));
    m_details->addTab(m_parameters, tr("Parameters"));
    m_details->setAccessibleName(tr("Details of the selected figure"));
    left->addWidget(m_details);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);

    m_tabs->setAccessibleName(tr("Charts"));
    // Not "Ratio": the ratio chart is one of the three this tab switches between.
    m_tabs->addTab(m_ratio, tr("Co&mpared figures"));
    m_tabs->addTab(m_growth, tr("&Growth"));
    m_tabs->addTab(m_guidance, tr("G&uidance history"));
    m_tabs->addTab(m_trend, tr("&Trends"));
    // Chart and table select together: a clicked bar selects its figure, and the figure
    // selected in the table is outlined on every chart.
    for (ChartView *view : {m_ratio->chartView(ChartType::Ratio), m_ratio->chartView(ChartType::Comparison),
                            m_ratio->chartView(ChartType::Scale), m_growth->chartView(), m_guidance->chartView(),
                            m_trend->chartView()})
        connect(view, &ChartView::figureActivated, this, [this](const QString &id) {
            if (!selectFigure(id))
                statusBar()->showMessage(tr("That figure is no longer in the table."), 8000);
        });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateExportText);
    connect(m_ratio, &RatioPanel::chartChanged, this, &MainWindow::updateExportText);

    auto *split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("mainSplitter"));
    split->addWidget(left);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({600, 900});
    setCentralWidget(split);
    auto *bar = new QToolBar(tr("Explore"));
    bar->setObjectName(QStringLiteral("exploreBar"));
    bar->setMovable(false);
    bar->addWidget(m_explore);
    addToolBar(Qt::TopToolBarArea, bar);
    connect(document, &Document::derivationFailed, this, [this](const QString &reason) {
        statusBar()->showMessage(tr("Not recomputed: %1").arg(reason), 15000);
    });
    connect(document->parameters(), &ParameterModel::editRejected, this, [this](const QString &reason) {
        statusBar()->showMessage(tr("Not changed: %1").arg(reason), 15000);
    });

    connect(document->figures(), &FigureModel::editRejected, this, [this](const QString &reason) {
        statusBar()->showMessage(tr("Not changed: %1").arg(reason), 15000);
        QApplication::beep();
    });

    // "Edit Title…" on a chart's title warning opens the export dialog, where the texts are edited.
    for (ChartTextWarningBar *warning : findChildren<ChartTextWarningBar *>())
        connect(warning, &ChartTextWarningBar::editRequested, this, &MainWindow::exportChartInteractively);
    m_contextMenus = new ContextMenus(this, m_table);
    createMenus();
    m_contextMenus->installOnCharts();
    updateExportText();
    statusBar()->showMessage(
        tr("%n figure(s) loaded. Double-click a value to edit it; Ctrl+E exports the chart.", "",
           document->figures()->rowCount()),
        10000);
    resize(initialSize());
    restoreWindowState();
    applyPreferences(Preferences::load());
    m_table->selectRow(0);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_actions->fillFileMenu(file);
    file->addSeparator();
    m_exportAction = file->addAction(tr("&Export Chart…"), this, &MainWindow::exportChartInteractively);
    m_exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_exportAction->setObjectName(QStringLiteral("exportChart"));
    m_exportDataAction = file->addAction(tr("Export Chart &Data as CSV…"), this, [this] {
        const ChartType type = currentChartType();
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
    m_exportDataAction->setObjectName(QStringLiteral("exportChartData"));
    QAction *print = file->addAction(tr("&Print…"), this, &MainWindow::printChart);
    print->setShortcut(QKeySequence::Print);
    print->setObjectName(QStringLiteral("printChart"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_actions->fillEditMenu(edit);
    edit->addAction(m_contextMenus->copyRowsAction());
    edit->addSeparator();
    QAction *copy = edit->addAction(tr("&Copy Chart"), this, &MainWindow::copyCurrentChart);
    copy->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    copy->setToolTip(tr("Copy the chart on show as a 1200×675 image at 2x"));
    copy->setObjectName(QStringLiteral("copyChart"));

    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("Prefere&nces…"), this, &MainWindow::editPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QList<QPair<ChartType, QString>> charts{{ChartType::Ratio, tr("Ctrl+1")},
                                                  {ChartType::Growth, tr("Ctrl+2")},
                                                  {ChartType::Comparison, tr("Ctrl+3")},
                                                  {ChartType::Scale, tr("Ctrl+4")},
                                                  {ChartType::Guidance, tr("Ctrl+5")},
                                                  {ChartType::Trend, tr("Ctrl+8")}};
    for (const auto &chart : charts) {
        QAction *action = view->addAction(tr("%1 Chart").arg(ChartCatalog::entry(chart.first).name), this,
                                          [this, type = chart.first] { showChart(type, true); });
        action->setShortcut(QKeySequence(chart.second));
    }
    QAction *figures = view->addAction(tr("&Figure Table"), this, [this] { m_table->setFocus(); });
    figures->setShortcut(QKeySequence(tr("Ctrl+0")));

    QAction *parameters = view->addAction(tr("&Parameters"), this, [this] {
        m_details->setCurrentWidget(m_parameters);
        if (auto *first = m_parameters->findChild<QDoubleSpinBox *>())
            first->setFocus();
    });
    parameters->setShortcut(QKeySequence(tr("Ctrl+6")));
    QAction *inOtherTerms = view->addAction(tr("In &Other Terms"), this,
                                            [this] { m_details->setCurrentWidget(m_equivalents); });
    inOtherTerms->setShortcut(QKeySequence(tr("Ctrl+7")));

    QMenu *explore = menuBar()->addMenu(tr("E&xplore"));
    QAction *baseline = explore->addAction(tr("Make &Baseline"), this, &MainWindow::makeSelectedBaseline);
    baseline->setShortcut(QKeySequence(tr("Ctrl+B")));
    baseline->setStatusTip(tr("Show every figure as a multiple of the selected one."));
    baseline->setObjectName(QStringLiteral("makeBaseline"));
    QAction *compare = explore->addAction(tr("&Compare Selected Figures"), this, &MainWindow::compareSelected);
    compare->setShortcut(QKeySequence(tr("Ctrl+M")));
    compare->setStatusTip(tr("Chart the figures selected in the table (Ctrl+click or Shift+click to select several)."));
    compare->setObjectName(QStringLiteral("compareSelected"));
    explore->addSeparator();
    const QVector<Preset> presets = Presets::all();
    for (int i = 0; i < presets.size(); ++i) {
        QAction *action = explore->addAction(tr("Preset: %1").arg(presets.at(i).name), this, [this, preset = presets.at(i)] {
            const QString problem = m_document->applyPreset(preset);
            if (!problem.isEmpty()) {
                statusBar()->showMessage(problem, 15000);
                return;
            }
            if (const std::optional<ChartType> type = ChartCatalog::fromKey(preset.chart))
                showChart(*type, true);
        });
        action->setShortcut(QKeySequence(tr("Ctrl+Alt+%1").arg(i + 1)));
    }
    explore->addSeparator();
    QMenu *ranges = explore->addMenu(tr("Read Ranges &As"));
    int n = 1;
    for (auto mode : {NumberFormat::RangeMode::Range, NumberFormat::RangeMode::Low,
                      NumberFormat::RangeMode::Mid, NumberFormat::RangeMode::High}) {
        QAction *action = ranges->addAction(NumberFormat::rangeModeName(mode), this,
                                            [this, mode] { m_document->setRangeMode(mode); });
        action->setShortcut(QKeySequence(tr("Ctrl+Shift+%1").arg(n++)));
    }
    QAction *clear = explore->addAction(tr("C&lear Filters"), this, [this] { m_document->setFilter(FigureFilter()); });
    clear->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User Guide"), this, &MainWindow::showUserGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setObjectName(QStringLiteral("userGuide"));
    help->addAction(tr("&About SpendLens"), this, [this] {
        QMessageBox::about(this, tr("About SpendLens"),
                           tr("<b>SpendLens %1</b><p>AI-spending figures with their sources, fair "
                              "comparisons with ranges, and charts ready to publish.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::updateTitle()
{
    const QString path = m_document->filePath();
    const QString name = path.isEmpty() ? m_datasetName : QFileInfo(path).fileName();
    setWindowTitle(tr("SpendLens — %1[*]").arg(name));
    setWindowModified(m_document->isModified());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_actions->maybeSave()) {
        saveWindowState();
        event->accept();
    } else {
        event->ignore();
    }
}

void MainWindow::applyPreferences(const Preferences &preferences)
{
    const ChartStyle::Theme theme = preferences.resolvedTheme();
    for (ChartView *view : findChildren<ChartView *>())
        view->setChartStyle(ChartStyle::forTheme(theme));
    if (preferences.theme != QLatin1String("system")) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette palette = QApplication::style()->standardPalette();
        if (theme == ChartStyle::Theme::Dark) {
            palette.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
            palette.setColor(QPalette::WindowText, QColor(0xec, 0xec, 0xec));
            palette.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
            palette.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2d, 0x31));
            palette.setColor(QPalette::Text, QColor(0xec, 0xec, 0xec));
            palette.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
            palette.setColor(QPalette::ButtonText, QColor(0xec, 0xec, 0xec));
            palette.setColor(QPalette::Highlight, QColor(0x00, 0x72, 0xb2));
            palette.setColor(QPalette::HighlightedText, Qt::white);
            palette.setColor(QPalette::ToolTipBase, QColor(0x35, 0x37, 0x3c));
            palette.setColor(QPalette::ToolTipText, QColor(0xec, 0xec, 0xec));
            palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
            palette.setColor(QPalette::Link, QColor(0x56, 0xb4, 0xe9));
        }
        QApplication::setPalette(palette);
    }
    // The language in force (preferences, or --lang for this run) decides the default units.
    const QString language = QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    preferences.applyTo(m_document, language);
}

void MainWindow::editPreferences()
{
    const Preferences before = Preferences::load();
    PreferencesDialog dialog(before, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Preferences after = dialog.preferences();
    after.save();
    applyPreferences(after);
    if (after.language != before.language)
        statusBar()->showMessage(tr("The new language applies when SpendLens next starts."), 10000);
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    for (const QSplitter *splitter : findChildren<QSplitter *>())
        if (!splitter->objectName().isEmpty())
            settings.setValue(QStringLiteral("window/") + splitter->objectName(), splitter->saveState());
    settings.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
}

QSize MainWindow::initialSize() const
{
    // Roomy on a large screen, and never larger than the screen it opens on (a 1280×800 laptop
    // must see the whole window, the chart's right edge included).
    QSize size(1560, 960);
    if (const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() - QSize(16, 48));
    return size.expandedTo(minimumSizeHint());
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    WindowPlacement::fitToScreen(this);
    for (QSplitter *splitter : findChildren<QSplitter *>())
        if (!splitter->objectName().isEmpty())
            splitter->restoreState(settings.value(QStringLiteral("window/") + splitter->objectName()).toByteArray());
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("window/tab"), 0).toInt());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = event->mimeData()->urls().value(0).toLocalFile();
    event->acceptProposedAction();
    // Opened once the drop is over: asking to save and showing the open's progress each run a
    // loop of their own, which the drag source must not be left waiting on.
    QTimer::singleShot(0, this, [this, path] {
        const bool table = QStringList{QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("txt")}.contains(
            QFileInfo(path).suffix().toLower());
        if (!table && !m_actions->maybeSave())
            return;
        QString error;
        if (!m_actions->openPath(path, &error) && !error.isEmpty())
            QMessageBox::warning(this, tr("Not opened"), error);
    });
}

ChartType MainWindow::currentChartType() const
{
    if (m_tabs->currentWidget() == m_guidance)
        return ChartType::Guidance;
    if (m_tabs->currentWidget() == m_trend)
        return ChartType::Trend;
    return m_tabs->currentWidget() == m_ratio ? m_ratio->chartView()->chartType() : ChartType::Growth;
}

void MainWindow::showChart(ChartType type, bool focusChart)
{
    ChartView *view = nullptr;
    if (type == ChartType::Growth) {
        m_tabs->setCurrentWidget(m_growth);
        view = m_growth->chartView();
    } else if (type == ChartType::Guidance) {
        m_tabs->setCurrentWidget(m_guidance);
        view = m_guidance->chartView();
    } else if (type == ChartType::Trend) {
        m_tabs->setCurrentWidget(m_trend);
        view = m_trend->chartView();
    } else {
        m_tabs->setCurrentWidget(m_ratio);
        m_ratio->showChart(type);
        view = m_ratio->chartView(type);
    }
    // Asked for by its shortcut, the chart shown takes the focus: left to the tab, it falls to the
    // panel's first field (the trend's companies), whose line editing would take the window's
    // shortcuts (Ctrl+E). Comparing the table's selection leaves the focus in the table.
    if (focusChart)
        view->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::updateExportText()
{
    const QString name = ChartCatalog::entry(currentChartType()).name;
    m_exportAction->setText(tr("&Export %1 Chart…").arg(name));
    m_exportDataAction->setText(tr("Export %1 Chart &Data as CSV…").arg(name));
}

bool MainWindow::exportCurrentChart(const QString &path, QString *error)
{
    const ChartType type = currentChartType();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return ChartExporter::writeText(ChartCatalog::dataCsv(type, *m_document), path, error);
    ChartExporter::Options options;
    if (!ChartExporter::formatFromKey(suffix, &options.format))
        options.format = ChartExporter::Format::Png;
    if (!ChartExporter::exportChart(type, *m_document, ChartStyle(), options, path, error))
        return false;
    statusBar()->showMessage(tr("Exported %1.").arg(path), 10000);
    return true;
}

void MainWindow::copyCurrentChart()
{
    const QImage image = ChartExporter::renderChart(currentChartType(), *m_document, ChartStyle(),
                                                    ChartExporter::Options());
    QApplication::clipboard()->setImage(image);
    statusBar()->showMessage(tr("Copied the chart (%1×%2 px) to the clipboard.").arg(image.width()).arg(image.height()),
                             10000);
}

void MainWindow::printChart()
{
    ChartPrinter::preview(this, currentChartType(), *m_document)->open();
}

void MainWindow::showUserGuide()
{
    if (!m_guide)
        m_guide = new UserGuide(menuBar(), this);
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::exportChartInteractively()
{
    ExportDialog dialog(m_document, currentChartType(), this);
    dialog.exec();
}

void MainWindow::showSelectedSource()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const int row = current.isValid() ? m_proxy->mapToSource(current).row() : -1;
    m_source->showFigure(row);
    m_equivalents->showFigure(row);
    const QString id = row >= 0 ? m_document->figures()->figure(row).id : QString();
    for (ChartView *view : findChildren<ChartView *>())
        view->setSelectedFigure(id);
}

bool MainWindow::selectFigure(const QString &id)
{
    const int row = m_document->figures()->rowOf(id);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_document->figures()->index(row, 0));
    if (!index.isValid()) { // hidden by the filter: show everything rather than hide the answer
        m_document->setFilter(FigureFilter());
        statusBar()->showMessage(tr("Filters cleared to show “%1”.").arg(m_document->figures()->figure(row).label), 8000);
        index = m_proxy->mapFromSource(m_document->figures()->index(row, 0));
    }
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void MainWindow::selectAddedFigures(const QModelIndex &, int first, int last)
{
    // A figure just added (typed, pasted or imported) is selected and scrolled into view.
    if (!selectFigure(m_document->figures()->figure(first).id))
        return;
    QItemSelection added;
    for (int row = first + 1; row <= last; ++row) {
        const QModelIndex index = m_proxy->mapFromSource(m_document->figures()->index(row, 0));
        if (index.isValid())
            added.select(index, index);
    }
    m_table->selectionModel()->select(added, QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

QVector<int> MainWindow::selectedFigureRows() const
{
    QVector<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(m_proxy->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void MainWindow::compareSelected()
{
    const QVector<int> rows = selectedFigureRows();
    QStringList ids;
    for (int row : rows)
        if (m_document->figures()->figure(row).id != m_document->ratios()->baselineId())
            ids.append(m_document->figures()->figure(row).id);
    if (ids.isEmpty()) {
        statusBar()->showMessage(tr("Select the figures to compare in the table first (Ctrl+click adds one)."), 10000);
        return;
    }
    m_document->setCompared(ids);
    if (currentChartType() == ChartType::Growth || currentChartType() == ChartType::Guidance)
        showChart(ChartType::Ratio);
    statusBar()->showMessage(ids.size() == 1 ? tr("Comparing 1 figure with the baseline.")
                                             : tr("Comparing %1 figures with the baseline.").arg(ids.size()),
                             8000);
}

void MainWindow::makeSelectedBaseline()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const Figure &f = m_document->figures()->figure(m_proxy->mapToSource(current).row());
    m_document->setBaseline(f.id);
    statusBar()->showMessage(tr("Baseline: %1.").arg(f.label), 8000);
}
