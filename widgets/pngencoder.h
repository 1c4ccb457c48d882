#pragma once

#include <QByteArray>
#include <QImage>
#include <QVector>

// Writes a PNG (8-bit RGB, the Sub filter, zlib level 1: the settings BENCHMARKS.md chose) with
// the image data compressed in parallel: the rows are cut into one run per core, each filtered a
// few rows at a time straight from the image (RGB32 or RGB888 read as they are, so no converted
// copy of a large image is made and faulted in) and deflated on its own thread and ended on a byte boundary (a full flush), so the runs join into
// one valid zlib stream (pigz does the same); their Adler-32 sums are combined. Text chunks
// (iTXt, UTF-8) and the resolution (pHYs) are kept. A PNG reader sees an ordinary file.
namespace PngEncoder {
// keys[i] (Latin-1, at most 79 bytes) names values[i] (UTF-8); threads ≤ 0: one per core, fewer
// for a small image (each run is at least kMinRunBytes).
QByteArray encode(const QImage &image, const QVector<QByteArray> &keys, const QVector<QByteArray> &values,
                  int threads = 0);
constexpr qsizetype kMinRunBytes = 512 * 1024;
} // namespace PngEncoder
