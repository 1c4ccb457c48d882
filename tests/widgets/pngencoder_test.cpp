#include "gtestqt.h"
#include "pngencoder.h"
#include "pngfilter.h"

#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

#include <random>
#include <vector>

#include <zlib.h>

namespace {

// Big enough for several runs (1200×800×3 bytes ≈ 2.9 MB), with every kind of pixel a chart has:
// flat areas, gradients, antialiased text and lines.
QImage testImage()
{
    QImage image(1200, 800, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, qRgb((x * 7 + y) & 255, (y * 3) & 255, (x ^ y) & 255));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(100, 100, 500, 300, Qt::white);
    painter.drawText(QRect(120, 120, 460, 260), Qt::TextWordWrap, "Meta $60.0–65.0B ÷ DeepSeek $5.58M");
    painter.drawEllipse(QPoint(800, 400), 200, 150);
    painter.end();
    image.setDotsPerMeterX(5906); // 150 dpi
    image.setDotsPerMeterY(5906);
    return image;
}

} // namespace

// The runs deflated apart join into one stream a PNG reader takes as it would any other: the
// same pixels whatever the number of runs, the texts (UTF-8) and the resolution kept.
TEST(PngEncoder, AnyNumberOfRunsDecodesToTheSamePixels)
{
    const QImage source = testImage();
    QByteArray single;
    for (int threads : {1, 2, 3, 5}) {
        const QByteArray png = PngEncoder::encode(source, {"Title", "Description"},
                                                  {"Meta vs DeepSeek", QString::fromUtf8("梅塔对比深度求索").toUtf8()},
                                                  threads);
        ASSERT_FALSE(png.isEmpty()) << threads;
        QImage decoded;
        ASSERT_TRUE(decoded.loadFromData(png, "PNG")) << threads << " runs";
        ASSERT_EQ(decoded.size(), source.size());
        EXPECT_EQ(decoded.convertToFormat(QImage::Format_RGB32), source) << threads << " runs";
        EXPECT_EQ(decoded.text("Title"), "Meta vs DeepSeek");
        EXPECT_EQ(decoded.text("Description"), QString::fromUtf8("梅塔对比深度求索"));
        EXPECT_EQ(decoded.dotsPerMeterX(), 5906);
        if (threads == 1)
            single = png;
        else
            EXPECT_NE(png, single) << "several runs, each flushed: not the one-run stream";
    }
}

// A small image is one run however many cores there are; one row and one pixel still work.
TEST(PngEncoder, SmallImagesAreOneRunAndStillRight)
{
    for (const QSize size : {QSize(1, 1), QSize(7, 1), QSize(1, 9), QSize(300, 200)}) {
        QImage image(size, QImage::Format_RGB32);
        image.fill(qRgb(10, 200, 30));
        image.setPixel(0, 0, qRgb(255, 0, 0));
        const QByteArray png = PngEncoder::encode(image, {}, {}, 8);
        QImage decoded;
        ASSERT_TRUE(decoded.loadFromData(png, "PNG")) << size.width() << "×" << size.height();
        EXPECT_EQ(decoded.convertToFormat(QImage::Format_RGB32), image);
        EXPECT_EQ(png, PngEncoder::encode(image, {}, {}, 1)) << "under kMinRunBytes: one run";
    }
}

