#include "../gtestqt.h"
#include "chartspec.h"
#include "currency.h"
#include "document.h"
#include "figuremodel.h"
#include "growthmodel.h"
#include "modeltesting.h"
#include "numberformat.h"
#include "parametermodel.h"
#include "ratiomodel.h"
#include "sourcedrates.h"
#include "testdataset.h"

#include <QUndoStack>
#include <algorithm>
#include <gtest/gtest.h>

namespace {

Parameter rate(int year, double value, const QString &source = QStringLiteral("Federal Reserve G.5A"))
{
    return yuanPerDollar(year, value, source);
}

QVector<Parameter> fedRates()
{
    return {rate(2020, 6.9042), rate(2021, 6.4508), rate(2022, 6.7290), rate(2023, 7.0809),
            rate(2025, 7.1875, QStringLiteral("FRED AEXCHUS as cited by a third-party code file"))};
}

Figure yuan(const QString &id, const QString &entity, int year, double low, double high)
{
    Figure f = makeFigure(id, entity, FigureKind::Capex, year, low, high);
    f.unit = FigureUnit::Cny;
    return f;
}

TEST(Currency, ConvertsYuanToDollarsAtTheRateByHand)
{
    // RMB 76.76B at 7.0809 yuan per dollar: 76.76 / 7.0809 = 10.8405… → $10.8B.
    const Currency::Rate r = Currency::rateFor(fedRates(), 2023);
    ASSERT_TRUE(r.valid);
    const Figure usd = Currency::converted(yuan("t", "Tencent", 2023, 76.76e9, 76.76e9), FigureUnit::Usd, r);
    EXPECT_EQ(usd.unit, FigureUnit::Usd);
    EXPECT_NEAR(usd.low, 10.8405e9, 0.0001e9);
    EXPECT_EQ(NumberFormat().quantity(usd.low, usd.unit), "$10.8B");
    // And dollars to yuan: $72.22B × 7.0809 = RMB 511.38B.
    Figure meta = makeFigure("m", "Meta", FigureKind::Capex, 2023, 72.22e9, 72.22e9);
    EXPECT_NEAR(Currency::converted(meta, FigureUnit::Cny, r).low, 511.3826e9, 0.001e9);
}

TEST(Currency, CarriesARangeThroughTheConversion)
{
    const Figure f = Currency::converted(yuan("p", "ByteDance", 2023, 140e9, 160e9), FigureUnit::Usd,
                                         Currency::rateFor(fedRates(), 2023));
    EXPECT_NEAR(f.low, 140e9 / 7.0809, 1);
    EXPECT_NEAR(f.high, 160e9 / 7.0809, 1);
    EXPECT_TRUE(f.isRange());
    EXPECT_EQ(NumberFormat().quantityRange(f.low, f.high, f.unit), "$19.8–22.6B");
}

TEST(Currency, UsesTheYearsRateOrTheNearestEarlierSourcedOne)
{
    EXPECT_EQ(Currency::rateFor(fedRates(), 2021).yuanPerDollar, 6.4508);
    // 2024 has no sourced average: the 2023 one serves, and says so.
    const Currency::Rate r2024 = Currency::rateFor(fedRates(), 2024);
    EXPECT_EQ(r2024.year, 2023);
    EXPECT_EQ(r2024.wantedYear, 2024);
    EXPECT_EQ(Currency::rateFor(fedRates(), 2026).year, 2025);
    EXPECT_EQ(Currency::rateFor(fedRates(), 2018).year, 2020); // none earlier: the first after
    EXPECT_FALSE(Currency::rateFor({}, 2023).valid);
}

TEST(Currency, FootnoteNamesTheRateYearAndSource)
{
    const NumberFormat format;
    EXPECT_EQ(Currency::footnote(Currency::rateFor(fedRates(), 2023), FigureUnit::Usd, format),
              "RMB figures converted at 7.0809 yuan per dollar (the 2023 average, Federal Reserve G.5A).");
    EXPECT_EQ(Currency::footnote(Currency::rateFor(fedRates(), 2024), FigureUnit::Usd, format),
              "RMB figures converted at 7.0809 yuan per dollar (the 2023 average, Federal Reserve G.5A; "
              "no 2024 average is sourced).");
    QVector<Parameter> byHand = fedRates();
    byHand[3].value = 7.2;
    EXPECT_EQ(Currency::footnote(Currency::rateFor(byHand, 2023), FigureUnit::Usd, format),
              "RMB figures converted at 7.2 yuan per dollar (set by hand; the 2023 average, "
              "Federal Reserve G.5A, is 7.0809).");
}

TEST(Currency, FormatsYuanInEveryStyle)
{
    EXPECT_EQ(NumberFormat().quantity(31.5e9, FigureUnit::Cny), "RMB 31.5B");
    EXPECT_EQ(NumberFormat().quantity(30e9, FigureUnit::Cny), "RMB 30.0B");
    EXPECT_EQ(NumberFormat().quantityRange(150e9, 160e9, FigureUnit::Cny), "RMB 150–160B");
    EXPECT_EQ(NumberFormat(3, NumberFormat::UnitStyle::Long).quantity(31.5e9, FigureUnit::Cny),
              "31.5 billion yuan");
    const NumberFormat chinese(3, NumberFormat::UnitStyle::Chinese, QLocale(QLocale::Chinese, QLocale::China));
    EXPECT_EQ(chinese.quantity(31.5e9, FigureUnit::Cny), "315亿元");
    EXPECT_EQ(chinese.quantity(76.76e9, FigureUnit::Cny), "768亿元");
    EXPECT_EQ(chinese.quantity(60e9, FigureUnit::Usd), "600亿美元");
}

class CurrencyDocument : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Dataset d;
        d.figures = {makeFigure("meta-2023", "Meta", FigureKind::Capex, 2023, 28.10e9, 28.10e9),
                     yuan("tencent-2023", "Tencent", 2023, 70.809e9, 70.809e9),
                     yuan("tencent-2024", "Tencent", 2024, 76.76e9, 76.76e9)};
        d.baselineId = "meta-2023";
        d.comparedIds = {"tencent-2023"};
        d.parameters = fedRates();
        document.load(d);
        attachTester(document.figures());
        attachTester(document.ratios());
        attachTester(document.growth());
    }
    const RatioModel &ratios() { return *document.ratios(); }
    int row(const char *id) { return document.figures()->rowOf(QString::fromLatin1(id)); }
    Document document;
};

