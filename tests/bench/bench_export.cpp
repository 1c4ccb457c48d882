// PNG export in process, as `spendlens export --chart ratio` does it (built-in dataset,
// 1200×675 at 2x = 2400×1350 px), and its parts:
//   BM_ExportPng        ChartExporter::renderChart + writePng: the in-process headline;
//   BM_ExportChart      ChartExporter::exportChart (adds the alt text and PNG text chunks);
//   BM_Build            ChartCatalog::build: the chart's items, no layout;
//   BM_Render           renderChart: build, lay out in a scene, paint into the image;
//   BM_Paint            painting an already laid-out chart into a fresh image;
//   BM_Encode           writePng of an already painted image (the product's writer: sub filter, zlib 1, deflated on every core);
//   BM_EncodeQuality/q  the same image through QImageWriter::setQuality(q) into memory, for
//                       q = -1 (default), 0, 50, 80, 90, 100 (Qt maps quality to zlib level
//                       9 … 0); the counter "bytes" is the file size;
//   BM_EncodeLibpng/f/l/s  libpng directly with other settings, to compare the writer's choice with
//                       (what Qt's writer would give is f 5, l 6): row filter
//                       f (0 none, 1 sub, 2 up, 5 libpng's adaptive choice of all five, which
//                       is what Qt gets), zlib level l and strategy s (0 default, 3 Z_RLE).
#include "chartcanvas.h"
#include "chartcatalog.h"
#include "chartexporter.h"
#include "document.h"

#include <QApplication>
#include <QBuffer>
#include <QFileInfo>
#include <QImageWriter>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <png.h>
#include <zlib.h>

#include <memory>
#include <vector>

namespace {

QTemporaryDir *g_dir = nullptr;

const Document &document()
{
    static Document *doc = [] {
        auto *d = new Document;
        d->load(DatasetJson::builtIn().dataset);
        return d;
    }();
    return *doc;
}

QString outPath() { return g_dir->filePath(QStringLiteral("ratio.png")); }

void BM_ExportPng(benchmark::State &state)
{
    const ChartExporter::Options options;
    for (auto _ : state) {
        const QImage image =
            ChartExporter::renderChart(ChartType::Ratio, document(), ChartStyle(), options);
        QString error;
        if (!ChartExporter::writePng(image, outPath(), &error)) {
            state.SkipWithError(qPrintable(error));
            return;
        }
    }
    state.counters["bytes"] = double(QFileInfo(outPath()).size());
}

void BM_ExportChart(benchmark::State &state)
{
    const ChartExporter::Options options;
    for (auto _ : state) {
        QString error;
        if (!ChartExporter::exportChart(ChartType::Ratio, document(), ChartStyle(), options,
                                        outPath(), &error)) {
            state.SkipWithError(qPrintable(error));
            return;
        }
    }
}

void BM_Build(benchmark::State &state)
{
    for (auto _ : state) {
        ChartCanvas *canvas = ChartCatalog::build(ChartType::Ratio, document(), ChartStyle());
        delete canvas->chart(); // the canvas is a child of its chart
    }
}

void BM_Render(benchmark::State &state)
{
    const ChartExporter::Options options;
    for (auto _ : state) {
        QImage image = ChartExporter::renderChart(ChartType::Ratio, document(), ChartStyle(), options);
        benchmark::DoNotOptimize(image.constBits());
    }
}

void BM_Paint(benchmark::State &state)
{
    const ChartExporter::Options options;
    ChartExporter::Renderer renderer(ChartCatalog::build(ChartType::Ratio, document(), ChartStyle()),
                                     options);
    for (auto _ : state) {
        QImage image = renderer.paint();
        benchmark::DoNotOptimize(image.constBits());
    }
}

void BM_Encode(benchmark::State &state)
{
    const QImage image =
        ChartExporter::renderChart(ChartType::Ratio, document(), ChartStyle(), ChartExporter::Options());
    for (auto _ : state) {
        QString error;
        if (!ChartExporter::writePng(image, outPath(), &error)) {
            state.SkipWithError(qPrintable(error));
            return;
        }
    }
    state.counters["bytes"] = double(QFileInfo(outPath()).size());
}

void BM_EncodeQuality(benchmark::State &state)
{
    const QImage image =
        ChartExporter::renderChart(ChartType::Ratio, document(), ChartStyle(), ChartExporter::Options());
    qint64 bytes = 0;
    for (auto _ : state) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "png");
        writer.setQuality(int(state.range(0)));
        if (!writer.write(image)) {
            state.SkipWithError(qPrintable(writer.errorString()));
            return;
        }
        bytes = buffer.size();
    }
    state.counters["bytes"] = double(bytes);
}

// An RGB32 image as an 8-bit RGB PNG in memory, with libpng's row filter, zlib level and strategy
// chosen; returns the size, or -1.
long long encodeWithLibpng(const QImage &image, int filter, int level, int strategy)
{
    std::vector<unsigned char> out;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    if (!png || !info || setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return -1;
    }
    png_set_write_fn(
        png, &out,
        [](png_structp p, png_bytep data, png_size_t length) {
            auto *buffer = static_cast<std::vector<unsigned char> *>(png_get_io_ptr(p));
            buffer->insert(buffer->end(), data, data + length);
        },
        nullptr);
    const int filters[] = {PNG_FILTER_NONE, PNG_FILTER_SUB, PNG_FILTER_UP, 0, 0, PNG_ALL_FILTERS};
    png_set_filter(png, PNG_FILTER_TYPE_BASE, filters[filter]);
    png_set_compression_level(png, level);
    png_set_compression_strategy(png, strategy);
    png_set_IHDR(png, info, image.width(), image.height(), 8, PNG_COLOR_TYPE_RGB,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_BASE, PNG_FILTER_TYPE_BASE);
    png_write_info(png, info);
    png_set_bgr(png);                           // RGB32 is B, G, R, X in memory here
    png_set_filler(png, 0, PNG_FILLER_AFTER); // drop the X byte
    for (int y = 0; y < image.height(); ++y)
        png_write_row(png, image.constScanLine(y));
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    return (long long)out.size();
}

void BM_EncodeLibpng(benchmark::State &state)
{
    const QImage image =
        ChartExporter::renderChart(ChartType::Ratio, document(), ChartStyle(), ChartExporter::Options());
    long long bytes = 0;
    for (auto _ : state) {
        bytes = encodeWithLibpng(image, int(state.range(0)), int(state.range(1)), int(state.range(2)));
        if (bytes < 0) {
            state.SkipWithError("libpng failed");
            return;
        }
    }
    state.counters["bytes"] = double(bytes);
}

} // namespace

BENCHMARK(BM_ExportPng)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ExportChart)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Build)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Render)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Paint)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Encode)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_EncodeQuality)->Arg(-1)->Arg(0)->Arg(50)->Arg(80)->Arg(90)->Arg(100)
    ->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_EncodeLibpng)
    ->Args({5, 6, Z_DEFAULT_STRATEGY}) // what Qt's writer does by default
    ->Args({0, 6, Z_DEFAULT_STRATEGY})
    ->Args({1, 1, Z_DEFAULT_STRATEGY})
    ->Args({1, 6, Z_RLE})
    ->Args({2, 6, Z_RLE})
    ->Args({0, 1, Z_RLE})
    ->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    QTemporaryDir dir;
    g_dir = &dir;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
