// The window's menus and what a new user reaches for: File ▸ New and Print…, Help ▸ User Guide,
// the table's and the charts' context menus, tabs with distinct names, an added figure in view,
// and a saved window position fitted to a smaller screen.
#include "chartcanvas.h"
#include "chartprinter.h"
#include "chartview.h"
#include "contextmenus.h"
#include "document.h"
#include "documentactions.h"
#include "figuremodel.h"
#include "gtestqt.h"
#include "mainwindow.h"
#include "ratiomodel.h"
#include "ratiopanel.h"
#include "roles.h"
#include "userguide.h"
#include "windowplacement.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTranslator>
#include <QKeyEvent>
#include <gtest/gtest.h>

namespace {

class WindowMenusTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        document.load(DatasetJson::builtIn().dataset);
        window = std::make_unique<MainWindow>(&document, "built-in dataset");
        window->resize(1560, 960);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    void TearDown() override
    {
        // Close any menu or dialog a test left open.
        while (QWidget *popup = QApplication::activePopupWidget())
            popup->close();
    }
    QAction *action(const char *name) const { return window->findChild<QAction *>(QString::fromLatin1(name)); }
    // Every action reachable from the menu bar.
    QList<QAction *> menuActions() const
    {
        QList<QAction *> all;
        std::function<void(QMenu *)> walk = [&](QMenu *menu) {
            for (QAction *a : menu->actions()) {
                all.append(a);
                if (a->menu())
                    walk(a->menu());
            }
        };
        for (QAction *top : window->menuBar()->actions())
            if (top->menu())
                walk(top->menu());
        return all;
    }
    QModelIndex tableIndexOf(const QString &id) const
    {
        QAbstractItemModel *model = window->figureTable()->model();
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, 0).data(Roles::FigureIdRole).toString() == id)
                return model->index(r, 0);
        return {};
    }
    // Right-clicks a widget's viewport at pos and returns the menu that pops up.
    QMenu *rightClick(QWidget *viewport, const QPoint &pos)
    {
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, viewport->mapToGlobal(pos));
        QApplication::sendEvent(viewport, &event);
        QMenu *menu = nullptr;
        EXPECT_TRUE(QTest::qWaitFor([&] { return (menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())); }));
        return menu;
    }
    // The menu's items are the menu bar's own actions: same command, same shortcut.
    // The menu's items up to its first separator after `names` are the menu bar's own actions.
    void expectMenuBarActions(const QMenu *menu, const QStringList &names)
    {
        QStringList found;
        for (QAction *a : menu->actions()) {
            if (a->isSeparator() && found.size() >= names.size())
                break; // what follows belongs to the clicked item (a bar's emphasis)
            if (a->isSeparator())
                continue;
            found.append(a->objectName());
            EXPECT_TRUE(menuActions().contains(a)) << a->text().toStdString() << " is not the menu bar's action";
        }
        EXPECT_EQ(found, names);
    }

    Document document;
    std::unique_ptr<MainWindow> window;
};

TEST_F(WindowMenusTest, NoTwoTabsShareAName)
{
    QStringList names;
    for (QTabBar *bar : window->findChildren<QTabBar *>())
        for (int i = 0; i < bar->count(); ++i)
            names.append(bar->tabText(i).remove('&'));
    ASSERT_GE(names.size(), 9);
    for (const QString &name : names)
        EXPECT_EQ(names.count(name), 1) << "two tabs are named " << name.toStdString();
}

TEST_F(WindowMenusTest, AnAddedFigureIsSelectedAndScrolledIntoView)
{
    Figure f;
    f.id = "openai-compute-2025";
    f.entity = "OpenAI";
    f.label = "OpenAI 2025 compute spend";
    f.year = 2025;
    f.low = f.high = 7e9;
    f.source.title = "The Information";
    // Even past a filter that would hide it.
    FigureFilter filter;
    filter.entities = {"Meta"};
    document.setFilter(filter);
    const QString id = document.addFigures({f}, "Add").value(0);
    QTableView *table = window->figureTable();
    ASSERT_TRUE(QTest::qWaitFor([&] { return table->currentIndex().data(Roles::FigureIdRole).toString() == id; }))
        << "the new figure is not the current row";
    EXPECT_TRUE(table->selectionModel()->isRowSelected(table->currentIndex().row(), {}));
    QApplication::processEvents();
    const QRect cell = table->visualRect(table->currentIndex());
    EXPECT_TRUE(table->viewport()->rect().contains(cell)) << "the new row is not scrolled into view";
}

