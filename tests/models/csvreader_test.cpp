#include "../gtestqt.h"
#include "csvreader.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QRandomGenerator>
#include <gtest/gtest.h>

namespace {

QString corpus(const char *name)
{
    return QStringLiteral(SPENDLENS_TEST_DATA "/csv/") + QLatin1String(name);
}

CsvRead readBytes(const QByteArray &bytes)
{
    return CsvReader().read(bytes, QStringLiteral("test.csv"));
}

CsvTable readCorpus(const char *name)
{
    const CsvRead read = CsvReader().readFile(corpus(name));
    EXPECT_TRUE(read.ok) << name << ": " << qPrintable(read.error);
    return read.table;
}

// --- Delimiter ---------------------------------------------------------------------------------

struct DelimiterCase
{
    const char *text;
    char expected;
};

class DelimiterDetection : public ::testing::TestWithParam<DelimiterCase>
{
};

TEST_P(DelimiterDetection, PicksTheDelimiterOutsideQuotes)
{
    const QString text = QString::fromUtf8(GetParam().text);
    EXPECT_EQ(CsvReader::detectDelimiter(text), QLatin1Char(GetParam().expected))
        << GetParam().text;
    const CsvRead read = readBytes(GetParam().text);
    ASSERT_TRUE(read.ok) << qPrintable(read.error);
    EXPECT_EQ(read.table.delimiter(), QLatin1Char(GetParam().expected));
}

INSTANTIATE_TEST_SUITE_P(
    Table, DelimiterDetection,
    ::testing::Values(DelimiterCase{"a,b,c\n1,2,3\n", ','}, DelimiterCase{"a;b;c\n1;2;3\n", ';'},
                      DelimiterCase{"a\tb\tc\n1\t2\t3\n", '\t'},
                      // A comma in a header's words ties with the semicolons; the semicolon wins.
                      DelimiterCase{"entity;value, USD\nMeta;39,23\n", ';'},
                      DelimiterCase{"\"a;b\",c\n\"x;y\",z\n", ','},
                      DelimiterCase{"name\tnote\nMeta\t\"a, b, c\"\n", '\t'},
                      DelimiterCase{"value\n5\n", ','},
                      DelimiterCase{"a;b;c\n\"multi\nline;with;semis\";2;3\n", ';'},
                      DelimiterCase{"a,b;c;d\n1,2;3;4\n5,6;7;8\n", ';'},
                      DelimiterCase{"\n\nentity;year\nMeta;2024\n", ';'},
                      DelimiterCase{"entity,year,value\nDeepSeek,2024,5,576,000\nMeta,2024,39B\n",
                                    ','}));

TEST(CsvReader, UsesTheDelimiterTheCallerForces)
{
    CsvReader reader;
    reader.setDelimiter(QLatin1Char(';'));
    const CsvRead read = reader.read("a,b;c\n1,2;3\n", QStringLiteral("forced.csv"));
    ASSERT_TRUE(read.ok);
    EXPECT_EQ(read.table.header(), QStringList({"a,b", "c"}));
}

// --- Encoding ----------------------------------------------------------------------------------

struct EncodingCase
{
    const char *file;
    CsvEncoding encoding;
    const char *firstCell; // row 0, column 0, as UTF-8
    int column;
    const char *cell; // row 0 at that column, as UTF-8
};

class EncodingDetection : public ::testing::TestWithParam<EncodingCase>
{
};

TEST_P(EncodingDetection, DecodesTheTextAndDropsTheByteOrderMark)
{
    const CsvTable table = readCorpus(GetParam().file);
    EXPECT_EQ(table.encoding(), GetParam().encoding);
    EXPECT_EQ(table.header().value(0), QStringLiteral("entity"))
        << "no byte-order mark in the header";
    EXPECT_EQ(table.cell(0, 0).toString(), QString::fromUtf8(GetParam().firstCell));
    EXPECT_EQ(table.cell(0, GetParam().column).toString(), QString::fromUtf8(GetParam().cell));
}

INSTANTIATE_TEST_SUITE_P(
    Corpus, EncodingDetection,
    ::testing::Values(
        EncodingCase{"tab-separated.tsv", CsvEncoding::Utf8, "DeepSeek", 3,
                     "DeepSeek-V3 report, Table 1"},
        EncodingCase{"utf8-bom.csv", CsvEncoding::Utf8WithBom, "Meta", 2, "39.23B"},
        EncodingCase{"utf16le-bom.csv", CsvEncoding::Utf16LE, "阿里巴巴", 2, "3800亿"},
        EncodingCase{"utf16be-bom.csv", CsvEncoding::Utf16BE, "Meta", 3, "Meta release"},
        EncodingCase{"windows-1252.csv", CsvEncoding::Windows1252, "Société Générale", 4,
                     "“guidance” – not final"}));

TEST(CsvReader, ReadsWindows1252PunctuationAsWindowsWritesIt)
{
    const CsvRead read = readBytes("x\n\x80\x8A\x96\x9F\x93q\x94\xE9\n");
    ASSERT_TRUE(read.ok) << qPrintable(read.error);
    EXPECT_EQ(read.table.encoding(), CsvEncoding::Windows1252);
    EXPECT_EQ(read.table.cell(0, 0).toString(), QString::fromUtf8("€Š–Ÿ“q”é"));
}

TEST(CsvReader, TreatsOverlongAndSurrogateBytesAsNotUtf8)
{
    for (const char *bytes : {"x\n\xC0\xAF\n", "x\n\xED\xA0\x80\n", "x\n\xF4\x90\x80\x80\n"}) {
        const CsvRead read = readBytes(bytes);
        ASSERT_TRUE(read.ok) << qPrintable(read.error);
        EXPECT_EQ(read.table.encoding(), CsvEncoding::Windows1252) << bytes;
    }
}

// --- Records -----------------------------------------------------------------------------------

TEST(CsvReader, FollowsRfc4180Quoting)
{
    const CsvTable table = readCorpus("embedded-quotes.csv");
    ASSERT_EQ(table.rowCount(), 2);
    EXPECT_EQ(table.cell(0, 0).toString(), QStringLiteral("Meta Platforms, Inc."));
    EXPECT_EQ(table.cell(0, 2).toString(), QString::fromUtf8("$60–65B"));
    EXPECT_EQ(table.cell(0, 3).toString(), QStringLiteral("Meta, Q4 2024 release"));
    EXPECT_EQ(table.cell(0, 4).toString(), QStringLiteral("He said \"60 to 65 billion\", twice"));
    // Spreadsheet leniency: spaces before an opening quote, text after a closing one.
    EXPECT_EQ(table.cell(1, 0).toString(), QStringLiteral("Alphabet"));
    EXPECT_EQ(table.cell(1, 4).toString(), QStringLiteral("trailingtext"));
    EXPECT_EQ(table.cellCount(1), 5);
}

TEST(CsvReader, KeepsTheLineWhereAMultiLineRecordStarts)
{
    const CsvTable table = readCorpus("multiline-quoted.csv");
    ASSERT_EQ(table.rowCount(), 3);
    EXPECT_EQ(table.headerLine(), 1);
    EXPECT_EQ(table.line(0), 2);
    EXPECT_EQ(table.cell(0, 4).toString(),
              QStringLiteral("This will be a defining year for AI.\n\nWe plan to invest $60-65B in "
                             "capex this year."));
    EXPECT_EQ(table.line(1), 5);
    EXPECT_EQ(table.cell(1, 4).toString(), QStringLiteral("Line one\nline two"));
    EXPECT_EQ(table.line(2), 7);
}

TEST(CsvReader, ReadsCrLfAndKeepsLineBreaksInCellsAsLf)
{
    const CsvTable table = readCorpus("crlf.csv");
    ASSERT_EQ(table.rowCount(), 2);
    EXPECT_EQ(table.header().last(), QStringLiteral("note"));
    EXPECT_EQ(table.cell(0, 4).toString(), QStringLiteral("first line\nsecond line"));
    EXPECT_EQ(table.line(1), 4);
    EXPECT_EQ(table.cell(1, 4).toString(), QString());
    EXPECT_EQ(table.cellCount(1), 5);
}

class LineEndings : public ::testing::TestWithParam<const char *>
{
};

TEST_P(LineEndings, GiveTheSameCellsAndLines)
{
    QByteArray text = "entity,quote\nMeta,\"a\nb\"\nAlphabet,c\n";
    text.replace("\n", GetParam());
    const CsvRead read = readBytes(text);
    ASSERT_TRUE(read.ok) << qPrintable(read.error);
    ASSERT_EQ(read.table.rowCount(), 2);
    EXPECT_EQ(read.table.cell(0, 1).toString(), QStringLiteral("a\nb"));
    EXPECT_EQ(read.table.line(1), 4);
    EXPECT_EQ(read.table.cell(1, 1).toString(), QStringLiteral("c"));
}

INSTANTIATE_TEST_SUITE_P(LfCrLfCr, LineEndings, ::testing::Values("\n", "\r\n", "\r"));

TEST(CsvReader, ReadsOldMacLineEndings)
{
    const CsvTable table = readCorpus("cr-only.csv");
    ASSERT_EQ(table.rowCount(), 2);
    EXPECT_EQ(table.line(1), 3);
    EXPECT_EQ(table.cell(1, 0).toString(), QStringLiteral("Alphabet"));
}

TEST(CsvReader, SkipsBlankLinesButCountsThem)
{
    const CsvTable table = readCorpus("blank-lines.csv");
    EXPECT_EQ(table.headerLine(), 2);
    ASSERT_EQ(table.rowCount(), 3);
    EXPECT_EQ(table.line(0), 4);
    EXPECT_EQ(table.line(1), 5); // ",,," is a row of empty cells, not a blank line
    EXPECT_EQ(table.cellCount(1), 4);
    EXPECT_EQ(table.line(2), 7);
}

TEST(CsvReader, KeepsEmptyCellsAndQuotedEmptyRows)
{
    const CsvRead read = readBytes("a,b,\n1,,\n\"\"\n");
    ASSERT_TRUE(read.ok);
    EXPECT_EQ(read.table.header(), QStringList({"a", "b", ""}));
    EXPECT_EQ(read.table.cells(0), QStringList({"1", "", ""}));
    ASSERT_EQ(read.table.rowCount(), 2);
    EXPECT_EQ(read.table.cells(1), QStringList({""}));
    EXPECT_EQ(read.table.cell(1, 7).toString(), QString()) << "past the end of a short row";
}

TEST(CsvReader, KeepsAQuoteInsideAnUnquotedCell)
{
    const CsvTable table = readCorpus("stray-quote.csv");
    EXPECT_EQ(table.cell(0, 0).toString(), QStringLiteral("Meta 27\" monitors"));
}

TEST(CsvReader, ReadsAHugeCellThatHidesTheFirstRowFromDetection)
{
    const CsvTable table = readCorpus("huge-cell.csv");
    EXPECT_EQ(table.delimiter(), QLatin1Char(';'));
    ASSERT_EQ(table.rowCount(), 2);
    EXPECT_EQ(table.cell(0, 4).size(), 6000 * 14);
    EXPECT_EQ(table.line(1), 3);
    EXPECT_EQ(table.cell(1, 0).toString(), QStringLiteral("Alphabet"));
}

TEST(CsvReader, ReadsAFileWithOnlyAHeader)
{
    const CsvTable table = readCorpus("header-only.csv");
    EXPECT_EQ(table.rowCount(), 0);
    EXPECT_EQ(table.columnCount(), 4);
}

// --- Refusals ----------------------------------------------------------------------------------

struct RefusalCase
{
    const char *file;
    int line;             // 0: the file as a whole
    const char *expected; // the reason, after "path: line N: "
};

class CorpusRefusal : public ::testing::TestWithParam<RefusalCase>
{
};

TEST_P(CorpusRefusal, NamesTheFileTheLineAndTheReason)
{
    const QString path = corpus(GetParam().file);
    const CsvRead read = CsvReader().readFile(path);
    ASSERT_FALSE(read.ok) << GetParam().file;
    EXPECT_EQ(read.errorLine, GetParam().line) << qPrintable(read.error);
    const QString where =
        GetParam().line > 0 ? QStringLiteral("line %1: ").arg(GetParam().line) : QString();
    EXPECT_TRUE(read.error.startsWith(path + QStringLiteral(": ") + where +
                                      QString::fromUtf8(GetParam().expected)))
        << qPrintable(read.error);
    EXPECT_EQ(read.table.rowCount(), 0) << "nothing half-read";
}

INSTANTIATE_TEST_SUITE_P(
    Corpus, CorpusRefusal,
    ::testing::Values(
        RefusalCase{"empty.csv", 0, "the file is empty: there is no header row."},
        RefusalCase{"only-bom.csv", 0, "the file is empty"},
        RefusalCase{"unbalanced-quote.csv", 3, "a quoted field opened here is never closed."},
        RefusalCase{"truncated-utf8.csv", 3, "the file ends in the middle of a UTF-8 character"},
        RefusalCase{"nul-bytes.csv", 2, "contains a NUL byte, so this is not a text table."},
        RefusalCase{"not-text.csv", 3, "contains a NUL byte"},
        RefusalCase{"utf16-no-bom.csv", 1, "the file looks like UTF-16 without a byte-order mark"},
        RefusalCase{"utf16-cut-short.csv", 2, "the file ends in the middle of a UTF-16 character"},
        RefusalCase{"utf32.csv", 1, "the file is in UTF-32"},
        RefusalCase{"mixed-encodings.csv", 4,
                    "these bytes are not UTF-8, but line 2 is: the file mixes encodings."}));

TEST(CsvReader, RefusesBytesThatContradictAUtf8ByteOrderMark)
{
    const CsvRead read = readBytes("\xEF\xBB\xBFx\nok\n\xE9t\xE9\n");
    ASSERT_FALSE(read.ok);
    EXPECT_EQ(read.error, QString::fromUtf8("test.csv: line 3: these bytes are not UTF-8, though "
                                            "the file starts with a UTF-8 byte-order mark."));
}

TEST(CsvReader, RefusesALineOverOneMebibyte)
{
    QByteArray text = "entity,quote\nMeta,";
    text.append(QByteArray(1024 * 1024, 'x'));
    text.append("\nAlphabet,short\n");
    const CsvRead read = readBytes(text);
    ASSERT_FALSE(read.ok);
    EXPECT_EQ(read.errorLine, 2);
    EXPECT_EQ(read.error, QStringLiteral("test.csv: line 2: longer than 1 MiB; this is not a table "
                                         "SpendLens can read."));
    text.remove(18, 5); // now exactly 1 MiB with "Meta,"
    EXPECT_TRUE(readBytes(text).ok);
}

TEST(CsvReader, MeasuresUtf16LinesInBytes)
{
    CsvReader reader;
    reader.setLimits({1024, 20, 1000});
    QByteArray utf16("\xFF\xFE", 2);
    for (const QString &line :
         {QStringLiteral("a,b\n"), QStringLiteral("0123456789\n"), QStringLiteral("0123456789x\n")})
        for (const QChar c : line)
            utf16.append(char(c.unicode())).append('\0');
    const CsvRead read = reader.read(utf16, QStringLiteral("u16.csv"));
    ASSERT_FALSE(read.ok);
    EXPECT_EQ(read.error,
              QStringLiteral("u16.csv: line 3: longer than 20 bytes; this is not a table "
                             "SpendLens can read."));
}

// A device that claims to be larger than the limit and fails the test if it is read at all.
class HugeDevice : public QIODevice
{
public:
    qint64 size() const override { return 600ll * 1024 * 1024; }

protected:
    qint64 readData(char *, qint64) override
    {
        ADD_FAILURE() << "the size must be checked before reading";
        return -1;
    }
    qint64 writeData(const char *, qint64) override { return -1; }
};

TEST(CsvReader, ChecksTheSizeBeforeReading)
{
    HugeDevice device;
    ASSERT_TRUE(device.open(QIODevice::ReadOnly));
    const CsvRead read = CsvReader().read(&device, QStringLiteral("huge.csv"));
    ASSERT_FALSE(read.ok);
    EXPECT_EQ(read.error,
              QStringLiteral("huge.csv: the file is larger than 64 MiB and was not read."));
}

class PipeDevice : public QBuffer
{
public:
    using QBuffer::QBuffer;
    bool isSequential() const override { return true; }
};

TEST(CsvReader, StopsReadingAPipeAtTheLimit)
{
    QByteArray bytes = QByteArray("a,b\n") + QByteArray(200, 'x');
    PipeDevice pipe(&bytes);
    ASSERT_TRUE(pipe.open(QIODevice::ReadOnly));
    CsvReader reader;
    reader.setLimits({100, 1024, 1000});
    const CsvRead read = reader.read(&pipe, QStringLiteral("stdin"));
    ASSERT_FALSE(read.ok);
    EXPECT_EQ(read.error,
              QStringLiteral("stdin: the file is larger than 100 bytes and was not read."));
    EXPECT_LE(pipe.pos(), 101);
}

TEST(CsvReader, RefusesMoreCellsThanTheLimit)
{
    CsvReader reader;
    reader.setLimits({1024, 1024, 5});
    const CsvRead read = reader.read("a,b,c\n1,2,3\n", QStringLiteral("wide.csv"));
    ASSERT_FALSE(read.ok);
    EXPECT_EQ(read.error, QStringLiteral("wide.csv: line 2: the file has more than 5 cells, more "
                                         "than SpendLens reads."));
}

TEST(CsvReader, KeepsPercentSignsInTheOriginAsTheyAre)
{
    const CsvRead read = CsvReader().read(QByteArray("a\n\0\n", 4), QStringLiteral("100%2 %1.csv"));
    EXPECT_EQ(read.error,
              QStringLiteral("100%2 %1.csv: line 2: contains a NUL byte, so this is not "
                             "a text table."));
}

TEST(CsvReader, SaysWhyAFileCannotBeOpened)
{
    const CsvRead read = CsvReader().readFile(QStringLiteral("/nonexistent/figures.csv"));
    ASSERT_FALSE(read.ok);
    EXPECT_TRUE(
        read.error.startsWith(QStringLiteral("/nonexistent/figures.csv: cannot be opened (")))
        << qPrintable(read.error);
}

// Random bytes built from the characters that matter to the reader: it must always answer, with
// either a table whose every cell can be reached or an error that names the origin.
TEST(CsvReader, NeverCrashesOrHangsOnRandomInput)
{
    const char alphabet[] = {',',  ';',    '\t',   '"',    '\n',   '\r',   'a',    '1',    ' ',
                             '\0', '\xC3', '\xA9', '\xFF', '\xFE', '\xE4', '\xBF', '\xEF', '\xBB'};
    QRandomGenerator random(20250128);
    CsvReader reader;
    reader.setLimits({4096, 64, 500});
    for (int i = 0; i < 5000; ++i) {
        QByteArray bytes;
        const int size = random.bounded(300);
        for (int k = 0; k < size; ++k)
            bytes.append(alphabet[random.bounded(int(sizeof alphabet))]);
        const CsvRead read = reader.read(bytes, QStringLiteral("random"));
        if (!read.ok) {
            EXPECT_TRUE(read.error.startsWith(QStringLiteral("random: ")))
                << qPrintable(read.error);
            continue;
        }
        int previousLine = read.table.headerLine();
        for (int row = 0; row < read.table.rowCount(); ++row) {
            EXPECT_GT(read.table.line(row), previousLine);
            previousLine = read.table.line(row);
            for (int column = 0; column < read.table.cellCount(row); ++column)
                EXPECT_LE(read.table.cell(row, column).size(), size);
        }
    }
}

TEST(CsvReader, ReadsAnUnclosedQuoteInALargeFileToTheEndOnce)
{
    QByteArray text = "a,b\n1,\"";
    const QByteArray line = QByteArray(999, 'x') + '\n';
    for (int i = 0; i < 4096; ++i) // 4 MiB in short lines, so that only the quote is wrong
        text.append(line);
    const CsvRead read = readBytes(text);
    ASSERT_FALSE(read.ok);
    EXPECT_EQ(read.error,
              QStringLiteral("test.csv: line 2: a quoted field opened here is never closed."));
}

} // namespace

