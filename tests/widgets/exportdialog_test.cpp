#include "chartfixture.h"
#include "chartview.h"
#include "charttextwarningbar.h"
#include "exportdialog.h"
#include "gtestqt.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

namespace {

using ExportDialogTest = ChartFixture;

QComboBox *comboNamed(QWidget *dialog, const char *name)
{
    return dialog->findChild<QComboBox *>(QLatin1String(name));
}

TEST_F(ExportDialogTest, PreviewMatchesTheChosenPreset)
{
    ExportDialog dialog(&document, ChartType::Ratio);
    EXPECT_EQ(dialog.previewImage().size(), QSize(1200, 675));
    QComboBox *preset = comboNamed(&dialog, "preset");
    ASSERT_TRUE(preset);
    preset->setCurrentIndex(preset->findData("square"));
    dialog.refreshNow();
    EXPECT_EQ(dialog.previewImage().size(), QSize(1080, 1080));
    EXPECT_EQ(dialog.options().logicalSize, QSize(1080, 1080));
    EXPECT_FALSE(dialog.headline().isEmpty());
    EXPECT_EQ(dialog.altText(), ChartCatalog::altText(ChartType::Ratio, document));
}

TEST_F(ExportDialogTest, EditedTitleReachesTheChartOnScreen)
{
    ChartView view(ChartType::Ratio, &document, style);
    view.show();
    ExportDialog dialog(&document, ChartType::Ratio);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QLineEdit *title = dialog.findChild<QLineEdit *>("title");
    ASSERT_TRUE(title);
    title->setFocus();
    QTest::keyClicks(title, "Meta vs DeepSeek");
    EXPECT_EQ(document.chartSettings("ratio").title, "Meta vs DeepSeek");
    EXPECT_TRUE(QTest::qWaitFor([&] { return view.canvas()->title() == "Meta vs DeepSeek"; }))
        << "the chart on screen says " << view.canvas()->title().toStdString();
}

TEST_F(ExportDialogTest, CopiesTheChartToTheClipboard)
{
    ExportDialog dialog(&document, ChartType::Scale);
    QApplication::clipboard()->clear();
    dialog.copyChart();
    EXPECT_EQ(QApplication::clipboard()->image().size(), QSize(2400, 1350));
}

TEST_F(ExportDialogTest, ExportsTheChosenFormat)
{
    ExportDialog dialog(&document, ChartType::Growth);
    QComboBox *format = comboNamed(&dialog, "format");
    ASSERT_TRUE(format);
    format->setCurrentIndex(format->findData(int(ChartExporter::Format::Svg)));
    QTemporaryDir dir;
    QString error;
    ASSERT_TRUE(dialog.exportTo(dir.filePath("g.svg"), &error)) << qPrintable(error);
    QFile svg(dir.filePath("g.svg"));
    ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(svg.readAll()).contains(QString::fromUtf8(">Meta capex by year, 2019–2026</text>")));
}

} // namespace

namespace {

TEST(ChartViewTest, AHiddenChartCatchesUpWhenShown)
{
    Document document;
    document.load(DatasetJson::builtIn().dataset);
    ChartView view(ChartType::Growth, &document, ChartStyle());
    const ChartCanvas *before = view.canvas();
    ChartSettings settings;
    settings.title = "Meta's capex";
    document.setChartSettings("growth", settings);
    QCoreApplication::processEvents();
    EXPECT_EQ(view.canvas(), before); // hidden: no work yet
    view.show();
    EXPECT_EQ(view.canvas()->title(), "Meta's capex");
}

TEST_F(ExportDialogTest, TextsAndImagesStopWhereTheCommandLineStops)
{
    // A 100,000-character title took 20 s to lay out; 4000×4000 at 3x is 144 million pixels.
    ExportDialog dialog(&document, ChartType::Ratio);
    QLineEdit *title = dialog.findChild<QLineEdit *>("title");
    ASSERT_TRUE(title);
    QApplication::clipboard()->setText(QString(100000, 'x'));
    title->paste();
    EXPECT_EQ(document.ownChartSettings("ratio").title.size(), ChartSettings::kMaxTextLength);
    dialog.refreshNow();
    QLabel *note = nullptr;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        if (label->text().contains("characters"))
            note = label;
    ASSERT_TRUE(note);
    EXPECT_EQ(note->text(), QString::fromUtf8("Chart texts stop at 1,000 characters; the rest was left out."));

    QComboBox *preset = comboNamed(&dialog, "preset");
    preset->setCurrentIndex(preset->count() - 1); // custom size
    dialog.findChild<QSpinBox *>("width")->setValue(4000);
    dialog.findChild<QSpinBox *>("height")->setValue(4000);
    QComboBox *scale = comboNamed(&dialog, "scale");
    scale->setCurrentIndex(scale->findData(3));
    title->clear();
    document.setChartSettings("ratio", ChartSettings());
    dialog.refreshNow();
    EXPECT_TRUE(note->text().contains(QString::fromUtf8("4000×4000 at 3x is 144.0 million pixels; at most 40 million")))
        << qPrintable(note->text());
    QTemporaryDir dir;
    QString error;
    EXPECT_FALSE(dialog.exportTo(dir.filePath("big.png"), &error));
    EXPECT_TRUE(error.contains("at most 40 million")) << qPrintable(error);
    EXPECT_FALSE(QFile::exists(dir.filePath("big.png")));
}

TEST_F(ExportDialogTest, SaysWhenTheChartsCustomTitleMayNoLongerHold)
{
    ExportDialog dialog(&document, ChartType::Ratio);
    ASSERT_TRUE(dialog.textWarning());
    EXPECT_TRUE(dialog.textWarning()->warning().isEmpty());
    ChartSettings texts = document.ownChartSettings("ratio");
    texts.title = "Meta plans to spend more than 10,000 times what DeepSeek-V3 cost";
    document.setChartSettings("ratio", texts);
    // "10,000" is a number the chart does not show (it shows 10,800–11,700×).
    EXPECT_TRUE(dialog.textWarning()->warning().contains("10,000")) << dialog.textWarning()->warning().toStdString();
    EXPECT_FALSE(dialog.textWarning()->isHidden());
}

} // namespace

namespace {

// A size too small for the chart with its data: the size fields and the note say what it
// needs, and nothing is exported.
TEST_F(ExportDialogTest, SizeFieldsSayWhatSizeTheChartNeeds)
{
    ExportDialog dialog(&document, ChartType::Ratio);
    QComboBox *preset = comboNamed(&dialog, "preset");
    ASSERT_TRUE(preset);
    preset->setCurrentIndex(preset->count() - 1); // custom size
    auto *width = dialog.findChild<QSpinBox *>("width");
    auto *height = dialog.findChild<QSpinBox *>("height");
    ASSERT_TRUE(width && height);
    width->setValue(300);
    height->setValue(200);
    dialog.refreshNow();
    EXPECT_TRUE(width->toolTip().contains("the ratio chart with 11 figures needs at least")) << qPrintable(width->toolTip());
    EXPECT_EQ(height->toolTip(), width->toolTip());
    QTemporaryDir dir;
    QString error;
    EXPECT_FALSE(dialog.exportTo(dir.filePath("r.png"), &error));
    EXPECT_TRUE(error.contains("needs at least")) << qPrintable(error);
    EXPECT_FALSE(QFile::exists(dir.filePath("r.png")));
    width->setValue(1200);
    height->setValue(675);
    dialog.refreshNow();
    EXPECT_TRUE(width->toolTip().isEmpty());
}

} // namespace
