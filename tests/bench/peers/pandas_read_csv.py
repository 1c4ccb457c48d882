#!/usr/bin/python3
"""The peer for CSV import: pandas.read_csv on the same file, with its defaults (the C parser,
numbers typed, text as objects).

    pandas_read_csv.py FILE [RUNS]   times RUNS reads (default 7) in this one process, after one
                                     untimed warm-up read, and prints one line:
                                     "pandas-read-csv-ms: median=M min=A max=B runs=R rows=N"
    pandas_read_csv.py FILE --once   reads it once and exits (for timing the whole process)
"""
import statistics
import sys
import time

import pandas


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    path = sys.argv[1]
    if len(sys.argv) == 3 and sys.argv[2] == "--once":
        pandas.read_csv(path)
        return
    runs = int(sys.argv[2]) if len(sys.argv) == 3 else 7
    frame = pandas.read_csv(path)  # warm-up: imports, page cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        frame = pandas.read_csv(path)
        times.append((time.perf_counter() - start) * 1000)
    print("pandas-read-csv-ms: median=%.1f min=%.1f max=%.1f runs=%d rows=%d"
          % (statistics.median(times), min(times), max(times), runs, len(frame)))


if __name__ == "__main__":
    main()
