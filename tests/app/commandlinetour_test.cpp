// What a newcomer's tour of the command line found: each message says what is wrong in the
// user's terms, and every write that fails is reported.
#include "fulldisk.h"
#include "gtestqt.h"
#include "spendlensprocess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <sys/sysmacros.h>

namespace {

// Three figures with no baseline among them, as a reporter's first table would be.
const char kGoodCsv[] = "figure,entity,value,unit,year,source\n"
                        "Acme capex 2024,Acme,12B,USD,2024,Src\n"
                        "Beta capex 2025,Beta,5B,USD,2025,Src\n"
                        "Gamma plan,Gamma,60-65B,USD,2025,Src\n";

class CommandLineTour : public ::testing::Test
{
protected:
    QString path(const QString &name) const { return dir.filePath(name); }
    QString write(const QString &name, const QByteArray &text) const
    {
        QFile file(path(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text);
        return file.fileName();
    }
    // The good table imported as a document.
    QString goodDocument() const
    {
        const ProcessResult run = spendlens({"import", write("good.csv", kGoodCsv), "-o", path("good.spendlens")});
        EXPECT_EQ(run.exitCode, 0) << qPrintable(run.err);
        return path("good.spendlens");
    }
    QTemporaryDir dir;
};

TEST_F(CommandLineTour, ADatasetGivenAsATableIsImportedInMemory)
{
    const QString csv = write("good.csv", kGoodCsv);
    const ProcessResult run = spendlens({"export", "--chart", "comparison", "--dataset", csv, "-o", path("c.png")});
    EXPECT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_FALSE(run.err.contains("JSON")) << qPrintable(run.err);
    EXPECT_TRUE(QFileInfo::exists(path("c.png")));
    const ProcessResult figures = spendlens({"figures", "--dataset", csv});
    EXPECT_EQ(figures.exitCode, 0) << qPrintable(figures.err);
    EXPECT_EQ(figures.out.count('\n'), 3) << qPrintable(figures.out);
    EXPECT_TRUE(figures.out.contains("Gamma plan")) << qPrintable(figures.out);
}

TEST_F(CommandLineTour, ADatasetTableWithBadRowsIsRefusedWithTheImportsMessages)
{
    const QString csv = write("weird.csv", "figure,entity,value,unit,year,source\n"
                                           "A,Acme,-5,USD bn,2024,Src\n"
                                           "B,Beta,1e400,USD bn,2025,Src\n");
    const ProcessResult run = spendlens({"export", "--chart", "comparison", "--dataset", csv, "-o", path("c.png")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains("weird.csv: line 2, column “value”")) << qPrintable(run.err);
    EXPECT_TRUE(run.err.contains("weird.csv: 2 rows cannot be imported")) << qPrintable(run.err);
    EXPECT_FALSE(QFileInfo::exists(path("c.png")));
}

// --lang is in force before the options are checked: a bad size or chart name is said in Chinese,
// prefix and full stop included (it used to be English, with an English "spendlens: " and ".").
TEST_F(CommandLineTour, AnExportsProblemsAreSaidInItsLanguage)
{
    const struct
    {
        QStringList args;
        int exitCode;
        QString message;
    } cases[] = {
        {{"--chart", "ratio", "--size", "1x1"}, 2, QString::fromUtf8("spendlens：尺寸1×1过小（至少200×150）。")},
        {{"--chart", "ratio", "--size", "100000x675"}, 1,
         QString::fromUtf8("spendlens：100000×675（2倍）超出了每边16384像素的上限。")},
        {{"--chart", "nope"}, 2, QString::fromUtf8("spendlens：未知图表“nope”")},
    };
    for (const auto &c : cases) {
        const ProcessResult run =
            spendlens(QStringList{"export", "--lang", "zh_CN", "-o", path("s.png")} + c.args);
        EXPECT_EQ(run.exitCode, c.exitCode) << qPrintable(c.args.join(' '));
        EXPECT_TRUE(run.err.startsWith(c.message)) << qPrintable(run.err);
    }
}

TEST_F(CommandLineTour, ASizeOutOfBoundsIsCalledTooSmallOrTooLarge)
{
    for (const char *size : {"1x1", "0x0", "199x675"}) {
        const ProcessResult run = spendlens({"export", "--chart", "ratio", "--size", size, "-o", path("s.png")});
        EXPECT_EQ(run.exitCode, 2) << size;
        EXPECT_TRUE(run.err.contains("is too small (at least 200×150)")) << qPrintable(run.err);
    }
    // A side too long to be a number is as too large as one over the limit: the same words, exit 1.
    const struct
    {
        QStringList size;
        QString message;
    } large[] = {
        {{"100000x675"}, "spendlens: 100000×675 at 2x is larger than 16384 pixels a side."},
        {{"9999999999x675"}, "spendlens: 9999999999×675 at 2x is larger than 16384 pixels a side."},
        {{"675x99999999999999999999", "--scale", "1"},
         "spendlens: 675×99999999999999999999 at 1x is larger than 16384 pixels a side."},
    };
    for (const auto &c : large) {
        const ProcessResult run =
            spendlens(QStringList{"export", "--chart", "ratio", "--lang", "en", "-o", path("s.png"), "--size"} + c.size);
        EXPECT_EQ(run.exitCode, 1) << qPrintable(c.size.join(' '));
        EXPECT_TRUE(run.err.contains(c.message)) << qPrintable(run.err);
    }
    // Too long a side does not hide a bad --scale, which is a usage error.
    const ProcessResult scale =
        spendlens({"export", "--chart", "ratio", "--size", "9999999999x675", "--scale", "9", "-o", path("s.png")});
    EXPECT_EQ(scale.exitCode, 2);
    EXPECT_TRUE(scale.err.contains("the scale must be 1, 2, 3 or 4, not 9")) << qPrintable(scale.err);
    EXPECT_FALSE(QFileInfo::exists(path("s.png")));
}

TEST_F(CommandLineTour, AMalformedSizeIsAUsageError)
{
    for (const char *size : {"abc", "12x", "-5x5", "x675", "12x34x56"}) {
        const ProcessResult run =
            spendlens({"export", "--chart", "ratio", "--lang", "en", "--size", size, "-o", path("s.png")});
        EXPECT_EQ(run.exitCode, 2) << size;
        EXPECT_TRUE(run.err.contains(QString("spendlens: --size takes WIDTHxHEIGHT such as 1200x675, not “%1”.").arg(size)))
            << qPrintable(run.err);
    }
    EXPECT_FALSE(QFileInfo::exists(path("s.png")));
}

TEST_F(CommandLineTour, ANegativeParameterIsOutOfRangeNotANumberProblem)
{
    const ProcessResult run =
        spendlens({"export", "--chart", "ratio", "--param", "h800_price=-2", "-o", path("p.png")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("--param h800_price: “-2” is out of range: H800 rental price cannot be negative "
                                 "(the usual range is 0.5 to 8)"))
        << qPrintable(run.err);
    EXPECT_FALSE(QFileInfo::exists(path("p.png")));
}

TEST_F(CommandLineTour, AnImportCountsRowsNotProblems)
{
    // Four rows, each with two problems (a unit it does not know, and a bad value).
    const QString weird = write("weird.csv", "figure,entity,value,unit,year,source\n"
                                             "A,Acme,-5,USD bn,2024,Src\n"
                                             "B,Beta,1e400,USD bn,2025,Src\n"
                                             "C,Gam,NaN,USD bn,2025,Src\n"
                                             "D,Del,,USD bn,2025,Src\n");
    const ProcessResult four = spendlens({"import", weird, "-o", path("w.spendlens")});
    EXPECT_EQ(four.exitCode, 1);
    EXPECT_TRUE(four.err.contains("weird.csv: 4 rows cannot be imported; nothing was written.")) << qPrintable(four.err);
    const QString one = write("one.csv", QByteArray(kGoodCsv) + "Delta plan,Delta,-5B,USD,2025,Src\n");
    const ProcessResult single = spendlens({"import", one, "-o", path("o.spendlens")});
    EXPECT_EQ(single.exitCode, 1);
    EXPECT_TRUE(single.err.contains("one.csv: 1 row cannot be imported; nothing was written.")) << qPrintable(single.err);
    const ProcessResult checked = spendlens({"validate", one});
    EXPECT_EQ(checked.exitCode, 1);
    EXPECT_TRUE(checked.out.contains("one.csv: 1 problem, 0 warnings.")) << qPrintable(checked.out);
    EXPECT_FALSE(QFileInfo::exists(path("w.spendlens")) || QFileInfo::exists(path("o.spendlens")));
}

TEST_F(CommandLineTour, AFullDiskSaysNoSpaceLeftNotUnknownError)
{
    FullDisk disk;
    SPENDLENS_NEED_FULL_DISK(disk);
    // A chart of about 350 kB fits the 512 kB disk once; the second finds room for only part of it.
    ProcessResult run = spendlens({"export", "--chart", "ratio", "-o", disk.filePath("a.png")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    run = spendlens({"export", "--chart", "ratio", "-o", disk.filePath("b.png")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(disk.filePath("b.png") + ": cannot be saved (No space left on device)"))
        << qPrintable(run.err);
    EXPECT_FALSE(run.err.contains("Unknown error")) << qPrintable(run.err);
    EXPECT_FALSE(QFileInfo::exists(disk.filePath("b.png")));
    // A document written piece by piece, as import and save write it.
    QByteArray rows = "figure,entity,value,unit,year,source\n";
    for (int i = 0; i < 600; ++i)
        rows += "Figure " + QByteArray::number(i) + ",Acme,12B,USD," + QByteArray::number(1900 + i % 120) + ",Src\n";
    run = spendlens({"import", write("many.csv", rows), "-o", disk.filePath("many.spendlens")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains("many.spendlens: cannot be saved (No space left on device)")) << qPrintable(run.err);
}

TEST_F(CommandLineTour, AnOutputNamedForAnotherImageFormatIsRefused)
{
    for (const char *name : {"x.gif", "x.jpeg", "x.webp", "x.txt"}) {
        const ProcessResult run = spendlens({"export", "--chart", "ratio", "-o", path(name)});
        EXPECT_EQ(run.exitCode, 2) << name;
        EXPECT_TRUE(run.err.contains(QStringLiteral("-o %1: SpendLens writes .png, .svg, .pdf or .csv").arg(path(name))))
            << qPrintable(run.err);
        EXPECT_FALSE(QFileInfo::exists(path(name))) << name;
    }
    // Asked for by name, the format wins over the file's name; a name with no suffix is a PNG.
    EXPECT_EQ(spendlens({"export", "--chart", "ratio", "--format", "png", "-o", path("x.gif")}).exitCode, 0);
    EXPECT_EQ(spendlens({"export", "--chart", "ratio", "-o", path("plain")}).exitCode, 0);
    EXPECT_EQ(QImageReader(path("plain")).format(), "png");
}

// A character device that takes no byte: /dev/full's own device numbers, on a node of the test's
// own when it may make one (as root), so that a writer replacing the node spoils nothing else.
QString fullDevice(const QTemporaryDir &dir)
{
    const QString own = dir.filePath("full");
    if (::geteuid() == 0 && ::mknod(QFile::encodeName(own).constData(), S_IFCHR | 0666, makedev(1, 7)) == 0)
        return own;
    return QStringLiteral("/dev/full");
}

bool isCharacterDevice(const QString &path)
{
    struct stat info;
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 && S_ISCHR(info.st_mode);
}

TEST_F(CommandLineTour, AWriteToADeviceThatFailsIsReported)
{
    const QString device = fullDevice(dir);
    ASSERT_TRUE(isCharacterDevice(device)) << qPrintable(device);
    for (const char *format : {"png", "svg", "csv"}) {
        const ProcessResult run = spendlens({"export", "--chart", "ratio", "--format", format, "-o", device});
        EXPECT_EQ(run.exitCode, 1) << format;
        EXPECT_TRUE(run.err.contains(device + ": cannot be saved (No space left on device)")) << qPrintable(run.err);
        EXPECT_FALSE(run.err.contains("wrote")) << qPrintable(run.err);
        ASSERT_TRUE(isCharacterDevice(device)) << "the device was replaced by a file";
    }
    // In a batch the PNG is written after its line has run, and still counts.
    const QString jobs = write("jobs.txt", "--chart ratio -o " + QFile::encodeName(device) + "\n--chart scale -o " +
                                               QFile::encodeName(path("s.png")) + "\n");
    const ProcessResult batch = spendlens({"export", "--batch", jobs});
    EXPECT_EQ(batch.exitCode, 1);
    EXPECT_TRUE(batch.err.contains("1 of 2 exports failed (lines 1)")) << qPrintable(batch.err);
    EXPECT_TRUE(isCharacterDevice(device));
}

TEST_F(CommandLineTour, ABatchRefusesAChartOrOutputForEveryLine)
{
    const QString jobs = write("jobs.txt", "--chart ratio -o " + QFile::encodeName(path("r.png")) + "\n");
    for (const QStringList &extra : {QStringList{"--chart", "scale", "-o", path("zz.png")}, QStringList{"-o", path("zz.png")},
                                     QStringList{"--chart", "scale"}}) {
        const ProcessResult run = spendlens(QStringList{"export", "--batch", jobs} + extra);
        EXPECT_EQ(run.exitCode, 2) << qPrintable(extra.join(' '));
        EXPECT_TRUE(run.err.contains("--chart and -o name one export: with --batch, give them on each line of"))
            << qPrintable(run.err);
    }
    EXPECT_FALSE(QFileInfo::exists(path("zz.png")));
    EXPECT_FALSE(QFileInfo::exists(path("r.png")));
}

TEST_F(CommandLineTour, AChartWithNothingToDrawIsAFailureWithItsReason)
{
    const QString document = goodDocument();
    ProcessResult run = spendlens({"export", "--chart", "ratio", "--dataset", document, "-o", path("r.png")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains("the ratio chart has nothing to draw: Choose a baseline figure. Nothing was written "
                                 "for it."))
        << qPrintable(run.err);
    EXPECT_FALSE(run.err.contains("wrote the ratio chart")) << qPrintable(run.err);
    EXPECT_FALSE(QFileInfo::exists(path("r.png")));
    run = spendlens({"export", "--chart", "ratio", "--param", "h800_price=0", "--format", "svg", "-o", path("z.svg")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains("the ratio chart has nothing to draw: ")) << qPrintable(run.err);
    EXPECT_FALSE(QFileInfo::exists(path("z.svg")));
    // Every other chart is still written; the command fails.
    run = spendlens({"export", "--chart", "all", "--dataset", document, "-o", path("all") + "/"});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_FALSE(QFileInfo::exists(path("all/ratio.png")));
    EXPECT_TRUE(QFileInfo::exists(path("all/comparison.png"))) << qPrintable(run.err);
    const QString jobs = write("jobs.txt", "--chart ratio -o " + QFile::encodeName(path("b1.png")) +
                                               "\n--chart comparison -o " + QFile::encodeName(path("b2.png")) + "\n");
    run = spendlens({"export", "--dataset", document, "--batch", jobs});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains("jobs.txt:1: the ratio chart has nothing to draw")) << qPrintable(run.err);
    EXPECT_TRUE(run.err.contains("1 of 2 exports failed (lines 1)")) << qPrintable(run.err);
    EXPECT_FALSE(QFileInfo::exists(path("b1.png")));
    EXPECT_TRUE(QFileInfo::exists(path("b2.png")));
}

TEST_F(CommandLineTour, TheStatusLineNamesTheChartInTheLanguageInForce)
{
    ProcessResult run = spendlens({"export", "--chart", "trend", "--lang", "zh_CN", "-o", path("t.png")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_TRUE(run.err.contains("已将各公司趋势图写入")) << qPrintable(run.err);
    EXPECT_FALSE(run.err.contains("trend图")) << qPrintable(run.err);
    run = spendlens({"export", "--chart", "trend", "--lang", "zh_CN", "--format", "csv", "-o", path("t.csv")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_TRUE(run.err.contains("已将各公司趋势图的数据写入")) << qPrintable(run.err);
    run = spendlens({"export", "--chart", "trend", "--lang", "en", "-o", path("t.png")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_TRUE(run.err.contains("spendlens: wrote the trend chart to ")) << qPrintable(run.err);
}

} // namespace
