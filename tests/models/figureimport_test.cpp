#include "../gtestqt.h"
#include "csvreader.h"
#include "dataset.h"
#include "figureimport.h"

#include <gtest/gtest.h>

#include <cmath>

namespace {

QString corpus(const char *name)
{
    return QStringLiteral(SPENDLENS_TEST_DATA "/csv/") + QLatin1String(name);
}

CsvTable tableOf(const char *csv)
{
    const CsvRead read = CsvReader().read(QByteArray(csv), QStringLiteral("test.csv"));
    EXPECT_TRUE(read.ok) << qPrintable(read.error);
    return read.table;
}

FigureImportResult importCsv(const char *csv, ImportOptions options = {})
{
    return FigureImport(std::move(options)).run(tableOf(csv));
}

FigureImportResult importCorpus(const char *name, ImportOptions options = {})
{
    const CsvRead read = CsvReader().readFile(corpus(name));
    EXPECT_TRUE(read.ok) << qPrintable(read.error);
    return FigureImport(std::move(options)).run(read.table);
}

QStringList messages(const FigureImportResult &result)
{
    QStringList list;
    for (const RowProblem &problem : result.problems)
        list.append(problem.message());
    return list;
}

QStringList ids(const FigureImportResult &result)
{
    QStringList list;
    for (const Figure &f : result.figures)
        list.append(f.id);
    return list;
}

// --- Numbers as journalists write them -----------------------------------------------------------

struct NumberCase
{
    const char *text;
    DecimalMark mark;
    double scale;
    double low;
    double high;
};

class ImportNumbers : public ::testing::TestWithParam<NumberCase>
{
};

TEST_P(ImportNumbers, ReadEveryForm)
{
    const NumberCase &c = GetParam();
    const ParsedAmount a = parseImportAmount(QString::fromUtf8(c.text), c.mark, c.scale);
    ASSERT_TRUE(a.ok) << c.text << ": " << qPrintable(a.error);
    EXPECT_DOUBLE_EQ(a.low, c.low) << c.text;
    EXPECT_DOUBLE_EQ(a.high, c.high) << c.text;
}

constexpr DecimalMark P = DecimalMark::Point;
constexpr DecimalMark C = DecimalMark::Comma;

INSTANTIATE_TEST_SUITE_P(
    Table, ImportNumbers,
    ::testing::Values(
        NumberCase{"$5.5M", P, 1, 5.5e6, 5.5e6}, NumberCase{"5,576,000", P, 1, 5.576e6, 5.576e6},
        NumberCase{"60–65 billion", P, 1, 60e9, 65e9},
        NumberCase{"60 to 65 billion", P, 1, 60e9, 65e9}, NumberCase{"600亿", P, 1, 6e10, 6e10},
        NumberCase{"600亿美元", P, 1, 6e10, 6e10}, NumberCase{"1.2万亿", P, 1, 1.2e12, 1.2e12},
        NumberCase{"557.6万美元", P, 1, 5.576e6, 5.576e6},
        NumberCase{"600-650亿", P, 1, 6e10, 6.5e10}, NumberCase{"600亿至650亿", P, 1, 6e10, 6.5e10},
        NumberCase{"3億", P, 1, 3e8, 3e8}, NumberCase{"5,576", P, 1, 5576, 5576},
        NumberCase{"5,576", C, 1, 5.576, 5.576}, NumberCase{"39,23", C, 1, 39.23, 39.23},
        NumberCase{"1.234,5", C, 1, 1234.5, 1234.5}, NumberCase{"1 234,5", C, 1, 1234.5, 1234.5},
        NumberCase{"1\u00A0234,5", C, 1, 1234.5, 1234.5},
        NumberCase{"5'576'000", P, 1, 5.576e6, 5.576e6},
        NumberCase{"1,5–2,5 Mrd", C, 1, 1.5e9, 2.5e9}, NumberCase{"0,576", C, 1, 0.576, 0.576},
        NumberCase{"US$5.5M", P, 1, 5.5e6, 5.5e6}, NumberCase{"USD 5.5M", P, 1, 5.5e6, 5.5e6},
        NumberCase{"5.5M USD", P, 1, 5.5e6, 5.5e6},
        NumberCase{"5.5 million dollars", P, 1, 5.5e6, 5.5e6},
        NumberCase{"5.5 USD", P, 1, 5.5, 5.5}, NumberCase{"294K", P, 1, 294e3, 294e3},
        // A header such as "Capex ($bn)" scales bare numbers; a number's own unit wins.
        NumberCase{"39.23", P, 1e9, 39.23e9, 39.23e9},
        NumberCase{"39.23B", P, 1e9, 39.23e9, 39.23e9}, NumberCase{"60–65", P, 1e9, 60e9, 65e9},
        NumberCase{"$500M–1.2B", P, 1e6, 500e6, 1.2e9}));

struct RefusedNumber
{
    const char *text;
    DecimalMark mark;
    const char *reason;
};

class RefusedImportNumbers : public ::testing::TestWithParam<RefusedNumber>
{
};

TEST_P(RefusedImportNumbers, SayWhy)
{
    const ParsedAmount a = parseImportAmount(QString::fromUtf8(GetParam().text), GetParam().mark);
    EXPECT_FALSE(a.ok) << GetParam().text;
    EXPECT_EQ(a.error, QString::fromUtf8(GetParam().reason));
}

INSTANTIATE_TEST_SUITE_P(
    Table, RefusedImportNumbers,
    ::testing::Values(
        RefusedNumber{"(1.2)", P,
                      "“(1.2)” is negative in accounting notation: spending cannot be negative."},
        RefusedNumber{"($1.2M)", P,
                      "“($1.2M)” is negative in accounting notation: spending cannot be negative."},
        RefusedNumber{"NaN", P,
                      "“NaN” is not a finite number: an amount is a number such as 5.576M."},
        RefusedNumber{"inf", P,
                      "“inf” is not a finite number: an amount is a number such as 5.576M."},
        RefusedNumber{"-Infinity", P,
                      "“-Infinity” is not a finite number: an amount is a number such as 5.576M."},
        RefusedNumber{"1e400", P, "“1e400”: An amount must be a number from 0 to 10^16."},
        RefusedNumber{"2e16", P, "“2e16”: An amount must be a number from 0 to 10^16."},
        RefusedNumber{"-5M", P, "“-5M”: an amount cannot be negative."},
        RefusedNumber{"−5M", P, "“−5M”: an amount cannot be negative."},
        RefusedNumber{"$-5M", P, "“$-5M”: an amount cannot be negative."},
        RefusedNumber{"#DIV/0!", P, "“#DIV/0!” is a spreadsheet error, not an amount."},
        RefusedNumber{"12%", P, "“12%” is a percentage, not an amount."},
        RefusedNumber{"600亿日元", P,
                      "“600亿日元” is in “日元”: SpendLens keeps money in US dollars or yuan (RMB); "
                      "convert it first."},
        RefusedNumber{"€5M", P,
                      "“€5M” is in “€”: SpendLens keeps money in US dollars or yuan (RMB); convert it "
                      "first."},
        RefusedNumber{"$5M–RMB 6B", P, "“$5M–RMB 6B” names two currencies: an amount is in one."},
        RefusedNumber{"5,5", P,
                      "“5,5” is not an amount: thousands separators must group three digits, and "
                      "this file's decimal mark is “.”."},
        RefusedNumber{"0,576", P,
                      "“0,576” is not an amount: thousands separators must group three digits, and "
                      "this file's decimal mark is “.”."},
        RefusedNumber{"39.23", C,
                      "“39.23” is not an amount: thousands separators must group three digits, and "
                      "this file's decimal mark is “,”."},
        RefusedNumber{"1.234,5", P,
                      "“1.234,5” is not an amount: this file's decimal mark is “.”, and only "
                      "digits may follow it."},
        RefusedNumber{"5,576,000", C,
                      "“5,576,000” is not an amount: this file's decimal mark is “,”, and only "
                      "digits may follow it."},
        RefusedNumber{"65–60B", P, "“65–60B”: The low end is above the high end."},
        RefusedNumber{
            "5 zillion", P,
            "“5 zillion” is not an amount: expected a number such as 5.576M, 39.23B or 60–65B."},
        RefusedNumber{"", P, "An amount is needed, such as 5.576M or 60–65B."}));

struct EvidenceCase
{
    const char *cell;
    std::optional<DecimalMark> mark;
};

class DecimalMarkEvidence : public ::testing::TestWithParam<EvidenceCase>
{
};

TEST_P(DecimalMarkEvidence, ComesOnlyFromUnambiguousNumbers)
{
    EXPECT_EQ(decimalMarkEvidence(QString::fromUtf8(GetParam().cell)), GetParam().mark)
        << GetParam().cell;
}

INSTANTIATE_TEST_SUITE_P(
    Table, DecimalMarkEvidence,
    ::testing::Values(EvidenceCase{"1.234,5", C}, EvidenceCase{"39,23", C},
                      EvidenceCase{"5,576,000", P}, EvidenceCase{"39.23", P},
                      EvidenceCase{"5,576", std::nullopt}, EvidenceCase{"5.576", std::nullopt},
                      EvidenceCase{"abc", std::nullopt}, EvidenceCase{"1.234.567", C},
                      EvidenceCase{"0,576", C}, EvidenceCase{"5576,000", C},
                      EvidenceCase{"60–65B", std::nullopt}, EvidenceCase{"$39.23B.", P},
                      EvidenceCase{"costs 5,576.", std::nullopt}, EvidenceCase{"1,5–2,5 Mrd", C},
                      EvidenceCase{"39.23 or 39,23", std::nullopt}));

TEST(AmountParsing, AppCellsReadChineseUnitsAndKeepTheirLeniency)
{
    EXPECT_DOUBLE_EQ(parseAmount(QString::fromUtf8("600亿美元")).low, 6e10);
    EXPECT_DOUBLE_EQ(parseAmount(QStringLiteral("5,576,000")).low, 5.576e6);
    EXPECT_FALSE(parseAmount(QStringLiteral("(1.2)")).ok);
}

// --- Columns -----------------------------------------------------------------------------------

struct HeaderCase
{
    QStringList header;
    QMap<ImportField, int> expected;
};

class ColumnGuessing : public ::testing::TestWithParam<HeaderCase>
{
};

TEST_P(ColumnGuessing, MapsHeadersBySynonymInAnyCase)
{
    EXPECT_EQ(FigureImport::guessColumns(GetParam().header), GetParam().expected)
        << qPrintable(GetParam().header.join(QLatin1Char('|')));
}

using F = ImportField;
INSTANTIATE_TEST_SUITE_P(
    Table, ColumnGuessing,
    ::testing::Values(
        HeaderCase{{"Company", "Year", "Amount (USD)", "Source Title", "URL", "Publisher", "Date",
                    "Notes"},
                   {{F::Entity, 0},
                    {F::Year, 1},
                    {F::Value, 2},
                    {F::SourceTitle, 3},
                    {F::Url, 4},
                    {F::Publisher, 5},
                    {F::SourceDate, 6},
                    {F::Note, 7}}},
        HeaderCase{
            {"source_title", "FISCAL YEAR", "value-usd", "Stated on", "Verification level", "misc"},
            {{F::SourceTitle, 0}, {F::Year, 1}, {F::Value, 2}, {F::Stated, 3}, {F::Level, 4}}},
        HeaderCase{{QString::fromUtf8("公司"), QString::fromUtf8("年份"),
                    QString::fromUtf8("金额（亿美元）"), QString::fromUtf8("来源"),
                    QString::fromUtf8("链接")},
                   {{F::Entity, 0}, {F::Year, 1}, {F::Value, 2}, {F::SourceTitle, 3}, {F::Url, 4}}},
        HeaderCase{{"entity", "low", "high", "kind", "status", "basis", "caveat", "quote", "period",
                    "id", "label", "unit"},
                   {{F::Entity, 0},
                    {F::Low, 1},
                    {F::High, 2},
                    {F::Kind, 3},
                    {F::Status, 4},
                    {F::Basis, 5},
                    {F::Caveat, 6},
                    {F::Quote, 7},
                    {F::Period, 8},
                    {F::Id, 9},
                    {F::Label, 10},
                    {F::Unit, 11}}},
        HeaderCase{{"\xEF\xBB\xBF"
                    "entity",
                    " Year "},
                   {{F::Entity, 0}, {F::Year, 1}}}));

TEST(ColumnGuessing, LeavesOutAFieldTwoColumnsCouldBe)
{
    QList<ImportField> ambiguous;
    const QMap<ImportField, int> columns =
        FigureImport::guessColumns({"entity", "value", "Amount", "year"}, &ambiguous);
    EXPECT_FALSE(columns.contains(ImportField::Value));
    EXPECT_EQ(ambiguous, QList<ImportField>{ImportField::Value});
    EXPECT_EQ(columns.value(ImportField::Year), 3);
}

TEST(YearHeaders, ReadTheWaysAYearIsWritten)
{
    EXPECT_EQ(FigureImport::yearOfHeader("2024"), 2024);
    EXPECT_EQ(FigureImport::yearOfHeader("FY2025"), 2025);
    EXPECT_EQ(FigureImport::yearOfHeader("fy 2025"), 2025);
    EXPECT_EQ(FigureImport::yearOfHeader(QString::fromUtf8("2024年")), 2024);
    EXPECT_EQ(FigureImport::yearOfHeader("2024.0"), 2024);
    EXPECT_EQ(FigureImport::yearOfHeader("2024 ($bn)"), 2024);
    EXPECT_EQ(FigureImport::yearOfHeader("value"), 0);
    EXPECT_EQ(FigureImport::yearOfHeader("20x4"), 0);
    EXPECT_EQ(FigureImport::yearOfHeader("12024"), 0);
}

// --- The long layout ---------------------------------------------------------------------------

TEST(FigureImport, ReadsTheLongLayoutWithEveryField)
{
    const FigureImportResult r = importCsv(
        "Company,Year,Amount,Source,URL,Date,Kind,Status,Level,Basis\n"
        "Meta,2024,$39.23B,Meta Q4 2024 "
        "release,https://investor.atmeta.com/q4,2025-01-29,capex,actual,primary,As reported\n"
        "Meta,FY2025,60–65B,Zuckerberg post,,2025-01-24,Capex guidance,Guidance,,\n"
        "DeepSeek,2024,\"5,576,000\",DeepSeek-V3 report,,,training-compute-cost,stated,,H800 at "
        "$2/h\n");
    ASSERT_TRUE(r.ok) << qPrintable(r.error);
    EXPECT_TRUE(r.problems.isEmpty()) << qPrintable(messages(r).join('\n'));
    EXPECT_EQ(r.layout, ImportLayout::Long);
    EXPECT_EQ(r.decimalMark, DecimalMark::Point);
    ASSERT_EQ(r.figures.size(), 3);

    const Figure &meta = r.figures.at(0);
    EXPECT_EQ(meta.id, "meta-capex-2024");
    EXPECT_EQ(meta.label, "Meta Capex 2024");
    EXPECT_EQ(meta.periodLabel, "2024");
    EXPECT_DOUBLE_EQ(meta.low, 39.23e9);
    EXPECT_DOUBLE_EQ(meta.high, 39.23e9);
    EXPECT_EQ(meta.level, Verification::Primary);
    EXPECT_EQ(meta.unit, FigureUnit::Usd);
    EXPECT_EQ(meta.source.title, "Meta Q4 2024 release");
    EXPECT_EQ(meta.source.url, "https://investor.atmeta.com/q4");
    EXPECT_EQ(meta.source.date, QDate(2025, 1, 29));
    EXPECT_EQ(meta.basis, "As reported");

    const Figure &plan = r.figures.at(1);
    EXPECT_EQ(plan.id, "meta-capex-guidance-2025");
    EXPECT_EQ(plan.year, 2025);
    EXPECT_EQ(plan.periodLabel, "FY2025");
    EXPECT_EQ(plan.kind, FigureKind::CapexGuidance);
    EXPECT_EQ(plan.status, FigureStatus::Guidance);
    EXPECT_EQ(plan.level, Verification::Secondary);
    EXPECT_DOUBLE_EQ(plan.low, 60e9);
    EXPECT_DOUBLE_EQ(plan.high, 65e9);

    const Figure &v3 = r.figures.at(2);
    EXPECT_EQ(v3.kind, FigureKind::TrainingComputeCost);
    EXPECT_EQ(v3.status, FigureStatus::Stated);
    EXPECT_DOUBLE_EQ(v3.low, 5.576e6);
    EXPECT_EQ(v3.id, "deepseek-training-run-compute-cost-2024");
}

TEST(FigureImport, FillsUnmappedFieldsWithTheDefaults)
{
    ImportOptions options;
    options.defaultKind = FigureKind::TrainingComputeCost;
    const FigureImportResult r =
        importCsv("entity,year,value,source\nDeepSeek,2024,5.576M,DeepSeek-V3 report\n", options);
    ASSERT_EQ(r.figures.size(), 1);
    const Figure &f = r.figures.front();
    EXPECT_EQ(f.kind, FigureKind::TrainingComputeCost);
    EXPECT_EQ(f.status, FigureStatus::Estimate); // the kind's own status (FigureRules::defaultStatus)
    EXPECT_EQ(f.level, Verification::Secondary);
    EXPECT_EQ(f.unit, FigureUnit::Usd);
    EXPECT_EQ(f.id, "deepseek-training-run-compute-cost-2024");
}

TEST(FigureImport, ReadsLowAndHighColumns)
{
    const FigureImportResult r = importCsv("entity,year,low,high,source,unit\n"
                                           "Meta,2025,60B,65B,s,\n"
                                           "Meta,2026,115B,,s,\n"
                                           "Llama,2024,30.84M,,s,GPU hours\n"
                                           "Meta,2027,60–65B,70B,s,\n");
    ASSERT_TRUE(r.ok) << qPrintable(r.error);
    ASSERT_EQ(r.figures.size(), 3);
    EXPECT_DOUBLE_EQ(r.figures.at(0).low, 60e9);
    EXPECT_DOUBLE_EQ(r.figures.at(0).high, 65e9);
    EXPECT_DOUBLE_EQ(r.figures.at(1).low, 115e9);
    EXPECT_DOUBLE_EQ(r.figures.at(1).high, 115e9);
    EXPECT_EQ(r.figures.at(2).unit, FigureUnit::GpuHours);
    EXPECT_EQ(messages(r),
              QStringList{QString::fromUtf8(
                  "line 5, column “low”: “60–65B” is a range, but this column holds one "
                  "end of a range.")});
}

TEST(FigureImport, FollowsTheCallersColumnsOverTheGuessedOnes)
{
    ImportOptions options;
    options.columns = {{ImportField::Value, 3}, {ImportField::Note, -1}};
    const FigureImportResult r = importCsv(
        "entity,year,value,restated,note,source\nMeta,2024,39.23B,37.26B,incl. leases,s\n",
        options);
    ASSERT_EQ(r.figures.size(), 1);
    EXPECT_DOUBLE_EQ(r.figures.front().low, 37.26e9);
    EXPECT_EQ(r.figures.front().note, QString());
    EXPECT_EQ(r.columns.value(ImportField::Value), 3);
    EXPECT_FALSE(r.columns.contains(ImportField::Note));
}

TEST(FigureImport, UsesTheUnitAColumnsHeaderGives)
{
    const FigureImportResult r = importCorpus("header-scale.csv");
    ASSERT_EQ(r.figures.size(), 2) << qPrintable(messages(r).join('\n'));
    EXPECT_DOUBLE_EQ(r.figures.at(0).low, 39.23e9);
    EXPECT_DOUBLE_EQ(r.figures.at(1).low, 5.576e6);
}

// --- The wide layouts --------------------------------------------------------------------------

TEST(FigureImport, ReadsOneRowPerEntityWithAColumnPerYear)
{
    const FigureImportResult r = importCorpus("wide-years.csv");
    ASSERT_TRUE(r.ok) << qPrintable(r.error);
    EXPECT_EQ(r.layout, ImportLayout::WideYears);
    EXPECT_EQ(ids(r), QStringList({"meta-capex-2022", "meta-capex-2023", "meta-capex-2024",
                                   "meta-capex-2025", "alphabet-capex-2022", "alphabet-capex-2024",
                                   "microsoft-capex-2025"}));
    EXPECT_EQ(r.figures.at(0).label, "Meta capex 2022");
    EXPECT_EQ(r.figures.at(3).periodLabel, "FY2025");
    EXPECT_EQ(r.figures.at(3).year, 2025);
    EXPECT_DOUBLE_EQ(r.figures.at(3).low, 72.22e9);
    EXPECT_EQ(r.figures.at(4).label, "Alphabet Capex 2022");
    EXPECT_EQ(r.figures.at(4).source.title, "Alphabet releases");
    EXPECT_EQ(messages(r), QStringList{QString::fromUtf8(
                               "line 4, column “2023”: “lots” is not an amount: expected a number "
                               "such as 5.576M, 39.23B or 60–65B.")});
}

TEST(FigureImport, ReadsOneRowPerYearWithAColumnPerEntity)
{
    ImportOptions options;
    options.layout = ImportLayout::WideEntities;
    const FigureImportResult r = importCsv("year,Meta,Alphabet,source\n"
                                           "2024,39.23B,52.5B,Company releases\n"
                                           "2025,72.22B,,Company releases\n",
                                           options);
    ASSERT_TRUE(r.ok) << qPrintable(r.error);
    EXPECT_EQ(ids(r), QStringList({"meta-capex-2024", "alphabet-capex-2024", "meta-capex-2025"}));
    EXPECT_EQ(r.figures.at(1).entity, "Alphabet");
    EXPECT_DOUBLE_EQ(r.figures.at(2).low, 72.22e9);
}

// --- Ids ---------------------------------------------------------------------------------------

TEST(FigureImport, GivesStableIdsThatAvoidExistingOnes)
{
    ImportOptions options;
    options.existingIds = {"meta-capex-2024"};
    const char *csv =
        "entity,year,value,source\nMeta,2024,39.23B,s\nMeta,2024,37.26B,s\nMeta,2023,28.1B,s\n";
    const FigureImportResult first = importCsv(csv, options);
    EXPECT_EQ(ids(first),
              QStringList({"meta-capex-2024-2", "meta-capex-2024-3", "meta-capex-2023"}));
    EXPECT_EQ(ids(importCsv(csv, options)), ids(first));
}

TEST(FigureImport, KeepsIdsWrittenInTheFileAndStepsAroundThem)
{
    const FigureImportResult r = importCsv("id,entity,year,value,source\n"
                                           ",Meta,2024,39.23B,s\n"
                                           "meta-capex-2024,Meta,2024,37.26B,s\n");
    EXPECT_EQ(ids(r), QStringList({"meta-capex-2024-2", "meta-capex-2024"}));
}

TEST(FigureImport, QuotesARepeatedIdAsWritten)
{
    const FigureImportResult r = importCsv("id,entity,year,value,source\n"
                                           "x%2,Meta,2024,39.23B,s\n"
                                           "x%2,Meta,2023,28.1B,s\n");
    EXPECT_EQ(messages(r), QStringList{QString::fromUtf8(
                               "line 3, column “id”: the id “x%2” is already used on line 2.")});
}

TEST(FigureImport, MakesIdsFromEntityLabelAndYear)
{
    const auto idOf = [](const char *entity, const char *label, int year) {
        Figure f;
        f.entity = QString::fromUtf8(entity);
        f.label = QString::fromUtf8(label);
        f.year = year;
        return FigureImport::idFor(f);
    };
    EXPECT_EQ(idOf("Meta", "Meta capex 2019", 2019), "meta-capex-2019");
    EXPECT_EQ(idOf("DeepSeek", "DeepSeek-V3 final training run", 2024),
              "deepseek-v3-final-training-run-2024");
    EXPECT_EQ(idOf("Meta", "Metaverse spending", 2024), "meta-metaverse-spending-2024");
    EXPECT_EQ(idOf("Société Générale", "", 2024), "societe-generale-2024");
    EXPECT_EQ(idOf("微软", "资本支出", 2025), QString::fromUtf8("微软-资本支出-2025"));
    // Each way a label can already name its entity or year, or name neither.
    EXPECT_EQ(idOf("Meta", "2024", 2024), "meta-2024");
    EXPECT_EQ(idOf("Meta", "Meta", 2024), "meta-2024");
    EXPECT_EQ(idOf("Meta", "Capex 2024 plan", 2024), "meta-capex-2024-plan");
    EXPECT_EQ(idOf("Meta", "2024 capex", 2024), "meta-2024-capex");
    EXPECT_EQ(idOf("", "Capex", 2024), "capex-2024");
    EXPECT_EQ(idOf("", "", 2024), "2024");
    EXPECT_EQ(idOf("Meta", "Dépenses d'équipement", 2024), "meta-depenses-d-equipement-2024");
    EXPECT_EQ(idOf("Meta", QByteArray(300, 'x').constData(), 2024),
              "meta-" + QString(300, u'x') + "-2024"); // past the buffer's room on the stack
}

// --- Row problems ------------------------------------------------------------------------------

TEST(FigureImport, ListsEveryBadRowWithLineColumnAndReason)
{
    const FigureImportResult r = importCorpus("bad-fields.csv");
    ASSERT_TRUE(r.ok) << qPrintable(r.error);
    const QStringList expected{
        "line 3, column “year”: “20x4” is not a year such as 2024 or FY2024.",
        "line 4, column “year”: The year 1850 is outside 1900–2100.",
        "line 5, column “high”: The low end is above the high end.",
        "line 6, column “url”: “ftp://example.com” is not a web address (http or https).",
        "line 7, column “date”: “29/01/2025” is not a date: write it as YYYY-MM-DD.",
        "line 8, column “entity”: The entity (who spends or says it) is required.",
        "line 9, column “status”: unknown status “sure”: use one of actual, guidance, estimate, "
        "stated, reported.",
        "line 10, column “source”: The source (where the figure comes from) is required.",
        "line 10, column “id”: the id “meta-one” is already used on line 9.",
    };
    EXPECT_EQ(messages(r), expected);
    EXPECT_FALSE(r.importable()) << "a file with a bad row is not imported in part";
    // A kind that cannot be placed is not a reason to leave the row out: it comes in as "other".
    ASSERT_EQ(r.warnings.size(), 1);
    EXPECT_EQ(r.warnings.front().message(),
              "line 2, column “kind”: the kind “capx” is not one SpendLens knows, so the figure "
              "comes in as “other”; known kinds: capex, capex-guidance, analyst-consensus, "
              "training-compute-cost, compute-hours, hardware-estimate, operating-cost-estimate, "
              "pledge, commitment, other.");
    ASSERT_EQ(r.figures.size(), 2) << "the good row and the row of kind “other”";
    EXPECT_EQ(r.figures.front().kind, FigureKind::Other);
    const Figure &f = r.figures.back();
    EXPECT_EQ(f.id, "meta-two");
    EXPECT_EQ(f.source.url, "https://www.sec.gov/x");
    EXPECT_EQ(f.source.date, QDate(2024, 2, 2));
    EXPECT_EQ(f.level, Verification::Primary);
}

TEST(FigureImport, RefusesEachBadNumberWithItsReason)
{
    const FigureImportResult r = importCorpus("bad-numbers.csv");
    ASSERT_TRUE(r.ok) << qPrintable(r.error);
    const QStringList expected{
        "line 2, column “value”: “(1.2)” is negative in accounting notation: spending cannot be "
        "negative.",
        "line 3, column “value”: “NaN” is not a finite number: an amount is a number such as "
        "5.576M.",
        "line 4, column “value”: “inf” is not a finite number: an amount is a number such as "
        "5.576M.",
        "line 5, column “value”: “1e400”: An amount must be a number from 0 to 10^16.",
        "line 6, column “value”: “-5M”: an amount cannot be negative.",
        "line 7, column “value”: “#DIV/0!” is a spreadsheet error, not an amount.",
        "line 8, column “value”: “12%” is a percentage, not an amount.",
        "line 9, column “value”: “600亿日元” is in “日元”: SpendLens keeps money in US dollars or "
        "yuan (RMB); convert it first.",
        "line 10, column “value”: “5,5” is not an amount: thousands separators must group three "
        "digits, and this file's decimal mark is “.”.",
        "line 11, column “value”: “65–60B”: The low end is above the high end.",
        "line 12, column “value”: “5 zillion” is not an amount: expected a number such as 5.576M, "
        "39.23B or 60–65B.",
    };
    EXPECT_EQ(messages(r), expected);
    ASSERT_EQ(r.figures.size(), 1);
    EXPECT_EQ(r.figures.front().entity, "L");
}

TEST(FigureImport, SaysWhenARowHasMoreCellsThanTheHeaderOrFewer)
{
    const FigureImportResult r = importCorpus("ragged-rows.csv");
    const QStringList expected{
        "line 2: the row has 6 cells but the header has 4. A number such as 5,576,000 needs "
        "quotes in a comma-separated file.",
        "line 3, column “source”: missing: the row ends after 2 of the header's 4 cells, and a "
        "figure needs its source title.",
        "line 3, column “value”: missing: the row ends after 2 of the header's 4 cells, and a "
        "figure needs its value.",
    };
    EXPECT_EQ(messages(r), expected);
    ASSERT_EQ(r.figures.size(), 1) << "trailing empty cells are harmless";
    EXPECT_EQ(r.figures.front().entity, "Alphabet");
}

TEST(FigureImport, NamesTheLineWhereACutOffRowStarts)
{
    const FigureImportResult r = importCorpus("truncated.csv");
    EXPECT_EQ(messages(r), QStringList{QString::fromUtf8(
                               "line 4, column “source”: missing: the row ends after 3 of the "
                               "header's 5 cells, and a figure needs its source title.")});
    EXPECT_EQ(r.figures.size(), 2);
}

TEST(FigureImport, CountsLinesInsideMultiLineCells)
{
    const FigureImportResult r = importCorpus("multiline-quoted.csv");
    EXPECT_EQ(messages(r), QStringList{QString::fromUtf8(
                               "line 5, column “value”: “lots” is not an amount: expected a number "
                               "such as 5.576M, 39.23B or 60–65B.")});
    ASSERT_EQ(r.figures.size(), 2);
    EXPECT_TRUE(
        r.figures.front().source.quote.startsWith("This will be a defining year for AI.\n\n"));
}

TEST(RowProblem, NamesTheLineAndTheColumnWhenThereIsOne)
{
    EXPECT_EQ((RowProblem{7, "value", "why."}.message()),
              QString::fromUtf8("line 7, column “value”: why."));
    EXPECT_EQ((RowProblem{7, {}, "why."}.message()), QStringLiteral("line 7: why."));
}

// --- Tables that cannot be imported at all -----------------------------------------------------

struct TableRefusal
{
    const char *csv;
    const char *error;
};

class ImportRefusal : public ::testing::TestWithParam<TableRefusal>
{
};

TEST_P(ImportRefusal, NamesTheFileAndTheReasonAndReturnsNothing)
{
    const FigureImportResult r = importCsv(GetParam().csv);
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.error, QString::fromUtf8(GetParam().error));
    EXPECT_TRUE(r.figures.isEmpty());
    EXPECT_TRUE(r.problems.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    Table, ImportRefusal,
    ::testing::Values(
        TableRefusal{"entity,year,note\nMeta,2024,x\n",
                     "test.csv: no column for the value (a header such as “value” or “amount”, "
                     "“low” and “high”, or year columns such as “2024”)."},
        TableRefusal{
            "year,value,source\n2024,5M,s\n",
            "test.csv: no column for the entity (a header such as “entity” or “company”)."},
        TableRefusal{"entity,value,source\nMeta,5M,s\n",
                     "test.csv: no column for the year (a header such as “year”)."},
        TableRefusal{
            "公司,年份,金额（亿欧元）,来源\nX,2024,600,s\n",
            "test.csv: column “金额（亿欧元）”: its header says the amounts are in “欧元”; SpendLens "
            "keeps money in US dollars or yuan (RMB): convert them first."},
        TableRefusal{"entity,year,value,source\n,,,\n \n",
                     "test.csv: line 1: the file has a header but no rows of data."}));

TEST(FigureImport, RefusesTheEmptyTableOfAFailedRead)
{
    const FigureImportResult r = FigureImport().run(CsvTable());
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.error, QStringLiteral(": the file is empty: there is no header row."));
}

