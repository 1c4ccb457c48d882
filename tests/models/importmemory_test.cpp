// What keeps a large import small and quick without changing what it gives: shared texts, ids
// cut to size, and the imported block taken into the document rather than copied.
#include "../gtestqt.h"
#include "csvreader.h"
#include "document.h"
#include "figureimport.h"
#include "figuremodel.h"
#include "modeltesting.h"
#include "testdataset.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <gtest/gtest.h>

namespace {

FigureImportResult importText(const QByteArray &csv, ImportOptions options = {})
{
    const CsvRead read = CsvReader().read(csv, QStringLiteral("big.csv"));
    EXPECT_TRUE(read.ok) << qPrintable(read.error);
    return FigureImport(std::move(options)).run(read.table);
}

// count rows; the source title repeats every `titles` rows, each label is the row's own.
QByteArray rows(int count, int titles)
{
    QByteArray csv = "entity,label,year,value,source\n";
    for (int i = 0; i < count; ++i)
        csv += "Meta,Row " + QByteArray::number(i) + ",2024," + QByteArray::number(i + 1) +
               ",Report " + QByteArray::number(i % titles) + "\n";
    return csv;
}

TEST(ImportMemory, ARepeatedCellIsReadOnceAndEveryCellReadsBackAsWritten)
{
    const CsvRead read = CsvReader().read(
        "entity,note,id\n"
        "Meta Platforms,\"said \"\"twice\"\"\nand more\",a1\n"
        "Meta Platforms,plain words,a2\n"
        "\"Meta Platforms\",\"said \"\"twice\"\"\nand more\",Meta Platforms\n"
        "Meta,plain words,ab\n",
        QStringLiteral("shared.csv"));
    ASSERT_TRUE(read.ok) << qPrintable(read.error);
    const CsvTable &t = read.table;
    ASSERT_EQ(t.rowCount(), 4);
    const QStringList expected[] = {
        {"Meta Platforms", "said \"twice\"\nand more", "a1"},
        {"Meta Platforms", "plain words", "a2"},
        {"Meta Platforms", "said \"twice\"\nand more", "Meta Platforms"},
        {"Meta", "plain words", "ab"},
    };
    for (int row = 0; row < 4; ++row)
        EXPECT_EQ(t.cells(row), expected[row]) << "row " << row;
    EXPECT_EQ(t.header(), QStringList({"entity", "note", "id"}));
    EXPECT_EQ(t.line(2), 5); // the quoted line break still counts
    EXPECT_EQ(t.cell(1, 0).data(), t.cell(0, 0).data()); // one copy of the repeated text
    EXPECT_EQ(t.cell(2, 0).data(), t.cell(0, 0).data());
    EXPECT_EQ(t.cell(2, 1).data(), t.cell(0, 1).data());
    EXPECT_EQ(t.cell(3, 1).data(), t.cell(1, 1).data());
    EXPECT_NE(t.cell(2, 2).data(), t.cell(0, 0).data()); // another column keeps its own
}

TEST(ImportMemory, AColumnOfDistinctCellsReadsBackAfterSharingStops)
{
    QByteArray csv = "label,kind\n";
    for (int i = 0; i < 20000; ++i)
        csv += "label number " + QByteArray::number(i) + (i % 2 ? ",capex guidance\n" : ",training run\n");
    const CsvRead read = CsvReader().read(csv, QStringLiteral("distinct.csv"));
    ASSERT_TRUE(read.ok) << qPrintable(read.error);
    ASSERT_EQ(read.table.rowCount(), 20000);
    for (const int i : {0, 1, 8191, 8192, 12345, 19999}) {
        EXPECT_EQ(read.table.cell(i, 0), QStringLiteral("label number %1").arg(i));
        EXPECT_EQ(read.table.cell(i, 1), i % 2 ? QStringLiteral("capex guidance") : QStringLiteral("training run"));
    }
    EXPECT_EQ(read.table.cell(19999, 1).data(), read.table.cell(1, 1).data());
}

TEST(ImportMemory, SourceTitlesRepeatingOnlyAfterAThousandDistinctOnesShareOneString)
{
    // A file sorted by entity and year names every title once before it names any twice.
    const FigureImportResult r = importText(rows(2400, 1200));
    ASSERT_TRUE(r.importable()) << qPrintable(r.error);
    ASSERT_EQ(r.figures.size(), 2400);
    for (const int i : {0, 17, 1100, 1199}) {
        const Source &first = r.figures.at(i).source;
        const Source &again = r.figures.at(i + 1200).source;
        EXPECT_EQ(first.title, QStringLiteral("Report %1").arg(i));
        EXPECT_EQ(again.title, first.title);
        EXPECT_EQ(again.title.constData(), first.title.constData()) << "row " << i;
    }
}

TEST(ImportMemory, AColumnOfDistinctLabelsKeepsEveryLabel)
{
    // More distinct labels than the memo tries before it gives up on a column.
    const FigureImportResult r = importText(rows(9000, 3));
    ASSERT_TRUE(r.importable()) << qPrintable(r.error);
    ASSERT_EQ(r.figures.size(), 9000);
    for (const int i : {0, 8191, 8192, 8999}) {
        EXPECT_EQ(r.figures.at(i).label, QStringLiteral("Row %1").arg(i));
        EXPECT_EQ(r.figures.at(i).source.title, QStringLiteral("Report %1").arg(i % 3));
        EXPECT_DOUBLE_EQ(r.figures.at(i).low, i + 1);
    }
    EXPECT_EQ(r.figures.at(4).entity.constData(), r.figures.at(8004).entity.constData());
}

TEST(ImportMemory, MadeIdsAreCutToTheirSize)
{
    // The slug is made in a block as long as the label; this label names its entity and year
    // already, so the slug is the id.
    const FigureImportResult r = importText("entity,label,year,value,source\n"
                                            "Meta,\"Meta: capex   (all of it, in dollars!) 2024\",2024,1,s\n");
    ASSERT_TRUE(r.importable()) << qPrintable(r.error);
    const QString &id = r.figures.front().id;
    EXPECT_EQ(id, QStringLiteral("meta-capex-all-of-it-in-dollars-2024"));
    EXPECT_EQ(id.capacity(), id.size());
}

TEST(ImportMemory, AnImportIsTakenIntoTheDocumentWithItsFiguresInFrontNotCopied)
{
    Document document;
    Dataset data;
    data.figures = metaAndDeepSeek();
    document.load(data);
    ImportOptions options;
    for (const Figure &f : data.figures)
        options.existingIds.insert(f.id);
    FigureImportResult r = importText(rows(50, 7), options);
    ASSERT_TRUE(r.importable()) << qPrintable(r.error);
    const Figure *block = r.figures.constData();
    const QStringList ids = document.addFigures(std::move(r.figures), QStringLiteral("Import"));
    ASSERT_EQ(ids.size(), 50);

    const QVector<Figure> &all = document.figures()->figures();
    ASSERT_EQ(all.size(), 56);
    EXPECT_EQ(all.constData(), block); // the imported block, with the document's figures moved in
    for (int i = 0; i < data.figures.size(); ++i)
        EXPECT_EQ(all.at(i), data.figures.at(i)) << "row " << i;
    for (int i = 0; i < 50; ++i) {
        EXPECT_EQ(all.at(6 + i).id, ids.at(i));
        EXPECT_EQ(all.at(6 + i).label, QStringLiteral("Row %1").arg(i));
        EXPECT_EQ(document.figures()->rowOf(ids.at(i)), 6 + i);
    }
    EXPECT_EQ(document.figures()->rowOf(QStringLiteral("v3")), 5);

    document.undoStack()->undo(); // the import goes, the document's figures stay as they were
    EXPECT_EQ(document.figures()->figures(), data.figures);
    document.undoStack()->redo();
    ASSERT_EQ(document.figures()->rowCount(), 56);
    EXPECT_EQ(document.figures()->figure(55).label, QStringLiteral("Row 49"));
}

TEST(ImportMemory, BidiControlsInAnAddedBlockAreStrippedAndCleanFiguresStayShared)
{
    FigureModel model;
    attachTester(&model);
    model.setFigures(metaAndDeepSeek().mid(0, 1));
    QVector<Figure> added = metaAndDeepSeek().mid(1, 3);
    added[0].label = QString::fromUtf8("Meta \u202Ecapex\u202C 2024");
    added[1].entity = QString::fromUtf8("腾讯"); // above U+2000, and no control
    added[1].note = QString::fromUtf8("«guidance» — “raised”");
    added[2].source.title = QString::fromUtf8("\u2067Report\u2069");
    const Figure clean = added[1];
    model.insertFigures(1, std::move(added));
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.figure(1).label, QStringLiteral("Meta capex 2024"));
    EXPECT_EQ(model.figure(2), clean);
    EXPECT_EQ(model.figure(2).entity.constData(), clean.entity.constData()); // not rewritten
    EXPECT_EQ(model.figure(3).source.title, QStringLiteral("Report"));
}

TEST(ImportMemory, AppendingABlockWithOrWithoutRoomAnnouncesTheSameRows)
{
    for (const bool room : {true, false}) {
        FigureModel model;
        attachTester(&model);
        const QVector<Figure> before = metaAndDeepSeek().mid(0, 2);
        model.setFigures(before);
        QVector<Figure> added = metaAndDeepSeek().mid(2);
        if (room)
            added.reserve(added.size() + before.size());
        const QVector<Figure> expectedAdded = added;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.insertFigures(2, std::move(added));
        ASSERT_EQ(inserted.count(), 1);
        EXPECT_EQ(inserted.front().at(1).toInt(), 2);
        EXPECT_EQ(inserted.front().at(2).toInt(), 5);
        EXPECT_EQ(model.figures(), before + expectedAdded) << "room " << room;
        EXPECT_EQ(model.rowOf(QStringLiteral("v3")), 5);
        EXPECT_EQ(model.rowOf(QStringLiteral("meta-2023")), 0);
    }
}

} // namespace
