#pragma once

// What one document may cost, whatever its layout: the reader refuses more, and the writer,
// the CSV reader and the importer never produce more, so that a file SpendLens writes is
// always one it reads, and a hostile file is refused before it takes the memory it asks for.
namespace DocumentLimits {
constexpr int kMaxFigures = 200000;
// Characters (UTF-16 units) in any one text: a label, a note, a quote, a chart title.
constexpr int kMaxTextLength = 65536;
// Levels of JSON nesting (a document needs four).
constexpr int kMaxDepth = 32;
// Annotations on one chart, and characters in one: more cannot be laid out clear of each other.
constexpr int kMaxAnnotations = 20;
constexpr int kMaxAnnotationLength = 200;
// A CSV file to import: a table of kMaxFigures rows fits well within this, and reading it
// takes about three times as much memory.
constexpr long long kMaxCsvBytes = 64ll * 1024 * 1024;
} // namespace DocumentLimits
