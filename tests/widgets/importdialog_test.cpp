#include "gtestqt.h"
#include "importdialog.h"
#include "preferences.h"

#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QLabel>
#include <QSettings>

#include <gtest/gtest.h>

namespace {

CsvTable tableOf(const char *csv)
{
    const CsvRead read = CsvReader().read(QByteArray(csv), "test.csv");
    EXPECT_TRUE(read.ok) << qPrintable(read.error);
    return read.table;
}

TEST(ImportDialog, PreviewsGoodRowsAndListsTheBadOnes)
{
    ImportDialog dialog(tableOf("entity,label,year,value,source,publisher\n"
                                "Meta,Meta capex,2024,39.23B,Q4 release,Meta\n"
                                "Meta,Meta capex,2023,lots,Q4 release,Meta\n"),
                        {}, nullptr);
    ASSERT_TRUE(dialog.result().ok) << qPrintable(dialog.result().error);
    ASSERT_EQ(dialog.result().figures.size(), 1);
    EXPECT_DOUBLE_EQ(dialog.result().figures.first().low, 39.23e9);
    ASSERT_EQ(dialog.result().problems.size(), 1);
    EXPECT_EQ(dialog.result().problems.first().line, 3);
    EXPECT_TRUE(dialog.result().problems.first().message().contains("“lots”"));
}

TEST(ImportDialog, ManualMappingAndDefaultSourceOverrideTheGuess)
{
    // Headers the guesser cannot place: the user maps them by hand.
    ImportDialog dialog(tableOf("who,what,when,how much\nMeta,Meta capex,2024,39.23B\n"), {"meta-meta-capex-2024"},
                        nullptr);
    dialog.setColumn(ImportField::Entity, 0);
    dialog.setColumn(ImportField::Label, 1);
    dialog.setColumn(ImportField::Year, 2);
    dialog.setColumn(ImportField::Value, 3);
    dialog.setDefaultSource("Meta Q4 2024 earnings release", "Meta Platforms");
    ASSERT_TRUE(dialog.result().ok) << qPrintable(dialog.result().error);
    ASSERT_EQ(dialog.result().figures.size(), 1);
    const Figure &f = dialog.result().figures.first();
    EXPECT_EQ(f.entity, "Meta");
    EXPECT_EQ(f.year, 2024);
    EXPECT_EQ(f.source.publisher, "Meta Platforms");
    EXPECT_NE(f.id, "meta-meta-capex-2024"); // existing ids are never reused
}

TEST(ImportDialog, ShowsTheUnitAHeaderGivesAndLetsTheUserChangeIt)
{
    ImportDialog dialog(tableOf("entity,year,Capex ($m),source\nMeta,2024,\"32,040\",10-K\n"), {}, nullptr);
    ASSERT_EQ(dialog.result().figures.size(), 1);
    EXPECT_DOUBLE_EQ(dialog.result().figures.first().low, 32.04e9);
    // The raw cell beside the value it was read as.
    EXPECT_EQ(dialog.previewText(0, ImportDialog::CellColumn), "32,040");
    EXPECT_EQ(dialog.previewText(0, ImportDialog::ValueColumn), "$32.0B");
    bool saysMillions = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        saysMillions = saysMillions || label->text().contains(QString::fromUtf8("millions (header “Capex ($m)”)"));
    EXPECT_TRUE(saysMillions);
    dialog.setScale(1e9);
    EXPECT_DOUBLE_EQ(dialog.result().figures.first().low, 32.04e12);
    dialog.setScale(1);
    EXPECT_EQ(dialog.previewText(0, ImportDialog::ValueColumn), "$32.0K");
    dialog.setScale(std::nullopt);
    EXPECT_DOUBLE_EQ(dialog.result().figures.first().low, 32.04e9);
}

TEST(ImportDialog, PreviewsBeforeADefaultSourceIsGivenAndShowsTheStatusFromTheKind)
{
    ImportDialog dialog(tableOf("entity,year,value,kind\nMeta,2025,64-72B,capex guidance\n"), {}, nullptr);
    EXPECT_FALSE(dialog.result().importable());
    ASSERT_EQ(dialog.result().figures.size(), 1); // shown, not yet importable
    EXPECT_EQ(dialog.previewText(0, ImportDialog::EntityColumn), "Meta");
    EXPECT_EQ(dialog.previewText(0, ImportDialog::StatusColumn), FigureText::statusName(FigureStatus::Guidance));
    dialog.setDefaultSource("Meta Q4 2024 call", "Meta");
    EXPECT_TRUE(dialog.result().importable());
}

TEST(ImportDialog, WarnsOfAValueAThousandTimesOffTheDocumentsFigure)
{
    ImportDialog dialog(tableOf("entity,year,value,source\nMeta,2024,\"39,230\",10-K\n"), {}, nullptr);
    EXPECT_TRUE(dialog.result().warnings.isEmpty());
    Figure known;
    known.entity = "Meta";
    known.label = "Meta capex 2024";
    known.year = 2024;
    known.low = known.high = 39.23e9;
    dialog.setDocumentFigures({known});
    ASSERT_EQ(dialog.result().warnings.size(), 1);
    EXPECT_TRUE(dialog.result().warnings.first().message().contains("already in the document"));
    EXPECT_TRUE(dialog.result().importable()); // a warning does not block
}

TEST(ImportDialog, RemembersTheLastDefaultSourceAndPublisher)
{
    QSettings().remove("import");
    {
        ImportDialog dialog(tableOf("entity,year,value\nMeta,2024,39.23B\n"), {}, nullptr);
        dialog.restoreLastSource();
        EXPECT_FALSE(dialog.result().importable());
        dialog.setDefaultSource("Meta 10-K 2024", "Meta Platforms");
        dialog.accept();
    }
    ImportDialog next(tableOf("entity,year,value\nAlphabet,2024,52.5B\n"), {}, nullptr);
    next.restoreLastSource();
    ASSERT_TRUE(next.result().importable()) << qPrintable(next.result().error);
    EXPECT_EQ(next.result().figures.first().source.title, "Meta 10-K 2024");
    EXPECT_EQ(next.result().figures.first().source.publisher, "Meta Platforms");
    QSettings().remove("import");
}

} // namespace

