// Not a Google Benchmark: a process that loads figures into a Document and exits, so that
// scripts/bench can read its peak resident set with /usr/bin/time -v. It prints one line,
// "figures: N  maxrss-kib: K" (getrusage, as a cross-check).
//   bench_memory none              the process with an empty Document (Qt's own share)
//   bench_memory generate N        the built-in dataset plus generated figures, N in all,
//                                  loaded with Document::load (as opening a document does)
//   bench_memory csv FILE          the built-in dataset, then FILE read by CsvReader,
//                                  FigureImport and Document::addFigures (as File ▸ Import does)
//   bench_memory window N          generate N, then the dashboard (MainWindow) shown and painted
//                                  once: the window's share without a file read
//   bench_memory write-json N FILE writes the generated dataset of N figures as a .spendlens
//                                  document with the product's own writer, for the whole-app runs
#include "benchdata.h"

#include "csvreader.h"
#include "dataset.h"
#include "document.h"
#include "figureimport.h"
#include "figuremodel.h"

#include "mainwindow.h"

#include <QApplication>

#include <cstdio>
#include <cstring>
#include <memory>
#include <sys/resource.h>

namespace {

long maxRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
}

int usage()
{
    std::fprintf(stderr, "usage: bench_memory none | generate N | window N | csv FILE | write-json N FILE\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (argc < 2)
        return usage();
    const char *mode = argv[1];
    const bool window = std::strcmp(mode, "window") == 0;
    // As in the app: a Gui application at least (fonts, text layout); widgets for the window.
    std::unique_ptr<QGuiApplication> app(window ? new QApplication(argc, argv)
                                                : new QGuiApplication(argc, argv));
    Document document;
    std::unique_ptr<MainWindow> dashboard;
    if (std::strcmp(mode, "none") == 0 && argc == 2) {
        // nothing loaded
    } else if (std::strcmp(mode, "generate") == 0 && argc == 3) {
        document.load(BenchData::dataset(std::atoi(argv[2])));
    } else if (window && argc == 3) {
        document.load(BenchData::dataset(std::atoi(argv[2])));
        dashboard = std::make_unique<MainWindow>(&document, QStringLiteral("benchmark"));
        dashboard->show();
        for (int i = 0; i < 3; ++i)
            QApplication::processEvents();
        dashboard->repaint();
    } else if (std::strcmp(mode, "csv") == 0 && argc == 3) {
        document.load(DatasetJson::builtIn().dataset);
        CsvRead read = CsvReader().readFile(QString::fromLocal8Bit(argv[2]));
        if (!read.ok) {
            std::fprintf(stderr, "bench_memory: %s\n", qPrintable(read.error));
            return 1;
        }
        FigureImportResult result = FigureImport(BenchData::importOptions(document)).run(read.table);
        if (!result.ok) {
            std::fprintf(stderr, "bench_memory: %s\n", qPrintable(result.error));
            return 1;
        }
        read = CsvRead(); // as File ▸ Import does: the table goes before the figures are added
        document.addFigures(std::move(result.figures), QStringLiteral("Import"));
    } else if (std::strcmp(mode, "write-json") == 0 && argc == 4) {
        QString error;
        if (!DatasetJson::writeFile(BenchData::dataset(std::atoi(argv[2])),
                                    QString::fromLocal8Bit(argv[3]), &error)) {
            std::fprintf(stderr, "bench_memory: %s\n", qPrintable(error));
            return 1;
        }
        return 0;
    } else {
        return usage();
    }
    std::printf("figures: %d  maxrss-kib: %ld\n", document.figures()->rowCount(), maxRssKiB());
    return 0;
}
