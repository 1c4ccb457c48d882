#include "autosaver.h"
#include "csvreader.h"
#include "dataset.h"
#include "document.h"
#include "figuremodel.h"
#include "fileio.h"
#include "fulldisk.h"
#include "gtestqt.h"

#include <QTemporaryDir>
#include <sys/stat.h>
#include <QCryptographicHash>
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

namespace {

TEST(FileIo, WhatIsNotARegularFileIsRefusedUnread)
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath("pipe.csv");
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    // Opening a FIFO with no writer would block for ever: refused before it is opened.
    const CsvRead csv = CsvReader().readFile(fifo);
    EXPECT_FALSE(csv.ok);
    EXPECT_EQ(csv.error, fifo + ": is not a regular file (a device, a pipe or a socket), so it was not read.");
    const DatasetRead document = DatasetJson::readFile(fifo);
    EXPECT_EQ(document.error, csv.error);
    for (const QString device : {"/dev/zero", "/dev/urandom"}) {
        EXPECT_EQ(DatasetJson::readFile(device).error,
                  device + ": is not a regular file (a device, a pipe or a socket), so it was not read.");
        EXPECT_FALSE(CsvReader().readFile(device).ok);
    }
    EXPECT_EQ(DatasetJson::readFile(dir.path()).error, dir.path() + ": is a folder, not a file.");
}

TEST(FileIo, ReadingCountsTheBytesItTakes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("five.txt");
    QString error;
    ASSERT_TRUE(FileIo::writeAtomically(path, "12345", &error));
    QByteArray bytes;
    EXPECT_TRUE(FileIo::readRegularFile(path, 5, &bytes, &error));
    EXPECT_EQ(bytes, "12345");
    EXPECT_FALSE(FileIo::readRegularFile(path, 4, &bytes, &error));
    EXPECT_EQ(error, path + ": is larger than 4 bytes and was not read.");
    EXPECT_TRUE(bytes.isEmpty());
}

TEST(FileIo, SameFileByInodeNotByName)
{
    QTemporaryDir dir;
    QString error;
    ASSERT_TRUE(FileIo::writeAtomically(dir.filePath("a.csv"), "x", &error));
    ASSERT_TRUE(QFile::link(dir.filePath("a.csv"), dir.filePath("link.csv")));
    EXPECT_TRUE(FileIo::isSameFile(dir.filePath("a.csv"), dir.path() + "/./a.csv"));
    EXPECT_TRUE(FileIo::isSameFile(dir.filePath("a.csv"), dir.filePath("link.csv")));
    EXPECT_FALSE(FileIo::isSameFile(dir.filePath("a.csv"), dir.filePath("b.csv")));
}

} // namespace

namespace {

TEST(FileIo, TwoDocumentsOnOneFileDoNotOverwriteEachOtherSilently)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("shared.spendlens");
    QString error;
    ASSERT_TRUE(DatasetJson::writeFile(smallDocument(1e9), path, &error)) << qPrintable(error);
    Document first;
    Document second;
    ASSERT_TRUE(first.open(path, &error)) << qPrintable(error);
    ASSERT_TRUE(second.open(path, &error)) << qPrintable(error);
    EXPECT_FALSE(second.changedOnDisk());

    ASSERT_TRUE(first.figures()->setData(first.figures()->index(0, FigureModel::ValueColumn), "2B"));
    ASSERT_TRUE(first.saveAs(path, &error)) << qPrintable(error);
    const QByteArray firstSaved = FullDisk::contents(path);
    EXPECT_FALSE(first.changedOnDisk());
    EXPECT_TRUE(second.changedOnDisk());

    ASSERT_TRUE(second.figures()->setData(second.figures()->index(0, FigureModel::ValueColumn), "3B"));
    EXPECT_FALSE(second.saveAs(path, &error));
    EXPECT_EQ(error, path + ": changed on disk since it was opened or saved here; not saved, so that "
                            "those changes are not lost.");
    EXPECT_EQ(FullDisk::contents(path), firstSaved);
    EXPECT_TRUE(second.isModified());

    // Asked and told to, it overwrites; from then on the file is its own again.
    ASSERT_TRUE(second.saveAs(path, &error, Document::Overwrite::Always)) << qPrintable(error);
    EXPECT_FALSE(second.changedOnDisk());
    EXPECT_TRUE(first.changedOnDisk());
}

} // namespace

TEST(FileIo, AStampHashesEveryBlockAndACancelStopsItAtOnce)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big.spendlens"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    QByteArray bytes(5 * 1024 * 1024 + 17, 'a');
    bytes[bytes.size() - 1] = 'b'; // in the last, short block
    ASSERT_EQ(file.write(bytes), bytes.size());
    file.close();

    int asked = 0;
    const FileIo::Stamp whole = FileIo::stampOf(path, [&asked] { return ++asked > 0; });
    EXPECT_TRUE(whole.exists);
    EXPECT_EQ(whole.size, bytes.size());
    EXPECT_EQ(whole.digest, QCryptographicHash::hash(bytes, QCryptographicHash::Blake2b_256));
    EXPECT_EQ(whole, FileIo::stampOf(path));
    EXPECT_GE(asked, 6); // a question a block

    asked = 0;
    const FileIo::Stamp cancelled = FileIo::stampOf(path, [&asked] { return ++asked < 2; });
    EXPECT_FALSE(cancelled.exists);
    EXPECT_EQ(asked, 2); // stopped after the first block
}
