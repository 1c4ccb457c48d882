#pragma once

#include <QString>

struct FactCheckSheet;

// The fact-check sheet written out for an editor: Markdown (GitHub tables), which also serves
// as the text a PDF is laid out from, so both say the same.
namespace FactCheckText {
QString markdown(const FactCheckSheet &sheet);
// A table cell: pipes escaped and line breaks folded, so a quote cannot break the table.
QString cell(const QString &text);
} // namespace FactCheckText
