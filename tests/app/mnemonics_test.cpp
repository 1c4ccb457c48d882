// No two items of one menu or one dialog share a mnemonic (Alt+letter), in English or in Chinese:
// 主题(&T) and 标题(&T) side by side take the reader to the first of them only.
#include "chartcatalog.h"
#include "csvreader.h"
#include "dataset.h"
#include "document.h"
#include "exportdialog.h"
#include "figureform.h"
#include "gtestqt.h"
#include "importdialog.h"
#include "localization.h"
#include "mainwindow.h"
#include "preferences.h"
#include "preferencesdialog.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <gtest/gtest.h>

#include <memory>

namespace {

// The letter after a single '&' ("&File" gives F, "主题(&T)" gives T), or a null QChar.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

// Items of one place (a menu, a dialog) that share a mnemonic: "Format: 主题(&T) and 标题(&T)".
class ClashFinder
{
public:
    void place(const QString &where, const QStringList &texts)
    {
        QHash<QChar, QString> seen;
        for (const QString &text : texts) {
            const QChar key = mnemonicOf(text);
            if (key.isNull())
                continue;
            if (seen.contains(key))
                clashes << where + QStringLiteral(": “") + seen.value(key) + QStringLiteral("” and “") + text +
                               QStringLiteral("” share ") + key;
            else
                seen.insert(key, text);
        }
        ++places;
    }

    void menu(const QString &where, const QMenu *menu)
    {
        QStringList texts;
        for (const QAction *action : menu->actions()) {
            if (action->isSeparator())
                continue;
            texts << action->text();
            if (action->menu())
                this->menu(where + QStringLiteral(" ▸ ") + action->text(), action->menu());
        }
        place(where, texts);
    }

    // The texts with mnemonics in a dialog: labels with a buddy, buttons, group boxes and tabs.
    void dialog(const QString &where, const QWidget *dialog)
    {
        QStringList texts;
        for (const QLabel *label : dialog->findChildren<QLabel *>())
            if (label->buddy())
                texts << label->text();
        for (const QAbstractButton *button : dialog->findChildren<QAbstractButton *>())
            texts << button->text();
        for (const QGroupBox *box : dialog->findChildren<QGroupBox *>())
            texts << box->title();
        for (const QTabWidget *tabs : dialog->findChildren<QTabWidget *>())
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        place(where, texts);
    }

    QStringList clashes;
    int places = 0;
};

class Mnemonics : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(Localization::apply(QString::fromLatin1(GetParam())));
        document.load(DatasetJson::builtIn().dataset);
    }
    void TearDown() override { Localization::apply(QStringLiteral("en")); }
    Document document;
};

TEST_P(Mnemonics, NoTwoItemsOfAMenuOrADialogShareOne)
{
    ClashFinder finder;
    {
        MainWindow window(&document, QStringLiteral("built-in dataset"));
        QStringList titles;
        for (const QAction *action : window.menuBar()->actions()) {
            titles << action->text();
            if (action->menu())
                finder.menu(action->text(), action->menu());
        }
        finder.place(QStringLiteral("menu bar"), titles);
    }
    finder.dialog(QStringLiteral("figure form"), std::make_unique<FigureForm>(Figure()).get());
    finder.dialog(QStringLiteral("preferences"), std::make_unique<PreferencesDialog>(Preferences()).get());
    for (const ChartCatalog::Entry &e : ChartCatalog::entries())
        finder.dialog(QStringLiteral("export dialog (") + e.key + QLatin1Char(')'),
                      std::make_unique<ExportDialog>(&document, e.type).get());
    const CsvRead read = CsvReader().read("entity,year,value,source\nMeta,2024,39.23B,10-K\n", "t.csv");
    ASSERT_TRUE(read.ok);
    finder.dialog(QStringLiteral("import preview"), std::make_unique<ImportDialog>(read.table, QSet<QString>()).get());
    EXPECT_GE(finder.places, 10) << "the walk found too few menus and dialogs to mean anything";
    EXPECT_TRUE(finder.clashes.isEmpty()) << GetParam() << ":\n" << qPrintable(finder.clashes.join(QLatin1Char('\n')));
}

INSTANTIATE_TEST_SUITE_P(Languages, Mnemonics, ::testing::Values("en", "zh_CN"));

TEST(MnemonicOf, ReadsTheLetterAfterASingleAmpersand)
{
    EXPECT_EQ(mnemonicOf(QStringLiteral("&File")), QLatin1Char('F'));
    EXPECT_EQ(mnemonicOf(QString::fromUtf8("主题(&t)")), QLatin1Char('T'));
    EXPECT_EQ(mnemonicOf(QStringLiteral("R&&D &Spend")), QLatin1Char('S'));
    EXPECT_TRUE(mnemonicOf(QStringLiteral("Close")).isNull());
}

} // namespace
