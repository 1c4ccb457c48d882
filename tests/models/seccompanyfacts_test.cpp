#include "../gtestqt.h"
#include "figurerules.h"
#include "seccompanyfacts.h"
#include "secfactsimport.h"

#include <gtest/gtest.h>

namespace {

const QString kMeta = QStringLiteral(SPENDLENS_TEST_DATA "/sec/companyfacts-meta.json");

SecFactsRead meta()
{
    const SecFactsRead read = SecCompanyFacts::readFile(kMeta);
    EXPECT_TRUE(read.ok) << qPrintable(read.error);
    return read;
}

const Figure *byId(const QVector<Figure> &figures, const QString &id)
{
    for (const Figure &f : figures)
        if (f.id == id)
            return &f;
    return nullptr;
}

// A file whose one concept's USD list is the given facts.
QByteArray withFacts(const QByteArray &usd)
{
    return R"({"cik":1326801,"entityName":"Meta Platforms, Inc.","facts":{"us-gaap":{)"
           R"("PaymentsToAcquirePropertyPlantAndEquipment":{"label":"Capex","units":{"USD":[)" +
           usd + "]}}}}}";
}

QByteArray fact(const QByteArray &replace = {}, const QByteArray &by = {})
{
    QByteArray f = R"({"start":"2024-01-01","end":"2024-12-31","val":37256000000,)"
                   R"("accn":"0001326801-25-000017","fy":2024,"fp":"FY","form":"10-K",)"
                   R"("filed":"2025-01-30","frame":"CY2024"})";
    return replace.isEmpty() ? f : f.replace(replace, by);
}

} // namespace

TEST(SecCompanyFacts, KeepsFramedUsdDurationsAndSaysWhyOthersAreLeftOut)
{
    const SecFactsRead read = meta();
    EXPECT_EQ(read.cik, 1326801);
    EXPECT_EQ(read.entityName, QStringLiteral("Meta Platforms, Inc."));
    QStringList names;
    for (const SecConcept &c : read.concepts)
        names << c.qualifiedName();
    EXPECT_EQ(names, (QStringList{"meta:PurchasesOfPropertyAndEquipmentIncludingFinanceLeases",
                                  "us-gaap:PaymentsForRepaymentsOfFinanceLeasePrincipal",
                                  "us-gaap:PaymentsToAcquirePropertyPlantAndEquipment"}));
    EXPECT_TRUE(read.unusable.value("us-gaap:CashAndCashEquivalentsAtCarryingValue").contains("balances"));
    EXPECT_TRUE(read.unusable.value("dei:EntityCommonStockSharesOutstanding").contains("shares"));
    EXPECT_TRUE(read.unusable.value("us-gaap:PaymentsToAcquireOtherInvestments").contains("frame"));
    // Frames in time order; the six-month fact without a frame and the EUR value are left out.
    const SecConcept *capex = read.concept(SecFactsImport::kCapexConcept);
    ASSERT_TRUE(capex);
    QStringList frames;
    for (const SecFact &f : capex->facts)
        frames << f.frame;
    EXPECT_EQ(frames, (QStringList{"CY2023", "CY2024Q1", "CY2024Q3", "CY2024"}));
    EXPECT_EQ(capex->factFor("CY2024")->value, 37256000000.0) << "the USD fact, not the EUR one";
}

TEST(SecFactsImport, AnnualAndQuarterlyCapexFiguresCiteTheirFilings)
{
    const SecImportResult result = SecFactsImport::run(meta());
    ASSERT_TRUE(result.ok) << qPrintable(result.error);
    ASSERT_EQ(result.figures.size(), 4);
    const Figure *year = byId(result.figures, "sec-1326801-capex-cy2024");
    ASSERT_TRUE(year);
    EXPECT_EQ(year->entity, QStringLiteral("Meta Platforms, Inc."));
    EXPECT_EQ(year->kind, FigureKind::Capex);
    EXPECT_EQ(year->status, FigureStatus::Actual);
    EXPECT_EQ(year->level, Verification::Primary);
    EXPECT_EQ(year->year, 2024);
    EXPECT_EQ(year->quarter, 0);
    EXPECT_EQ(year->periodLabel, QStringLiteral("CY2024"));
    EXPECT_EQ(year->low, 37256000000.0);
    EXPECT_EQ(year->high, 37256000000.0);
    EXPECT_EQ(year->source.title, QStringLiteral("Form 10-K, accession 0001326801-25-000017"));
    EXPECT_EQ(year->source.date, QDate(2025, 1, 30));
    EXPECT_EQ(year->stated, QDate(2025, 1, 30));
    EXPECT_EQ(year->source.url, QStringLiteral("https://www.sec.gov/Archives/edgar/data/1326801/000132680125000017/"));
    EXPECT_TRUE(year->source.quote.contains("37,256,000,000")) << qPrintable(year->source.quote);
    EXPECT_TRUE(year->basis.contains("us-gaap:PaymentsToAcquirePropertyPlantAndEquipment"));
    EXPECT_TRUE(FigureRules::check(*year).isEmpty());

    const Figure *q3 = byId(result.figures, "sec-1326801-capex-cy2024q3");
    ASSERT_TRUE(q3);
    EXPECT_EQ(q3->quarter, 3);
    EXPECT_EQ(q3->year, 2024);
    EXPECT_EQ(q3->periodLabel, QStringLiteral("Q3 2024"));
    EXPECT_EQ(q3->source.title, QStringLiteral("Form 10-Q, accession 0001326801-24-000082"));
    EXPECT_TRUE(byId(result.figures, "sec-1326801-capex-cy2024q1"));
}

