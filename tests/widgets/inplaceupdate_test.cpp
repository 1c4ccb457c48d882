// A chart on show takes an edit in place when its rows stay the same, and is built anew when
// they change; either way it must draw exactly what a chart built from scratch draws: every
// text where it is, every series' points, the axes, the figures under the pointer, the alt text.
// Charts and panels on hidden tabs wait for their tab and are right when it is shown.
#include "chartfixture.h"
#include "gtestqt.h"

#include "canvaslayout.h"
#include "chartcatalog.h"
#include "chartview.h"
#include "ratiomodel.h"
#include "trendpanel.h"

#include <QTableWidget>
#include <QTest>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QXYSeries>

#include <functional>
#include <memory>

namespace {

// Everything a reader sees of a chart, and what a pointer or a screen reader finds on it.
QStringList drawing(ChartView &view)
{
    const ChartCanvas *canvas = view.canvas();
    QStringList out;
    const auto rect = [](const QRectF &r) {
        return QStringLiteral("(%1,%2 %3×%4)").arg(r.x(), 0, 'f', 1).arg(r.y(), 0, 'f', 1)
            .arg(r.width(), 0, 'f', 1).arg(r.height(), 0, 'f', 1);
    };
    for (const CanvasLayout::Text &t : CanvasLayout::visibleTexts(canvas->chart()))
        out << QStringLiteral("text %1 at %2").arg(t.text, rect(t.rect));
    for (QAbstractSeries *series : canvas->chart()->series()) {
        const auto *xy = qobject_cast<QXYSeries *>(series);
        const auto *area = qobject_cast<QAreaSeries *>(series);
        if (area)
            xy = area->upperSeries();
        QString points;
        for (const QPointF &p : xy->points())
            points += QStringLiteral(" %1,%2").arg(p.x(), 0, 'g', 12).arg(p.y(), 0, 'g', 12);
        if (area && area->lowerSeries())
            for (const QPointF &p : area->lowerSeries()->points())
                points += QStringLiteral(" %1,%2").arg(p.x(), 0, 'g', 12).arg(p.y(), 0, 'g', 12);
        const QColor colour = area ? area->brush().color() : xy->pen().color();
        out << QStringLiteral("series %1 %2%3").arg(int(series->type())).arg(colour.name(QColor::HexArgb), points);
    }
    for (QAbstractAxis *axis : canvas->chart()->axes()) {
        auto *category = static_cast<QCategoryAxis *>(axis);
        out << QStringLiteral("axis %1–%2: %3").arg(category->min(), 0, 'g', 12).arg(category->max(), 0, 'g', 12)
                   .arg(category->categoriesLabels().join(QLatin1Char('|')));
    }
    for (int i = 0; i < canvas->hotspots().size(); ++i)
        out << QStringLiteral("figure %1 at %2: %3").arg(canvas->hotspots().at(i).figureId,
                                                      rect(canvas->hotspotSceneRect(i)), canvas->hotspots().at(i).tip);
    out << QStringLiteral("plot %1, needs %2").arg(rect(canvas->plotArea())).arg(canvas->neededHeight(), 0, 'f', 1);
    out << QStringLiteral("empty: %1; caveat: %2").arg(canvas->emptyMessage(), canvas->caveat());
    out << QStringLiteral("footer: %1").arg(canvas->footerText());
    out << QStringLiteral("name: %1").arg(view.accessibleName());
    out << QStringLiteral("alt: %1").arg(view.accessibleDescription());
    return out;
}

void settle()
{
    for (int i = 0; i < 5; ++i)
        QTest::qWait(0);
}

class InPlaceUpdate : public ChartFixture
{
protected:
    // A view of the chart on show at the size of the window's chart area, laid out.
    std::unique_ptr<ChartView> shownView(ChartType type)
    {
        auto view = std::make_unique<ChartView>(type, &document, style);
        view->resize(900, 600);
        view->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(view.get()));
        settle();
        return view;
    }
    // The chart as a view built now, at the same size, draws it.
    QStringList freshDrawing(ChartType type) { return drawing(*shownView(type)); }
    // Edits a figure as the table does (one undo step) and waits for the view to redraw.
    void edit(ChartView &view, const char *id, const std::function<void(Figure &)> &change)
    {
        int redrawn = 0;
        const QMetaObject::Connection c =
            QObject::connect(&view, &ChartView::rebuilt, [&redrawn] { ++redrawn; });
        Figure f = document.figures()->figure(row(id));
        change(f);
        document.editFigure(row(id), f);
        const bool redrew = QTest::qWaitFor([&] { return redrawn > 0; });
        QObject::disconnect(c); // before any return: the connection counts into this frame
        ASSERT_TRUE(redrew) << id;
        settle();
    }
    void expectSame(ChartView &view, const char *after)
    {
        const QStringList kept = drawing(view);
        const QStringList built = freshDrawing(view.chartType());
        EXPECT_EQ(kept.join(QLatin1Char('\n')).toStdString(), built.join(QLatin1Char('\n')).toStdString())
            << "after " << after;
    }
};

