# The benchmarks (tests/bench), built only with -DSPENDLENS_BUILD_BENCHMARKS=ON, which
# scripts/bench passes. Meant to be included once from the top-level CMakeLists.txt, after the
# product's subdirectories:
#   include(cmake/benchmarks.cmake)
# Until that line is there, scripts/bench injects this file with
# -DCMAKE_PROJECT_INCLUDE=<this file>, which runs it inside project(), before the product's
# targets exist; target names resolve when the build is generated, so both ways work, and the
# include guard keeps the subdirectory from being added twice.
include_guard(GLOBAL)
option(SPENDLENS_BUILD_BENCHMARKS "Build the Google Benchmark suite in tests/bench" OFF)
if(SPENDLENS_BUILD_BENCHMARKS)
  add_subdirectory("${CMAKE_SOURCE_DIR}/tests/bench" "${CMAKE_BINARY_DIR}/tests/bench")
endif()
