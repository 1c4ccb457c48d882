// The names a user sees are in the language in force: with Chinese in force the table, the chart
// rows, the sentences, the footers' sources and the chart CSVs give the dataset's Chinese names;
// in English the English ones. What a user edits and what is saved stay the stored English names.
#include "chartcatalog.h"
#include "chartcanvas.h"
#include "chartdata.h"
#include "chartdescription.h"
#include "chartspec.h"
#include "document.h"
#include "figuremodel.h"
#include "gtestqt.h"
#include "ratiomodel.h"

#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QTranslator>
#include <gtest/gtest.h>

namespace {

const char *const kId = "deepseek-v3-total";
const QString kEnglish = QStringLiteral("DeepSeek-V3 final training run");
const QString kChinese = QString::fromUtf8("DeepSeek-V3 最终训练成本");
const QString kTitleEnglish = QStringLiteral("DeepSeek-V3 Technical Report (arXiv 2412.19437)");
const QString kTitleChinese = QString::fromUtf8("DeepSeek-V3 技术报告（arXiv 2412.19437）");

void collect(const QGraphicsItem *item, QStringList *out)
{
    if (const auto *simple = dynamic_cast<const QGraphicsSimpleTextItem *>(item))
        out->append(simple->text());
    else if (const auto *rich = dynamic_cast<const QGraphicsTextItem *>(item))
        out->append(rich->toPlainText());
    for (const QGraphicsItem *child : item->childItems())
        collect(child, out);
}

// Parameter: Chinese in force (the translator and the default locale, as `--lang zh_CN` sets them).
class ChineseNames : public ::testing::TestWithParam<bool>
{
protected:
    void SetUp() override
    {
        if (chinese()) {
            ASSERT_TRUE(translator.load(QLocale(QLocale::Chinese, QLocale::China), "spendlens", "_", ":/i18n"));
            QCoreApplication::installTranslator(&translator);
            QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        }
        const DatasetRead read = DatasetJson::builtIn();
        ASSERT_TRUE(read.ok) << qPrintable(read.error);
        document.load(read.dataset);
        row = document.figures()->rowOf(QString::fromLatin1(kId));
        ASSERT_GE(row, 0);
        ASSERT_EQ(document.figures()->figure(row).labelZh, kChinese); // the dataset as the test assumes
    }
    void TearDown() override
    {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    static bool chinese() { return GetParam(); }
    QString shown() const { return chinese() ? kChinese : kEnglish; }
    QString hidden() const { return chinese() ? kEnglish : kChinese; }

    QTranslator translator;
    Document document;
    int row = -1;
};

TEST_P(ChineseNames, TableShowsTheNameButEditsTheStoredOne)
{
    const QModelIndex label = document.figures()->index(row, FigureModel::LabelColumn);
    EXPECT_EQ(label.data(Qt::DisplayRole).toString(), shown());
    EXPECT_EQ(label.data(Qt::EditRole).toString(), kEnglish); // the editor opens on the stored label
    const QModelIndex entity = document.figures()->index(row, FigureModel::EntityColumn);
    EXPECT_EQ(entity.data(Qt::DisplayRole).toString(), chinese() ? QString::fromUtf8("深度求索") : "DeepSeek");
    EXPECT_EQ(entity.data(Qt::EditRole).toString(), "DeepSeek");
}

TEST_P(ChineseNames, ChartRowsShowTheName)
{
    std::unique_ptr<ChartCanvas> canvas(ChartCatalog::build(ChartType::Ratio, document, ChartStyle()));
    QStringList texts;
    collect(canvas->chart(), &texts);
    const QString all = texts.join(" | ");
    EXPECT_TRUE(all.contains(shown())) << qPrintable(all);
    EXPECT_FALSE(all.contains(hidden())) << qPrintable(all);
    // A row name on its own (not derived, so named only by its bar).
    const QString meta = chinese() ? QString::fromUtf8("Meta 2025年资本开支") : QStringLiteral("Meta capex 2025");
    EXPECT_TRUE(texts.contains(meta)) << qPrintable(all);
    // Every compared figure is named in the language in force.
    for (const QString &id : document.ratios()->comparedIds()) {
        const Figure &f = document.figures()->figure(document.figures()->rowOf(id));
        EXPECT_TRUE(all.contains(chinese() && !f.labelZh.isEmpty() ? f.labelZh : f.label)) << qPrintable(id);
    }
}

TEST_P(ChineseNames, SentencesShowTheName)
{
    for (const QString &text : {ChartDescription::ratioHeadline(*document.ratios()),
                                ChartDescription::ratioAltText(*document.ratios()),
                                document.chart("ratio")->headline(), document.chart("ratio")->altText()}) {
        EXPECT_TRUE(text.contains(shown())) << qPrintable(text);
        EXPECT_FALSE(text.contains(hidden())) << qPrintable(text);
    }
}

TEST_P(ChineseNames, ChartCsvShowsTheNamesButKeepsTheId)
{
    const QString csv = document.chart("ratio")->csv();
    EXPECT_TRUE(csv.contains(QString::fromLatin1(kId) + "," + ChartData::csvField(shown()) + ",")) << qPrintable(csv);
    EXPECT_TRUE(csv.contains(ChartData::csvField(chinese() ? kTitleChinese : kTitleEnglish))) << qPrintable(csv);
    EXPECT_FALSE(csv.contains(hidden())) << qPrintable(csv);
    const QString sources = ChartData::sourceLine(*document.figures(), {row});
    EXPECT_TRUE(sources.contains(chinese() ? kTitleChinese : kTitleEnglish)) << qPrintable(sources);
}

TEST_P(ChineseNames, EditingTheLabelEditsTheStoredNameAndSavesItWhole)
{
    FigureModel *figures = document.figures();
    const int other = figures->rowOf("deepseek-v3-pretraining");
    ASSERT_GE(other, 0);
    const Figure otherBefore = figures->figure(other);
    const QModelIndex label = figures->index(row, FigureModel::LabelColumn);
    // Unchanged text (what the editor opened on): nothing changes, the Chinese name stays.
    figures->setData(label, label.data(Qt::EditRole));
    EXPECT_EQ(figures->figure(row).label, kEnglish);
    EXPECT_EQ(figures->figure(row).labelZh, kChinese);
    EXPECT_EQ(label.data(Qt::DisplayRole).toString(), shown());
    // A new label: stored as typed; the old Chinese name no longer names it, so it goes.
    ASSERT_TRUE(figures->setData(label, "DeepSeek-V3 run, revised"));
    EXPECT_EQ(figures->figure(row).label, "DeepSeek-V3 run, revised");
    EXPECT_EQ(label.data(Qt::DisplayRole).toString(), "DeepSeek-V3 run, revised");
    const DatasetRead saved = DatasetJson::read(DatasetJson::write(document.toDataset()), "test");
    ASSERT_TRUE(saved.ok) << qPrintable(saved.error);
    bool seen = false;
    for (const Figure &f : saved.dataset.figures) {
        if (f.id == QLatin1String(kId)) {
            seen = true;
            EXPECT_EQ(f.label, "DeepSeek-V3 run, revised");
            EXPECT_TRUE(f.labelZh.isEmpty());
            EXPECT_EQ(f.entity, "DeepSeek");
            EXPECT_EQ(f.entityZh, QString::fromUtf8("深度求索"));
            EXPECT_EQ(f.source.title, kTitleEnglish);
            EXPECT_EQ(f.source.titleZh, kTitleChinese);
        } else if (f.id == otherBefore.id) {
            EXPECT_EQ(f, otherBefore); // the other figures are saved as they were
        }
    }
    EXPECT_TRUE(seen);
}

INSTANTIATE_TEST_SUITE_P(EnglishAndChinese, ChineseNames, ::testing::Values(false, true),
                         [](const ::testing::TestParamInfo<bool> &info) {
                             return info.param ? std::string("Chinese") : std::string("English");
                         });

} // namespace