TEST(FigureImport, RefusesAFileWithOnlyAHeader)
{
    const FigureImportResult r = importCorpus("header-only.csv");
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.error, corpus("header-only.csv") +
                           QStringLiteral(": line 1: the file has a header but no rows of data."));
}

TEST(FigureImport, AsksWhichOfTwoLikelyColumnsToUse)
{
    const FigureImportResult r = importCorpus("duplicate-headers.csv");
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.error, corpus("duplicate-headers.csv") +
                           QString::fromUtf8(": columns 3 (“value”) and 4 (“Value”) could each be "
                                             "the value; choose one."));
    ImportOptions options;
    options.columns = {{ImportField::Value, 3}};
    const FigureImportResult chosen = importCorpus("duplicate-headers.csv", options);
    ASSERT_EQ(chosen.figures.size(), 1) << qPrintable(chosen.error);
    EXPECT_DOUBLE_EQ(chosen.figures.front().low, 39.2e9);
}

TEST(FigureImport, RefusesAColumnChoiceOutsideTheFile)
{
    ImportOptions options;
    options.columns = {{ImportField::Value, 9}};
    const FigureImportResult r = importCsv("entity,year,value,source\nMeta,2024,5M,s\n", options);
    EXPECT_EQ(r.error,
              QStringLiteral(
                  "test.csv: the column chosen for the value is column 10, but the file has 4."));
}

