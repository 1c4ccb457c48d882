#include "chartfixture.h"
#include "gtestqt.h"
#include "ratiomodel.h"
#include "ratiopanel.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QTest>

namespace {

// The baseline picker lists every figure (44 in the built-in data): typing filters it by the
// figure's label, its entity or its year.
class BaselinePickerTest : public ChartFixture
{
protected:
    void SetUp() override
    {
        ChartFixture::SetUp();
        panel = std::make_unique<RatioPanel>(&document, style);
        panel->resize(900, 600);
        panel->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(panel.get()));
        picker = panel->baselinePicker();
        ASSERT_NE(picker->lineEdit(), nullptr) << "the picker takes no typing";
        ASSERT_NE(picker->completer(), nullptr);
    }
    // The figures the picker offers for what was typed.
    QVector<const Figure *> offered(const char *typed)
    {
        picker->lineEdit()->selectAll();
        QTest::keyClicks(picker->lineEdit(), QString::fromUtf8(typed));
        QCompleter *completer = picker->completer();
        QVector<const Figure *> figures;
        for (int i = 0; completer->setCurrentRow(i); ++i)
            figures.append(&document.figures()->figure(
                document.figures()->rowOf(completer->currentIndex().data(Qt::UserRole).toString())));
        return figures;
    }

    std::unique_ptr<RatioPanel> panel;
    QComboBox *picker = nullptr;
};

TEST_F(BaselinePickerTest, TypingAYearOffersThatYearsFigures)
{
    const QVector<const Figure *> figures = offered("2019");
    ASSERT_GE(figures.size(), 3);
    EXPECT_LT(figures.size(), document.figures()->rowCount());
    for (const Figure *f : figures)
        EXPECT_TRUE(f->year == 2019 || f->label.contains("2019") || f->periodLabel.contains("2019")) << f->id.toStdString();
}

TEST_F(BaselinePickerTest, TypingAnEntityOffersItsFiguresWhateverTheCase)
{
    const QVector<const Figure *> figures = offered("alphabet");
    ASSERT_GE(figures.size(), 5);
    for (const Figure *f : figures)
        EXPECT_TRUE(f->entity.startsWith("Alphabet")) << f->id.toStdString();
}

TEST_F(BaselinePickerTest, ChoosingAnOfferedFigureMakesItTheBaseline)
{
    ASSERT_FALSE(offered("meta capex 2022").isEmpty());
    QAbstractItemView *popup = picker->completer()->popup();
    ASSERT_TRUE(QTest::qWaitFor([&] { return popup->isVisible(); }));
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    EXPECT_EQ(document.ratios()->baselineId(), "meta-capex-2022");
    // The field then names the figure as the list does, not the search text.
    const int row = document.figures()->rowOf("meta-capex-2022");
    ASSERT_TRUE(QTest::qWaitFor([&] { return picker->lineEdit()->text() == picker->itemText(row); }))
        << picker->lineEdit()->text().toStdString();
    EXPECT_TRUE(picker->lineEdit()->text().startsWith(QString::fromUtf8("Meta capex 2022 — $32.0B")))
        << picker->lineEdit()->text().toStdString();
}

TEST_F(BaselinePickerTest, TheFieldNamesTheBaselineWithItsValueAfterEveryChange)
{
    // A change of units re-reads every figure: the field keeps "label — value", not the bare label.
    document.setNumberFormat(NumberFormat::forStyle(NumberFormat::UnitStyle::Chinese, QLocale(QLocale::Chinese, QLocale::China)));
    const int row = document.ratios()->baselineRow();
    const QString shown = document.figures()->index(row, FigureModel::LabelColumn).data().toString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return picker->lineEdit()->text().contains(QString::fromUtf8(" — ")); }))
        << picker->lineEdit()->text().toStdString();
    EXPECT_TRUE(picker->lineEdit()->text().startsWith(shown)) << picker->lineEdit()->text().toStdString();
}

TEST_F(BaselinePickerTest, TextThatMatchesNothingGivesWayToTheBaselineInForce)
{
    const QString before = document.ratios()->baselineId();
    EXPECT_TRUE(offered("no such figure").isEmpty());
    QTest::keyClick(picker->lineEdit(), Qt::Key_Return);
    EXPECT_EQ(document.ratios()->baselineId(), before);
    const int row = document.ratios()->baselineRow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return picker->lineEdit()->text() == picker->itemText(row); }));
}

} // namespace

namespace {

// Opening a document replaces every figure (a model reset), during which the picker's search is
// set aside: it must be back afterwards, offering and choosing as before.
TEST_F(BaselinePickerTest, SearchingStillWorksAfterTheFiguresAreReplaced)
{
    QCompleter *before = picker->completer();
    document.load(DatasetJson::builtIn().dataset);
    ASSERT_EQ(picker->completer(), before);
    ASSERT_FALSE(offered("meta capex 2022").isEmpty());
    QAbstractItemView *popup = picker->completer()->popup();
    ASSERT_TRUE(QTest::qWaitFor([&] { return popup->isVisible(); }));
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    EXPECT_EQ(document.ratios()->baselineId(), "meta-capex-2022");
}

} // namespace
