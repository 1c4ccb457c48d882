#include "chartcanvas.h"
#include "chartview.h"
#include "charttextwarningbar.h"
#include "document.h"
#include "equivalentspanel.h"
#include "explorationbar.h"
#include "figuremodel.h"
#include "gtestqt.h"
#include "guidancepanel.h"
#include "mainwindow.h"
#include "parameterpanel.h"
#include "ratiomodel.h"
#include "ratiopanel.h"
#include "roles.h"

#include <QComboBox>
#include <QPushButton>
#include <QDoubleSpinBox>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>

namespace {

// A reporter's exploration, through the window's own controls.
class ExplorationWindowTest : public ::testing::Test
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
    int row(const char *id) const { return document.figures()->rowOf(QString::fromLatin1(id)); }
    QString selectedId() const
    {
        return window->figureTable()->currentIndex().data(Roles::FigureIdRole).toString();
    }
    static void choose(QComboBox *box, const QString &text)
    {
        const int index = box->findText(text);
        ASSERT_GE(index, 0) << qPrintable(text);
        box->setCurrentIndex(index);
        Q_EMIT box->activated(index);
    }
    // Labels are placed once the rebuilt chart is laid out, on a later pass of the event loop.
    QStringList ratioLabels() const
    {
        return window->ratioPanel()->chartView(ChartType::Ratio)->canvas()->visibleLabelTexts();
    }

    Document document;
    std::unique_ptr<MainWindow> window;
};

TEST_F(ExplorationWindowTest, ThePriceSliderUpdatesTheChartTheTableAndTheSentence)
{
    for (QAction *a : window->findChildren<QAction *>())
        if (a->shortcut() == QKeySequence("Ctrl+6"))
            a->trigger(); // View ▸ Parameters
    ASSERT_TRUE(window->parameterPanel()->isVisible());
    QDoubleSpinBox *price = window->parameterPanel()->spinBox("h800_price");
    ASSERT_TRUE(price);
    price->setValue(3);
    EXPECT_DOUBLE_EQ(document.figures()->figure(row("deepseek-v3-total")).high, 8.364e6);
    EXPECT_TRUE(eventuallyContains([this] { return ratioLabels(); }, QString::fromUtf8("7,170–7,770×")));
    EXPECT_EQ(window->parameterPanel()->slider("h800_price")->value(), 300);
    // Dragging the slider is one undo step.
    window->parameterPanel()->slider("h800_price")->setValue(350);
    window->parameterPanel()->slider("h800_price")->setValue(400);
    document.undoStack()->undo();
    EXPECT_DOUBLE_EQ(price->value(), 2);
    EXPECT_TRUE(eventuallyContains([this] { return ratioLabels(); }, QString::fromUtf8("10,800–11,700×")));
}

TEST_F(ExplorationWindowTest, FiltersHideRowsInTheTableAndBarsInTheChart)
{
    ExplorationBar *bar = window->explorationBar();
    choose(bar->entityFilter(), "DeepSeek");
    QAbstractItemModel *table = window->figureTable()->model();
    ASSERT_GT(table->rowCount(), 0);
    for (int r = 0; r < table->rowCount(); ++r)
        EXPECT_EQ(table->index(r, FigureModel::EntityColumn).data().toString(), "DeepSeek");
    EXPECT_TRUE(QTest::qWaitFor([this] { return ratioLabels().size() == 2; })) // DeepSeek-R1 and the baseline
        << ratioLabels().join(" | ").toStdString();
    bar->fromYear()->setValue(2025);
    EXPECT_EQ(document.filter().fromYear, 2025);
    for (int r = 0; r < table->rowCount(); ++r)
        EXPECT_EQ(table->index(r, FigureModel::PeriodColumn).data(Roles::SortRole).toInt(), 2025);
    document.setFilter(FigureFilter());
    EXPECT_EQ(table->rowCount(), document.figures()->rowCount());
    EXPECT_EQ(bar->entityFilter()->currentIndex(), 0); // the bar shows the cleared filter
}

TEST_F(ExplorationWindowTest, RangeModeFollowsIntoTableListAndChart)
{
    choose(window->explorationBar()->rangeMode(), "Midpoints");
    EXPECT_EQ(document.rangeMode(), NumberFormat::RangeMode::Mid);
    const QModelIndex plan = document.figures()->index(row("meta-capex-2025-guidance-2025-01"), FigureModel::ValueColumn);
    EXPECT_EQ(plan.data().toString(), "$62.5B");
    EXPECT_TRUE(eventuallyContains([this] { return ratioLabels(); }, QString::fromUtf8("11,200×")));
}

