// libFuzzer target: the CSV/TSV reader behind File ▸ Import (models/csvreader.h).
// Any bytes must give either a table or an error naming the origin: never a crash, a leak,
// undefined behaviour or a hang. Each input is read twice: as the program reads a file
// (detected encoding and delimiter, default limits), and through a QIODevice with a forced
// delimiter and tiny limits, so that the limit paths are reached by small inputs.
#define SPENDLENS_FUZZ_TARGET "fuzz_csv"
#include "fuzztarget.h"
#include "csvreader.h"

#include <QBuffer>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

// What the header promises of any table read without error.
void checkTable(const CsvRead &read, const QString &origin)
{
    if (!read.ok) {
        if (read.error.isEmpty() || !read.error.startsWith(origin + QStringLiteral(": ")))
            broken("a refusal that does not name the file", read.error);
        if (read.errorLine < 0)
            broken("a negative error line");
        return;
    }
    if (!read.error.isEmpty())
        broken("a table that reads but carries an error", read.error);
    const CsvTable &table = read.table;
    if (table.origin() != origin)
        broken("the table does not keep its origin", table.origin());
    const QChar d = table.delimiter();
    if (d != QLatin1Char(',') && d != QLatin1Char(';') && d != QLatin1Char('\t'))
        broken("an unexpected delimiter", QString(d));
    if (table.headerLine() < 1 || table.header().size() != table.columnCount())
        broken("a table without a proper header");
    if (table.rowCount() < 0)
        broken("a negative row count");
    int previousLine = table.headerLine();
    for (int row = -1; row < table.rowCount(); ++row) {
        const int line = table.line(row);
        if (line < previousLine)
            broken("rows out of line order");
        previousLine = line;
        const int count = table.cellCount(row);
        const QStringList cells = table.cells(row);
        if (count < 1 || cells.size() != count)
            broken("a row with no cells, or cells() disagreeing with cellCount()");
        for (int column = 0; column < count; ++column)
            if (table.cell(row, column) != cells.at(column))
                broken("cell() disagreeing with cells()");
        if (!table.cell(row, count).isEmpty() || !table.cell(row, -1).isEmpty())
            broken("a cell past the end of a row that is not empty");
    }
    if (table.cellCount(table.rowCount()) != 0 || table.cellCount(-2) != 0)
        broken("cells outside the table");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A copy, as QFile::readAll would give the reader: its own, terminated buffer.
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString origin = QStringLiteral("fuzz.csv");

    CsvReader reader;
    checkTable(reader.read(bytes, origin), origin);

    static constexpr char16_t kForced[] = {u',', u';', u'\t'};
    CsvReader strict;
    strict.setDelimiter(QChar(kForced[size % 3]));
    CsvLimits limits;
    limits.maxFileBytes = 3000;
    limits.maxLineBytes = 64;
    limits.maxCells = 40;
    strict.setLimits(limits);
    QByteArray copy = bytes;
    QBuffer device(&copy);
    device.open(QIODevice::ReadOnly);
    checkTable(strict.read(&device, origin), origin);
    return 0;
}
