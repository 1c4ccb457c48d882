// CSV import of a generated file (scripts/bench-data.py writes 100,000 rows into build-bench):
//   BM_CsvRead          CsvReader::readFile: bytes to a table of cells (encoding, delimiter,
//                       quoting);
//   BM_CsvImport        readFile + FigureImport::run: the figures, typed and checked. This is
//                       the number compared with pandas.read_csv on the same file;
//   BM_CsvImportIntoDocument  the same plus Document::addFigures, as File ▸ Import does
//                       (unique ids, the undo command, every derived model).
// Usage: bench_csv [benchmark flags] FILE.csv
#include "benchmain.h"
#include "benchdata.h"
#include "csvreader.h"
#include "document.h"
#include "figureimport.h"
#include "figuremodel.h"

#include <QGuiApplication>

#include <benchmark/benchmark.h>

#include <cstdio>

namespace {

QString g_path;

// The product's reader; with SPENDLENS_BENCH_UNCAPPED=1 (scripts/bench --scale) without its
// limits of 200,000 rows and 64 MiB, to see how the import's cost grows beyond them.
CsvReader reader()
{
    CsvReader reader;
    if (qEnvironmentVariableIntValue("SPENDLENS_BENCH_UNCAPPED") == 1) {
        CsvLimits limits;
        limits.maxFileBytes = 2048ll * 1024 * 1024;
        limits.maxCells = 256ll * 1024 * 1024;
        limits.maxRows = 10'000'000;
        reader.setLimits(limits);
    }
    return reader;
}

void BM_CsvRead(benchmark::State &state)
{
    int rows = 0;
    for (auto _ : state) {
        const CsvRead read = reader().readFile(g_path);
        if (!read.ok) {
            state.SkipWithError(qPrintable(read.error));
            return;
        }
        rows = read.table.rowCount();
        benchmark::DoNotOptimize(rows);
    }
    state.counters["rows"] = rows;
}

void BM_CsvImport(benchmark::State &state)
{
    int figures = 0;
    int problems = 0;
    int warnings = 0;
    for (auto _ : state) {
        const CsvRead read = reader().readFile(g_path);
        const FigureImportResult result = FigureImport().run(read.table);
        if (!read.ok || !result.ok) {
            state.SkipWithError(qPrintable(read.ok ? result.error : read.error));
            return;
        }
        figures = int(result.figures.size());
        problems = int(result.problems.size());
        warnings = int(result.warnings.size());
    }
    state.counters["figures"] = figures;
    state.counters["problems"] = problems;
    state.counters["warnings"] = warnings;
}

void BM_CsvImportIntoDocument(benchmark::State &state)
{
    const DatasetRead builtIn = DatasetJson::builtIn();
    int figures = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto document = std::make_unique<Document>();
        document->load(builtIn.dataset);
        state.ResumeTiming();
        const CsvRead read = reader().readFile(g_path);
        FigureImportResult result = FigureImport(BenchData::importOptions(*document)).run(read.table);
        if (!read.ok || !result.ok) {
            state.SkipWithError(qPrintable(read.ok ? result.error : read.error));
            return;
        }
        document->addFigures(std::move(result.figures), QStringLiteral("Import"));
        figures = document->figures()->rowCount();
        state.PauseTiming();
        document.reset();
        state.ResumeTiming();
    }
    state.counters["figures"] = figures;
}

} // namespace

BENCHMARK(BM_CsvRead)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_CsvImport)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_CsvImportIntoDocument)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char **argv)
{
    return runBenchmarksOnFile(argc, argv, "usage: bench_csv [benchmark flags] FILE.csv", &g_path);
}
