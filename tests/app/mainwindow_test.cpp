#include "chartcanvas.h"
#include "chartview.h"
#include "document.h"
#include "figuremodel.h"
#include "fulldisk.h"
#include "growthpanel.h"
#include "gtestqt.h"
#include "mainwindow.h"
#include "ratiomodel.h"
#include "ratiopanel.h"
#include "roles.h"

#include <QApplication>
#include <QComboBox>
#include <QScreen>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>
#include "documentactions.h"
#include <QStatusBar>
#include <QImageReader>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

namespace {

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        document.load(DatasetJson::builtIn().dataset);
        window = std::make_unique<MainWindow>(&document, "built-in dataset");
        // The window as it opens on a 1600×1000 screen (the offscreen screen is smaller, and the
        // window opens no larger than its screen).
        window->resize(1560, 960);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }
    QModelIndex valueCell(const char *id) const
    {
        // The table sorts through a proxy: find the row as the user sees it.
        QAbstractItemModel *model = window->figureTable()->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex index = model->index(r, FigureModel::ValueColumn);
            if (index.data(Roles::FigureIdRole).toString() == QLatin1String(id))
                return index;
        }
        return {};
    }
    QStringList labels(ChartView *view) const { return view->canvas()->visibleLabelTexts(); }
    ::testing::AssertionResult showsLabel(ChartView *view, const char *text) const
    {
        return eventuallyContains([this, view] { return labels(view); }, QString::fromUtf8(text));
    }

    Document document;
    std::unique_ptr<MainWindow> window;
};

TEST_F(MainWindowTest, OpensWithBothChartsDrawn)
{
    EXPECT_EQ(window->figureTable()->model()->rowCount(), document.figures()->rowCount());
    EXPECT_TRUE(showsLabel(window->ratioPanel()->chartView(), "7,040×"));
    EXPECT_TRUE(showsLabel(window->growthPanel()->chartView(), "$39.2B\n+39.6%"));
    EXPECT_TRUE(window->windowTitle().contains("built-in dataset"));
}

TEST(MainWindowSize, TheWindowFitsTheScreenItOpensOn)
{
    // A 1280×800 laptop sees the whole window: it can shrink that far, and it opens no larger than
    // the screen (the offscreen screen here is smaller than the window likes to be).
    Document document;
    document.load(DatasetJson::builtIn().dataset);
    MainWindow window(&document, "built-in dataset");
    const QSize smallest = window.minimumSizeHint();
    EXPECT_LE(smallest.width(), 1280 - 16) << smallest.width();
    EXPECT_LE(smallest.height(), 800 - 48) << smallest.height();
    const QSize available = window.screen()->availableGeometry().size();
    EXPECT_LE(window.width(), qMax(available.width(), smallest.width()));
    EXPECT_LE(window.height(), qMax(available.height(), smallest.height()));
}

TEST_F(MainWindowTest, EditingACellRedrawsBothCharts)
{
    const QModelIndex cell = valueCell("meta-capex-2024");
    ASSERT_TRUE(cell.isValid());
    ChartView *ratio = window->ratioPanel()->chartView();
    ratio->canvas();
    int redrawn = 0; // in place or anew: the chart on show draws the new numbers
    QObject::connect(ratio, &ChartView::rebuilt, ratio, [&redrawn] { ++redrawn; });
    // What the table's editor does when the user types 50B and presses Enter.
    ASSERT_TRUE(window->figureTable()->model()->setData(cell, "50B"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return redrawn > 0; })) << "the ratio chart was not redrawn";
    // 50e9 / 5.576e6 = 8,967× → "8,970×"; growth 2024 on 2023: 50 / 28.1 - 1 = +77.9%.
    // Labels are placed once the new chart is laid out, on the next pass of the event loop.
    EXPECT_TRUE(showsLabel(ratio, "8,970×"));
    EXPECT_FALSE(labels(ratio).contains(QString::fromUtf8("7,040×")));
    EXPECT_TRUE(showsLabel(window->growthPanel()->chartView(), "$50.0B\n+77.9%"));
}