TEST_F(CurrencyDocument, ARatioAcrossCurrenciesConvertsBeforeItDivides)
{
    // RMB 70.809B at 7.0809 is $10B; $10B / $28.1B = 0.355870…
    const DerivedValue r = ratios().ratio(row("tencent-2023"));
    ASSERT_TRUE(r.defined) << qPrintable(r.reason);
    EXPECT_NEAR(r.low, 10e9 / 28.10e9, 1e-9);
    const QString note = document.chart("ratio")->conversionNote();
    EXPECT_TRUE(note.contains("7.0809 yuan per dollar (the 2023 average, Federal Reserve G.5A)")) << qPrintable(note);
    EXPECT_TRUE(note.contains("Multiples across currencies are worked out after this conversion")) << qPrintable(note);
    // The side-by-side chart names the rate too; a chart of dollars only says nothing.
    EXPECT_FALSE(document.chart("comparison")->conversionNote().isEmpty());
    document.setCompared({});
    EXPECT_TRUE(document.chart("comparison")->conversionNote().isEmpty());
}

TEST_F(CurrencyDocument, OneRateServesTheChartTheLatestYearsNamed)
{
    document.setCompared({"tencent-2023", "tencent-2024"});
    EXPECT_EQ(ratios().rate().year, 2023);
    EXPECT_EQ(ratios().rate().wantedYear, 2024);
    EXPECT_NEAR(ratios().ratio(row("tencent-2024")).low, 76.76e9 / 7.0809 / 28.10e9, 1e-9);
    EXPECT_TRUE(document.chart("ratio")->conversionNote().contains("no 2024 average is sourced"));
}

TEST_F(CurrencyDocument, TheRateIsAnUndoableParameterTheRatiosFollow)
{
    ASSERT_TRUE(document.setParameter("usd_cny_2023", 7.5).isEmpty());
    EXPECT_NEAR(ratios().ratio(row("tencent-2023")).low, 70.809e9 / 7.5 / 28.10e9, 1e-9);
    EXPECT_TRUE(document.chart("ratio")->conversionNote().contains("set by hand"));
    document.undoStack()->undo();
    EXPECT_NEAR(ratios().ratio(row("tencent-2023")).low, 10e9 / 28.10e9, 1e-9);
    EXPECT_FALSE(document.setParameter("usd_cny_2023", 0).isEmpty()); // no rate of zero
}