// Ctrl+8 (or any chart's shortcut) shows the chart with the focus on it, so the window's
// shortcuts still work: left to the tab, the focus fell to the trend's companies field, whose
// line editing took Ctrl+E (end of line) and Export did nothing.
TEST_F(WindowMenusTest, AChartsShortcutFocusesTheChartSoCtrlEStillExports)
{
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    window->findChild<QTableView *>()->setFocus();
    for (const int key : {Qt::Key_8, Qt::Key_2, Qt::Key_5, Qt::Key_1}) {
        QTest::keyClick(window.get(), Qt::Key(key), Qt::ControlModifier);
        ASSERT_TRUE(QTest::qWaitFor([] { return qobject_cast<ChartView *>(QApplication::focusWidget()) != nullptr; }))
            << key << ": " << (QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "none");
        QKeyEvent override(QEvent::ShortcutOverride, Qt::Key_E, Qt::ControlModifier);
        QApplication::sendEvent(QApplication::focusWidget(), &override);
        EXPECT_FALSE(override.isAccepted()) << key << ": the focused widget keeps Ctrl+E from the window";
    }
    // Comparing the table's selection (from the growth tab) brings the ratio chart forward but
    // leaves the focus in the table.
    QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
    auto *table = window->findChild<QTableView *>();
    table->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([table] { return QApplication::focusWidget() == table; }));
    table->selectRow(0);
    action("compareSelected")->trigger();
    QTest::qWait(0);
    EXPECT_EQ(QApplication::focusWidget(), table);
}

TEST_F(WindowMenusTest, TheTableMenuHoldsTheMenuBarsActions)
{
    QTableView *table = window->figureTable();
    const QModelIndex row = tableIndexOf("meta-capex-2022");
    ASSERT_TRUE(row.isValid());
    table->scrollTo(row);
    table->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QMenu *menu = rightClick(table->viewport(), table->visualRect(row).center());
    ASSERT_NE(menu, nullptr);
    expectMenuBarActions(menu, {"editFigure", "makeBaseline", "compareSelected", "copyRowsAsCsv", "deleteFigures"});
    EXPECT_EQ(action("makeBaseline")->shortcut(), QKeySequence("Ctrl+B"));
    action("makeBaseline")->trigger();
    EXPECT_EQ(document.ratios()->baselineId(), "meta-capex-2022");
}

TEST_F(WindowMenusTest, CopyAsCsvCopiesTheSelectedRowsForASpreadsheet)
{
    QTableView *table = window->figureTable();
    table->selectionModel()->clearSelection();
    for (const char *id : {"meta-capex-2023", "alphabet-capex-2023"})
        table->selectionModel()->select(tableIndexOf(id), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->setFocus();
    QApplication::clipboard()->clear();
    QTest::keySequence(table, QKeySequence::Copy);
    const QStringList lines = QApplication::clipboard()->text().split('\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << QApplication::clipboard()->text().toStdString();
    EXPECT_TRUE(lines.at(0).contains(table->model()->headerData(0, Qt::Horizontal).toString()));
    EXPECT_TRUE(QApplication::clipboard()->text().contains("Meta capex 2023"));
    EXPECT_TRUE(QApplication::clipboard()->text().contains("Alphabet capex 2023"));
}

TEST_F(WindowMenusTest, TheChartMenuActsOnTheRightClickedBar)
{
    ChartView *view = window->ratioPanel()->chartView(ChartType::Ratio);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !view->canvas()->hotspots().isEmpty(); }));
    QApplication::processEvents();
    // A compared figure's bar, not the baseline's.
    int spot = -1;
    for (int i = 0; i < view->canvas()->hotspots().size(); ++i)
        if (view->canvas()->hotspots().at(i).figureId != document.ratios()->baselineId())
            spot = i;
    ASSERT_GE(spot, 0);
    const QString figure = view->canvas()->hotspots().at(spot).figureId;
    const QPointF scene = view->chart()->mapToScene(view->canvas()->hotspotSceneRect(spot).center());
    const QPoint pos = view->mapFromScene(scene);
    ASSERT_EQ(view->figureAt(pos), figure);
    QMenu *menu = rightClick(view->viewport(), pos);
    ASSERT_NE(menu, nullptr);
    expectMenuBarActions(menu, {"copyChart", "exportChart", "exportChartData", "makeBaseline"});
    // Then the bar's emphasis: its highlight toggles that figure.
    QAction *highlight = nullptr;
    for (QAction *a : menu->actions())
        if (a->text().remove('&') == "Highlight")
            highlight = a;
    ASSERT_NE(highlight, nullptr) << "the chart menu has no Highlight for the clicked bar";
    highlight->trigger();
    EXPECT_TRUE(document.chartSettings("ratio").emphasis.highlighted.contains(figure));
    EXPECT_EQ(window->figureTable()->currentIndex().data(Roles::FigureIdRole).toString(), figure)
        << "the right-clicked bar's figure is not selected";
    action("makeBaseline")->trigger();
    EXPECT_EQ(document.ratios()->baselineId(), figure);
}

