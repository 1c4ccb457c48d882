#include "pngfilter.h"

#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
#define SPENDLENS_PNG_SSSE3 1
#include <immintrin.h>
#endif

namespace PngFilter {

namespace {

// Pixels from..width of the row, one at a time (out points at pixel from's bytes).
void subRgb32From(const quint32 *in, int from, int width, uchar *out)
{
    quint32 left = from > 0 ? in[from - 1] : 0;
    for (int x = from; x < width; ++x, out += 3) {
        const quint32 pixel = in[x];
        out[0] = uchar((pixel >> 16) - (left >> 16));
        out[1] = uchar((pixel >> 8) - (left >> 8));
        out[2] = uchar(pixel - left);
        left = pixel;
    }
}

} // namespace

void subRgb32Plain(const quint32 *in, int width, uchar *out)
{
    subRgb32From(in, 0, width, out);
}

quint32 adler32Plain(quint32 adler, const uchar *bytes, size_t length)
{
    constexpr quint32 kBase = 65521;
    constexpr size_t kMost = 5552; // bytes before the sums could pass 2^32
    quint32 a = adler & 0xffff;
    quint32 b = adler >> 16;
    while (length > 0) {
        const size_t n = length < kMost ? length : kMost;
        for (size_t i = 0; i < n; ++i) {
            a += bytes[i];
            b += a;
        }
        a %= kBase;
        b %= kBase;
        bytes += n;
        length -= n;
    }
    return (b << 16) | a;
}

#ifdef SPENDLENS_PNG_SSSE3
namespace {

// Four pixels at a time: each less the one to its left, then B, G, R, A reordered to R, G, B.
__attribute__((target("ssse3"))) void subRgb32Ssse3(const quint32 *in, int width, uchar *out)
{
    const __m128i order = _mm_setr_epi8(2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1);
    __m128i previous = _mm_setzero_si128();
    int x = 0;
    for (; x + 4 <= width; x += 4, out += 12) {
        const __m128i pixels = _mm_loadu_si128(reinterpret_cast<const __m128i *>(in + x));
        const __m128i left = _mm_alignr_epi8(pixels, previous, 12);
        _mm_storeu_si128(reinterpret_cast<__m128i *>(out),
                         _mm_shuffle_epi8(_mm_sub_epi8(pixels, left), order));
        previous = pixels;
    }
    subRgb32From(in, x, width, out);
}

// 32 bytes a step: a sums the bytes, b the bytes weighted 32..1 plus 32 × a before the step.
__attribute__((target("ssse3"))) quint32 adler32Ssse3(quint32 adler, const uchar *bytes, size_t length)
{
    constexpr quint32 kBase = 65521;
    constexpr size_t kMostSteps = 5552 / 32;
    quint32 a = adler & 0xffff;
    quint32 b = adler >> 16;
    const __m128i weightsHigh = _mm_setr_epi8(32, 31, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21, 20, 19, 18, 17);
    const __m128i weightsLow = _mm_setr_epi8(16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
    const __m128i ones = _mm_set1_epi16(1);
    const __m128i zero = _mm_setzero_si128();
    while (length >= 32) {
        size_t steps = length / 32 < kMostSteps ? length / 32 : kMostSteps;
        length -= steps * 32;
        __m128i sumA = _mm_cvtsi32_si128(int(a));
        __m128i sumB = _mm_cvtsi32_si128(int(b));
        __m128i aBefore = zero; // a at the start of each step, summed
        while (steps-- > 0) {
            const __m128i high = _mm_loadu_si128(reinterpret_cast<const __m128i *>(bytes));
            const __m128i low = _mm_loadu_si128(reinterpret_cast<const __m128i *>(bytes + 16));
            aBefore = _mm_add_epi32(aBefore, sumA);
            sumA = _mm_add_epi32(sumA, _mm_add_epi32(_mm_sad_epu8(high, zero), _mm_sad_epu8(low, zero)));
            sumB = _mm_add_epi32(sumB, _mm_madd_epi16(_mm_maddubs_epi16(high, weightsHigh), ones));
            sumB = _mm_add_epi32(sumB, _mm_madd_epi16(_mm_maddubs_epi16(low, weightsLow), ones));
            bytes += 32;
        }
        sumB = _mm_add_epi32(sumB, _mm_slli_epi32(aBefore, 5));
        // Fold the four lanes of each sum.
        sumA = _mm_add_epi32(sumA, _mm_shuffle_epi32(sumA, _MM_SHUFFLE(1, 0, 3, 2)));
        sumA = _mm_add_epi32(sumA, _mm_shuffle_epi32(sumA, _MM_SHUFFLE(2, 3, 0, 1)));
        sumB = _mm_add_epi32(sumB, _mm_shuffle_epi32(sumB, _MM_SHUFFLE(1, 0, 3, 2)));
        sumB = _mm_add_epi32(sumB, _mm_shuffle_epi32(sumB, _MM_SHUFFLE(2, 3, 0, 1)));
        a = quint32(_mm_cvtsi128_si32(sumA)) % kBase;
        b = quint32(_mm_cvtsi128_si32(sumB)) % kBase;
    }
    return adler32Plain((b << 16) | a, bytes, length);
}

bool hasSsse3()
{
    static const bool has = __builtin_cpu_supports("ssse3");
    return has;
}

} // namespace
#endif

void subRgb32(const quint32 *in, int width, uchar *out)
{
#ifdef SPENDLENS_PNG_SSSE3
    if (hasSsse3())
        return subRgb32Ssse3(in, width, out);
#endif
    subRgb32Plain(in, width, out);
}

quint32 adler32(quint32 adler, const uchar *bytes, size_t length)
{
#ifdef SPENDLENS_PNG_SSSE3
    if (hasSsse3())
        return adler32Ssse3(adler, bytes, length);
#endif
    return adler32Plain(adler, bytes, length);
}

} // namespace PngFilter
