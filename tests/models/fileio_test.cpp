#include "autosaver.h"
#include "dataset.h"
#include "document.h"
#include "figuremodel.h"
#include "fileio.h"
#include "fulldisk.h"
#include "gtestqt.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

// A one-figure document: small enough that Qt keeps it in its write buffer until commit().
Dataset smallDocument(double value)
{
    Dataset d;
    Figure f = DatasetJson::builtIn().dataset.figures.first();
    f.low = f.high = value;
    d.figures = {f};
    return d;
}

TEST(FileIo, ADocumentSavedOnAFullDiskFailsAndKeepsTheEarlierFile)
{
    FullDisk disk;
    SPENDLENS_NEED_FULL_DISK(disk);
    const QString path = disk.filePath("story.spendlens");
    QString error;
    ASSERT_TRUE(DatasetJson::writeFile(smallDocument(1e9), path, &error)) << qPrintable(error);
    const QByteArray before = FullDisk::contents(path);
    disk.fill();
    EXPECT_FALSE(DatasetJson::writeFile(smallDocument(2e9), path, &error));
    EXPECT_TRUE(error.startsWith(path)) << qPrintable(error);
    EXPECT_TRUE(error.contains("No space left", Qt::CaseInsensitive)) << qPrintable(error);
    EXPECT_EQ(FullDisk::contents(path), before);
}

TEST(FileIo, EveryWriteIsCheckedEvenASmallBufferedOne)
{
    FullDisk disk;
    SPENDLENS_NEED_FULL_DISK(disk);
    const QString path = disk.filePath("note.txt");
    QString error;
    ASSERT_TRUE(FileIo::writeAtomically(path, "first", &error)) << qPrintable(error);
    disk.fill();
    EXPECT_FALSE(FileIo::writeAtomically(path, "second, a little longer", &error));
    EXPECT_TRUE(error.contains("No space left", Qt::CaseInsensitive)) << qPrintable(error);
    EXPECT_EQ(FullDisk::contents(path), "first");
}

TEST(FileIo, AnAutosaveOnAFullDiskFailsAndKeepsTheEarlierCopy)
{
    FullDisk disk;
    SPENDLENS_NEED_FULL_DISK(disk);
    Document document;
    document.load(smallDocument(1e9));
    Autosaver autosaver(&document, disk.filePath("recovery"), 60000);
    FigureModel &figures = *document.figures();
    ASSERT_TRUE(figures.setData(figures.index(0, FigureModel::ValueColumn), "16B"));
    QString error;
    ASSERT_TRUE(autosaver.saveNow(&error)) << qPrintable(error);
    const QByteArray before = FullDisk::contents(autosaver.recoveryPath());
    disk.fill();
    ASSERT_TRUE(figures.setData(figures.index(0, FigureModel::ValueColumn), "17B"));
    EXPECT_FALSE(autosaver.saveNow(&error));
    EXPECT_TRUE(error.contains("No space left", Qt::CaseInsensitive)) << qPrintable(error);
    EXPECT_EQ(FullDisk::contents(autosaver.recoveryPath()), before);
}

} // namespace
