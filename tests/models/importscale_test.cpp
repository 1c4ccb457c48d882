// Importing a journalist's spreadsheet: the unit the numbers are in (from the header or chosen),
// the status a kind implies, the values a thousand times off, and a preview before the source.
#include "../gtestqt.h"
#include "csvreader.h"
#include "figureimport.h"
#include "figurerules.h"
#include "importplausibility.h"
#include "importscale.h"

#include <gtest/gtest.h>

namespace {

FigureImportResult importCsv(const char *csv, ImportOptions options = {})
{
    const CsvRead read = CsvReader().read(QByteArray(csv), QStringLiteral("test.csv"));
    EXPECT_TRUE(read.ok) << qPrintable(read.error);
    return FigureImport(std::move(options)).run(read.table);
}

QStringList warnings(const FigureImportResult &result)
{
    QStringList list;
    for (const RowProblem &w : result.warnings)
        list.append(w.message());
    return list;
}

// --- The unit a header gives ---------------------------------------------------------------------

struct HeaderCase
{
    const char *header;
    double scale; // what "32,040" in the column is multiplied by
};

class HeaderScale : public ::testing::TestWithParam<HeaderCase>
{
};

TEST_P(HeaderScale, ScalesTheBareNumbersOfTheColumnAndSaysItCameFromTheHeader)
{
    const QByteArray csv = QByteArray("entity,year,\"") + GetParam().header +
                           "\",source\nMeta,2024,\"32,040\",10-K\n";
    const CsvRead read = CsvReader().read(csv, QStringLiteral("test.csv"));
    ASSERT_TRUE(read.ok);
    const FigureImportResult r = FigureImport().run(read.table);
    ASSERT_TRUE(r.importable()) << qPrintable(r.error) << qPrintable(QStringList(warnings(r)).join('\n'));
    EXPECT_DOUBLE_EQ(r.figures.front().low, 32040 * GetParam().scale) << GetParam().header;
    EXPECT_EQ(r.columns.value(ImportField::Value), 2) << GetParam().header;
    ASSERT_TRUE(r.scales.contains(2));
    EXPECT_EQ(r.scales.value(2).fromHeader, GetParam().scale != 1) << GetParam().header;
}

INSTANTIATE_TEST_SUITE_P(
    Headers, HeaderScale,
    ::testing::Values(HeaderCase{"Capex ($m)", 1e6}, HeaderCase{"Capex ($bn)", 1e9}, HeaderCase{"USD bn", 1e9},
                      HeaderCase{"Capex USD m", 1e6}, HeaderCase{"capex_usd_bn", 1e9},
                      HeaderCase{"Value (thousands)", 1e3}, HeaderCase{"Amount, $ millions", 1e6},
                      HeaderCase{"Capex in billions", 1e9}, HeaderCase{"金额（亿美元）", 1e8},
                      HeaderCase{"Capex", 1}, HeaderCase{"value", 1}));

TEST(ImportScale, ReadsTheWordsAndNamesTheChoices)
{
    double scale = 0;
    for (const char *word : {"m", "M", "mn", "millions", " million "}) {
        EXPECT_TRUE(ImportScale::fromText(QString::fromUtf8(word), &scale)) << word;
        EXPECT_EQ(scale, 1e6) << word;
    }
    EXPECT_TRUE(ImportScale::fromText(QStringLiteral("bn"), &scale));
    EXPECT_EQ(scale, 1e9);
    EXPECT_TRUE(ImportScale::fromText(QStringLiteral("units"), &scale));
    EXPECT_EQ(scale, 1);
    EXPECT_FALSE(ImportScale::fromText(QStringLiteral("lots"), &scale));
    EXPECT_EQ(ImportScale::choices(), QList<double>({1, 1e3, 1e6, 1e9}));
    EXPECT_EQ(ImportScale::name(1e6), QStringLiteral("millions"));
}

TEST(ImportScale, AChosenScaleFillsInWhereTheHeaderSaysNothingAndOverridesItWhenAskedTo)
{
    ImportOptions options;
    options.scale = 1e6;
    const char *csv = "entity,year,value,2025 ($bn),source\nMeta,2024,\"32,040\",,s\n";
    FigureImportResult r = importCsv(csv, options);
    ASSERT_TRUE(r.importable()) << qPrintable(r.error);
    EXPECT_DOUBLE_EQ(r.figures.front().low, 32.04e9); // $32.0B, not $32K
    EXPECT_FALSE(r.scales.value(2).fromHeader);

    // A header's unit wins over the command line's --scale ...
    r = importCsv("entity,year,Capex ($bn),source\nMeta,2024,39.23,s\n", options);
    EXPECT_DOUBLE_EQ(r.figures.front().low, 39.23e9);
    EXPECT_TRUE(r.scales.value(2).fromHeader);
    // ... but not over the dialog's choice, made with the header in view.
    options.scaleOverridesHeaders = true;
    r = importCsv("entity,year,Capex ($bn),source\nMeta,2024,39.23,s\n", options);
    EXPECT_DOUBLE_EQ(r.figures.front().low, 39.23e6);
    // A number's own unit always wins.
    r = importCsv("entity,year,value,source\nMeta,2024,5.576M,s\n", options);
    EXPECT_DOUBLE_EQ(r.figures.front().low, 5.576e6);
}

TEST(ImportScale, AppliesToEveryColumnOfAWideTable)
{
    ImportOptions options;
    options.scale = 1e6;
    options.layout = ImportLayout::WideEntities;
    const FigureImportResult r = importCsv("year,Meta,Alphabet,source\n2024,\"39,230\",\"52,535\",s\n", options);
    ASSERT_TRUE(r.importable()) << qPrintable(r.error);
    ASSERT_EQ(r.figures.size(), 2);
    EXPECT_DOUBLE_EQ(r.figures.at(0).low, 39.23e9);
    EXPECT_DOUBLE_EQ(r.figures.at(1).low, 52.535e9);
}

// --- The status a kind implies -------------------------------------------------------------------

TEST(ImportStatus, FollowsTheKindUnlessTheRowOrTheCallerSaysOtherwise)
{
    const FigureImportResult r = importCsv("entity,year,value,kind,status,source\n"
                                           "Meta,2025,64-72B,capex guidance,,s\n"
                                           "Meta,2024,39.23B,capex,,s\n"
                                           "OpenAI,2024,5B,operating cost estimate,,s\n"
                                           "OpenAI,2025,2B,training compute cost,,s\n"
                                           "OpenAI,2026,500B,pledge,,s\n"
                                           "Meta,2026,100B,capex guidance,reported,s\n");
    ASSERT_TRUE(r.importable()) << qPrintable(r.error);
    QList<FigureStatus> statuses;
    for (const Figure &f : r.figures)
        statuses.append(f.status);
    EXPECT_EQ(statuses, QList<FigureStatus>({FigureStatus::Guidance, FigureStatus::Actual, FigureStatus::Estimate,
                                             FigureStatus::Estimate, FigureStatus::Stated,
                                             FigureStatus::Reported}));
    ImportOptions options;
    options.defaultKind = FigureKind::CapexGuidance;
    FigureImportResult byDefaultKind = importCsv("entity,year,value,source\nMeta,2025,64B,s\n", options);
    EXPECT_EQ(byDefaultKind.figures.front().status, FigureStatus::Guidance);
    options.defaultStatus = FigureStatus::Estimate;
    byDefaultKind = importCsv("entity,year,value,source\nMeta,2025,64B,s\n", options);
    EXPECT_EQ(byDefaultKind.figures.front().status, FigureStatus::Estimate);
}

// --- Values a thousand times off -----------------------------------------------------------------

TEST(ImportPlausibility, WarnsOfAValueAThousandTimesOffTheEntitysOthersButLetsItIn)
{
    const FigureImportResult r = importCsv("entity,year,value,source\n"
                                           "Meta,2022,31.4B,s\n"
                                           "Meta,2023,28.1B,s\n"
                                           "Meta,2024,\"39,230\",s\n"
                                           "Alphabet,2024,52.5B,s\n");
    ASSERT_TRUE(r.importable()) << qPrintable(r.error);
    EXPECT_EQ(r.figures.size(), 4);
    EXPECT_EQ(warnings(r),
              QStringList{QString::fromUtf8(
                  "line 4, column “value”: “39,230” reads as $39.2K, about 720,000 times less than the "
                  "other Capex figures of Meta in the file (about $28.1B): check what unit the numbers "
                  "are in (thousands, millions, billions).")});
}

TEST(ImportPlausibility, WarningsComeInTheOrderOfTheirLinesAtAnySize)
{
    // Rows of three entities in turn, each with values a thousand times off: the warnings of the
    // three groups interleave, so that only an order by line (not by group) reads top to bottom.
    // Small and large enough to be checked on one core and on two.
    for (const int rows : {60, 6000}) {
        QByteArray csv = "entity,label,year,value,source\n";
        for (int i = 0; i < rows; ++i) {
            const char *entity = i % 3 == 0 ? "Meta" : i % 3 == 1 ? "Alphabet" : "Amazon";
            const QByteArray value = i % 10 == 9 ? "39" : "39000000000";
            csv += QByteArray(entity) + ",Capex " + QByteArray::number(i) + "," +
                   QByteArray::number(2000 + i % 25) + "," + value + ",Filing\n";
        }
        const FigureImportResult r = importCsv(csv.constData());
        ASSERT_TRUE(r.ok) << qPrintable(r.error);
        ASSERT_EQ(r.warnings.size(), rows / 10) << rows;
        for (qsizetype k = 1; k < r.warnings.size(); ++k)
            ASSERT_LT(r.warnings.at(k - 1).line, r.warnings.at(k).line) << rows << " rows, warning " << k;
    }
}

TEST(ImportPlausibility, ValuesOfOtherKindsEntitiesOrWithinAHundredfoldAreNotWarnedOf)
{
    const FigureImportResult r = importCsv("entity,year,value,kind,source\n"
                                           "DeepSeek,2024,5.576M,training compute cost,s\n"
                                           "DeepSeek,2024,1.6B,hardware estimate,s\n"
                                           "Meta,2018,13.9B,capex,s\n"
                                           "Meta,2025,72B,capex,s\n"
                                           "xAI,2025,5K,capex,s\n");
    ASSERT_TRUE(r.importable()) << qPrintable(r.error);
    EXPECT_EQ(warnings(r), QStringList());
}

// Options for a document that holds Meta's capex for 2024 ($39.23B), its entity written as given.
ImportOptions withMetaCapex2024(const QString &entity)
{
    Figure known;
    known.entity = entity;
    known.label = QStringLiteral("Meta capex 2024");
    known.year = 2024;
    known.low = known.high = 39.23e9;
    ImportOptions options;
    options.existingFigures = {known};
    return options;
}

TEST(ImportPlausibility, WarnsOfAValueAThousandTimesOffTheDocumentsFigureForTheYear)
{
    const ImportOptions options = withMetaCapex2024(QStringLiteral("Meta"));
    const FigureImportResult r = importCsv("entity,year,value,source\nMeta,2024,\"39,230\",s\nMeta,2023,\"28,100\",s\n",
                                           options);
    ASSERT_TRUE(r.importable());
    EXPECT_EQ(warnings(r),
              QStringList{QString::fromUtf8(
                  "line 2, column “value”: “39,230” reads as $39.2K, about 1,000,000 times less than "
                  "“Meta capex 2024” already in the document ($39.2B): check what unit the numbers "
                  "are in (thousands, millions, billions).")});
}

TEST(ImportPlausibility, AnEntityWrittenInAnotherCaseOrWithSpacesIsTheSameEntity)
{
    const ImportOptions options = withMetaCapex2024(QStringLiteral("META"));
    const FigureImportResult r = importCsv("entity,year,value,source\n"
                                           "Meta,2022,31.4B,s\n"
                                           "\" meta \",2023,\"28,100\",s\n"
                                           "Meta,2024,\"39,230\",s\n",
                                           options);
    ASSERT_TRUE(r.importable()) << qPrintable(r.error);
    // 28,100 sits with the other Meta capex (its median is 39,230), and 39,230 is checked against
    // the document's META.
    const QStringList all = warnings(r);
    ASSERT_EQ(all.size(), 2) << qPrintable(all.join('\n'));
    EXPECT_TRUE(all.at(0).startsWith(QStringLiteral("line 2,")) || all.at(1).startsWith(QStringLiteral("line 2,")));
    EXPECT_TRUE(all.join('\n').contains(QString::fromUtf8(
        "line 4, column “value”: “39,230” reads as $39.2K, about 1,000,000 times less than “Meta capex "
        "2024” already in the document")))
        << qPrintable(all.join('\n'));
}

// --- A preview before the source is given --------------------------------------------------------

TEST(ImportPreview, ReadsTheRowsBeforeADefaultSourceIsGivenButImportsNothing)
{
    const FigureImportResult r = importCsv("entity,year,value\nMeta,2024,39.23B\n");
    EXPECT_FALSE(r.ok);
    EXPECT_FALSE(r.importable());
    EXPECT_EQ(r.error, QString::fromUtf8("test.csv: no column for the source (a header such as “source”), and no "
                                         "default source was given: every figure needs where it came from."));
    ASSERT_EQ(r.figures.size(), 1); // shown in the preview
    EXPECT_DOUBLE_EQ(r.figures.front().low, 39.23e9);
    EXPECT_TRUE(r.problems.isEmpty());
    ASSERT_EQ(r.origins.size(), 1);
    EXPECT_EQ(r.origins.front().line, 2);
    EXPECT_EQ(r.origins.front().column, 2);
}

} // namespace
