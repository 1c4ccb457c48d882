#include "pngencoder.h"

#include "pngfilter.h"

#include <QtEndian>
#include <QThread>

#include <system_error>
#include <thread>
#include <vector>

#include <zlib.h>

namespace {

void appendChunk(QByteArray *out, const char type[4], const QByteArray &data)
{
    char length[4];
    qToBigEndian(quint32(data.size()), length);
    out->append(length, 4);
    const qsizetype start = out->size();
    out->append(type, 4);
    out->append(data);
    const uLong crc = crc32(0, reinterpret_cast<const Bytef *>(out->constData() + start),
                            uInt(out->size() - start));
    char sum[4];
    qToBigEndian(quint32(crc), sum);
    out->append(sum, 4);
}

QByteArray bigEndian32(quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    return QByteArray(bytes, 4);
}

// One row as PNG's Sub filter stores it: the filter's byte, then each of R, G, B less that of the
// pixel to the left. Read from the image as it is: RGB32 (PngFilter, with SIMD) or RGB888.
void filterRow(const QImage &image, int y, uchar *out)
{
    *out++ = 1; // Sub
    if (image.format() == QImage::Format_RGB32) {
        PngFilter::subRgb32(reinterpret_cast<const quint32 *>(image.constScanLine(y)), image.width(), out);
        return;
    }
    const uchar *in = image.constScanLine(y);
    const int stride = image.width() * 3;
    for (int i = 0; i < 3 && i < stride; ++i)
        out[i] = in[i];
    for (int i = 3; i < stride; ++i)
        out[i] = uchar(in[i] - in[i - 3]);
}

struct Run
{
    QByteArray deflated;
    uLong adler = 1;
    qsizetype length = 0;
    bool ok = false;
};

// Deflates what z holds, growing the output as needed; false on a zlib error.
bool deflateInto(z_stream *z, int flush, QByteArray *out)
{
    for (;;) {
        if (z->avail_out == 0) {
            const qsizetype used = out->size();
            out->resize(used + qMax<qsizetype>(used, 64 * 1024));
            z->next_out = reinterpret_cast<Bytef *>(out->data() + used);
            z->avail_out = uInt(out->size() - used);
        }
        const int result = deflate(z, flush);
        if (result == Z_STREAM_END)
            return true;
        if (result != Z_OK && result != Z_BUF_ERROR)
            return false;
        if (z->avail_in == 0 && z->avail_out > 0 && flush != Z_FINISH)
            return true; // all taken in (and for a flush, all written out)
        if (result == Z_BUF_ERROR && z->avail_out > 0)
            return false; // no progress possible
    }
}

// One run of rows, filtered a few rows at a time (they stay in the cache) and deflated raw; the
// last run ends the stream, the others flush to a byte boundary.
void deflateRun(const QImage &image, int first, int last, bool final, Run *run)
{
    const qsizetype rowBytes = qsizetype(image.width()) * 3 + 1;
    // About 64 KiB of rows at a time: they stay in the cache between filtering and deflating.
    const int rowsAtATime = int(qMax<qsizetype>(1, 64 * 1024 / rowBytes));
    std::vector<uchar> rows(size_t(rowBytes) * size_t(rowsAtATime) + 16); // PngFilter may write 16 past
    run->length = rowBytes * (last - first);
    z_stream z{};
    if (deflateInit2(&z, 1, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return;
    // Enough for the worst case in one piece: only the pages written are ever touched.
    run->deflated.resize(qsizetype(deflateBound(&z, uLong(run->length))) + 16);
    z.next_out = reinterpret_cast<Bytef *>(run->deflated.data());
    z.avail_out = uInt(run->deflated.size());
    bool ok = true;
    for (int y = first; ok && y < last; y += rowsAtATime) {
        const int count = qMin(rowsAtATime, last - y);
        for (int i = 0; i < count; ++i)
            filterRow(image, y + i, rows.data() + rowBytes * i);
        const uInt bytes = uInt(rowBytes * count);
        run->adler = PngFilter::adler32(quint32(run->adler), rows.data(), bytes);
        z.next_in = rows.data();
        z.avail_in = bytes;
        const bool end = y + count >= last;
        ok = deflateInto(&z, end ? (final ? Z_FINISH : Z_FULL_FLUSH) : Z_NO_FLUSH, &run->deflated);
    }
    run->ok = ok && z.avail_in == 0;
    run->deflated.truncate(qsizetype(z.total_out));
    deflateEnd(&z);
}

QByteArray header(const QImage &rgb)
{
    QByteArray ihdr = bigEndian32(quint32(rgb.width())) + bigEndian32(quint32(rgb.height()));
    ihdr.append(char(8)); // bit depth
    ihdr.append(char(2)); // RGB
    ihdr.append(3, char(0)); // deflate, adaptive filtering (each row names its filter), no interlace
    return ihdr;
}

QByteArray imageData(const QImage &rgb, int threads)
{
    const qsizetype rowBytes = qsizetype(rgb.width()) * 3 + 1;
    const qsizetype total = rowBytes * rgb.height();
    if (threads <= 0)
        threads = qMax(1, QThread::idealThreadCount());
    const qsizetype most = qMin<qsizetype>(total / PngEncoder::kMinRunBytes, rgb.height());
    threads = int(qMax<qsizetype>(1, qMin<qsizetype>(threads, most)));
    std::vector<Run> runs(static_cast<size_t>(threads));
    std::vector<std::thread> workers;
    for (int i = 0; i < threads; ++i) {
        const int first = int(qsizetype(rgb.height()) * i / threads);
        const int last = int(qsizetype(rgb.height()) * (i + 1) / threads);
        const bool final = i == threads - 1;
        if (final) {
            deflateRun(rgb, first, last, true, &runs[size_t(i)]); // on this thread
            continue;
        }
        try {
            workers.emplace_back(deflateRun, std::cref(rgb), first, last, false, &runs[size_t(i)]);
        } catch (const std::system_error &) { // no thread to be had: this one does the run
            deflateRun(rgb, first, last, false, &runs[size_t(i)]);
        }
    }
    for (std::thread &worker : workers)
        worker.join();
    QByteArray data("\x78\x01", 2); // zlib header: deflate, 32K window, fastest
    uLong adler = 1;
    for (const Run &run : runs) {
        if (!run.ok)
            return {};
        data.append(run.deflated);
        adler = adler32_combine(adler, run.adler, z_off_t(run.length));
    }
    return data + bigEndian32(quint32(adler));
}

} // namespace

namespace PngEncoder {

QByteArray encode(const QImage &image, const QVector<QByteArray> &keys, const QVector<QByteArray> &values,
                  int threads)
{
    // 32-bit opaque and packed RGB images are read as they are; anything else is converted.
    const bool direct = image.format() == QImage::Format_RGB32 || image.format() == QImage::Format_RGB888;
    const QImage rgb = direct ? image : image.convertToFormat(QImage::Format_RGB888);
    if (rgb.isNull())
        return {};
    const QByteArray data = imageData(rgb, threads);
    if (data.isEmpty())
        return {};
    QByteArray out("\x89PNG\r\n\x1a\n", 8);
    out.reserve(data.size() + 4096);
    appendChunk(&out, "IHDR", header(rgb));
    if (rgb.dotsPerMeterX() > 0 && rgb.dotsPerMeterY() > 0)
        appendChunk(&out, "pHYs", bigEndian32(quint32(rgb.dotsPerMeterX())) +
                                      bigEndian32(quint32(rgb.dotsPerMeterY())) + QByteArray(1, char(1)));
    for (qsizetype i = 0; i < qMin(keys.size(), values.size()); ++i) {
        // keyword, NUL, not compressed, method 0, no language tag, no translated keyword, text
        const QByteArray key = keys.at(i).left(79);
        appendChunk(&out, "iTXt", key + QByteArray("\0\0\0\0\0", 5) + values.at(i));
    }
    appendChunk(&out, "IDAT", data);
    appendChunk(&out, "IEND", {});
    return out;
}

} // namespace PngEncoder
