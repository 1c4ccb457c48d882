#include "csvreader.h"

#include "fileio.h"
#include "largepages.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

#include <array>
#include <cstring>
#include <vector>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace {

// Translations are filed under "CsvReader", for lupdate and at run time alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

using FileIo::sizeText;

// The line of a position, counting CRLF, LF and a lone CR as one line break each.
template <typename Char> int lineAt(const Char *data, qsizetype size, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset && i < size; ++i)
        if (data[i] == '\n' || (data[i] == '\r' && (i + 1 >= size || data[i + 1] != '\n')))
            ++line;
    return line;
}

// The first line longer than maxUnits characters (or bytes), 0 if none is.
template <typename Char> int firstLongLine(const Char *data, qsizetype size, qint64 maxUnits)
{
    if constexpr (sizeof(Char) == 1) {
        // The usual file breaks its lines with LF only: memchr finds them many bytes at a time.
        if (!std::memchr(data, '\r', size_t(size))) {
            int line = 1;
            qsizetype start = 0;
            while (const void *lf = std::memchr(data + start, '\n', size_t(size - start))) {
                const qsizetype i = static_cast<const Char *>(lf) - data;
                if (i - start > maxUnits)
                    return line;
                ++line;
                start = i + 1;
            }
            return size - start > maxUnits ? line : 0;
        }
    }
    int line = 1;
    qsizetype start = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const Char c = data[i];
        if (c != '\n' && c != '\r')
            continue;
        if (i - start > maxUnits)
            return line;
        if (c == '\r' && i + 1 < size && data[i + 1] == '\n')
            ++i;
        ++line;
        start = i + 1;
    }
    return size - start > maxUnits ? line : 0;
}

// Well-formed UTF-8 (checked already) as text, decoded into a block given large pages.
QString decodeUtf8(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    adviseLargePages(text.data(), text.size() * qsizetype(sizeof(QChar)));
    // As QString::fromUtf8 decodes, a byte-order mark at the start (a second one after the mark
    // read() has taken off) included.
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QChar *end = decoder.appendToBuffer(text.data(), bytes);
    text.truncate(end - text.constData());
    return text;
}

const char16_t *units(const QString &text)
{
    return reinterpret_cast<const char16_t *>(text.utf16());
}

struct Utf8Scan
{
    qsizetype firstInvalid = -1;
    qsizetype firstMultibyte = -1;
    bool cutShort =
        false; // the first invalid sequence is a character cut off by the end of the file
};

// Finds the first byte that is not well-formed UTF-8 (Unicode table 3-7) and the first
// multi-byte character, anywhere in the file: both together mean a mix of encodings.
Utf8Scan scanUtf8(const QByteArray &bytes, qsizetype from)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    Utf8Scan scan;
    for (qsizetype i = from; i < n;) {
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            // Runs of ASCII, most of a file, are skipped eight bytes at a time.
            for (quint64 word; i + 8 <= n; i += 8) {
                std::memcpy(&word, p + i, 8);
                if (word & 0x8080808080808080ull)
                    break;
            }
            continue;
        }
        const int length = c >= 0xC2 && c <= 0xDF   ? 2
                           : c >= 0xE0 && c <= 0xEF ? 3
                           : c >= 0xF0 && c <= 0xF4 ? 4
                                                    : 0;
        // The second byte's range excludes overlong forms, surrogates and code points past
        // U+10FFFF.
        const uchar low = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
        const uchar high = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
        bool ok = length > 0;
        for (int k = 1; ok && k < length; ++k) {
            if (i + k >= n) {
                scan.cutShort = scan.firstInvalid < 0;
                ok = false;
            } else {
                const uchar b = p[i + k];
                ok = b >= (k == 1 ? low : 0x80) && b <= (k == 1 ? high : 0xBF);
            }
        }
        if (!ok) {
            if (scan.firstInvalid < 0)
                scan.firstInvalid = i;
            ++i;
            continue;
        }
        if (scan.firstMultibyte < 0)
            scan.firstMultibyte = i;
        i += length;
    }
    return scan;
}