namespace {

TEST(CsvReader, NeverHoldsMoreRowsThanADocumentMayHold)
{
    // Refused at the first row past the limit, before the rest is split or any figure made.
    CsvLimits limits;
    limits.maxRows = 1000;
    QByteArray csv = "entity,label,year,value\n";
    for (int i = 0; i < 5000; ++i)
        csv += "Meta,Capex " + QByteArray::number(i) + ",2024,1B\n";
    CsvReader reader;
    reader.setLimits(limits);
    const CsvRead read = reader.read(csv, QStringLiteral("rows.csv"));
    EXPECT_FALSE(read.ok);
    EXPECT_EQ(read.error, QStringLiteral("rows.csv: line 1002: the file has more than 1,000 rows, more than "
                                         "a document may hold."));
    EXPECT_EQ(read.table.rowCount(), 0);
    // The defaults are the document's own limits.
    EXPECT_EQ(CsvLimits().maxRows, DocumentLimits::kMaxFigures);
    EXPECT_EQ(CsvLimits().maxFileBytes, DocumentLimits::kMaxCsvBytes);
}

} // namespace

namespace {

TEST(CsvReader, ALoneSurrogateInUtf16IsRefusedNamingThePlace)
{
    QString text = QStringLiteral("entity,label\nMeta,Ca");
    text += QChar(0xD800); // the first half of a pair, with no second
    text += QStringLiteral("pex\n");
    QByteArray bytes("\xFF\xFE");
    bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const CsvRead read = CsvReader().read(bytes, QStringLiteral("u16.csv"));
    EXPECT_FALSE(read.ok);
    EXPECT_EQ(read.error, QStringLiteral("u16.csv: line 2: character 8: half of a UTF-16 character (U+D800) "
                                         "without its other half; the file is damaged."));
    // A whole pair is a character like any other.
    text.replace(QChar(0xD800), QString::fromUtf8("🙂"));
    QByteArray good("\xFF\xFE");
    good.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const CsvRead pair = CsvReader().read(good, QStringLiteral("u16.csv"));
    ASSERT_TRUE(pair.ok) << qPrintable(pair.error);
    EXPECT_EQ(pair.table.cell(0, 1), QString::fromUtf8("Ca🙂pex"));
}

} // namespace

