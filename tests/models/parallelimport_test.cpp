// A large table is read in two halves at once (ImportOptions::parallelRows): the result must be
// the one a single pass over the rows gives, to the last id, problem, warning and shared text.
#include "../gtestqt.h"
#include "csvreader.h"
#include "documentlimits.h"
#include "figureimport.h"

#include <gtest/gtest.h>

#include <climits>

namespace {

FigureImportResult importWith(const QByteArray &csv, int parallelRows, ImportOptions options = {})
{
    const CsvRead read = CsvReader().read(csv, QStringLiteral("big.csv"));
    EXPECT_TRUE(read.ok) << qPrintable(read.error);
    options.parallelRows = parallelRows;
    return FigureImport(std::move(options)).run(read.table);
}

QString described(const QVector<RowProblem> &list)
{
    QStringList lines;
    for (const RowProblem &p : list)
        lines << p.message();
    return lines.join(QLatin1Char('\n'));
}

void expectSame(const FigureImportResult &one, const FigureImportResult &two)
{
    EXPECT_EQ(one.ok, two.ok);
    EXPECT_EQ(one.error, two.error);
    EXPECT_EQ(described(one.problems), described(two.problems));
    EXPECT_EQ(described(one.warnings), described(two.warnings));
    ASSERT_EQ(one.figures.size(), two.figures.size());
    ASSERT_EQ(one.origins.size(), two.origins.size());
    for (qsizetype i = 0; i < one.figures.size(); ++i) {
        ASSERT_EQ(one.figures.at(i), two.figures.at(i)) << "figure " << i;
        EXPECT_EQ(one.figures.at(i).id, two.figures.at(i).id) << "figure " << i;
        EXPECT_EQ(one.origins.at(i).line, two.origins.at(i).line) << "figure " << i;
        EXPECT_EQ(one.origins.at(i).column, two.origins.at(i).column) << "figure " << i;
    }
}

// 10,000 rows: labels that repeat in both halves (their made ids clash across the middle), ids
// the file writes, one of them also made from a label in the other half, bad amounts, unknown
// kinds and blank lines in each half.
QByteArray mixedRows()
{
    QByteArray csv = "id,entity,label,kind,year,value,source,publisher,note\n";
    for (int i = 0; i < 10'000; ++i) {
        const QByteArray n = QByteArray::number(i);
        QByteArray id;
        if (i == 7'000)
            id = "meta-repeated-label-2024"; // in the second half: the made ones before skip it
        else if (i % 997 == 0)
            id = "written-" + n;
        const QByteArray label = i % 50 == 0 ? QByteArray("Repeated label") : QByteArray("Row " + n);
        const QByteArray kind = i % 1'234 == 0 ? "mystery" : "capex";
        const QByteArray value = i % 2'345 == 0 ? "lots" : QByteArray::number(i + 1);
        csv += id + ",Meta," + label + "," + kind + ",2024," + value + ",Report " +
               QByteArray::number(i % 7) + ",Meta Inc.,note " + QByteArray::number(i % 3) + "\n";
        if (i % 3'333 == 0)
            csv += ",,,,,,,,\n";
    }
    return csv;
}

TEST(ParallelImport, TwoHalvesGiveWhatOnePassGives)
{
    const QByteArray csv = mixedRows();
    const FigureImportResult one = importWith(csv, INT_MAX);
    const FigureImportResult two = importWith(csv, 0);
    ASSERT_FALSE(one.problems.isEmpty()); // the bad amounts
    ASSERT_FALSE(one.warnings.isEmpty()); // the unknown kinds
    expectSame(one, two);
    // The made ids of the repeated label number on across the middle, around the written one.
    QStringList ids;
    QStringList repeated;
    for (const Figure &f : two.figures) {
        ids << f.id;
        if (f.label == QStringLiteral("Repeated label"))
            repeated << f.id;
    }
    EXPECT_EQ(ids.removeDuplicates(), 0);
    ASSERT_GT(repeated.size(), 190);
    EXPECT_EQ(repeated.front(), QStringLiteral("meta-repeated-label-2024-2"));
    EXPECT_TRUE(repeated.contains(QStringLiteral("meta-repeated-label-2024"))); // row 7,000's own
    EXPECT_EQ(repeated.back(), QStringLiteral("meta-repeated-label-2024-%1").arg(repeated.size()));
}

TEST(ParallelImport, IdsTakenByTheDocumentAreSkippedInBothHalves)
{
    ImportOptions options;
    options.existingIds = {QStringLiteral("meta-row-9000-2024"), QStringLiteral("meta-row-10-2024")};
    const QByteArray csv = mixedRows();
    const FigureImportResult one = importWith(csv, INT_MAX, options);
    const FigureImportResult two = importWith(csv, 0, options);
    expectSame(one, two);
    for (const Figure &f : two.figures)
        EXPECT_FALSE(options.existingIds.contains(f.id)) << qPrintable(f.id);
}

TEST(ParallelImport, TextsBothHalvesReadAreOneString)
{
    const FigureImportResult two = importWith(mixedRows(), 0);
    ASSERT_GT(two.figures.size(), 9'000);
    const Figure &first = two.figures.front();
    const Figure &last = two.figures.back();
    EXPECT_EQ(first.entity.constData(), last.entity.constData());
    EXPECT_EQ(first.source.publisher.constData(), last.source.publisher.constData());
    for (qsizetype i = two.figures.size() - 3; i < two.figures.size(); ++i) {
        const Figure &f = two.figures.at(i);
        const Figure &early = two.figures.at(f.note == first.note ? 0 : f.note == two.figures.at(1).note ? 1 : 2);
        ASSERT_EQ(f.note, early.note);
        EXPECT_EQ(f.note.constData(), early.note.constData()) << qPrintable(f.note);
    }
}

TEST(ParallelImport, AWideTablePastTheLimitNamesTheSameLineEitherWay)
{
    // Two figures a row (a wide table, read in one pass): the 200,001st figure is on data row
    // 100,000, line 100,002.
    QByteArray csv = "entity,kind,2023,2024,source\n";
    const int rows = DocumentLimits::kMaxFigures / 2 + 1;
    csv.reserve(rows * 24);
    for (int i = 0; i < rows; ++i)
        csv += "E" + QByteArray::number(i) + ",capex,1,2,s\n";
    csv += "Bad,mystery,x,2,s\n"; // a problem and a warning after the limit are not reported
    const FigureImportResult one = importWith(csv, INT_MAX);
    const FigureImportResult two = importWith(csv, 0);
    EXPECT_TRUE(one.error.contains(QStringLiteral("line 100002:"))) << qPrintable(one.error);
    EXPECT_TRUE(one.figures.isEmpty());
    EXPECT_TRUE(one.problems.isEmpty());
    EXPECT_TRUE(one.warnings.isEmpty());
    expectSame(one, two);
}

} // namespace

namespace {

TEST(ParallelImport, ThousandsOfWarningsAreEachWrittenInTheirRowsOrder)
{
    // Every third row a thousand times smaller than the others: 1,500 warnings, written on two
    // threads, each for its own line.
    QByteArray csv = "entity,label,year,value,source\n";
    for (int i = 0; i < 4'500; ++i)
        csv += "Meta,Row " + QByteArray::number(i) + "," + QByteArray::number(2000 + i % 20) + "," +
               (i % 3 == 0 ? "1000" : "1000000") + ",s\n";
    const FigureImportResult r = importWith(csv, INT_MAX);
    ASSERT_TRUE(r.importable()) << qPrintable(r.error);
    ASSERT_EQ(r.warnings.size(), 1'500);
    for (int k = 0; k < 1'500; ++k) {
        const RowProblem &w = r.warnings.at(k);
        ASSERT_EQ(w.line, 2 + 3 * k) << k;
        ASSERT_EQ(w.column, QStringLiteral("value"));
        ASSERT_EQ(w.reason, QStringLiteral("“1000” reads as $1.00K, about 1,000 times less than the "
                                           "other Capex figures of Meta in the file (about $1.00M): "
                                           "check what unit the numbers are in (thousands, millions, "
                                           "billions)."))
            << k;
    }
}

} // namespace