// Answers the next message box with button.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto *poll = new QTimer;
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, [poll, button] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            box->button(button)->click();
        }
    });
    poll->start();
}

TEST_F(WindowMenusTest, FileNewAsksAboutUnsavedWorkThenStartsEmptyOrFromTheDataset)
{
    const int all = document.figures()->rowCount();
    document.setBaseline("meta-capex-2024"); // unsaved work
    ASSERT_TRUE(document.isModified());
    answerNextMessageBox(QMessageBox::Cancel);
    action("newEmptyDocument")->trigger();
    EXPECT_EQ(document.figures()->rowCount(), all) << "New went ahead after Cancel";

    answerNextMessageBox(QMessageBox::Discard);
    action("newEmptyDocument")->trigger();
    EXPECT_EQ(document.figures()->rowCount(), 0);
    EXPECT_FALSE(document.isModified());
    EXPECT_TRUE(document.filePath().isEmpty());
    EXPECT_TRUE(window->windowTitle().contains("Untitled")) << window->windowTitle().toStdString();
    EXPECT_EQ(action("newEmptyDocument")->shortcut(), QKeySequence("Ctrl+Shift+N"));

    action("newBuiltInDocument")->trigger(); // nothing unsaved: no question
    EXPECT_EQ(document.figures()->rowCount(), all);
    EXPECT_TRUE(window->windowTitle().contains("built-in dataset"));
}

TEST_F(WindowMenusTest, PrintShowsAPreviewOfTheChartOnOnePage)
{
    ASSERT_NE(action("printChart"), nullptr);
    EXPECT_EQ(action("printChart")->shortcut(), QKeySequence(QKeySequence::Print));
    action("printChart")->trigger();
    QPrintPreviewDialog *dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] {
        dialog = window->findChild<QPrintPreviewDialog *>();
        return dialog && dialog->isVisible();
    }));
    auto *preview = dialog->findChild<QPrintPreviewWidget *>();
    ASSERT_NE(preview, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return preview->pageCount() == 1; })) << preview->pageCount();
    EXPECT_EQ(preview->orientation(), QPageLayout::Landscape);
    dialog->close();
}