TEST_F(InPlaceUpdate, ValueEditsRedrawTheRatioChartInPlaceExactlyAsARebuildWould)
{
    const std::unique_ptr<ChartView> shown = shownView(ChartType::Ratio);
    ChartView &view = *shown;
    const QStringList before = drawing(view);
    edit(view, "meta-capex-2025", [](Figure &f) { f.low = f.high = 73e9; }); // from $72.22B
    EXPECT_TRUE(view.updatedInPlace());
    EXPECT_NE(drawing(view), before); // the edit shows
    expectSame(view, "a value edited");
    edit(view, "meta-capex-2024", [](Figure &f) { f.label = QStringLiteral("Capital spending, a longer name to wrap"); });
    EXPECT_TRUE(view.updatedInPlace());
    expectSame(view, "a name edited");
    // The largest multiple ten times larger: the axis gains a decade.
    edit(view, "stargate-pledge", [](Figure &f) { f.low *= 10; f.high *= 10; });
    EXPECT_TRUE(view.updatedInPlace());
    expectSame(view, "the largest figure ten times larger (the axis)");
}

TEST_F(InPlaceUpdate, AnEditThatChangesTheRowsBuildsTheChartAnew)
{
    const std::unique_ptr<ChartView> shown = shownView(ChartType::Ratio);
    ChartView &view = *shown;
    // Two bars of the same kind swap places ($72.22B actual past a $75B plan): the same
    // shapes in another order, for other figures.
    edit(view, "meta-capex-2025", [](Figure &f) { f.low = f.high = 76e9; });
    EXPECT_FALSE(view.updatedInPlace());
    expectSame(view, "two bars swapped");
    // Past every other figure: the bars' order changes.
    edit(view, "meta-capex-2024", [](Figure &f) { f.low = f.high = 900e9; });
    EXPECT_FALSE(view.updatedInPlace());
    expectSame(view, "a figure moved to the top");
    // One value made a range: its bar gains a whisker.
    edit(view, "meta-capex-2025", [](Figure &f) { f.low = 70e9; f.high = 74e9; });
    EXPECT_FALSE(view.updatedInPlace());
    expectSame(view, "a value made a range");
    edit(view, "meta-capex-2025", [](Figure &f) { f.low = 71e9; f.high = 74.5e9; });
    EXPECT_TRUE(view.updatedInPlace());
    expectSame(view, "then the range edited in place");
}

TEST_F(InPlaceUpdate, EveryChartOnShowDrawsAnEditAsARebuildWould)
{
    for (ChartType type : {ChartType::Comparison, ChartType::Scale, ChartType::Growth, ChartType::Guidance,
                           ChartType::Trend}) {
        const std::unique_ptr<ChartView> shown = shownView(type);
        ChartView &view = *shown;
        edit(view, "meta-capex-2024", [](Figure &f) { f.low = f.high = 41.5e9; });
        expectSame(view, qPrintable(ChartCatalog::entry(type).key));
        edit(view, "meta-capex-2024", [](Figure &f) { f.low = f.high = 39e9; });
        // Every chart takes a value edit in place but the scale chart, whose squares are drawn
        // at the figures' sizes: there a value is the shape, so it is built anew.
        EXPECT_EQ(view.updatedInPlace(), type != ChartType::Scale) << qPrintable(ChartCatalog::entry(type).key);
        expectSame(view, qPrintable(ChartCatalog::entry(type).key));
    }
}

