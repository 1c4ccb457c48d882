#pragma once

#include "dataset.h"
#include "figure.h"

// Generated figures for the benchmarks. Row i here is the same figure as row i of the CSV that
// scripts/bench-data.py writes (same entity, label, kind, year, values, source, basis, level and
// note), so the in-memory and the imported sets are alike.
namespace BenchData {
// The i-th generated figure (i from 0); its id is FigureImport::idFor plus "-<i>".
Figure figure(int i);
// The built-in dataset (its figures, baseline, compared figures and growth series) followed by
// generated figures, count figures in all (at least the built-in ones).
Dataset dataset(int count);
} // namespace BenchData