TEST_F(ExplorationWindowTest, ClickingABarSelectsItsFigureAndTheTableOutlinesIt)
{
    ChartView *view = window->ratioPanel()->chartView(ChartType::Ratio);
    view->rebuildNow();
    Q_EMIT view->figureActivated("meta-capex-2024");
    EXPECT_EQ(selectedId(), "meta-capex-2024");
    // And the other way: the selected figure is outlined on the chart.
    EXPECT_EQ(view->canvas()->highlightedFigure(), "meta-capex-2024");
    // A figure hidden by a filter: the filter is cleared rather than the selection lost.
    FigureFilter filter;
    filter.entities = {"DeepSeek"};
    document.setFilter(filter);
    Q_EMIT view->figureActivated("meta-capex-2025");
    EXPECT_EQ(selectedId(), "meta-capex-2025");
    EXPECT_TRUE(document.filter().isEmpty());
}

TEST_F(ExplorationWindowTest, ASelectionOfSeveralRowsBecomesTheComparison)
{
    QTableView *table = window->figureTable();
    table->clearSelection();
    for (const char *id : {"gpt4-cloud-epoch", "gemini-ultra-cloud-epoch", "deepseek-r1-rl"}) {
        const QModelIndex index = table->model()->index(row(id), 0); // dataset order
        table->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    const QList<QAction *> actions = window->findChildren<QAction *>();
    QAction *compare = nullptr;
    QAction *baseline = nullptr;
    for (QAction *a : actions) {
        if (a->shortcut() == QKeySequence("Ctrl+M"))
            compare = a;
        if (a->shortcut() == QKeySequence("Ctrl+B"))
            baseline = a;
    }
    ASSERT_TRUE(compare && baseline);
    compare->trigger();
    EXPECT_EQ(document.ratios()->comparedIds(),
              QStringList({"deepseek-r1-rl", "gpt4-cloud-epoch", "gemini-ultra-cloud-epoch"})); // table order
    table->setCurrentIndex(table->model()->index(row("gpt4-cloud-epoch"), 0));
    baseline->trigger();
    EXPECT_EQ(document.ratios()->baselineId(), "gpt4-cloud-epoch");
}

TEST_F(ExplorationWindowTest, InOtherTermsFollowsTheSelectionAndTheRangeMode)
{
    window->selectFigure("meta-capex-2025-guidance-2025-01");
    document.setRangeMode(NumberFormat::RangeMode::Mid);
    const QString text = window->equivalentsPanel()->text();
    EXPECT_TRUE(text.contains(QString::fromUtf8("= 11,200 × DeepSeek-V3 final training run"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QString::fromUtf8("= 31.3B GPU-hours at $2.00 per GPU-hour")));
    EXPECT_TRUE(text.contains(QString::fromUtf8("= 159% of Meta capex 2024")));
    ASSERT_EQ(document.setParameter("h800_price", 3), QString());
    EXPECT_TRUE(window->equivalentsPanel()->text().contains(QString::fromUtf8("= 7,470 × DeepSeek-V3"))) // 62.5B / 8.364M
        << qPrintable(window->equivalentsPanel()->text());
}

TEST_F(ExplorationWindowTest, TheGuidanceTabShowsMetasPlanAndIsOneKeyAway)
{
    window->showChart(ChartType::Guidance);
    EXPECT_EQ(window->currentChartType(), ChartType::Guidance);
    GuidancePanel *panel = window->guidancePanel();
    EXPECT_TRUE(panel->subjectPicker()->currentText().startsWith("Meta 2025")) << qPrintable(panel->subjectPicker()->currentText());
    panel->chartView()->rebuildNow();
    EXPECT_EQ(panel->chartView()->canvas()->hotspots().size(), 5);
}

TEST_F(ExplorationWindowTest, AStaleCustomTitleIsFlaggedOverTheChartUntilKept)
{
    ChartTextWarningBar *warning = window->ratioPanel()->findChild<ChartTextWarningBar *>();
    ASSERT_TRUE(warning);
    EXPECT_EQ(warning->chart(), "ratio");
    ChartSettings texts = document.ownChartSettings("ratio");
    texts.title = QString::fromUtf8("Meta's plan is 10,800–11,700 times DeepSeek-V3's run");
    document.setChartSettings("ratio", texts);
    EXPECT_TRUE(warning->isHidden()) << warning->warning().toStdString(); // true when written
    // The H800 price changes DeepSeek-V3's cost: the title's numbers no longer hold.
    ASSERT_TRUE(document.setParameter("h800_price", 3).isEmpty());
    ASSERT_FALSE(warning->isHidden());
    EXPECT_TRUE(warning->warning().contains("changed")) << warning->warning().toStdString();
    // The same warning over the chart and in the export dialog; Keep clears both, undo brings it back.
    warning->keepButton()->click();
    EXPECT_TRUE(warning->isHidden());
    EXPECT_TRUE(document.chartTextWarning("ratio").isEmpty());
    document.undoStack()->undo();
    EXPECT_FALSE(warning->isHidden());
    // Another chart of the panel has texts of its own: no warning there.
    QTest::keySequence(window.get(), QKeySequence(QStringLiteral("Ctrl+3")));
    EXPECT_EQ(warning->chart(), "comparison");
    EXPECT_TRUE(warning->isHidden());
}

} // namespace
