#pragma once

#include "dataset.h"
#include "figure.h"
#include "figureimport.h"

class Document;

// Generated figures for the benchmarks. Row i here is the same figure as row i of the CSV that
// scripts/bench-data.py writes (same entity, label, kind, year, values, source, basis, level and
// note), so the in-memory and the imported sets are alike.
namespace BenchData {
// The i-th generated figure (i from 0); its id is FigureImport::idFor plus "-<i>".
Figure figure(int i);
// The built-in dataset (its figures, baseline, compared figures and growth series) followed by
// generated figures, count figures in all (at least the built-in ones). Repeated texts share
// one string, as they do in a document DatasetJson reads, so the set costs what an opened one does.
Dataset dataset(int count);
// The options File ▸ Import gives FigureImport for this document (ImportDialog::options): its
// figures' ids and the figures themselves.
ImportOptions importOptions(const Document &document);
} // namespace BenchData
