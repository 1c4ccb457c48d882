// SEC company-facts import of a generated file shaped like EDGAR's (concepts of about a hundred
// facts each: years, quarters, nine-month spans without a frame, the same period again in later
// filings), of the size in MB given as the benchmark's argument:
//   BM_SecFactsRead    SecCompanyFacts::read: the shape check, the JSON parse, the framed USD facts;
//   BM_SecFactsImport  the same plus SecFactsImport::run for the default capex concept.
// Usage: bench_secfacts [benchmark flags]
#include "seccompanyfacts.h"
#include "secfactsimport.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

namespace {

QByteArray fact(int year, const char *start, const char *end, const char *frame, int filing)
{
    return QStringLiteral(R"({"start":"%1-%2","end":"%1-%3","val":%4,"accn":"0001326801-%5-%6",)"
                          R"("fy":%1,"fp":"FY","form":"10-K","filed":"%7-01-30"%8})")
        .arg(year)
        .arg(QLatin1String(start), QLatin1String(end))
        .arg(qint64(1000000) * (year - 1990) * 1000 + filing)
        .arg(year % 100 + 1, 2, 10, QLatin1Char('0'))
        .arg(filing, 6, 10, QLatin1Char('0'))
        .arg(year + 1)
        .arg(frame ? QStringLiteral(R"(,"frame":"%1")").arg(QString::fromLatin1(frame).arg(year)) : QString())
        .toUtf8();
}

QByteArray companyFacts(qsizetype bytes)
{
    QByteArray json = R"({"cik":1326801,"entityName":"Meta Platforms, Inc.","facts":{"us-gaap":{)";
    for (int concept = 0; json.size() < bytes; ++concept) {
        const QByteArray name = concept == 0 ? QByteArray("PaymentsToAcquirePropertyPlantAndEquipment")
                                             : "Concept" + QByteArray::number(concept);
        json += (concept ? "," : "") + ("\"" + name + "\":{\"label\":\"Label of ") + name +
                "\",\"description\":\"A description of the concept, as long as EDGAR's often are, "
                "which is a sentence or two.\",\"units\":{\"USD\":[";
        for (int year = 2009; year <= 2024; ++year) {
            json += (year > 2009 ? "," : "") + fact(year, "01-01", "12-31", "CY%1", 1) + ",";
            json += fact(year, "01-01", "12-31", nullptr, 2) + ",";         // the same, filed again
            json += fact(year, "01-01", "03-31", "CY%1Q1", 3) + ",";
            json += fact(year, "01-01", "09-30", nullptr, 4) + ",";         // nine months: no frame
            json += fact(year, "07-01", "09-30", "CY%1Q3", 5);
        }
        json += "]}}";
    }
    return json + "}}}";
}

void BM_SecFactsRead(benchmark::State &state)
{
    const QByteArray json = companyFacts(state.range(0) * 1024 * 1024);
    for (auto _ : state) {
        const SecFactsRead read = SecCompanyFacts::read(json, QStringLiteral("bench.json"));
        if (!read.ok) {
            state.SkipWithError(qPrintable(read.error));
            return;
        }
        benchmark::DoNotOptimize(read.concepts.size());
    }
    state.SetBytesProcessed(state.iterations() * json.size());
}

void BM_SecFactsImport(benchmark::State &state)
{
    const QByteArray json = companyFacts(state.range(0) * 1024 * 1024);
    for (auto _ : state) {
        const SecImportResult result = SecFactsImport::run(SecCompanyFacts::read(json, QStringLiteral("bench.json")));
        if (!result.ok) {
            state.SkipWithError(qPrintable(result.error));
            return;
        }
        benchmark::DoNotOptimize(result.figures.size());
    }
    state.SetBytesProcessed(state.iterations() * json.size());
}

} // namespace

BENCHMARK(BM_SecFactsRead)->Arg(10)->Arg(40)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SecFactsImport)->Arg(10)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
