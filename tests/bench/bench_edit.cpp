// An edit reflected in the models and the chart on screen, with N figures loaded (10,000 for the
// quality bar). Three views of the same edit, from the narrowest to what the user sees:
//   BM_EditModels      FigureModel::setData on one value cell: the undo command, the figure
//                      table, RatioModel and GrowthModel, with no view attached;
//   BM_EditChartView   the same plus one ChartView (the ratio chart) rebuilt through the
//                      catalog and its viewport painted;
//   BM_EditWindow      the dashboard (MainWindow: sorted figure table, ratio panel with its
//                      charts, growth panel), every queued rebuild run, then the visible chart
//                      painted. This is the number the 8 ms bar is checked against.
// The edited figure is compared in the ratio chart and in the growth series, so every model
// and chart really changes. Runs on the offscreen platform.
#include "benchdata.h"

#include "chartview.h"
#include "document.h"
#include "figuremodel.h"
#include "mainwindow.h"
#include "ratiomodel.h"
#include "ratiopanel.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QTableView>
#include <QUndoStack>

#include <benchmark/benchmark.h>

#include <memory>

namespace {

const char *const kEditedId = "meta-capex-2025";

// Two values the edit alternates between, so every edit is a real change. The figure is made a
// range before timing (it is a single value in the dataset): the first edit adds a whisker to
// its bar, a new shape of chart that is built afresh; every timed edit changes numbers only.
const QString kValues[2] = {QStringLiteral("61–66B"), QStringLiteral("62–67B")};

std::unique_ptr<Document> loadedDocument(int count)
{
    auto document = std::make_unique<Document>();
    document->load(BenchData::dataset(count));
    return document;
}

QModelIndex editedCell(const Document &document)
{
    const int row = document.figures()->rowOf(QString::fromLatin1(kEditedId));
    Q_ASSERT(row >= 0);
    return document.figures()->index(row, FigureModel::ValueColumn);
}

void settle()
{
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

// One edit each, out of line, so a profiler can count one edit alone:
// valgrind --tool=callgrind --toggle-collect='*editOnce*' bench_edit --benchmark_filter=...
[[gnu::noinline]] void editModelsOnce(FigureModel *figures, const QModelIndex &cell, const QString &value)
{
    figures->setData(cell, value);
}

[[gnu::noinline]] void editChartViewOnce(FigureModel *figures, const QModelIndex &cell, const QString &value,
                                         ChartView *view)
{
    figures->setData(cell, value);
    QApplication::sendPostedEvents(); // the coalesced rebuild (a queued call)
    view->viewport()->repaint();
}

[[gnu::noinline]] void editWindowOnce(QAbstractItemModel *table, const QModelIndex &shown, const QString &value,
                                      ChartView *visible)
{
    // What the table's editor does: through the sorting proxy into the figure model.
    table->setData(shown, value);
    QApplication::sendPostedEvents(); // every coalesced chart rebuild
    visible->viewport()->repaint();
}

void BM_EditModels(benchmark::State &state)
{
    auto document = loadedDocument(int(state.range(0)));
    const QModelIndex cell = editedCell(*document);
    int n = 0;
    for (auto _ : state) {
        editModelsOnce(document->figures(), cell, kValues[n++ % 2]);
    }
    state.counters["figures"] = document->figures()->rowCount();
    state.counters["undo_steps"] = document->undoStack()->count();
}

void BM_EditChartView(benchmark::State &state)
{
    auto document = loadedDocument(int(state.range(0)));
    ChartView view(ChartType::Ratio, document.get(), ChartStyle());
    view.resize(900, 600);
    view.show();
    settle();
    const QModelIndex cell = editedCell(*document);
    document->figures()->setData(cell, kValues[1]); // not counted: see kValues
    settle();
    int n = 0;
    int rebuilds = 0;
    int inPlace = 0;
    QObject::connect(&view, &ChartView::rebuilt, [&] {
        ++rebuilds;
        inPlace += view.updatedInPlace() ? 1 : 0;
    });
    for (auto _ : state) {
        editChartViewOnce(document->figures(), cell, kValues[n++ % 2], &view);
    }
    state.counters["figures"] = document->figures()->rowCount();
    state.counters["rebuilds_per_edit"] = double(rebuilds) / double(n);
    state.counters["in_place"] = double(inPlace) / double(n);
}

void BM_EditWindow(benchmark::State &state)
{
    auto document = loadedDocument(int(state.range(0)));
    MainWindow window(document.get(), QStringLiteral("benchmark"));
    window.show();
    settle();
    ChartView *visible = window.ratioPanel()->chartView();
    const QModelIndex cell = editedCell(*document);
    const auto shownCell = [&] {
        QAbstractItemModel *table = window.figureTable()->model();
        return static_cast<QAbstractProxyModel *>(table)->mapFromSource(cell);
    };
    window.figureTable()->model()->setData(shownCell(), kValues[1]); // not counted: see kValues
    settle();
    int n = 0;
    int rebuilds = 0;
    int inPlace = 0;
    for (ChartView *view : window.findChildren<ChartView *>())
        QObject::connect(view, &ChartView::rebuilt, [&rebuilds, &inPlace, view] {
            ++rebuilds;
            inPlace += view->updatedInPlace() ? 1 : 0;
        });
    for (auto _ : state) {
        editWindowOnce(window.figureTable()->model(), shownCell(), kValues[n++ % 2], visible);
    }
    state.counters["figures"] = document->figures()->rowCount();
    state.counters["rebuilds_per_edit"] = double(rebuilds) / double(n);
    state.counters["in_place"] = double(inPlace) / double(n);
}

} // namespace

BENCHMARK(BM_EditModels)->Arg(37)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_EditChartView)->Arg(37)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_EditWindow)->Arg(37)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // SPENDLENS_BENCH_SCALE=100000,1000000: the three edits at those counts too (scripts/bench
    // --scale, the growth check).
    for (const QByteArray &count : qgetenv("SPENDLENS_BENCH_SCALE").split(',')) {
        if (count.toInt() <= 0)
            continue;
        benchmark::RegisterBenchmark("BM_EditModels", BM_EditModels)->Arg(count.toInt())->Unit(benchmark::kMillisecond)->UseRealTime();
        benchmark::RegisterBenchmark("BM_EditChartView", BM_EditChartView)->Arg(count.toInt())->Unit(benchmark::kMillisecond)->UseRealTime();
        benchmark::RegisterBenchmark("BM_EditWindow", BM_EditWindow)->Arg(count.toInt())->Unit(benchmark::kMillisecond)->UseRealTime();
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