TEST(SecFactsImport, ARestatedValueIsTakenOnceFromTheFrame)
{
    const SecImportResult result = SecFactsImport::run(meta());
    const Figure *y2023 = byId(result.figures, "sec-1326801-capex-cy2023");
    ASSERT_TRUE(y2023);
    // The 2024 10-K's 27,266 was restated as 27,045 in the 2025 10-K, which carries the frame.
    EXPECT_EQ(y2023->low, 27045000000.0);
    EXPECT_EQ(y2023->source.title, QStringLiteral("Form 10-K, accession 0001326801-25-000017"));
    // Two facts for one frame (not EDGAR's way, but possible in a file): the later filing only.
    const QByteArray twice = withFacts(fact() + "," + fact("\"val\":37256000000", "\"val\":40000000000")
                                                          .replace("2025-01-30", "2025-03-01"));
    const SecImportResult doubled = SecFactsImport::run(SecCompanyFacts::read(twice, "twice.json"));
    ASSERT_TRUE(doubled.ok) << qPrintable(doubled.error);
    ASSERT_EQ(doubled.figures.size(), 1);
    EXPECT_EQ(doubled.figures.first().low, 40000000000.0);
}

TEST(SecFactsImport, CaveatWhenTheCompanyCountsFinanceLeasesInItsCapex)
{
    const SecImportResult plain = SecFactsImport::run(meta());
    const Figure *y2024 = byId(plain.figures, "sec-1326801-capex-cy2024");
    ASSERT_TRUE(y2024);
    EXPECT_TRUE(y2024->caveat.contains("finance-lease principal")) << qPrintable(y2024->caveat);
    EXPECT_TRUE(y2024->caveat.contains("$1.97B")) << qPrintable(y2024->caveat);
    // No finance-lease payment in the file for Q3: no caveat to make.
    EXPECT_TRUE(byId(plain.figures, "sec-1326801-capex-cy2024q3")->caveat.isEmpty());

    const SecImportResult asMeta =
        SecFactsImport::run(meta(), {SecFactsImport::kCapexConcept, SecFactsImport::kFinanceLeaseConcept});
    ASSERT_TRUE(asMeta.ok) << qPrintable(asMeta.error);
    const Figure *sum = byId(asMeta.figures, "sec-1326801-capex-plus-finance-lease-principal-cy2024");
    ASSERT_TRUE(sum);
    EXPECT_EQ(sum->low, 37256000000.0 + 1969000000.0);
    EXPECT_TRUE(sum->caveat.contains("Includes principal payments on finance leases"));
    EXPECT_TRUE(sum->label.contains("capex incl. finance-lease principal"));
    const Figure *q3 = byId(asMeta.figures, "sec-1326801-capex-plus-finance-lease-principal-cy2024q3");
    ASSERT_TRUE(q3);
    EXPECT_TRUE(q3->caveat.contains("no value of “Finance Lease, Principal Payments”")) << qPrintable(q3->caveat);

    const SecImportResult own = SecFactsImport::run(meta(), {"meta:PurchasesOfPropertyAndEquipmentIncludingFinanceLeases"});
    ASSERT_TRUE(own.ok) << qPrintable(own.error);
    ASSERT_EQ(own.figures.size(), 1);
    EXPECT_EQ(own.figures.first().low, 39225000000.0);
    EXPECT_EQ(own.figures.first().id,
              QStringLiteral("sec-1326801-purchases-of-property-and-equipment-including-finance-leases-cy2024"));
    EXPECT_TRUE(own.figures.first().caveat.contains("Not purchases of property and equipment"));
}

