#!/usr/bin/python3
"""Writes the benchmark's generated CSV: ROWS figures in the long layout, one a row.

    scripts/bench-data.py OUT.csv [ROWS]      (ROWS defaults to 100000)

Row i is the same figure as BenchData::figure(i) in tests/bench/benchdata.cpp (keep the two in
step): 40 entities, 7 kinds, years 2000-2026, amounts from $100k to $1e14 written as plain
numbers, a quarter of them ranges (low and high columns), a source title, publisher, address
and date, a basis (some with commas, so quoted), a level, and on every tenth row a note with
quotes and commas in it. Deterministic: the same ROWS give the same bytes. Standard library only.
Written to a temporary file and renamed, so an interrupted run leaves no half file.
"""
import csv
import os
import sys

ENTITIES = [
    "Meta", "Microsoft", "Alphabet", "Amazon", "Oracle", "Apple", "Nvidia", "Tesla", "xAI",
    "OpenAI", "Anthropic", "Mistral AI", "DeepSeek", "Alibaba", "Tencent", "Baidu", "ByteDance",
    "Huawei", "Samsung", "SoftBank", "CoreWeave", "Lambda", "Crusoe", "IBM", "Intel", "AMD",
    "TSMC", "Cohere", "Inflection", "Stability AI", "Stargate", "G42", "Naver", "Kakao",
    "Yandex", "Salesforce", "Adobe", "Snowflake", "Databricks", "Scale AI",
]
# (key, name as FigureText::kindName gives it, status)
KINDS = [
    ("capex", "Capex", "actual"),
    ("capex-guidance", "Capex guidance", "guidance"),
    ("analyst-consensus", "Analyst consensus", "estimate"),
    ("training-compute-cost", "Training-run compute cost", "stated"),
    ("hardware-estimate", "Hardware estimate", "estimate"),
    ("pledge", "Pledge", "stated"),
    ("operating-cost-estimate", "Operating-cost estimate", "estimate"),
]
BASES = [
    "Purchases of property and equipment, plus principal payments on finance leases",
    "Company guidance on the earnings call",
    "Rented GPU-hours at the list price",
    "Analyst estimate from supply-chain checks",
    "Stated in a press release",
]
LEVELS = ["primary", "secondary", "derived"]
HEADER = ["entity", "label", "kind", "year", "low", "high", "unit", "status", "source",
          "publisher", "url", "date", "basis", "level", "note"]


def slug(text):
    return "".join(c if c.isalnum() else "-" for c in text.lower())


def row(i):
    entity = ENTITIES[i % len(ENTITIES)]
    key, name, status = KINDS[(i // 40) % len(KINDS)]
    year = 2000 + (i * 7 + i // 40) % 27
    low = (1 + (i * 7919) % 9973) * 10 ** (5 + i % 6)
    high = low + low // 10 if i % 4 == 0 else low
    date = "%04d-%02d-%02d" % (min(year + 1, 2026), 1 + i % 12, 1 + i % 28)
    note = 'Restated the following year, see "notes", page 4' if i % 10 == 0 else ""
    return [entity, "%s %s %d line %d" % (entity, name.lower(), year, i // 40), key, year,
            low, high, "USD", status, "%s annual report %d" % (entity, year), entity + " Inc.",
            "https://example.com/%s/%d/report-%d.html" % (slug(entity), year, i), date,
            BASES[i % len(BASES)], LEVELS[i % len(LEVELS)], note]


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    out = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) == 3 else 100000
    tmp = out + ".tmp"
    with open(tmp, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(HEADER)
        for i in range(rows):
            writer.writerow(row(i))
    os.replace(tmp, out)


if __name__ == "__main__":
    main()
