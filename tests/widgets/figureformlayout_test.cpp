#include "figureform.h"
#include "gtestqt.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPlainTextEdit>
#include <QTest>
#include <gtest/gtest.h>

namespace {

// Where every field of the form is, in the dialog's coordinates.
QMap<QString, QRect> fieldGeometry(const FigureForm &form)
{
    QMap<QString, QRect> where;
    int n = 0;
    for (QWidget *w : form.findChildren<QWidget *>()) {
        if (!qobject_cast<QLineEdit *>(w) && !qobject_cast<QComboBox *>(w) && !qobject_cast<QAbstractSpinBox *>(w) &&
            !qobject_cast<QPlainTextEdit *>(w))
            continue;
        if (qobject_cast<QLineEdit *>(w) && qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue; // a spin box's own editor
        where.insert(QStringLiteral("%1:%2").arg(w->objectName()).arg(n++),
                     QRect(w->mapTo(&form, QPoint()), w->size()));
    }
    return where;
}

TEST(FigureFormLayout, FieldsStayPutWhileRequiredMessagesComeAndGo)
{
    FigureForm form(Figure{});
    form.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&form));
    const QMap<QString, QRect> before = fieldGeometry(form);
    ASSERT_GE(before.size(), 15);
    for (const char *name : {"entity", "label", "value", "sourceTitle"})
        ASSERT_FALSE(form.message(name).isEmpty()) << name;

    // Typed key by key, as the user does: each message disappears as its field is filled.
    QTest::keyClicks(form.field("entity"), "OpenAI");
    ASSERT_TRUE(form.message("entity").isEmpty());
    QApplication::processEvents();
    EXPECT_EQ(fieldGeometry(form), before) << "the form moved when the entity's message went";
    QTest::keyClicks(form.field("label"), "Compute spend 2025");
    QTest::keyClicks(form.field("value"), "7B");
    QTest::keyClicks(form.field("sourceTitle"), "The Information");
    ASSERT_TRUE(form.message("value").isEmpty());
    QApplication::processEvents();
    EXPECT_EQ(fieldGeometry(form), before) << "the form moved when messages went";

    // And back: a cleared field's message comes in its reserved place.
    form.field("entity")->clear();
    QTest::keyClicks(form.field("url"), "not a web address at all, typed where the link should go");
    ASSERT_FALSE(form.message("entity").isEmpty());
    ASSERT_FALSE(form.message("url").isEmpty());
    QApplication::processEvents();
    EXPECT_EQ(fieldGeometry(form), before) << "the form moved when messages came back";
}

TEST(FigureFormLayout, ALongMessageIsElidedWithTheWholeOfItAsTooltip)
{
    FigureForm form(Figure{});
    form.resize(420, form.height());
    form.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&form));
    form.field("url")->setText("not a web address at all, typed where the link should go, and long");
    auto *label = form.findChild<QLabel *>("url-message");
    ASSERT_NE(label, nullptr);
    EXPECT_EQ(label->toolTip(), form.message("url"));
    EXPECT_LE(label->fontMetrics().horizontalAdvance(label->text()), label->width());
}

} // namespace