QString decodeWindows1252(const QByteArray &bytes)
{
    QStringDecoder decoder("windows-1252");
    if (decoder.isValid())
        return decoder.decode(bytes);
    // Qt built without ICU: Latin-1 except for the 32 characters Windows puts at 0x80–0x9F.
    static constexpr std::array<char16_t, 32> k80{
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char b : bytes) {
        const auto u = static_cast<uchar>(b);
        *out++ = QChar(u >= 0x80 && u < 0xA0 ? k80[u - 0x80] : char16_t(u));
    }
    return text;
}

// The text of the file, or the line and the reason it cannot be read.
struct Decoded
{
    QString text;
    CsvEncoding encoding = CsvEncoding::Utf8;
    int errorLine = 0;
    QString error;
};

Decoded refused(int line, const QString &why)
{
    Decoded d;
    d.errorLine = line;
    d.error = why;
    return d;
}

// The first surrogate that is not half of a pair, or -1: Qt's UTF-16 decoder keeps them.
qsizetype loneSurrogate(const char16_t *data, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        if (QChar::isHighSurrogate(data[i]) && i + 1 < size && QChar::isLowSurrogate(data[i + 1]))
            ++i;
        else if (QChar::isSurrogate(data[i]))
            return i;
    }
    return -1;
}

// A file with a UTF-16 byte-order mark: decoded first, then checked as text.
Decoded decodeUtf16(const QByteArray &bytes, CsvEncoding encoding, const CsvLimits &limits)
{
    Decoded d;
    d.encoding = encoding;
    QStringDecoder decoder(encoding == CsvEncoding::Utf16LE ? QStringConverter::Utf16LE
                                                            : QStringConverter::Utf16BE);
    d.text = decoder.decode(QByteArrayView(bytes).sliced(2));
    const char16_t *data = units(d.text);
    if (bytes.size() % 2 != 0)
        return refused(lineAt(data, d.text.size(), d.text.size()),
                       Tr::tr("the file ends in the middle of a UTF-16 character; it may have been "
                          "cut short."));
    const qsizetype nul = d.text.indexOf(QChar(0));
    if (nul >= 0)
        return refused(lineAt(data, d.text.size(), nul),
                       Tr::tr("contains a NUL character, so this is not a text table."));
    if (const qsizetype lone = loneSurrogate(data, d.text.size()); lone >= 0) {
        qsizetype lineStart = lone;
        while (lineStart > 0 && data[lineStart - 1] != u'\n' && data[lineStart - 1] != u'\r')
            --lineStart;
        return refused(lineAt(data, d.text.size(), lone),
                       Tr::tr("character %1: half of a UTF-16 character (U+%2) without its other half; "
                              "the file is damaged.")
                           .arg(lone - lineStart + 1)
                           .arg(QString::number(data[lone], 16).toUpper()));
    }
    if (const int line = firstLongLine(data, d.text.size(), limits.maxLineBytes / 2))
        return refused(line, Tr::tr("longer than %1; this is not a table SpendLens can read.")
                                 .arg(sizeText(limits.maxLineBytes)));
    return d;
}