TEST_F(WindowMenusTest, PrintingLaysTheChartOutAtThePapersSizeInVectors)
{
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath("chart.pdf"));
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Landscape);
    // The layout has the printable area's shape: a chart drawn for the page, not a stretched image.
    const QSizeF layout = ChartPrinter::layoutSize(printer);
    const QSizeF paint = printer.pageLayout().paintRect(QPageLayout::Point).size();
    EXPECT_NEAR(layout.width() / layout.height(), paint.width() / paint.height(), 0.001);
    EXPECT_GT(layout.width(), 1000);
    ASSERT_TRUE(ChartPrinter::print(&printer, ChartType::Ratio, document, ChartStyle()));
    QFile file(dir.filePath("chart.pdf"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    EXPECT_TRUE(pdf.startsWith("%PDF"));
    EXPECT_TRUE(pdf.contains("/Font")) << "the text is not text";
    EXPECT_FALSE(pdf.contains("/Subtype /Image")) << "the chart was printed as a picture";
    EXPECT_EQ(pdf.count("/Type /Page\n") + pdf.count("/Type /Page "), 1);
}

// Every shortcut the guide names in <kbd> is one an action of the window has.
void expectGuideShortcutsExist(const QString &html, const QList<QAction *> &actions, const char *language)
{
    static const QRegularExpression kbd(QStringLiteral("<kbd>([^<]+)</kbd>"));
    int named = 0;
    for (auto it = kbd.globalMatch(html); it.hasNext();) {
        const QKeySequence key(it.next().captured(1), QKeySequence::PortableText);
        ++named;
        bool exists = false;
        for (const QAction *a : actions)
            exists = exists || a->shortcuts().contains(key);
        EXPECT_TRUE(exists) << language << ": the guide names " << key.toString().toStdString()
                            << ", which no command has";
    }
    EXPECT_GE(named, 20) << language;
}

TEST_F(WindowMenusTest, TheUserGuideOpensOnF1AndListsTheRealShortcuts)
{
    ASSERT_NE(action("userGuide"), nullptr);
    EXPECT_EQ(action("userGuide")->shortcut(), QKeySequence(QKeySequence::HelpContents));
    action("userGuide")->trigger();
    auto *guide = window->findChild<UserGuide *>();
    ASSERT_NE(guide, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return guide->isVisible(); }));
    const QString text = guide->browser()->toPlainText();
    for (const char *section : {"Your first chart", "importing", "Parameters", "Exporting and printing", "Keyboard shortcuts"})
        EXPECT_TRUE(text.contains(section, Qt::CaseInsensitive)) << section;
    // The table at the end is made from the menus: every menu command with a shortcut is in it.
    for (const QAction *a : menuActions()) {
        if (!a->shortcut().isEmpty()) {
            EXPECT_TRUE(text.contains(a->shortcut().toString(QKeySequence::NativeText))) << a->text().toStdString();
        }
    }
    const QList<QAction *> all = window->findChildren<QAction *>();
    expectGuideShortcutsExist(UserGuide::html("en", window->menuBar()), all, "en");
    expectGuideShortcutsExist(UserGuide::html("zh_CN", window->menuBar()), all, "zh_CN");
    guide->close();
}

TEST(WindowMenusChinese, TheGuideAndMenusAreInChinese)
{
    QTranslator translator;
    ASSERT_TRUE(translator.load(QLocale(QLocale::Chinese, QLocale::China), "spendlens", "_", ":/i18n"));
    QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    Document document;
    document.load(DatasetJson::builtIn().dataset);
    {
        MainWindow window(&document, "built-in dataset");
        UserGuide guide(window.menuBar());
        const QString text = guide.browser()->toPlainText();
        EXPECT_TRUE(text.contains(QString::fromUtf8("第一张图表")));
        EXPECT_TRUE(text.contains(QString::fromUtf8("文件 ▸ 打印"))) << "the shortcut table is not in Chinese";
        EXPECT_EQ(guide.windowTitle(), QString::fromUtf8("SpendLens 使用指南"));
        for (const char *name : {"newEmptyDocument", "printChart", "userGuide", "copyRowsAsCsv"}) {
            const QAction *a = window.findChild<QAction *>(name);
            ASSERT_NE(a, nullptr) << name;
            EXPECT_TRUE(a->text().contains(QRegularExpression("[\\x{4e00}-\\x{9fff}]"))) << name << ": " << a->text().toStdString();
        }
    }
    QCoreApplication::removeTranslator(&translator);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

TEST(WindowPlacementTest, AWindowSavedOnALargerScreenFitsThisOne)
{
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    // Saved on a screen larger than this one (1560×940 on 1600×1000), and partly off this one.
    QByteArray saved;
    {
        QWidget large;
        large.setGeometry(available.left() + 300, available.top() + 200, available.width() + 280, available.height() + 140);
        saved = large.saveGeometry();
    }
    QWidget window;
    window.setMinimumSize(320, 240);
    ASSERT_TRUE(window.restoreGeometry(saved));
    WindowPlacement::fitToScreen(&window);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_TRUE(available.contains(window.frameGeometry()))
        << "window " << window.frameGeometry().x() << "," << window.frameGeometry().y() << " "
        << window.frameGeometry().width() << "×" << window.frameGeometry().height() << " on a screen of "
        << available.width() << "×" << available.height();
    // As large as the screen allows: fitted, not shrunk to nothing.
    EXPECT_GE(window.frameGeometry().width(), available.width() - 40);
}

TEST(WindowPlacementTest, AWindowThatFitsIsLeftWhereItWas)
{
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    QWidget window;
    const QRect where(available.left() + 20, available.top() + 30, available.width() / 2, available.height() / 2);
    window.setGeometry(where);
    WindowPlacement::fitToScreen(&window);
    EXPECT_EQ(window.geometry(), where);
}

} // namespace
