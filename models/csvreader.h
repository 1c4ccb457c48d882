#pragma once

#include "documentlimits.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVector>

#include <vector>

class QIODevice;

// The text encodings a CSV file is read in: from its byte-order mark, else UTF-8 when the bytes
// are valid UTF-8, else Windows-1252 (what Excel on Windows writes).
enum class CsvEncoding
{
    Utf8,
    Utf8WithBom,
    Utf16LE,
    Utf16BE,
    Windows1252
};

// A table read from a CSV or TSV file: the header, the data rows and the line each row starts
// on. All cells share one block of text, so a large file costs little more than its text, and
// a data cell that repeats an earlier row's cell in its column is that cell's text, not a copy.
class CsvTable
{
public:
    QString origin() const { return m_origin; }
    QChar delimiter() const { return m_delimiter; }
    CsvEncoding encoding() const { return m_encoding; }

    int headerLine() const;
    QStringList header() const;
    int columnCount() const { return cellCount(-1); }

    // Data rows, not counting the header; row -1 is the header itself.
    int rowCount() const { return m_records.isEmpty() ? 0 : int(m_records.size()) - 1; }
    int line(int row) const; // the physical line the row starts on, counting from 1
    int cellCount(int row) const
    {
        const qsizetype r = row + 1;
        if (r < 0 || r >= m_records.size())
            return 0;
        const quint32 end =
            r + 1 < m_records.size() ? m_records.at(r + 1).firstCell : quint32(m_cells.size());
        return int(end - m_records.at(r).firstCell);
    }
    QStringView cell(int row, int column) const // empty past the end of a short row
    {
        if (column < 0 || column >= cellCount(row))
            return {};
        const quint32 index = m_records.at(row + 1).firstCell + quint32(column);
        const CellSpan span = m_cells[index];
        return QStringView(m_text).mid(span.start, span.end - span.start);
    }
    QStringList cells(int row) const;

private:
    friend class CsvReader;
    friend class CsvRecordWriter;
    struct Record
    {
        int line;
        quint32 firstCell;
    };
    QString m_origin;
    QChar m_delimiter = QLatin1Char(',');
    CsvEncoding m_encoding = CsvEncoding::Utf8;
    QString m_text;                // every cell's text, unquoted, each distinct text once
    struct CellSpan
    {
        quint32 start; // where a cell starts in m_text
        quint32 end;   // and where it ends
    };
    std::vector<CellSpan> m_cells;
    QVector<Record> m_records;   // the header first
};

struct CsvRead
{
    bool ok = false;
    CsvTable table;
    QString error;     // "origin: line N: reason", or "origin: reason" for the file as a whole
    int errorLine = 0; // 0 when the error is about the whole file
};

// Limits that keep a hostile or broken file from exhausting memory or time.
struct CsvLimits
{
    qint64 maxFileBytes = DocumentLimits::kMaxCsvBytes;
    qint64 maxLineBytes = 1024 * 1024;
    qint64 maxCells = 16 * 1024 * 1024;
    qint64 maxRows = DocumentLimits::kMaxFigures; // data rows, after the header
};

// Turns the bytes of a CSV or TSV file into a CsvTable: finds the encoding and the delimiter,
// follows RFC 4180 quoting, and refuses what it cannot read safely, naming the line and why.
class CsvReader
{
public:
    // Forces a delimiter instead of detecting one; a null QChar goes back to detecting.
    void setDelimiter(QChar delimiter)
    {
        Q_ASSERT(delimiter != QLatin1Char('"') && delimiter != QLatin1Char('\n') &&
                 delimiter != QLatin1Char('\r'));
        m_delimiter = delimiter;
    }
    void setLimits(const CsvLimits &limits) { m_limits = limits; }

    CsvRead read(const QByteArray &bytes, const QString &origin) const;
    // Reads an open device; its size is checked before anything is read.
    CsvRead read(QIODevice *device, const QString &origin) const;
    CsvRead readFile(const QString &path) const;

    // Comma, semicolon or tab: the one that splits the first records most consistently, outside
    // quotes; a comma when none does.
    static QChar detectDelimiter(QStringView text);

private:
    QChar m_delimiter;
    CsvLimits m_limits;
};
