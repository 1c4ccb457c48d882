// Batch export encodes a chart's PNG while the next chart is drawn (ExportPipeline). What a user
// sees must be what one chart after another gives: the same files, byte for byte, the same
// messages in the same order and language, each failure named by its line, the same exit code.
#include "gtestqt.h"
#include "spendlensprocess.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

class ExportPipelineTest : public ::testing::Test
{
protected:
    // The batch run in a folder of its own, with the pipeline on or off; stderr with the
    // timings (which differ from run to run) blanked.
    ProcessResult run(const QString &jobs, bool pipelined, const QStringList &extra = {})
    {
        const QString folder = dir.filePath(pipelined ? "pipelined" : "sequential");
        QDir().mkpath(folder);
        QFile file(folder + "/jobs.txt");
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(jobs.toUtf8());
        file.close();
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove("DISPLAY");
        env.remove("WAYLAND_DISPLAY");
        env.remove("QT_QPA_PLATFORM");
        env.insert("SPENDLENS_EXPORT_PIPELINE", pipelined ? "1" : "0");
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(folder);
        process.start(QString::fromUtf8(SPENDLENS_APP_BINARY), QStringList{"export", "--batch", "jobs.txt"} + extra);
        EXPECT_TRUE(process.waitForFinished(120000));
        ProcessResult result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.err = QString::fromUtf8(process.readAllStandardError());
        result.err.replace(QRegularExpression(QStringLiteral("\\d+ ms\\)")), QStringLiteral("N ms)"));
        result.err.replace(QRegularExpression(QStringLiteral("\\d+毫秒")), QStringLiteral("N毫秒"));
        return result;
    }
    // Every file either run wrote, by its path under the run's folder.
    QMap<QString, QByteArray> files(bool pipelined) const
    {
        const QString folder = dir.filePath(pipelined ? "pipelined" : "sequential");
        QMap<QString, QByteArray> contents;
        for (const QString &sub : {QStringLiteral(""), QStringLiteral("all/")}) {
            for (const QString &name : QDir(folder + "/" + sub).entryList(QDir::Files)) {
                QFile file(folder + "/" + sub + name);
                if (file.open(QIODevice::ReadOnly))
                    contents.insert(sub + name, file.readAll());
            }
        }
        return contents;
    }
    QTemporaryDir dir;
};

TEST_F(ExportPipelineTest, WritesTheSameFilesAndMessagesAsOneChartAfterAnother)
{
    const QString jobs = QStringLiteral("--chart ratio -o ratio.png\n"
                                        "--chart growth --theme dark --lang zh_CN -o growth-zh.png\n"
                                        "# a comment between two jobs\n"
                                        "--chart ratio --lang zh_CN --size 1280x720 --scale 1 -o ratio-zh.png\n"
                                        "--chart scale --title \"Scale, 2025\" --format svg -o scale.svg\n"
                                        "--chart guidance --alt-text guidance.txt -o guidance.png\n"
                                        "--chart all --size 1280x720 --scale 1 -o all/\n"
                                        "--chart comparison --preset phone -o comparison.png\n");
    const ProcessResult sequential = run(jobs, false);
    const ProcessResult pipelined = run(jobs, true);
    ASSERT_EQ(sequential.exitCode, 0) << qPrintable(sequential.err);
    EXPECT_EQ(pipelined.exitCode, 0) << qPrintable(pipelined.err);
    EXPECT_EQ(pipelined.err, sequential.err);
    const QMap<QString, QByteArray> expected = files(false);
    EXPECT_GE(expected.size(), 12);
    EXPECT_EQ(files(true).keys(), expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        EXPECT_TRUE(files(true).value(it.key()) == it.value()) << qPrintable(it.key()) << " differs";
}

// A PNG's write fails after the next line has begun to draw: the failure is still named by its
// own line, in its own language, before anything of the next line, and the batch exits 1.
TEST_F(ExportPipelineTest, AWriteThatFailsLaterIsNamedForItsLineInItsLanguage)
{
    const QString jobs = QStringLiteral("--chart ratio --lang zh_CN -o missing/first.png\n"
                                        "--chart pie -o pie.png\n"
                                        "--chart growth --lang en -o growth.png\n"
                                        "--chart all --size 1280x720 --scale 1 -o all/\n"
                                        "--chart ratio -o missing/last.png\n");
    // In --chart all, a folder where one chart's file would go: that chart fails, not the rest.
    for (const char *folder : {"sequential/all/ratio.png", "pipelined/all/ratio.png"})
        ASSERT_TRUE(QDir().mkpath(dir.filePath(folder)));
    const ProcessResult sequential = run(jobs, false);
    const ProcessResult pipelined = run(jobs, true);
    ASSERT_EQ(sequential.exitCode, 1);
    EXPECT_EQ(pipelined.exitCode, 1);
    EXPECT_EQ(pipelined.err, sequential.err);
    EXPECT_TRUE(files(true) == files(false));
    const QStringList lines = pipelined.err.split('\n', Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 4) << qPrintable(pipelined.err);
    EXPECT_TRUE(lines.first().startsWith(QString::fromUtf8("spendlens：jobs.txt:1: "))) << qPrintable(lines.first());
    EXPECT_TRUE(lines.first().contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))))
        << "in the line's language: " << qPrintable(lines.first());
    EXPECT_TRUE(lines.at(1).startsWith("spendlens: jobs.txt:2: ") && lines.at(1).contains("pie")) << qPrintable(lines.at(1));
    EXPECT_TRUE(lines.at(2).contains("growth.png")) << qPrintable(lines.at(2));
    EXPECT_TRUE(pipelined.err.contains("spendlens: jobs.txt:4: all/ratio.png")) << qPrintable(pipelined.err);
    EXPECT_TRUE(pipelined.err.contains("spendlens: jobs.txt:5: missing/last.png")) << qPrintable(pipelined.err);
    EXPECT_TRUE(lines.last().contains("4 of 5 exports failed (lines 1, 2, 4, 5)")) << qPrintable(lines.last());
    EXPECT_TRUE(QFile::exists(dir.filePath("pipelined/growth.png")));
    EXPECT_TRUE(QFile::exists(dir.filePath("pipelined/all/growth.png")));
}

} // namespace