TEST(ImportDialog, SaysWhenItRecognisesEpochsFileAndPreviewsItsRows)
{
    const CsvRead read = CsvReader().readFile(QStringLiteral(SPENDLENS_TEST_DATA "/epoch/model_costs.csv"));
    ASSERT_TRUE(read.ok) << qPrintable(read.error);
    ImportDialog dialog(read.table, {}, nullptr);
    ASSERT_TRUE(dialog.result().importable()) << qPrintable(dialog.result().error);
    ASSERT_EQ(dialog.result().figures.size(), 2);
    EXPECT_EQ(dialog.previewText(1, ImportDialog::CellColumn), "191400000");
    EXPECT_EQ(dialog.previewText(1, ImportDialog::ValueColumn), "$191M");
    bool saysEpoch = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        saysEpoch = saysEpoch || label->text().startsWith(QString::fromUtf8("Recognised as Epoch AI's"));
    EXPECT_TRUE(saysEpoch);
}

// Epoch's costs file alone: the preview says where its developers and dates are, and choosing
// the AI Models file (the button only this file has) brings the rows in.
TEST(ImportDialog, EpochsCostsFileTakesItsModelsFileFromAButton)
{
    QTemporaryDir dir;
    const QString repo = QStringLiteral(SPENDLENS_TEST_DATA "/epoch/training-cost-trends");
    ASSERT_TRUE(QFile::copy(repo + "/model_costs.csv", dir.filePath("model_costs.csv")));
    const CsvRead read = CsvReader().readFile(dir.filePath("model_costs.csv"));
    ASSERT_TRUE(read.ok) << qPrintable(read.error);
    ImportDialog dialog(read.table, {}, nullptr);
    EXPECT_FALSE(dialog.result().importable());
    EXPECT_TRUE(dialog.result().error.contains("names only the models")) << qPrintable(dialog.result().error);
    QPushButton *choose = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>())
        if (button->text() == QString::fromUtf8("Epoch AI &Models File…"))
            choose = button;
    ASSERT_NE(choose, nullptr);
    dialog.setEpochModelsFile(repo + "/data/All ML Systems - full view.csv");
    ASSERT_TRUE(dialog.result().importable()) << qPrintable(dialog.result().error);
    EXPECT_EQ(dialog.result().figures.size(), 10);

    const CsvRead other = CsvReader().readFile(QStringLiteral(SPENDLENS_TEST_DATA "/epoch/model_costs.csv"));
    ImportDialog plain(other.table, {}, nullptr);
    for (QPushButton *button : plain.findChildren<QPushButton *>())
        EXPECT_NE(button->text(), QString::fromUtf8("Epoch AI &Models File…")) << "only Epoch's costs file has it";
}