TEST(FigureImport, UsesTheDefaultSourceForRowsWithoutOne)
{
    ImportOptions options;
    options.defaultSource.title = "capex.csv";
    options.defaultSource.publisher = "Newsroom";
    const FigureImportResult r = importCsv("entity,year,value\nMeta,2024,39.23B\n", options);
    ASSERT_EQ(r.figures.size(), 1) << qPrintable(r.error);
    EXPECT_EQ(r.figures.front().source.title, "capex.csv");
    EXPECT_EQ(r.figures.front().source.publisher, "Newsroom");
}

// --- Decimal marks, encodings and delimiters from the corpus -----------------------------------

TEST(FigureImport, ReadsDecimalCommasInASemicolonFile)
{
    ImportOptions options; // German headers: the caller maps them
    options.columns = {{ImportField::Entity, 0},
                       {ImportField::Year, 1},
                       {ImportField::Value, 2},
                       {ImportField::SourceTitle, 3}};
    const FigureImportResult r = importCorpus("semicolon-decimal-comma.csv", options);
    ASSERT_TRUE(r.ok) << qPrintable(r.error);
    EXPECT_EQ(r.decimalMark, DecimalMark::Comma);
    EXPECT_FALSE(r.decimalMarkGuessed);
    ASSERT_EQ(r.figures.size(), 3) << qPrintable(messages(r).join('\n'));
    EXPECT_DOUBLE_EQ(r.figures.at(0).low, 39.23e9);
    EXPECT_DOUBLE_EQ(r.figures.at(1).low, 5.576e6);
    EXPECT_DOUBLE_EQ(r.figures.at(2).low, 1234.5e6);
}

