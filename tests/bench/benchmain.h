#pragma once

#include <QGuiApplication>
#include <QString>

#include <benchmark/benchmark.h>

#include <cstdio>

// The main of a benchmark that reads one file given after Google Benchmark's own flags: Qt on
// the offscreen platform unless told otherwise, the file's path into *path, then every benchmark.
inline int runBenchmarksOnFile(int argc, char **argv, const char *usage, QString *path)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "%s\n", usage);
        return 2;
    }
    *path = QString::fromLocal8Bit(argv[1]);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
