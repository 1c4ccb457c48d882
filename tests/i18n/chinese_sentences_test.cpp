// Generated sentences in Chinese: Chinese punctuation between clauses and list items, and numbers
// at the same three significant figures as in English.
#include "gtestqt.h"

#include "chartcanvas.h"
#include "chartcatalog.h"
#include "chartdescription.h"
#include "chartexporter.h"
#include "chartspec.h"
#include "factchecksheet.h"
#include "factchecktext.h"
#include "document.h"
#include "figuremodel.h"
#include "growthmodel.h"
#include "ratiomodel.h"
#include "sourcepanel.h"

#include <QCoreApplication>
#include <QTranslator>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace {

class ChineseSentences : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(translator.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("spendlens"),
                                    QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        document.load(DatasetJson::builtIn().dataset);
        document.setNumberFormat(NumberFormat::forStyle(NumberFormat::UnitStyle::Chinese,
                                                        QLocale(QLocale::Chinese, QLocale::China)));
    }
    void TearDown() override { QCoreApplication::removeTranslator(&translator); }

    QStringList sentences() const
    {
        const RatioModel &ratios = *document.ratios();
        const FigureModel &figures = *document.figures();
        return {ChartDescription::ratioHeadline(ratios),  ChartDescription::ratioAltText(ratios),
                document.chart("comparison")->altText(), ChartDescription::scaleAltText(ratios),
                ChartDescription::growthHeadline(*document.growth()),
                ChartDescription::growthAltText(*document.growth()),
                ChartDescription::guidanceHeadline(figures, QStringLiteral("Meta"), 2025),
                ChartDescription::guidanceAltText(figures, QStringLiteral("Meta"), 2025)};
    }

    QTranslator translator;
    Document document;
};

TEST_F(ChineseSentences, UseChinesePunctuationBetweenClauses)
{
    for (const QString &text : sentences()) {
        ASSERT_FALSE(text.isEmpty());
        EXPECT_TRUE(text.endsWith(QString::fromUtf8("。"))) << qPrintable(text);
        // No ASCII full stop, semicolon or comma between clauses (the labels of the built-in
        // figures are English but hold none of these).
        for (const char *ascii : {". ", "; ", ", "})
            EXPECT_FALSE(text.contains(QLatin1String(ascii))) << ascii << " in " << qPrintable(text);
        EXPECT_FALSE(text.endsWith(QLatin1Char('.'))) << qPrintable(text);
    }
}

TEST_F(ChineseSentences, NumbersHaveTheSameSignificantFiguresAsInEnglish)
{
    // By hand: 60e9 / 5.576e6 = 10,760.4 → 10,800; 65e9 / 5.576e6 = 11,657.1 → 11,700;
    // 5.576e6 = 557.6万 → 558万 ($5.58M); 72.22e9 = 722.2亿 → 722亿 ($72.2B).
    const QString headline = ChartDescription::ratioHeadline(*document.ratios());
    EXPECT_TRUE(headline.contains(QString::fromUtf8("10,800–11,700倍"))) << qPrintable(headline);
    EXPECT_TRUE(headline.contains(QString::fromUtf8("558万美元"))) << qPrintable(headline);
    const QString growth = ChartDescription::growthHeadline(*document.growth());
    // 72.22 / 39.23 − 1 = 84.09% → +84.1%; 2026 guidance 115–135 on 72.22: +59.2% to +86.9%.
    EXPECT_EQ(growth, QString::fromUtf8("2025年Meta资本支出为722亿美元，较2024年变化+84.1%。"
                                        "2026年指引：1,150–1,350亿美元（+59.2%至+86.9%）。"));
}

TEST_F(ChineseSentences, MicrosoftsFiscal2025PlanIsForAiDataCentres)
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China)); // the names in Chinese too
    document.setCompared({QStringLiteral("microsoft-ai-dc-fy2025")});
    const QString headline = ChartDescription::ratioHeadline(*document.ratios());
    QLocale::setDefault(before);
    EXPECT_TRUE(headline.startsWith(QString::fromUtf8("微软计划2025财年（2024年7月至2025年6月）在AI 数据中心投入800亿美元")))
        << qPrintable(headline);
    EXPECT_FALSE(headline.contains(QString::fromUtf8("2025年资本支出"))) << qPrintable(headline);
}

TEST_F(ChineseSentences, TheFactCheckSheetIsInChinese)
{
    const QString md = FactCheckText::markdown(FactCheckSheet::forChart(*document.chart("ratio")));
    EXPECT_TRUE(md.startsWith(QString::fromUtf8("# 事实核查表："))) << qPrintable(md.left(200));
    EXPECT_TRUE(md.contains(QString::fromUtf8("| # | 显示 | 含义 | 位置 | 推算方式 | 依据 |")));
    EXPECT_TRUE(md.contains(QString::fromUtf8("| 10,800–11,700倍 |"))) << qPrintable(md);
    EXPECT_TRUE(md.contains(QString::fromUtf8("## 数据项及其来源")));
}