// The growth chart on screen follows its view's width: years side by side where their labels
// fit, down the view as rows where they do not, and back; drawn as a chart built at that size.
TEST_F(InPlaceUpdate, TheGrowthChartTurnsItsYearsDownANarrowViewAndBack)
{
    const std::unique_ptr<ChartView> shown = shownView(ChartType::Growth);
    ChartView &view = *shown;
    view.resize(1200, 600);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.canvas()->maximumPlotHeight() == 0; })); // columns
    view.resize(420, 600);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.canvas()->maximumPlotHeight() > 0; }));  // rows
    settle();
    EXPECT_TRUE(view.canvas()->layoutProblems().isEmpty()) << view.canvas()->layoutProblems().join(" | ").toStdString();
    view.resize(1200, 600);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.canvas()->maximumPlotHeight() == 0; }));
    settle();
    EXPECT_TRUE(view.canvas()->layoutProblems().isEmpty()) << view.canvas()->layoutProblems().join(" | ").toStdString();
    // A resize that keeps the years' direction lays the chart out again but builds nothing.
    int rebuilt = 0;
    QObject::connect(&view, &ChartView::rebuilt, [&rebuilt] { ++rebuilt; });
    for (int width : {1150, 1100, 1050}) {
        view.resize(width, 600);
        settle();
    }
    EXPECT_EQ(rebuilt, 0);
    EXPECT_EQ(view.canvas()->maximumPlotHeight(), 0);
}

// The guidance chart's labels keep clear of the line at the actual: an edit of the actual moves
// the line, and the labels follow it as a chart built anew places them.
TEST_F(InPlaceUpdate, TheGuidanceLabelsFollowTheActualsLineInPlace)
{
    const std::unique_ptr<ChartView> shown = shownView(ChartType::Guidance);
    ChartView &view = *shown;
    for (double value : {64.5e9, 72.2e9, 69.9e9}) {
        edit(view, "meta-capex-2025", [value](Figure &f) { f.low = f.high = value; });
        EXPECT_TRUE(view.updatedInPlace());
        expectSame(view, "the actual moved");
    }
}

TEST_F(InPlaceUpdate, AHiddenChartWaitsAndIsRightWhenShown)
{
    const std::unique_ptr<ChartView> shown = shownView(ChartType::Ratio);
    ChartView &view = *shown;
    view.hide();
    int redrawn = 0;
    QObject::connect(&view, &ChartView::rebuilt, [&redrawn] { ++redrawn; });
    for (double value : {45e9, 46e9, 47e9}) {
        Figure f = document.figures()->figure(row("meta-capex-2024"));
        f.low = f.high = value;
        document.editFigure(row("meta-capex-2024"), f);
        settle();
    }
    EXPECT_EQ(redrawn, 0) << "a hidden chart was redrawn";
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    settle();
    EXPECT_EQ(redrawn, 1);
    expectSame(view, "three edits while hidden");
}

QStringList tableText(const QTableWidget *table)
{
    QStringList rows;
    for (int r = 0; r < table->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < table->columnCount(); ++c)
            cells << (table->item(r, c) ? table->item(r, c)->text() : QString());
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

TEST_F(InPlaceUpdate, AHiddenTrendTableIsFilledWhenShownWithEveryEdit)
{
    TrendPanel hidden(&document, style);
    const auto *table = hidden.findChild<QTableWidget *>();
    ASSERT_TRUE(table);
    for (double value : {45e9, 46e9}) {
        Figure f = document.figures()->figure(row("meta-capex-2024"));
        f.low = f.high = value;
        document.editFigure(row("meta-capex-2024"), f);
    }
    EXPECT_EQ(table->rowCount(), 0) << "a hidden trend table was filled";
    hidden.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&hidden));
    const QStringList shown = tableText(table);
    EXPECT_TRUE(shown.join(QLatin1Char('\n')).contains(QStringLiteral("$46.0B"))) << shown.join('\n').toStdString();
    TrendPanel fresh(&document, style);
    fresh.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&fresh));
    EXPECT_EQ(shown, tableText(fresh.findChild<QTableWidget *>()));
}

} // namespace