TEST_F(CurrencyDocument, EveryYearsRateSetAtOnceIsOneStep)
{
    ASSERT_TRUE(document.setAllExchangeRates(7.2).isEmpty());
    for (const Parameter &p : document.parameters()->parameters())
        EXPECT_EQ(p.value, 7.2) << qPrintable(p.name);
    EXPECT_EQ(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    EXPECT_EQ(document.parameters()->parameters().at(3).value, 7.0809);
}

TEST_F(CurrencyDocument, ChartsInYuanConvertTheDollarsAndUndoBack)
{
    document.setChartCurrency(FigureUnit::Cny);
    EXPECT_EQ(ratios().currency(), FigureUnit::Cny);
    EXPECT_NEAR(ratios().shown(row("meta-2023")).low, 28.10e9 * 7.0809, 1);
    EXPECT_EQ(ratios().shown(row("tencent-2023")).low, 70.809e9); // stated in yuan: unchanged
    EXPECT_TRUE(document.chart("ratio")->conversionNote().startsWith("US-dollar figures converted at 7.0809"));
    EXPECT_EQ(document.figures()->figure(row("meta-2023")).unit, FigureUnit::Usd); // stored as stated
    document.undoStack()->undo();
    EXPECT_EQ(ratios().currency(), FigureUnit::Usd);
}

TEST_F(CurrencyDocument, NoGrowthIsComputedAcrossCurrencies)
{
    Figure usd = makeFigure("tencent-2022-usd", "Tencent", FigureKind::Capex, 2022, 3.4e9, 3.4e9);
    document.addFigures({usd}, "add");
    document.setGrowthSeries({"Tencent", FigureKind::Capex});
    const GrowthModel &growth = *document.growth();
    bool sawRefusal = false;
    for (int i = 0; i < growth.rowCount(); ++i) {
        if (growth.yearRow(i).year == 2023) {
            EXPECT_FALSE(growth.yearRow(i).actualChange.defined);
            sawRefusal = growth.yearRow(i).actualChange.reason.contains("across currencies");
        }
        if (growth.yearRow(i).year == 2024) { // yuan to yuan: 76.76 / 70.809 − 1
            EXPECT_NEAR(growth.yearRow(i).actualChange.low, 76.76 / 70.809 - 1, 1e-9);
        }
    }
    EXPECT_TRUE(sawRefusal);
}

TEST_F(CurrencyDocument, AFileKeepsTheCurrencyTheRatesAndTheChartCurrency)
{
    document.setChartCurrency(FigureUnit::Cny);
    const Dataset saved = document.toDataset();
    const QByteArray json = DatasetJson::write(saved);
    const DatasetRead read = DatasetJson::read(json, "yuan.spendlens");
    ASSERT_TRUE(read.ok) << qPrintable(read.error);
    EXPECT_EQ(read.dataset.currency, FigureUnit::Cny);
    EXPECT_EQ(read.dataset.figures, saved.figures);
    EXPECT_EQ(read.dataset.parameters, saved.parameters);
    EXPECT_EQ(read.dataset.parameters.at(3).source, "Federal Reserve G.5A");
    EXPECT_TRUE(json.contains("\"CNY\"")) << json.left(400).constData();
}

TEST(Currency, DocumentsInDollarsOnlyReadAndWriteAsBefore)
{
    Dataset d;
    d.figures = metaAndDeepSeek();
    const QByteArray json = DatasetJson::write(d);
    EXPECT_FALSE(json.contains("currency")); // no new key in a file that needs none
    const DatasetRead read = DatasetJson::read(json, "old.spendlens");
    ASSERT_TRUE(read.ok);
    EXPECT_EQ(read.dataset.currency, FigureUnit::Usd);
}

TEST(BuiltInDataset, HoldsTheChineseCompaniesInYuanAsTheSheetAllows)
{
    const DatasetRead read = DatasetJson::builtIn();
    ASSERT_TRUE(read.ok) << qPrintable(read.error);
    QHash<QString, Figure> byId;
    for (const Figure &f : read.dataset.figures)
        byId.insert(f.id, f);
    const Figure tencent = byId.value("tencent-capex-2024");
    EXPECT_EQ(tencent.unit, FigureUnit::Cny);
    EXPECT_DOUBLE_EQ(tencent.low, 76.76e9);
    EXPECT_EQ(byId.value("alibaba-capex-2025-sepq").low, 31.5e9);
    EXPECT_EQ(byId.value("alibaba-ai-cloud-plan-3y").kind, FigureKind::Pledge); // a plan, not spending
    EXPECT_EQ(byId.value("baidu-ai-investment-cumulative").kind, FigureKind::Other); // not capex
    // The 2025 report never without ByteDance's denial: its label and caveat carry it.
    const Figure bytedance = byId.value("bytedance-capex-2025-reported");
    EXPECT_TRUE(bytedance.label.contains("denies")) << qPrintable(bytedance.label);
    EXPECT_TRUE(bytedance.caveat.contains("incorrect")) << qPrintable(bytedance.caveat);
    // Low confidence: reported, secondary, with the single source named.
    const Figure raised = byId.value("bytedance-ai-infra-2026-raised");
    EXPECT_EQ(raised.status, FigureStatus::Reported);
    EXPECT_EQ(raised.level, Verification::Secondary);
    EXPECT_TRUE(raised.caveat.startsWith("Single source")) << qPrintable(raised.caveat);
    for (const char *unverified : {"tencent-capex-2025", "baidu-capex-2024", "baidu-capex-2025"})
        EXPECT_FALSE(byId.contains(unverified)) << unverified;
    // Fed G.5A averages for 2020–2023, the low-confidence 2025 one with its caveat, none for 2024.
    const QVector<Parameter> &p = read.dataset.parameters;
    const auto find = [&](const char *name) { return ParameterText::find(p, QString::fromLatin1(name)); };
    ASSERT_TRUE(find("usd_cny_2023"));
    EXPECT_EQ(find("usd_cny_2023")->value, 7.0809);
    EXPECT_EQ(find("usd_cny_2023")->source, "Federal Reserve G.5A");
    EXPECT_EQ(find("usd_cny_2020")->value, 6.9042);
    ASSERT_TRUE(find("usd_cny_2025"));
    EXPECT_TRUE(find("usd_cny_2025")->source.contains("single source")) << qPrintable(find("usd_cny_2025")->source);
    EXPECT_FALSE(find("usd_cny_2024"));
    EXPECT_EQ(Currency::rateFor(p, 2024).year, 2023);
}

} // namespace

