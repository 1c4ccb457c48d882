#pragma once

#include <QString>

class ChartSpec;

// Writes a chart's fact-check sheet (see FactCheckSheet) to a file: Markdown, or the same text
// laid out as a PDF with tables. The format follows the file name: .md or .pdf.
namespace FactCheckExport {
enum class Format { Markdown, Pdf };
// The format a file name asks for; false (with *error saying which names work) for another.
bool formatFromPath(const QString &path, Format *format, QString *error);
// Writes atomically; false with *error naming the file and why.
bool write(const ChartSpec &spec, const QString &path, QString *error);
// The PDF bytes for a Markdown text: A4, the house font, pages as needed.
QByteArray pdf(const QString &markdown);
} // namespace FactCheckExport