// UTF-8 with or without its mark, or Windows-1252: checked as bytes, then decoded.
Decoded decode8Bit(const QByteArray &bytes, const CsvLimits &limits)
{
    const char *data = bytes.constData();
    const auto at = [&](qsizetype offset) { return lineAt(data, bytes.size(), offset); };
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    if (const void *nul = std::memchr(data, 0, size_t(bytes.size()))) {
        const qsizetype offset = static_cast<const char *>(nul) - data;
        const bool utf16 = bytes.size() >= 4 && (data[0] == 0) != (data[1] == 0);
        return refused(at(offset),
                       utf16 ? Tr::tr("the file looks like UTF-16 without a byte-order mark; save it "
                                  "again as UTF-8.")
                             : Tr::tr("contains a NUL byte, so this is not a text table."));
    }
    if (const int line = firstLongLine(data, bytes.size(), limits.maxLineBytes))
        return refused(line, Tr::tr("longer than %1; this is not a table SpendLens can read.")
                                 .arg(sizeText(limits.maxLineBytes)));
    const Utf8Scan scan = scanUtf8(bytes, bom ? 3 : 0);
    const bool utf8Elsewhere = bom || scan.firstMultibyte >= 0;
    if (scan.firstInvalid >= 0 && utf8Elsewhere) {
        const int line = at(scan.firstInvalid);
        if (scan.cutShort)
            return refused(line, Tr::tr("the file ends in the middle of a UTF-8 character; it may "
                                    "have been cut short."));
        if (bom)
            return refused(line, Tr::tr("these bytes are not UTF-8, though the file starts with a "
                                    "UTF-8 byte-order mark."));
        return refused(line, Tr::tr("these bytes are not UTF-8, but line %1 is: the file mixes "
                                "encodings. Save it again as UTF-8.")
                                 .arg(at(scan.firstMultibyte)));
    }
    Decoded d;
    if (scan.firstInvalid >= 0) {
        d.encoding = CsvEncoding::Windows1252;
        d.text = decodeWindows1252(bytes);
    } else {
        d.encoding = bom ? CsvEncoding::Utf8WithBom : CsvEncoding::Utf8;
        d.text = decodeUtf8(QByteArrayView(bytes).sliced(bom ? 3 : 0));
    }
    return d;
}

Decoded decode(const QByteArray &bytes, const CsvLimits &limits)
{
    if (bytes.startsWith(QByteArray("\xFF\xFE\0\0", 4)) ||
        bytes.startsWith(QByteArray("\0\0\xFE\xFF", 4)))
        return refused(1, Tr::tr("the file is in UTF-32, which SpendLens does not read; save it again "
                             "as UTF-8."));
    if (bytes.startsWith("\xFF\xFE"))
        return decodeUtf16(bytes, CsvEncoding::Utf16LE, limits);
    if (bytes.startsWith("\xFE\xFF"))
        return decodeUtf16(bytes, CsvEncoding::Utf16BE, limits);
    return decode8Bit(bytes, limits);
}

} // namespace

namespace {

// The texts a column's cells have had, while they repeat: a cell with one of them is given the
// earlier cell's text instead of its own copy. A table of slots chosen by a cheap hash of the
// text's ends and length holds the last text seen for each slot, so a look-up is one compare
// and never allocates. A column where most texts are new (labels, addresses, amounts) is soon no
// longer looked up: the look-ups would cost more than they save.
class ColumnTexts
{
public:
    // Where an earlier cell with the text at start starts, or -1 (and then it is remembered).
    // size is at least four characters (kMinSharedLength).
    qsizetype earlier(const char16_t *data, qsizetype start, qsizetype size)
    {
        if (m_slots.empty())
            return -1;
        Slot &slot = m_slots[slotOf(data + start, size)];
        ++m_lookups;
        if (slot.size == size &&
            std::memcmp(data + slot.start, data + start, size_t(size) * sizeof(char16_t)) == 0) {
            ++m_repeats;
            return slot.start;
        }
        if (m_lookups >= kTrial && m_repeats * 4 < m_lookups) {
            m_slots = {}; // mostly new texts so far
            return -1;
        }
        slot = {quint32(start), quint32(size)};
        return -1;
    }

private:
    static constexpr qsizetype kTrial = 8192;
    static constexpr std::size_t kSlots = 4096;
    struct Slot
    {
        quint32 start = 0;
        quint32 size = 0; // 0: empty
    };
    static std::size_t slotOf(const char16_t *text, qsizetype size)
    {
        quint64 front = 0;
        quint64 back = 0;
        std::memcpy(&front, text, 8);
        std::memcpy(&back, text + size - 4, 8);
        const quint64 hash = (front * 0x9E3779B97F4A7C15ull) ^ (back * 0xC2B2AE3D27D4EB4Full) ^
                             (quint64(size) * 0x165667B19E3779F9ull);
        return std::size_t(hash >> 52) & (kSlots - 1);
    }
    std::vector<Slot> m_slots = std::vector<Slot>(kSlots);
    qsizetype m_lookups = 0;
    qsizetype m_repeats = 0;
};

} // namespace