TEST_F(MainWindowTest, ABadCellChangesNothingAndSaysWhy)
{
    const QModelIndex cell = valueCell("meta-capex-2024");
    EXPECT_FALSE(window->figureTable()->model()->setData(cell, "about forty"));
    EXPECT_DOUBLE_EQ(document.figures()->figure(document.figures()->rowOf("meta-capex-2024")).low, 39.23e9);
    QTest::qWait(0);
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QString::fromUtf8("“about forty”")))
        << qPrintable(window->statusBar()->currentMessage());
}

TEST_F(MainWindowTest, BaselinePickerChangesTheRatioChart)
{
    QComboBox *picker = window->ratioPanel()->baselinePicker();
    const int index = picker->findData("meta-capex-2024");
    ASSERT_GE(index, 0);
    picker->setCurrentIndex(index);
    Q_EMIT picker->activated(index);
    EXPECT_EQ(document.ratios()->baselineId(), "meta-capex-2024");
    EXPECT_TRUE(showsLabel(window->ratioPanel()->chartView(), "1× = $39.2B"));
}

TEST_F(MainWindowTest, EveryChartIsOneShortcutAway)
{
    // Each step changes the chart on show (the window opens on the ratio chart).
    const QList<QPair<const char *, ChartType>> keys{{"Ctrl+3", ChartType::Comparison},
                                                     {"Ctrl+4", ChartType::Scale},
                                                     {"Ctrl+2", ChartType::Growth},
                                                     {"Ctrl+5", ChartType::Guidance},
                                                     {"Ctrl+8", ChartType::Trend},
                                                     {"Ctrl+1", ChartType::Ratio}};
    QList<ChartType> reached;
    for (const auto &key : keys) {
        QTest::keySequence(window.get(), QKeySequence(QString::fromLatin1(key.first)));
        EXPECT_EQ(window->currentChartType(), key.second) << key.first;
        reached.append(window->currentChartType());
    }
    for (const ChartCatalog::Entry &chart : ChartCatalog::entries())
        EXPECT_TRUE(reached.contains(chart.type)) << "no shortcut reaches the " << chart.key.toStdString() << " chart";
}

TEST_F(MainWindowTest, UndoShortcutRevertsAnEditAndTheTitleShowsUnsavedWork)
{
    ASSERT_TRUE(window->figureTable()->model()->setData(valueCell("meta-capex-2024"), "50B"));
    EXPECT_TRUE(window->isWindowModified());
    QTest::keySequence(window.get(), QKeySequence::Undo);
    const FigureModel &figures = *document.figures();
    EXPECT_DOUBLE_EQ(figures.figure(figures.rowOf("meta-capex-2024")).low, 39.23e9);
    EXPECT_FALSE(window->isWindowModified());
}

TEST_F(MainWindowTest, SavesAndOpensDocuments)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("story.spendlens");
    ASSERT_TRUE(window->figureTable()->model()->setData(valueCell("meta-capex-2024"), "50B"));
    QString error;
    ASSERT_TRUE(window->actions()->saveTo(path, &error)) << qPrintable(error);
    EXPECT_TRUE(window->windowTitle().contains("story.spendlens"));
    EXPECT_FALSE(window->isWindowModified());
    EXPECT_EQ(window->actions()->recentFiles().value(0), path);
    document.load(DatasetJson::builtIn().dataset);
    ASSERT_TRUE(window->actions()->openPath(path, &error)) << qPrintable(error);
    const FigureModel &figures = *document.figures();
    EXPECT_DOUBLE_EQ(figures.figure(figures.rowOf("meta-capex-2024")).low, 50e9);
    EXPECT_FALSE(window->actions()->openPath(QString(SPENDLENS_TEST_DATA "/not-ours.json"), &error));
    EXPECT_TRUE(error.contains("not a SpendLens document")) << qPrintable(error);
    EXPECT_DOUBLE_EQ(figures.figure(figures.rowOf("meta-capex-2024")).low, 50e9);
}

