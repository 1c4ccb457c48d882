// Opening a .spendlens document (bench_memory write-json writes one of 100,000 figures into
// build-bench), in steps:
//   BM_ReadDocument   DatasetJson::readFile: the bytes to checked figures (no models);
//   BM_LoadDocument   Document::load of figures already read: every model and derived value;
//   BM_OpenDocument   Document::open: both, and the file's stamp (what File ▸ Open does
//                     before the window redraws).
// Usage: bench_open [benchmark flags] FILE.spendlens
#include "benchmain.h"
#include "dataset.h"
#include "document.h"

#include <QGuiApplication>

#include <benchmark/benchmark.h>

#include <cstdio>

namespace {

QString g_path;

void BM_ReadDocument(benchmark::State &state)
{
    int figures = 0;
    for (auto _ : state) {
        const DatasetRead read = DatasetJson::readFile(g_path);
        if (!read.ok) {
            state.SkipWithError(qPrintable(read.error));
            return;
        }
        figures = int(read.dataset.figures.size());
    }
    state.counters["figures"] = figures;
}

void BM_LoadDocument(benchmark::State &state)
{
    const DatasetRead read = DatasetJson::readFile(g_path);
    if (!read.ok) {
        state.SkipWithError(qPrintable(read.error));
        return;
    }
    for (auto _ : state) {
        Document document;
        document.load(read.dataset);
        benchmark::ClobberMemory();
    }
    state.counters["figures"] = int(read.dataset.figures.size());
}

void BM_OpenDocument(benchmark::State &state)
{
    for (auto _ : state) {
        Document document;
        QString error;
        if (!document.open(g_path, &error)) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        benchmark::ClobberMemory();
    }
}

} // namespace

BENCHMARK(BM_ReadDocument)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_LoadDocument)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_OpenDocument)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char **argv)
{
    return runBenchmarksOnFile(argc, argv, "usage: bench_open [benchmark flags] FILE.spendlens", &g_path);
}