// Splits decoded text into records, following RFC 4180 and forgiving what spreadsheets write:
// spaces before an opening quote, text after a closing quote, blank lines. The cells are
// unquoted into the front of the table's own text, which holds the decoded file: a cell never
// takes more room than it is written in, so what is written never overtakes what is still to be
// read, and the file's text is never copied.
class CsvRecordWriter
{
public:
    CsvRecordWriter(CsvTable &table, QChar delimiter, const CsvLimits &limits)
        : m_table(table), m_data(reinterpret_cast<char16_t *>(table.m_text.data())),
          m_size(table.m_text.size()), m_delimiter(delimiter.unicode()), m_maxCells(limits.maxCells),
          m_maxRecords(limits.maxRows + 1)
    {
    }

    bool run();
    int errorLine() const { return m_errorLine; }
    QString error() const { return m_error; }

private:
    char16_t at(qsizetype i) const { return m_data[i]; }
    bool isBreak(qsizetype i) const { return at(i) == u'\n' || at(i) == u'\r'; }
    void consumeBreak()
    {
        if (at(m_pos) == u'\r' && m_pos + 1 < m_size && at(m_pos + 1) == u'\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
    }
    // Moves the text between from and to down to the end of the cells written so far.
    void append(qsizetype from, qsizetype to)
    {
        if (m_written != from)
            std::memmove(m_data + m_written, m_data + from, size_t(to - from) * sizeof(char16_t));
        m_written += to - from;
    }
    void append(char16_t c) { m_data[m_written++] = c; }
    void reserveForTheRest()
    {
        const double scale = 1.05 * double(m_size) / double(m_pos);
        const auto estimate = [&](qsizetype sofar) {
            return qsizetype(double(sofar) * scale) + 16;
        };
        m_table.m_records.reserve(estimate(m_table.m_records.size()));
        std::vector<CsvTable::CellSpan> &cells = m_table.m_cells;
        cells.reserve(std::size_t(qMin<qint64>(estimate(qsizetype(cells.size())), m_maxCells)));
        adviseLargePages(cells.data() + cells.size(),
                         qsizetype((cells.capacity() - cells.size()) * sizeof(CsvTable::CellSpan)));
    }
    bool readRecord();
    bool readQuoted();
    void readUnquoted();
    // Where the next delimiter, line break or quote is, from from on; m_size if there is none.
    // The text from m_pos on is never written before it is read (cells are written behind
    // m_pos), so the bits found for a block stay true for every position at or past m_pos.
    qsizetype nextStructural(qsizetype from)
    {
        while (from < m_size) {
            if (from - m_blockAt >= kBlock || from < m_blockAt)
                loadBlock(from);
            const quint64 ahead = m_block >> (from - m_blockAt);
            if (ahead != 0)
                return from + qCountTrailingZeroBits(ahead);
            from = m_blockAt + kBlock;
        }
        return m_size;
    }
    void loadBlock(qsizetype from);
    bool endCell(qsizetype start, int column);
    bool fail(int line, const QString &why)
    {
        m_errorLine = line;
        m_error = why;
        return false;
    }

    CsvTable &m_table;
    char16_t *m_data;
    qsizetype m_size;
    char16_t m_delimiter;
    qint64 m_maxCells;
    qint64 m_maxRecords; // the header and the rows
    qsizetype m_pos = 0;     // the next character to read
    qsizetype m_written = 0; // the end of the cells' text, never past m_pos
    int m_line = 1;
    int m_errorLine = 0;
    QString m_error;
    // By column, for the data rows; a column past kMaxSharedColumns keeps a copy of each cell.
    static constexpr int kMaxSharedColumns = 256;
    static constexpr qsizetype kMinSharedLength = 4;
    std::vector<ColumnTexts> m_columnTexts;
    // The delimiters, line breaks and quotes among the kBlock characters from m_blockAt on, a
    // bit each (bit k: m_blockAt + k). Found many at a time, so that most cells are read by
    // looking up where the next one of these is, not character by character.
    static constexpr qsizetype kBlock = 64;
    qsizetype m_blockAt = -kBlock;
    quint64 m_block = 0;
};

bool CsvRecordWriter::run()
{
    // Once the first records are read, room for the rest at the rate seen so far, rather than
    // growing the lists a little at a time.
    constexpr qsizetype kSample = 64 * 1024;
    bool reserved = m_size < 2 * kSample;
    while (m_pos < m_size) {
        // A blank line is no record (a line holding only "" is one, with an empty cell).
        if (isBreak(m_pos)) {
            consumeBreak();
            continue;
        }
        if (!reserved && m_pos >= kSample) {
            reserveForTheRest();
            reserved = true;
        }
        if (m_table.m_records.size() >= m_maxRecords) // refused here, before any figure is made
            return fail(m_line, Tr::tr("the file has more than %L1 rows, more than a document may hold.")
                                    .arg(m_maxRecords - 1));
        m_table.m_records.append({m_line, quint32(m_table.m_cells.size())});
        if (!readRecord())
            return false;
    }
    // Only the cells' text is kept; a large block gives back what the delimiters took.
    m_table.m_text.resize(m_written);
    m_table.m_text.squeeze();
    return true;
}

bool CsvRecordWriter::readRecord()
{
    for (int column = 0;; ++column) {
        const qsizetype start = m_written;
        const qsizetype end = nextStructural(m_pos);
        if (end >= m_size || at(end) != u'"') { // the usual cell: no quote in it
            append(m_pos, end);
            m_pos = end;
        } else {
            qsizetype quoteAt = m_pos;
            while (quoteAt < m_size && at(quoteAt) == u' ')
                ++quoteAt;
            if (quoteAt < m_size && at(quoteAt) == u'"') {
                m_pos = quoteAt;
                if (!readQuoted())
                    return false;
            }
            readUnquoted();
        }
        if (!endCell(start, column))
            return false;
        if (m_pos >= m_size)
            return true;
        if (at(m_pos) != m_delimiter) {
            consumeBreak();
            return true;
        }
        ++m_pos;
    }
}

bool CsvRecordWriter::readQuoted()
{
    const int openedOn = m_line;
    qsizetype runStart = ++m_pos;
    while (m_pos < m_size) {
        const char16_t c = at(m_pos);
        if (c == u'"') {
            append(runStart, m_pos);
            if (m_pos + 1 < m_size && at(m_pos + 1) == u'"') { // "" is one quote
                append(u'"');
                m_pos += 2;
                runStart = m_pos;
                continue;
            }
            ++m_pos;
            return true;
        }
        if (c == u'\n' || c == u'\r') { // a line break inside a cell is kept as LF
            append(runStart, m_pos);
            append(u'\n');
            consumeBreak();
            runStart = m_pos;
            continue;
        }
        ++m_pos;
    }
    return fail(openedOn, Tr::tr("a quoted field opened here is never closed."));
}

void CsvRecordWriter::loadBlock(qsizetype from)
{
    m_blockAt = from;
    m_block = 0;
    const char16_t *p = m_data + from;
    qsizetype k = 0;
#ifdef __SSE2__
    // Sixteen characters as sixteen bytes: a character past U+00FF becomes 0x00 or 0xFF, so a
    // delimiter that is either of those (or past them) is looked for one character at a time.
    if (from + kBlock <= m_size && m_delimiter > 0 && m_delimiter < 0xFF) {
        const __m128i delimiter = _mm_set1_epi8(char(m_delimiter));
        const __m128i lf = _mm_set1_epi8('\n');
        const __m128i cr = _mm_set1_epi8('\r');
        const __m128i quote = _mm_set1_epi8('"');
        for (; k < kBlock; k += 16) {
            const __m128i c = _mm_packus_epi16(
                _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + k)),
                _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + k + 8)));
            const __m128i found =
                _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(c, delimiter), _mm_cmpeq_epi8(c, lf)),
                             _mm_or_si128(_mm_cmpeq_epi8(c, cr), _mm_cmpeq_epi8(c, quote)));
            m_block |= quint64(uint(_mm_movemask_epi8(found))) << k;
        }
        return;
    }