namespace {

// Cells of every length up to past two 64-character blocks, made of the characters the reader
// looks for and of characters that look like them once cut to a byte (U+012C, U+FF0C, U+00FF).
QVector<QStringList> randomRows(QChar delimiter, int rows, quint32 seed)
{
    const QString pieces = QString::fromUtf8("abc xyz0189\",;\t\nĬ，ÿ中é");
    QRandomGenerator random(seed);
    QVector<QStringList> table;
    for (int r = 0; r < rows; ++r) {
        QStringList row;
        const int cells = 1 + int(random.bounded(7));
        for (int c = 0; c < cells; ++c) {
            QString cell;
            const int length = int(random.bounded(140));
            for (int k = 0; k < length; ++k)
                cell += pieces.at(int(random.bounded(pieces.size())));
            if (random.bounded(4) == 0) // plain text, as most cells are
                cell.removeIf([&](QChar ch) { return ch == delimiter || ch == u'"' || ch == u'\n'; });
            row.append(cell);
        }
        table.append(row);
    }
    return table;
}

QString written(const QVector<QStringList> &table, QChar delimiter)
{
    QString text;
    for (const QStringList &row : table) {
        QStringList cells;
        for (QString cell : row) {
            const bool quote = cell.contains(delimiter) || cell.contains(u'"') ||
                               cell.contains(u'\n') || cell.trimmed().isEmpty() != cell.isEmpty() ||
                               cell.startsWith(u' ');
            if (quote)
                cell = u'"' + cell.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
            cells.append(cell);
        }
        text += cells.join(delimiter) + u'\n';
    }
    return text;
}

void expectCells(const CsvTable &read, const QVector<QStringList> &table)
{
    ASSERT_EQ(read.rowCount() + 1, table.size());
    for (int r = 0; r < table.size(); ++r) {
        ASSERT_EQ(read.cellCount(r - 1), table.at(r).size()) << "row " << r;
        for (int c = 0; c < table.at(r).size(); ++c)
            ASSERT_EQ(read.cell(r - 1, c).toString(), table.at(r).at(c)) << "row " << r << ", cell " << c;
    }
}

TEST(CsvReader, ReadsBackEveryCellAcrossTheBlocksItLooksAhead)
{
    // A blank row is no record: every row here has a cell with something in it.
    for (const QChar delimiter : {QChar(u','), QChar(u';'), QChar(u'\t'), QChar(0x00FF), QChar(0xFF0C)}) {
        QVector<QStringList> table = randomRows(delimiter, 3000, delimiter.unicode());
        for (QStringList &row : table)
            row.front().prepend(u'r');
        CsvReader reader;
        reader.setDelimiter(delimiter);
        const CsvRead read = reader.read(written(table, delimiter).toUtf8(), QStringLiteral("t.csv"));
        ASSERT_TRUE(read.ok) << qPrintable(read.error);
        SCOPED_TRACE(QString(delimiter).toStdString());
        expectCells(read.table, table);
    }
}

TEST(CsvReader, ReadsALargeFileAsItsBytes)
{
    QVector<QStringList> table = randomRows(u',', 600, 7);
    for (QStringList &row : table)
        row.front().prepend(u'r');
    const QByteArray once = written(table, u',').toUtf8();
    QByteArray bytes;
    QVector<QStringList> whole;
    while (bytes.size() <= 9 * 1024 * 1024) { // a large file, read in many blocks
        bytes += once;
        whole += table;
    }
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("large.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_EQ(file.write(bytes), bytes.size());
    file.close();
    const CsvRead read = CsvReader().readFile(path);
    ASSERT_TRUE(read.ok) << qPrintable(read.error);
    EXPECT_EQ(read.table.origin(), path);
    expectCells(read.table, whole);
}

} // namespace