TEST(FigureImport, TakesTheDecimalCommaFromTheSemicolonWhenNoNumberTells)
{
    const FigureImportResult r = importCorpus("semicolon-no-evidence.csv");
    EXPECT_EQ(r.decimalMark, DecimalMark::Comma);
    EXPECT_TRUE(r.decimalMarkGuessed);
    ASSERT_EQ(r.figures.size(), 1);
    EXPECT_DOUBLE_EQ(r.figures.front().low, 5.576e6);

    ImportOptions options;
    options.decimalMark = DecimalMark::Point;
    const FigureImportResult point = importCorpus("semicolon-no-evidence.csv", options);
    ASSERT_EQ(point.figures.size(), 1);
    EXPECT_DOUBLE_EQ(point.figures.front().low, 5.576e9);
}

TEST(FigureImport, ReadsThousandsSeparatorsInATabFile)
{
    const FigureImportResult r = importCorpus("tab-separated.tsv");
    EXPECT_EQ(r.decimalMark, DecimalMark::Point);
    ASSERT_EQ(r.figures.size(), 2);
    EXPECT_DOUBLE_EQ(r.figures.at(0).low, 5.576e6);
    EXPECT_EQ(r.figures.at(0).source.title, "DeepSeek-V3 report, Table 1");
}

