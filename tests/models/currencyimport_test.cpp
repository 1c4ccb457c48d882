#include "../gtestqt.h"
#include "amountparser.h"
#include "csvreader.h"
#include "figureimport.h"
#include "figuremodel.h"

#include <gtest/gtest.h>

// Amounts and imported files in yuan: a figure keeps the currency its cell, column or file names.
namespace {

FigureImportResult importYuan(const char *csv, ImportOptions options = {})
{
    const CsvRead read = CsvReader().read(QByteArray(csv), QStringLiteral("test.csv"));
    EXPECT_TRUE(read.ok) << qPrintable(read.error);
    return FigureImport(std::move(options)).run(read.table);
}

TEST(CurrencyAmounts, YiYuanIsYuanAndYiMeiYuanIsDollars)
{
    const ParsedAmount yuan = parseAmount(QString::fromUtf8("600亿元"));
    ASSERT_TRUE(yuan.ok) << qPrintable(yuan.error);
    EXPECT_EQ(yuan.low, 60e9);
    EXPECT_EQ(yuan.currency, FigureUnit::Cny);
    const ParsedAmount dollars = parseAmount(QString::fromUtf8("600亿美元"));
    ASSERT_TRUE(dollars.ok);
    EXPECT_EQ(dollars.low, 60e9);
    EXPECT_EQ(dollars.currency, FigureUnit::Usd);
    for (const char *text : {"RMB 31.5 billion", "RMB 31.5B", "¥31.5B", "31.5 billion yuan", "CNY 31.5bn",
                             "Rmb31.5bn", "315亿元", "315亿人民币"}) {
        const ParsedAmount a = parseAmount(QString::fromUtf8(text));
        ASSERT_TRUE(a.ok) << text << ": " << qPrintable(a.error);
        EXPECT_NEAR(a.low, 31.5e9, 1) << text;
        EXPECT_EQ(a.currency, FigureUnit::Cny) << text;
    }
    EXPECT_FALSE(parseAmount("5.5B").currency.has_value()); // names none: the column or file decides
    EXPECT_EQ(parseAmount("RMB 60–65B").currency, FigureUnit::Cny);
    EXPECT_FALSE(parseAmount(QString::fromUtf8("RMB -5B")).ok);
}

TEST(CurrencyImport, ACurrencyColumnSetsEachFiguresCurrency)
{
    const FigureImportResult r = importYuan("entity,year,value,currency,source\n"
                                            "Tencent,2024,76.76B,CNY,s\n"
                                            "Alibaba,2025,31.5B,RMB,s\n"
                                            "Baidu,2025,100B,人民币,s\n"
                                            "Meta,2025,72.22B,USD,s\n"
                                            "Google,2025,91.4B,$,s\n"
                                            "Tencent,2023,23.9B,¥,s\n");
    ASSERT_TRUE(r.ok) << qPrintable(r.error);
    ASSERT_EQ(r.figures.size(), 6) << r.problems.size();
    const FigureUnit expected[] = {FigureUnit::Cny, FigureUnit::Cny, FigureUnit::Cny,
                                   FigureUnit::Usd, FigureUnit::Usd, FigureUnit::Cny};
    for (int i = 0; i < 6; ++i)
        EXPECT_EQ(r.figures.at(i).unit, expected[i]) << i;
}

TEST(CurrencyImport, AmountsAndHeadersNameTheirCurrency)
{
    const FigureImportResult cells = importYuan("公司,年份,金额,来源\n腾讯,2024,767.6亿元,s\nMeta,2025,722.2亿美元,s\n");
    ASSERT_TRUE(cells.ok) << qPrintable(cells.error);
    ASSERT_EQ(cells.figures.size(), 2);
    EXPECT_EQ(cells.figures.at(0).unit, FigureUnit::Cny);
    EXPECT_NEAR(cells.figures.at(0).low, 76.76e9, 1);
    EXPECT_EQ(cells.figures.at(1).unit, FigureUnit::Usd);
    const FigureImportResult header = importYuan("公司,年份,金额（亿元）,来源\n腾讯,2024,767.6,s\n");
    ASSERT_TRUE(header.ok) << qPrintable(header.error);
    ASSERT_EQ(header.figures.size(), 1);
    EXPECT_EQ(header.figures.at(0).unit, FigureUnit::Cny);
    EXPECT_NEAR(header.figures.at(0).low, 76.76e9, 1);
}

TEST(CurrencyImport, TheDefaultCurrencyServesAmountsThatNameNone)
{
    ImportOptions options;
    options.defaultCurrency = FigureUnit::Cny;
    const FigureImportResult r = importYuan("entity,year,value,source\nTencent,2024,76.76B,s\nMeta,2025,$72.22B,s\n", options);
    ASSERT_TRUE(r.ok) << qPrintable(r.error);
    ASSERT_EQ(r.figures.size(), 2);
    EXPECT_EQ(r.figures.at(0).unit, FigureUnit::Cny);
    EXPECT_EQ(r.figures.at(1).unit, FigureUnit::Usd); // its own "$" wins
    EXPECT_EQ(importYuan("entity,year,value,source\nTencent,2024,76.76B,s\n").figures.at(0).unit, FigureUnit::Usd);
}

TEST(CurrencyImport, AnAmountThatContradictsItsUnitCellIsLeftOutSayingWhy)
{
    const FigureImportResult r = importYuan("entity,year,value,currency,source\nTencent,2024,767.6亿元,USD,s\nMeta,2025,$72B,USD,s\n");
    ASSERT_TRUE(r.ok) << qPrintable(r.error);
    ASSERT_EQ(r.figures.size(), 1);
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems.at(0).message(),
              QString::fromUtf8("line 2, column “value”: “767.6亿元” is in CNY, but the unit column says USD."));
}

TEST(CurrencyAmounts, YuanTypedInTheTableMakesTheFigureYuan)
{
    FigureModel figures;
    Figure f;
    f.id = "t";
    f.label = "Tencent";
    f.low = f.high = 1e9;
    figures.setFigures({f});
    ASSERT_TRUE(figures.setData(figures.index(0, FigureModel::ValueColumn), QString::fromUtf8("767.6亿元")));
    EXPECT_EQ(figures.figure(0).unit, FigureUnit::Cny);
    EXPECT_NEAR(figures.figure(0).low, 76.76e9, 1);
    ASSERT_TRUE(figures.setData(figures.index(0, FigureModel::ValueColumn), "70B")); // names none: kept
    EXPECT_EQ(figures.figure(0).unit, FigureUnit::Cny);
}

} // namespace