// The writer reads 32-bit opaque and packed RGB images as they are, a few rows at a time (rows
// of any width, runs not a multiple of the rows taken at a time); any other format is
// converted first. Every kind decodes to the same pixels.
TEST(PngEncoder, EveryImageFormatDecodesToItsPixels)
{
    // 1199 pixels: packed RGB rows padded to a multiple of four bytes.
    for (const QImage &source : {testImage(), testImage().copy(0, 0, 1199, 799)})
    for (const QImage::Format format : {QImage::Format_RGB32, QImage::Format_RGB888, QImage::Format_ARGB32,
                                        QImage::Format_ARGB32_Premultiplied, QImage::Format_RGB16}) {
        const QImage image = source.convertToFormat(format);
        for (int threads : {1, 3}) {
            QImage decoded;
            ASSERT_TRUE(decoded.loadFromData(PngEncoder::encode(image, {}, {}, threads), "PNG"))
                << format << " " << threads;
            EXPECT_EQ(decoded.convertToFormat(QImage::Format_RGB32), image.convertToFormat(QImage::Format_RGB32))
                << source.width() << " px, format " << format << ", " << threads << " runs";
        }
    }
    // A row longer than the rows taken at a time (one row at a time) and an odd height.
    QImage wide(30001, 37, QImage::Format_RGB32);
    for (int y = 0; y < wide.height(); ++y)
        for (int x = 0; x < wide.width(); ++x)
            wide.setPixel(x, y, qRgb((x * 13 + y) & 255, (x >> 4) & 255, (y * 29) & 255));
    for (const QImage::Format format : {QImage::Format_RGB32, QImage::Format_RGB888}) {
        QImage decoded;
        ASSERT_TRUE(decoded.loadFromData(PngEncoder::encode(wide.convertToFormat(format), {}, {}, 2), "PNG"));
        EXPECT_EQ(decoded.convertToFormat(QImage::Format_RGB32), wide) << "format " << format;
    }
}

// The SIMD row filter and checksum give the bytes of the plain ones (and zlib's Adler-32) for
// every width and length, any start, and they write nothing before the row or past the room
// they are given.
TEST(PngFilter, FastAndPlainGiveTheSameBytes)
{
    std::mt19937 random(16);
    std::vector<quint32> pixels(1100);
    for (quint32 &pixel : pixels)
        pixel = 0xff000000u | (random() & 0xffffffu);
    for (int width : {0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 1000, 1099}) {
        std::vector<uchar> fast(size_t(width) * 3 + 32, 0xaa);
        std::vector<uchar> plain(size_t(width) * 3 + 32, 0xaa);
        PngFilter::subRgb32(pixels.data() + 1, width, fast.data() + 8);
        PngFilter::subRgb32Plain(pixels.data() + 1, width, plain.data() + 8);
        EXPECT_TRUE(std::equal(fast.begin() + 8, fast.begin() + 8 + width * 3, plain.begin() + 8)) << width;
        EXPECT_EQ(fast[7], 0xaa) << width;
        EXPECT_EQ(plain[size_t(width) * 3 + 8], 0xaa) << "the plain filter writes only the row";
    }
    // The first pixel is stored as it is; the second less the first, byte by byte, wrapping.
    const quint32 two[2] = {0xff102030u, 0xff0f4010u};
    uchar row[6 + 16];
    PngFilter::subRgb32(two, 2, row);
    EXPECT_EQ(QByteArray(reinterpret_cast<const char *>(row), 6), QByteArray("\x10\x20\x30\xff\x20\xe0", 6));

    std::vector<uchar> bytes(200000);
    for (uchar &byte : bytes)
        byte = uchar(random() % 7 == 0 ? 255 : random());
    for (size_t length : {size_t(0), size_t(1), size_t(31), size_t(32), size_t(33), size_t(5551), size_t(5552),
                          size_t(5553), size_t(5536 * 3 + 17), bytes.size()}) {
        for (quint32 start : {1u, 0xfff0fff0u % 65521u | (12345u << 16)}) {
            const quint32 zlib = quint32(adler32(start, bytes.data(), uInt(length)));
            EXPECT_EQ(PngFilter::adler32(start, bytes.data(), length), zlib) << length;
            EXPECT_EQ(PngFilter::adler32Plain(start, bytes.data(), length), zlib) << length;
        }
    }
    const std::vector<uchar> white(100000, 255); // the largest sums
    EXPECT_EQ(PngFilter::adler32(1, white.data(), white.size()), quint32(adler32(1, white.data(), uInt(white.size()))));
}
