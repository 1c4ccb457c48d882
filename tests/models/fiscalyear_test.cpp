// Fiscal years said as fiscal years, and a figure for part of a company's capex said as such:
// "Microsoft plans to spend $80B on capital projects in 2025" was wrong twice (issue 14, §3).
#include "../gtestqt.h"
#include "chartdescription.h"
#include "document.h"
#include "figuremodel.h"
#include "fiscalyear.h"
#include "growthmodel.h"
#include "ratiomodel.h"
#include "testdataset.h"

#include <gtest/gtest.h>

namespace {

class FiscalYearTest : public ::testing::Test
{
protected:
    void SetUp() override { document.load(DatasetJson::builtIn().dataset); }
    QString headlineFor(const QString &id)
    {
        document.setCompared({id});
        return ChartDescription::ratioHeadline(*document.ratios());
    }
    Document document;
};

TEST_F(FiscalYearTest, MicrosoftsPlanIsForAiDataCentresInItsFiscal2025)
{
    const QString headline = headlineFor(QStringLiteral("microsoft-ai-dc-fy2025"));
    EXPECT_TRUE(headline.startsWith(QString::fromUtf8(
        "Microsoft plans to spend $80.0B on AI-enabled data centres in fiscal 2025 (Jul 2024–Jun 2025), ")))
        << qPrintable(headline);
    EXPECT_FALSE(headline.contains("capital projects")) << qPrintable(headline);
}

TEST_F(FiscalYearTest, OraclesYearIsJuneToMay)
{
    const QString headline = headlineFor(QStringLiteral("oracle-capex-fy2025"));
    EXPECT_TRUE(headline.startsWith(QString::fromUtf8("Oracle spent $21.2B on capital projects in fiscal 2025 "
                                                      "(Jun 2024–May 2025), ")))
        << qPrintable(headline);
}

TEST_F(FiscalYearTest, APeriodWrittenOnlyFyTakesTheCompanysKnownYear)
{
    Figure alibaba = makeFigure("alibaba-fy2025", "Alibaba", FigureKind::Capex, 2025, 1e10, 1e10);
    alibaba.periodLabel = QStringLiteral("FY2025");
    EXPECT_EQ(FiscalYear::inYear(alibaba), QString::fromUtf8("fiscal 2025 (Apr 2024–Mar 2025)"));
    EXPECT_EQ(FiscalYear::yearName(alibaba, 2024), QStringLiteral("FY2024"));
    // Meta's "FY2025" is the calendar year: said as 2025.
    Figure meta = makeFigure("meta", "Meta", FigureKind::Capex, 2025, 1e10, 1e10);
    meta.periodLabel = QStringLiteral("FY2025");
    EXPECT_EQ(FiscalYear::inYear(meta), QStringLiteral("2025"));
    EXPECT_FALSE(FiscalYear::isFiscal(meta));
    // A calendar span written out is no fiscal year.
    meta.periodLabel = QString::fromUtf8("2025 (Jan 2025–Dec 2025)");
    EXPECT_FALSE(FiscalYear::isFiscal(meta));
}

TEST_F(FiscalYearTest, GrowthOfAFiscalSeriesSaysItsFiscalYears)
{
    document.setGrowthSeries({QStringLiteral("Microsoft"), FigureKind::Capex});
    const QString headline = ChartDescription::growthHeadline(*document.growth());
    EXPECT_TRUE(headline.contains(QString::fromUtf8("in fiscal 2026 (Jul 2025–Jun 2026)"))) << qPrintable(headline);
    EXPECT_TRUE(headline.contains(QString::fromUtf8("on FY2025"))) << qPrintable(headline);
    const QString alt = ChartDescription::growthAltText(*document.growth());
    EXPECT_TRUE(alt.contains(QStringLiteral("FY2019 "))) << qPrintable(alt);
}

TEST_F(FiscalYearTest, GuidanceOfAFiscalYearIsTitledWithIt)
{
    const QString title = ChartDescription::guidanceTitle(*document.figures(), QStringLiteral("Oracle"), 2026);
    EXPECT_TRUE(title.startsWith(QStringLiteral("Oracle raised its FY2026 capex plan"))) << qPrintable(title);
    const QString headline = ChartDescription::guidanceHeadline(*document.figures(), QStringLiteral("Oracle"), 2026);
    EXPECT_TRUE(headline.startsWith(QStringLiteral("Oracle's FY2026 capex guidance"))) << qPrintable(headline);
}

} // namespace