TEST(FigureImport, ReadsChineseHeadersAndUnits)
{
    const FigureImportResult r = importCorpus("chinese-units.csv");
    ASSERT_TRUE(r.ok) << qPrintable(r.error);
    ASSERT_EQ(r.figures.size(), 5) << qPrintable(messages(r).join('\n'));
    EXPECT_DOUBLE_EQ(r.figures.at(0).low, 6e10);
    EXPECT_DOUBLE_EQ(r.figures.at(1).low, 8e10);
    EXPECT_EQ(r.figures.at(1).id, QString::fromUtf8("微软-capex-2025"));
    EXPECT_DOUBLE_EQ(r.figures.at(2).low, 1.2e12);
    EXPECT_DOUBLE_EQ(r.figures.at(3).low, 5.576e6);
    EXPECT_DOUBLE_EQ(r.figures.at(4).low, 6e10);
    EXPECT_DOUBLE_EQ(r.figures.at(4).high, 6.5e10);
}

TEST(FigureImport, ReadsUtf16AndWindows1252Files)
{
    const FigureImportResult utf16 = importCorpus("utf16le-bom.csv");
    ASSERT_EQ(utf16.figures.size(), 2) << qPrintable(messages(utf16).join('\n'));
    EXPECT_EQ(utf16.figures.at(0).entity, QString::fromUtf8("阿里巴巴"));
    EXPECT_DOUBLE_EQ(utf16.figures.at(0).low, 3.8e11);
    EXPECT_DOUBLE_EQ(utf16.figures.at(1).low, 6e10);

    const FigureImportResult cp1252 = importCorpus("windows-1252.csv");
    ASSERT_EQ(cp1252.figures.size(), 2) << qPrintable(messages(cp1252).join('\n'));
    EXPECT_EQ(cp1252.figures.at(0).id, "societe-generale-capex-2024");
    EXPECT_DOUBLE_EQ(cp1252.figures.at(0).high, 65e9);
    EXPECT_EQ(cp1252.figures.at(0).note, QString::fromUtf8("“guidance” – not final"));
    EXPECT_EQ(cp1252.figures.at(1).id, "nestle-capex-2023");
}