TEST_F(MainWindowTest, DeleteKeyRemovesTheSelectedFigureUndoably)
{
    const int before = document.figures()->rowCount();
    window->figureTable()->setFocus();
    window->figureTable()->selectRow(0);
    QTest::keyClick(window->figureTable(), Qt::Key_Delete);
    EXPECT_EQ(document.figures()->rowCount(), before - 1);
    document.undoStack()->undo();
    EXPECT_EQ(document.figures()->rowCount(), before);
}

TEST_F(MainWindowTest, ExportsTheChartOnShow)
{
    QTemporaryDir dir;
    QString error;
    window->chartTabs()->setCurrentWidget(window->growthPanel());
    ASSERT_TRUE(window->exportCurrentChart(dir.filePath("g.png"), &error)) << qPrintable(error);
    EXPECT_EQ(QImageReader(dir.filePath("g.png")).size(), QSize(2400, 1350));
    ASSERT_TRUE(window->exportCurrentChart(dir.filePath("g.csv"), &error)) << qPrintable(error);
    QFile csv(dir.filePath("g.csv"));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_TRUE(csv.readAll().startsWith("year,figure_id,status"));
}

// Answers the next message box with button and returns its text (empty if none came).
QString answerMessageBox(const std::function<void()> &action, QMessageBox::StandardButton button)
{
    QString text;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            text = box->text();
            poll.stop();
            box->button(button)->click();
        }
    });
    poll.start();
    action();
    return text;
}

TEST_F(MainWindowTest, ASecondWindowAsksBeforeSavingOverTheFirstOnesEdits)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("shared.spendlens");
    QString error;
    ASSERT_TRUE(window->actions()->saveTo(path, &error)) << qPrintable(error);
    Document otherDocument;
    MainWindow other(&otherDocument, "other");
    ASSERT_TRUE(other.actions()->openPath(path, &error)) << qPrintable(error);

    ASSERT_TRUE(window->figureTable()->model()->setData(valueCell("meta-capex-2024"), "50B"));
    ASSERT_TRUE(window->actions()->save());
    const QByteArray firstSaved = FullDisk::contents(path);
    FigureModel &figures = *otherDocument.figures();
    ASSERT_TRUE(figures.setData(figures.index(figures.rowOf("meta-capex-2024"), FigureModel::ValueColumn), "60B"));

    bool saved = true;
    const QString asked = answerMessageBox([&] { saved = other.actions()->save(); }, QMessageBox::Cancel);
    EXPECT_TRUE(asked.contains(path + " has changed on disk")) << qPrintable(asked);
    EXPECT_FALSE(saved);
    EXPECT_EQ(FullDisk::contents(path), firstSaved);

    answerMessageBox([&] { saved = other.actions()->save(); }, QMessageBox::Save);
    EXPECT_TRUE(saved);
    EXPECT_DOUBLE_EQ(DatasetJson::readFile(path).dataset.figures.at(figures.rowOf("meta-capex-2024")).low, 60e9);
}

TEST_F(MainWindowTest, SavingOnAFullDiskSaysSoAndKeepsTheEarlierFile)
{
    FullDisk disk;
    SPENDLENS_NEED_FULL_DISK(disk);
    const QString path = disk.filePath("story.spendlens");
    QString error;
    ASSERT_TRUE(window->actions()->saveTo(path, &error)) << qPrintable(error);
    const QByteArray before = FullDisk::contents(path);
    disk.fill();
    ASSERT_TRUE(window->figureTable()->model()->setData(valueCell("meta-capex-2024"), "50B"));
    bool saved = true;
    const QString said = answerMessageBox([&] { saved = window->actions()->save(); }, QMessageBox::Ok);
    EXPECT_FALSE(saved);
    EXPECT_TRUE(said.contains(path + ": cannot be saved (No space left on device)")) << qPrintable(said);
    EXPECT_TRUE(window->isWindowModified());
    EXPECT_EQ(FullDisk::contents(path), before);
}

} // namespace