TEST(SecFactsImport, FiguresAlreadyInTheDocumentAreLeftAsTheyAre)
{
    const SecImportResult again = SecFactsImport::run(meta(), {}, {"sec-1326801-capex-cy2024"});
    ASSERT_TRUE(again.ok);
    EXPECT_EQ(again.figures.size(), 3);
    EXPECT_EQ(again.alreadyThere, 1);
    const SecImportResult all = SecFactsImport::run(
        meta(), {}, {"sec-1326801-capex-cy2023", "sec-1326801-capex-cy2024q1", "sec-1326801-capex-cy2024q3",
                     "sec-1326801-capex-cy2024"});
    EXPECT_FALSE(all.ok);
    EXPECT_TRUE(all.error.contains("in the document already")) << qPrintable(all.error);
}

TEST(SecFactsImport, SplitsConceptLists)
{
    EXPECT_EQ(SecFactsImport::splitConceptList({"A,B", " C ", ",,"}), (QStringList{"A", "B", "C"}));
}

struct BadFile
{
    const char *name;
    QByteArray json;
    const char *message; // a part of the error
};

class SecBadFile : public ::testing::TestWithParam<BadFile>
{
};

TEST_P(SecBadFile, IsRefusedWithWhereAndWhyAndNothingComesIn)
{
    const BadFile &bad = GetParam();
    const SecFactsRead read = SecCompanyFacts::read(bad.json, "bad.json");
    const SecImportResult result = SecFactsImport::run(read);
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.figures.isEmpty());
    EXPECT_TRUE(result.error.startsWith("bad.json: ")) << qPrintable(result.error);
    EXPECT_TRUE(result.error.contains(QString::fromUtf8(bad.message))) << qPrintable(result.error);
}

INSTANTIATE_TEST_SUITE_P(
    Corpus, SecBadFile,
    ::testing::Values(
        BadFile{"NotJson", "{\"cik\":1,", "line 1, column 10: the file ends inside an object"},
        BadFile{"NotAnObject", "[1,2]", "it is not a JSON object"},
        BadFile{"NoFacts", R"({"cik":1,"entityName":"X"})", "no “facts” object"},
        BadFile{"NoCik", R"({"entityName":"X","facts":{}})", "“cik”"},
        BadFile{"NoName", R"({"cik":5,"facts":{}})", "“entityName”"},
        BadFile{"DuplicateKey", R"({"cik":5,"cik":6,"entityName":"X","facts":{}})", "appears twice"},
        BadFile{"UsdNotAList", withFacts("").replace("[]", "{}"), "units.USD: not a list"},
        BadFile{"FactNotObject", withFacts("7"), "USD[0]: a fact that is not an object"},
        BadFile{"BadFrame", withFacts(fact("CY2024\"", "CY20X4\"")), "the frame “CY20X4”"},
        BadFile{"StartAfterEnd", withFacts(fact("2024-01-01", "2025-01-01")), "“start” and “end”"},
        BadFile{"ValNotNumber", withFacts(fact("37256000000", "\"37B\"")), "“val” is not a number"},
        BadFile{"BadAccession", withFacts(fact("0001326801-25-000017", "0001326801")), "“accn”"},
        BadFile{"NoForm", withFacts(fact("\"10-K\"", "\"\"")), "“form”"},
        BadFile{"BadFiled", withFacts(fact("2025-01-30", "30.1.2025")), "“filed” is not a date"},
        BadFile{"YearOutOfRange", withFacts(fact("CY2024\"", "CY1800\"")), "USD[0]: "},
        BadFile{"Negative", withFacts(fact("37256000000", "-5")), "facts.us-gaap.PaymentsToAcquirePropertyPlantAndEquipment, CY2024"},
        BadFile{"MissingConcept",
                QByteArray(withFacts(fact())).replace("PaymentsToAcquirePropertyPlantAndEquipment", "Revenues"),
                "no concept “PaymentsToAcquirePropertyPlantAndEquipment” in this file"},
        BadFile{"OnlyBalances", withFacts(fact("\"start\":\"2024-01-01\",", "")), "holds balances at a date"}),
    [](const ::testing::TestParamInfo<BadFile> &info) { return std::string(info.param.name); });

TEST(SecFactsImport, AMissingConceptNamesTheOnesThereAre)
{
    const SecImportResult result = SecFactsImport::run(meta(), {"NoSuchConcept"});
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.error.contains("choose one of PaymentsToAcquirePropertyPlantAndEquipment")) << qPrintable(result.error);
}

TEST(SecCompanyFacts, TellsCompanyFactsFromOtherJson)
{
    EXPECT_TRUE(SecCompanyFacts::looksLikeCompanyFacts("{\"cik\":1326801,"));
    EXPECT_TRUE(SecCompanyFacts::looksLikeCompanyFacts("  {\n  \"cik\" : 1"));
    EXPECT_FALSE(SecCompanyFacts::looksLikeCompanyFacts("{\"version\":3,\"figures\":[]}"));
}
