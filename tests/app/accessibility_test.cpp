#include "chartview.h"
#include "document.h"
#include "gtestqt.h"
#include "mainwindow.h"
#include "trendpanel.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QTest>
#include <gtest/gtest.h>

namespace {

// What a screen reader would announce for a widget.
QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name) : QString();
}

TEST(Accessibility, EveryControlReachableByKeyboardHasAName)
{
    Document document;
    document.load(DatasetJson::builtIn().dataset);
    MainWindow window(&document, "built-in dataset");
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QStringList unnamed;
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        if (accessibleName(widget).trimmed().isEmpty())
            unnamed << QString::fromLatin1(widget->metaObject()->className()) + " in " +
                           QString::fromLatin1(widget->parentWidget()->metaObject()->className());
    }
    EXPECT_TRUE(unnamed.isEmpty()) << unnamed.join(", ").toStdString();
}

TEST(Accessibility, TheTrendTabReachedWithCtrl8NamesEveryControl)
{
    Document document;
    document.load(DatasetJson::builtIn().dataset);
    MainWindow window(&document, "built-in dataset");
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTest::keySequence(&window, QKeySequence(QStringLiteral("Ctrl+8")));
    ASSERT_EQ(window.currentChartType(), ChartType::Trend);
    QStringList unnamed;
    int shown = 0;
    for (QWidget *widget : window.trendPanel()->findChildren<QWidget *>()) {
        if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        ++shown;
        if (accessibleName(widget).trimmed().isEmpty())
            unnamed << QString::fromLatin1(widget->metaObject()->className());
    }
    EXPECT_GE(shown, 5); // the companies, three switches, the chart
    EXPECT_TRUE(unnamed.isEmpty()) << unnamed.join(", ").toStdString();
}

TEST(Accessibility, ChartsDescribeThemselvesWithTheirAltText)
{
    Document document;
    document.load(DatasetJson::builtIn().dataset);
    MainWindow window(&document, "built-in dataset");
    QList<ChartType> described;
    for (ChartView *view : window.findChildren<ChartView *>()) {
        described.append(view->chartType());
        EXPECT_EQ(view->accessibleDescription(), ChartCatalog::altText(view->chartType(), document));
        EXPECT_TRUE(view->accessibleName().contains("chart")) << qPrintable(view->accessibleName());
        EXPECT_TRUE(view->focusPolicy() & Qt::TabFocus);
    }
    // A window with no chart at all must not pass: every chart the catalog knows is checked.
    for (const ChartCatalog::Entry &chart : ChartCatalog::entries())
        EXPECT_TRUE(described.contains(chart.type)) << "no chart view shows the " << chart.key.toStdString() << " chart";
}

} // namespace