TEST(FigureImport, SkipsBlankRows)
{
    const FigureImportResult r = importCorpus("blank-lines.csv");
    EXPECT_TRUE(r.problems.isEmpty()) << qPrintable(messages(r).join('\n'));
    EXPECT_EQ(ids(r), QStringList({"meta-capex-2024", "alphabet-capex-2025"}));
}

} // namespace

namespace {

TEST(FigureImport, ACellADocumentCouldNotHoldIsRefusedNamingTheRow)
{
    // A multi-line note of 1.1 MiB: every line is short, the cell is not.
    QByteArray note;
    while (note.size() < 1100 * 1024)
        note += QByteArray(999, 'n') + '\n';
    const QByteArray csv = "entity,label,year,value,source,note\n"
                           "Meta,Capex,2024,39B,10-K,short\n"
                           "Meta,Capex,2025,72B,10-K,\"" + note + "\"\n";
    const CsvRead read = CsvReader().read(csv, QStringLiteral("long.csv"));
    ASSERT_TRUE(read.ok) << qPrintable(read.error);
    const FigureImportResult result = FigureImport().run(read.table);
    ASSERT_TRUE(result.ok) << qPrintable(result.error);
    ASSERT_EQ(result.figures.size(), 1);
    EXPECT_EQ(messages(result),
              QStringList{QString::fromUtf8("line 3, column “note”: %L1 characters, more than the 65,536 a "
                                            "document may hold in one text.")
                              .arg(note.size() - 1)}); // the cell is trimmed
    Dataset d;
    d.figures = result.figures;
    EXPECT_TRUE(DatasetJson::limitProblem(d).isEmpty());
}

} // namespace

namespace {

TEST(FigureImport, AWideTableMakesNoMoreFiguresThanADocumentMayHold)
{
    // 27 year columns: 7,500 rows make 202,500 figures.
    QByteArray csv = "entity,source";
    for (int year = 2000; year < 2027; ++year)
        csv += ',' + QByteArray::number(year);
    csv += '\n';
    for (int row = 0; row < 7500; ++row) {
        csv += "Company " + QByteArray::number(row) + ",10-K";
        for (int year = 2000; year < 2027; ++year)
            csv += ",1B";
        csv += '\n';
    }
    const CsvRead read = CsvReader().read(csv, QStringLiteral("wide.csv"));
    ASSERT_TRUE(read.ok) << qPrintable(read.error);
    const FigureImportResult result = FigureImport().run(read.table);
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.figures.isEmpty());
    EXPECT_EQ(result.error, QStringLiteral("wide.csv: line 7409: more than 200,000 figures, more than a "
                                           "document may hold."));
}

} // namespace