// A fiscal quarter in Chinese ("2025财年第4季度"), not the English period label inside a Chinese
// sentence; and no space after a full-width colon in the chart's footer ("注意：…").
TEST_F(ChineseSentences, FiscalQuartersAndFooterLabelsAreWrittenTheChineseWay)
{
    TrendSettings settings = document.trendSettings();
    settings.quarterly = true;
    document.setTrendSettings(settings);
    const QString caveat = document.chart(QStringLiteral("trend"))->automaticCaveat();
    EXPECT_TRUE(caveat.contains(QString::fromUtf8("（2025财年第4季度 = 2025年4月–2025年6月）"))) << qPrintable(caveat);
    EXPECT_FALSE(caveat.contains(QStringLiteral("FY2025 ("))) << qPrintable(caveat);

    ChartExporter::Renderer trend(ChartCatalog::build(ChartType::Trend, document, ChartStyle::forTheme(ChartStyle::Theme::Light)), {});
    const QString footer = trend.canvas()->footerText();
    EXPECT_TRUE(footer.startsWith(QString::fromUtf8("注意：各公司"))) << qPrintable(footer);
    EXPECT_FALSE(footer.contains(QString::fromUtf8("注： "))) << qPrintable(footer);
    // The change note names its quarters in Chinese too, and the companies with no quarters.
    EXPECT_TRUE(footer.contains(QString::fromUtf8("2025年第3季度"))) << footer.toStdString();
    EXPECT_FALSE(footer.contains(QStringLiteral("Q3 2025"))) << footer.toStdString();
    EXPECT_TRUE(footer.contains(QString::fromUtf8("的季度数据。"))) << footer.toStdString();
}

// Translations space a placeholder off ("%1 计划 %2"), which suits a Latin name or a number but
// not a Chinese word ("2026年 计划"): a chart's texts have no space between two Chinese
// characters, and Chinese sentences run on with no space after "。".
TEST_F(ChineseSentences, NoSpaceBetweenChineseCharactersInAChartsTexts)
{
    static const QRegularExpression spaced(QStringLiteral("[\\x{3000}-\\x{303f}\\x{4e00}-\\x{9fff}\\x{ff00}-\\x{ffef}] "
                                                          "[\\x{3000}-\\x{303f}\\x{4e00}-\\x{9fff}\\x{ff00}-\\x{ffef}]"));
    for (ChartType type : {ChartType::Trend, ChartType::Ratio, ChartType::Growth, ChartType::Guidance}) {
        ChartExporter::Renderer chart(ChartCatalog::build(type, document, ChartStyle::forTheme(ChartStyle::Theme::Light)), {});
        const QString texts = chart.canvas()->title() + chart.canvas()->subtitle() + chart.canvas()->footerText() +
                              ChartCatalog::altText(type, document);
        EXPECT_FALSE(texts.contains(spaced)) << texts.toStdString();
    }
    // A journalist's own text stays exactly as typed.
    ChartSettings own;
    own.title = QString::fromUtf8("微软 谷歌 亚马逊");
    own.notes = QString::fromUtf8("数据 来自 财报");
    document.setChartSettings(QStringLiteral("ratio"), own);
    ChartExporter::Renderer ratio(ChartCatalog::build(ChartType::Ratio, document, ChartStyle::forTheme(ChartStyle::Theme::Light)), {});
    EXPECT_EQ(ratio.canvas()->title(), QString::fromUtf8("微软 谷歌 亚马逊"));
    EXPECT_TRUE(ratio.canvas()->footerText().contains(QString::fromUtf8("数据 来自 财报"))) << ratio.canvas()->footerText().toStdString();
}

// The source panel writes its labels as the chart's footer does: "注意：…", no space after it.
TEST_F(ChineseSentences, TheSourcePanelsLabelsTakeNoSpaceAfterAFullWidthColon)
{
    const FigureModel &figures = *document.figures();
    int row = 0;
    while (row < figures.rowCount() && (figures.figure(row).caveat.isEmpty() || figures.figure(row).note.isEmpty()))
        ++row;
    ASSERT_LT(row, figures.rowCount());
    SourcePanel panel(&figures);
    panel.showFigure(row);
    const QString text = panel.toPlainText();
    const Figure &f = figures.figure(row);
    EXPECT_TRUE(text.contains(QString::fromUtf8("注意：") + f.caveat)) << qPrintable(text);
    EXPECT_TRUE(text.contains(QString::fromUtf8("注：") + f.note)) << qPrintable(text);
}

} // namespace