#endif
    for (; k < kBlock && from + k < m_size; ++k) {
        const char16_t c = p[k];
        if (c == m_delimiter || c == u'\n' || c == u'\r' || c == u'"')
            m_block |= quint64(1) << k;
    }
}

void CsvRecordWriter::readUnquoted()
{
    const qsizetype start = m_pos;
#ifdef __SSE2__
    // Eight characters at a time up to the delimiter or the line break: cells are mostly text.
    const __m128i delimiter = _mm_set1_epi16(short(m_delimiter));
    const __m128i lf = _mm_set1_epi16(short(u'\n'));
    const __m128i cr = _mm_set1_epi16(short(u'\r'));
    while (m_pos + 8 <= m_size) {
        const __m128i chars = _mm_loadu_si128(reinterpret_cast<const __m128i *>(m_data + m_pos));
        const __m128i ends =
            _mm_or_si128(_mm_cmpeq_epi16(chars, delimiter),
                         _mm_or_si128(_mm_cmpeq_epi16(chars, lf), _mm_cmpeq_epi16(chars, cr)));
        const uint found = uint(_mm_movemask_epi8(ends));
        if (found != 0) {
            m_pos += qCountTrailingZeroBits(found) / 2; // two mask bits a character
            append(start, m_pos);
            return;
        }
        m_pos += 8;
    }
#endif
    while (m_pos < m_size) {
        const char16_t c = at(m_pos);
        if (c == m_delimiter || c == u'\n' || c == u'\r')
            break;
        ++m_pos;
    }
    append(start, m_pos);
}

