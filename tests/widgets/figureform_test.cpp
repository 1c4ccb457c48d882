#include "figureform.h"
#include "gtestqt.h"

#include <QLineEdit>
#include <gtest/gtest.h>

namespace {

TEST(FigureForm, RequiredFieldsAreNamedBesideThem)
{
    FigureForm form(Figure{});
    const QHash<QString, QString> problems = form.problems();
    for (const char *field : {"entity", "label", "value", "sourceTitle"})
        EXPECT_TRUE(problems.contains(field)) << field;
    // As for an import or a document (FigureRules): publisher and basis are asked for, not required.
    for (const char *field : {"publisher", "basis"})
        EXPECT_FALSE(problems.contains(field)) << field;
}

TEST(FigureForm, ACompleteFigureHasNoProblemsAndAReadableId)
{
    FigureForm form(Figure{});
    form.field("entity")->setText("Meta");
    form.field("label")->setText("Meta capex 2027 plan");
    form.field("value")->setText("150–170B");
    form.field("sourceTitle")->setText("Meta Q4 2026 earnings release");
    form.field("publisher")->setText("Meta Platforms");
    form.field("basis")->setText("Company guidance");
    form.field("url")->setText("https://investor.atmeta.com/");
    EXPECT_TRUE(form.problems().isEmpty());
    const Figure f = form.figure();
    EXPECT_DOUBLE_EQ(f.low, 150e9);
    EXPECT_DOUBLE_EQ(f.high, 170e9);
    EXPECT_TRUE(f.id.startsWith("meta-meta-capex-2027-plan-")) << qPrintable(f.id);
}

TEST(FigureForm, AddressesMustBeWebAddresses)
{
    FigureForm form(Figure{});
    for (const char *bad : {"javascript:alert(1)", "file:///etc/passwd", "not a url"}) {
        form.field("url")->setText(bad);
        EXPECT_TRUE(form.problems().value("url").contains("not a web address")) << bad;
    }
    form.field("url")->setText("https://user:secret@example.com/");
    EXPECT_TRUE(form.problems().value("url").contains("user name or password"));
}

TEST(FigureForm, EditingKeepsTheIdAndShowsTheValueExactly)
{
    Figure f;
    f.id = "deepseek-v3-total";
    f.low = f.high = 5.576e6;
    FigureForm form(f);
    EXPECT_EQ(form.field("value")->text(), "5.576M");
    EXPECT_EQ(form.figure().id, "deepseek-v3-total");
}

} // namespace
