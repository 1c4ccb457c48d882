#pragma once

#include <QtGlobal>

#include <cstddef>

// The per-byte work of writing a PNG, done with SIMD where the processor has it (SSSE3 on
// x86-64, chosen at run time) and plainly elsewhere; both give the same bytes.
namespace PngFilter {
// One row of an opaque 32-bit image (0xffRRGGBB) as PNG's Sub filter stores it: R, G, B less
// those of the pixel to the left (nothing for the first). Writes width × 3 bytes, and may
// write up to 16 bytes past them (the caller leaves that room).
void subRgb32(const quint32 *in, int width, uchar *out);
// The Adler-32 checksum of bytes, continuing from adler (1 to start), as zlib's adler32().
quint32 adler32(quint32 adler, const uchar *bytes, size_t length);
// The plain versions, which the tests compare with the fast ones.
void subRgb32Plain(const quint32 *in, int width, uchar *out);
quint32 adler32Plain(quint32 adler, const uchar *bytes, size_t length);
} // namespace PngFilter
