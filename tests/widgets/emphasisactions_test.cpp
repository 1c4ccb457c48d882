// The emphasis actions a chart's context menu offers, and moving a note from the keyboard.
#include "chartcatalog.h"
#include "chartfixture.h"
#include "chartpalette.h"
#include "chartspec.h"
#include "chartview.h"
#include "emphasisactions.h"
#include "presets.h"

#include <QMenu>
#include <QTest>
#include <QUndoStack>

namespace {

class EmphasisActionsTest : public ChartFixture
{
protected:
    void SetUp() override
    {
        ChartFixture::SetUp();
        Preset hyperscalers;
        ASSERT_TRUE(Presets::find("hyperscalers-2025", &hyperscalers));
        ASSERT_TRUE(document.applyPreset(hyperscalers).isEmpty());
    }
    ChartEmphasis ratioEmphasis() const { return document.chart("ratio")->emphasis(); }
    static QAction *find(QMenu *menu, const QString &text)
    {
        for (QAction *a : menu->actions()) {
            if (a->text() == text)
                return a;
            if (a->menu())
                if (QAction *inner = find(a->menu(), text))
                    return inner;
        }
        return nullptr;
    }
};

TEST_F(EmphasisActionsTest, MenuActionsHighlightColourAndOrderAsOneUndoStepEach)
{
    QWidget parent;
    EmphasisActions actions(&document, "ratio", &parent);
    QMenu menu;
    actions.populate(&menu, "alphabet-capex-2025");
    ASSERT_NE(find(&menu, "&Highlight"), nullptr);
    find(&menu, "&Highlight")->trigger();
    EXPECT_EQ(ratioEmphasis().highlighted, QStringList{"alphabet-capex-2025"});
    actions.setColour("alphabet-capex-2025", "orange");
    QMenu again;
    actions.populate(&again, "amazon-capex-2025-implied");
    // Vermillion looks like the orange already on the chart to colour-blind readers: not offered.
    ASSERT_NE(find(&again, ChartPalette::name("vermillion")), nullptr);
    EXPECT_FALSE(find(&again, ChartPalette::name("vermillion"))->isEnabled());
    EXPECT_TRUE(find(&again, ChartPalette::name("blue"))->isEnabled());
    find(&again, "By name")->trigger();
    EXPECT_EQ(ratioEmphasis().order, ChartEmphasis::Order::Name);
    document.undoStack()->undo();
    document.undoStack()->undo();
    EXPECT_TRUE(ratioEmphasis().colours.isEmpty());
    EXPECT_EQ(ratioEmphasis().highlighted, QStringList{"alphabet-capex-2025"});
}

// A chart's menu offers only the emphasis it draws: the scale and guidance charts take no
// highlight or colour, and only the ratio and side-by-side charts a bar order (as the command
// line's notes say).
TEST_F(EmphasisActionsTest, AChartsMenuOffersOnlyWhatItDraws)
{
    QWidget parent;
    for (const ChartCatalog::Entry &entry : ChartCatalog::entries()) {
        EmphasisActions actions(&document, entry.key, &parent);
        QMenu menu;
        actions.populate(&menu, "meta-capex-2025");
        EXPECT_EQ(find(&menu, "&Highlight") != nullptr, ChartCatalog::drawsHighlight(entry.type)) << qPrintable(entry.key);
        EXPECT_EQ(find(&menu, "&Colour") != nullptr, ChartCatalog::drawsHighlight(entry.type)) << qPrintable(entry.key);
        EXPECT_EQ(find(&menu, "By value") != nullptr, ChartCatalog::takesBarOrder(entry.type)) << qPrintable(entry.key);
        EXPECT_NE(find(&menu, "Add &note…"), nullptr) << qPrintable(entry.key); // a note goes on every chart
    }
    EXPECT_FALSE(ChartCatalog::drawsHighlight(ChartType::Scale));
    EXPECT_FALSE(ChartCatalog::drawsHighlight(ChartType::Guidance));
    EXPECT_TRUE(ChartCatalog::drawsHighlight(ChartType::Growth));
    EXPECT_FALSE(ChartCatalog::takesBarOrder(ChartType::Growth));
}

TEST_F(EmphasisActionsTest, ShiftArrowsMoveTheSelectedFiguresNoteAndFoldIntoOneUndo)
{
    ChartEmphasis e;
    e.setAnnotation("alphabet-capex-2025", "Stated in February");
    ASSERT_TRUE(document.setChartEmphasis("ratio", e, "Annotate").isEmpty());
    ChartView view(ChartType::Ratio, &document, style);
    view.resize(1000, 600);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.rebuildNow();
    view.setSelectedFigure("alphabet-capex-2025");
    const int steps = document.undoStack()->count();
    for (int i = 0; i < 2; ++i) {
        QTest::keyClick(&view, Qt::Key_Right, Qt::ShiftModifier); // into the free room right of the bars
        view.rebuildNow();
    }
    const ChartAnnotation moved = *ratioEmphasis().annotation("alphabet-capex-2025");
    EXPECT_TRUE(moved.placed);
    EXPECT_EQ(document.undoStack()->count(), steps + 1);
    const ChartAnnotations &notes = view.canvas()->annotations();
    const QPointF at = (notes.noteRect("alphabet-capex-2025").center() - notes.noteAnchor("alphabet-capex-2025")) /
                       notes.lineHeight();
    EXPECT_NEAR(at.x(), moved.dx, 0.3); // drawn where it was moved to
    EXPECT_NEAR(at.y(), moved.dy, 0.3);
    // A step goes from where the note is drawn (its spot may have been taken).
    QTest::keyClick(&view, Qt::Key_Left, Qt::ShiftModifier);
    EXPECT_NEAR(ratioEmphasis().annotation("alphabet-capex-2025")->dx, at.x() - 1, 1e-9);
}

TEST_F(EmphasisActionsTest, ABarDraggedOntoAnotherTakesItsPlaceAsOneUndoStep)
{
    ChartView view(ChartType::Ratio, &document, style);
    view.resize(1000, 600);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.rebuildNow();
    const auto barCentre = [&](const QString &id) {
        for (int i = 0; i < view.canvas()->hotspots().size(); ++i)
            if (view.canvas()->hotspots().at(i).figureId == id)
                return view.mapFromScene(view.chart()->mapToScene(view.canvas()->hotspotSceneRect(i).center()));
        return QPoint(-1, -1);
    };
    const auto shownOrder = [&] {
        QStringList ids;
        for (int row : ChartCatalog::spec(ChartType::Ratio, document).rows())
            ids << document.figures()->figure(row).id;
        return ids;
    };
    const QStringList before = shownOrder();
    ASSERT_GE(before.size(), 3);
    const QString dragged = before.at(2), onto = before.at(0);
    const QPoint from = barCentre(dragged), to = barCentre(onto);
    ASSERT_GE(from.x(), 0);
    ASSERT_GE(to.x(), 0);
    const int steps = document.undoStack()->count();
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view.viewport(), to);
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, to);
    EXPECT_EQ(ratioEmphasis().order, ChartEmphasis::Order::Manual);
    QStringList expected = before;
    expected.move(2, 0);
    EXPECT_EQ(shownOrder(), expected);
    EXPECT_EQ(document.undoStack()->count(), steps + 1);
    // A click that stays on its bar selects it and changes no order.
    view.rebuildNow();
    const QPoint still = barCentre(onto);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, still);
    EXPECT_EQ(document.undoStack()->count(), steps + 1);
    document.undoStack()->undo();
    EXPECT_EQ(shownOrder(), before);
}

} // namespace