bool CsvRecordWriter::endCell(qsizetype start, int column)
{
    if (qint64(m_table.m_cells.size()) >= m_maxCells)
        return fail(
            m_line,
            Tr::tr("the file has more than %1 cells, more than SpendLens reads.").arg(m_maxCells));
    qsizetype end = m_written;
    // A data cell its column has had: the earlier text serves, and this one's room goes to the
    // cells after it. Shorter cells than kMinSharedLength save less than the look-up costs.
    if (m_written - start >= kMinSharedLength && m_table.m_records.size() > 1 &&
        column < kMaxSharedColumns) {
        if (m_columnTexts.size() <= std::size_t(column))
            m_columnTexts.resize(std::size_t(column) + 1);
        const qsizetype size = m_written - start;
        const qsizetype earlier = m_columnTexts[std::size_t(column)].earlier(m_data, start, size);
        if (earlier >= 0) {
            m_written = start;
            start = earlier;
            end = earlier + size;
        }
    }
    m_table.m_cells.push_back({quint32(start), quint32(end)});
    return true;
}

int CsvTable::headerLine() const
{
    return m_records.isEmpty() ? 0 : m_records.front().line;
}

QStringList CsvTable::header() const
{
    return cells(-1);
}

int CsvTable::line(int row) const
{
    return m_records.at(row + 1).line;
}

QStringList CsvTable::cells(int row) const
{
    QStringList list;
    const int count = cellCount(row);
    list.reserve(count);
    for (int column = 0; column < count; ++column)
        list.append(cell(row, column).toString());
    return list;
}

CsvRead CsvReader::read(const QByteArray &bytes, const QString &origin) const
{
    CsvRead result;
    const auto refuse = [&](int line, const QString &why) {
        result.errorLine = line;
        result.error = line > 0 ? Tr::tr("%1: line %2: %3").arg(origin, QString::number(line), why)
                                : Tr::tr("%1: %2").arg(origin, why);
        return result;
    };
    // Offsets into the table's text are 32-bit; the default limit is far below that.
    const qint64 maxBytes = qMin<qint64>(m_limits.maxFileBytes, qint64(1) << 31);
    if (bytes.size() > maxBytes)
        return refuse(0,
                      Tr::tr("the file is larger than %1 and was not read.").arg(sizeText(maxBytes)));
    Decoded decoded = decode(bytes, m_limits);
    if (!decoded.error.isEmpty())
        return refuse(decoded.errorLine, decoded.error);

    CsvTable &table = result.table;
    table.m_origin = origin;
    table.m_encoding = decoded.encoding;
    table.m_delimiter = m_delimiter.isNull() ? detectDelimiter(decoded.text) : m_delimiter;
    table.m_text = std::move(decoded.text); // the cells are unquoted in place
    CsvRecordWriter writer(table, table.m_delimiter, m_limits);
    if (!writer.run()) {
        result.table = CsvTable();
        return refuse(writer.errorLine(), writer.error());
    }
    if (table.m_records.isEmpty())
        return refuse(0, Tr::tr("the file is empty: there is no header row."));
    result.ok = true;
    return result;
}

