#include "pngencoder.h"

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

// Rows first..last of the image as PNG filters them: a Sub filter byte, then each byte less the
// byte of the pixel to its left.
QByteArray filteredRows(const QImage &rgb, int first, int last)
{
    const int stride = rgb.width() * 3;
    QByteArray rows(qsizetype(last - first) * (stride + 1), Qt::Uninitialized);
    char *out = rows.data();
    for (int y = first; y < last; ++y) {
        const uchar *in = rgb.constScanLine(y);
        *out++ = 1; // Sub
        for (int i = 0; i < 3 && i < stride; ++i)
            *out++ = char(in[i]);
        for (int i = 3; i < stride; ++i)
            *out++ = char(uchar(in[i] - in[i - 3]));
    }
    return rows;
}

struct Run
{
    QByteArray deflated;
    uLong adler = 1;
    qsizetype length = 0;
    bool ok = false;
};

// One run of rows, deflated raw; the last ends the stream, the others flush to a byte boundary.
void deflateRun(const QImage &rgb, int first, int last, bool final, Run *run)
{
    const QByteArray raw = filteredRows(rgb, first, last);
    run->length = raw.size();
    run->adler = adler32(1, reinterpret_cast<const Bytef *>(raw.constData()), uInt(raw.size()));
    z_stream z{};
    if (deflateInit2(&z, 1, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return;
    run->deflated.resize(qsizetype(deflateBound(&z, uLong(raw.size()))) + 16);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(raw.constData()));
    z.avail_in = uInt(raw.size());
    z.next_out = reinterpret_cast<Bytef *>(run->deflated.data());
    z.avail_out = uInt(run->deflated.size());
    const int result = deflate(&z, final ? Z_FINISH : Z_FULL_FLUSH);
    run->ok = final ? result == Z_STREAM_END : result == Z_OK && z.avail_in == 0 && z.avail_out > 0;
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
    const QImage rgb = image.format() == QImage::Format_RGB888 ? image : image.convertToFormat(QImage::Format_RGB888);
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