// A document saved before rates existed (yuan figures, no usd_cny parameter) opens with the
// sourced rates the app carries, so its yuan ratio converts and names the rate; one that has
// rates of its own, or no yuan, is left as it is.
TEST(SourcedRates, AYuanDocumentWithoutRatesGetsTheSourcedOnes)
{
    Dataset d;
    d.figures = {makeFigure("meta-2023", "Meta", FigureKind::Capex, 2023, 28.10e9, 28.10e9),
                 yuan("tencent-2023", "Tencent", 2023, 70.809e9, 70.809e9)};
    d.baselineId = "meta-2023";
    d.comparedIds = {"tencent-2023"};
    Document document;
    document.load(d);
    const QVector<Parameter> params = document.parameters()->parameters();
    const auto found = std::find_if(params.cbegin(), params.cend(),
                                    [](const Parameter &p) { return p.name == "usd_cny_2023"; });
    ASSERT_NE(found, params.cend());
    EXPECT_EQ(found->value, 7.0809);
    EXPECT_EQ(found->source, "Federal Reserve G.5A");
    const DerivedValue r = document.ratios()->ratio(document.figures()->rowOf("tencent-2023"));
    ASSERT_TRUE(r.defined) << qPrintable(r.reason);
    EXPECT_NEAR(r.low, 70.809e9 / 7.0809 / 28.10e9, 1e-9); // RMB 70.809B = $10.0B: 0.356×
    EXPECT_FALSE(document.isModified());
}

TEST(SourcedRates, ADocumentsOwnRatesAndADollarDocumentAreLeftAsTheyAre)
{
    Dataset own;
    own.figures = {yuan("tencent-2023", "Tencent", 2023, 70.809e9, 70.809e9)};
    own.parameters = {rate(2023, 7.5, "a newsroom's own rate")};
    Document a;
    a.load(own);
    EXPECT_EQ(a.parameters()->parameters(), own.parameters);

    Dataset dollars;
    dollars.figures = {makeFigure("meta-2023", "Meta", FigureKind::Capex, 2023, 28.10e9, 28.10e9)};
    Document b;
    b.load(dollars);
    EXPECT_TRUE(b.parameters()->parameters().isEmpty());
}

TEST(SourcedRates, YuanImportedIntoADocumentWithoutRatesBringsThem)
{
    Dataset d;
    d.figures = {makeFigure("meta-2023", "Meta", FigureKind::Capex, 2023, 28.10e9, 28.10e9)};
    d.baselineId = "meta-2023";
    Document document;
    document.load(d);
    ASSERT_TRUE(document.parameters()->parameters().isEmpty());
    document.addFigures({yuan("tencent-2023", "Tencent", 2023, 70.809e9, 70.809e9)}, "Import");
    EXPECT_EQ(document.parameters()->parameters(), SourcedRates::builtIn());
    EXPECT_GE(SourcedRates::builtIn().size(), 5);
    // One step: undone, the rates go with the figures and the document is as it was.
    document.undoStack()->undo();
    EXPECT_TRUE(document.parameters()->parameters().isEmpty());
    EXPECT_EQ(document.figures()->rowCount(), 1);
    EXPECT_FALSE(document.isModified());
    document.undoStack()->redo();
    EXPECT_EQ(document.parameters()->parameters(), SourcedRates::builtIn());
    document.setCompared({"tencent-2023"});
    const DerivedValue r = document.ratios()->ratio(document.figures()->rowOf("tencent-2023"));
    ASSERT_TRUE(r.defined) << qPrintable(r.reason);
}