CsvRead CsvReader::read(QIODevice *device, const QString &origin) const
{
    Q_ASSERT(device);
    CsvRead result;
    const qint64 maxBytes = qMin<qint64>(m_limits.maxFileBytes, qint64(1) << 31);
    if (!device->isReadable()) {
        result.error = Tr::tr("%1: cannot be read (%2).").arg(origin, device->errorString());
        return result;
    }
    if (!device->isSequential() && device->size() - device->pos() > maxBytes) {
        result.error =
            Tr::tr("%1: the file is larger than %2 and was not read.").arg(origin, sizeText(maxBytes));
        return result;
    }
    QByteArray bytes;
    // One byte more than the file, for the read that finds its end without growing the array.
    if (!device->isSequential()) {
        bytes.reserve(device->size() - device->pos() + 1);
        adviseLargePages(bytes.data(), bytes.capacity());
    }
    // A pipe has no size: read one byte past the limit to know that it is over.
    constexpr qint64 kChunk = 1 << 20;
    for (;;) {
        qint64 want = qMin(kChunk, maxBytes + 1 - bytes.size());
        if (bytes.capacity() > bytes.size())
            want = qMin<qint64>(want, bytes.capacity() - bytes.size());
        if (want <= 0)
            break;
        const qsizetype before = bytes.size();
        bytes.resize(before + want);
        const qint64 got = device->read(bytes.data() + before, want);
        bytes.resize(before + qMax<qint64>(got, 0));
        if (got < 0) {
            result.error = Tr::tr("%1: cannot be read (%2).").arg(origin, device->errorString());
            return result;
        }
        if (got == 0)
            break;
    }
    return read(bytes, origin);
}

CsvRead CsvReader::readFile(const QString &path) const
{
    const QString notAFile = FileIo::regularFileProblem(path); // before opening: a FIFO blocks
    if (!notAFile.isEmpty()) {
        CsvRead result;
        result.error = Tr::tr("%1: %2").arg(path, notAFile);
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CsvRead result;
        result.error = Tr::tr("%1: cannot be opened (%2).").arg(path, file.errorString());
        return result;
    }
    return read(&file, path);
}

QChar CsvReader::detectDelimiter(QStringView text)
{
    // On a tie the rarer character in ordinary text wins: a comma may sit in a header's words.
    constexpr std::array<char16_t, 3> kCandidates{u'\t', u';', u','};
    constexpr int kRecords = 20;
    const qsizetype size = qMin<qsizetype>(text.size(), 64 * 1024);
    QVector<std::array<int, 3>> counts;
    std::array<int, 3> current{};
    bool inQuotes = false;
    bool hasText = false;
    qsizetype i = 0;
    for (; i < size && counts.size() < kRecords; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes && (c == u'\n' || c == u'\r')) {
            if (hasText)
                counts.append(current);
            current = {};
            hasText = false;
            continue;
        }
        hasText = true;
        for (std::size_t k = 0; k < kCandidates.size(); ++k)
            if (!inQuotes && c == kCandidates[k])
                ++current[k];
    }
    if (i == text.size() && hasText) // the last record counts only when it is complete
        counts.append(current);

    int best = -1;
    std::pair<int, int> bestScore{0, 0}; // records agreeing with the header, then cells in it
    for (std::size_t k = 0; k < kCandidates.size() && !counts.isEmpty(); ++k) {
        const int inHeader = counts.front()[k];
        int agreeing = 0;
        for (const auto &record : counts)
            agreeing += record[k] == inHeader ? 1 : 0;
        const std::pair<int, int> score{inHeader > 0 ? agreeing : 0, inHeader};
        if (score > bestScore) {
            bestScore = score;
            best = int(k);
        }
    }
    return QChar(best < 0 ? u',' : kCandidates[std::size_t(best)]);
}
