#include "autosaver.h"
#include "document.h"
#include "figuremodel.h"
#include "gtestqt.h"

#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

class RecoveryTest : public ::testing::Test
{
protected:
    // Starts a session that edits and autosaves; returns once its recovery copy exists.
    void startSession(QProcess *child, const QStringList &extra = {})
    {
        child->start(QString::fromUtf8(SPENDLENS_RECOVERY_CHILD), QStringList{dir.path()} + extra);
        ASSERT_TRUE(child->waitForStarted(10000));
        while (!child->canReadLine())
            ASSERT_TRUE(child->waitForReadyRead(20000)) << "no autosave within 20 s";
        ASSERT_TRUE(child->readLine().startsWith("saved "));
    }
    QTemporaryDir dir;
};

TEST_F(RecoveryTest, WorkSurvivesAKill)
{
    QProcess child;
    startSession(&child);
    // While the session runs its copy is not an orphan.
    EXPECT_TRUE(Autosaver::orphans(dir.path()).isEmpty());
    child.kill(); // SIGKILL: no chance to clean up
    ASSERT_TRUE(child.waitForFinished(10000));

    const QVector<Autosaver::Recovery> orphans = Autosaver::orphans(dir.path());
    ASSERT_EQ(orphans.size(), 1);
    EXPECT_TRUE(orphans.first().savedAt.isValid());
    const DatasetRead read = Autosaver::readRecovery(orphans.first());
    ASSERT_TRUE(read.ok) << qPrintable(read.error);
    Document restored;
    restored.load(read.dataset);
    const FigureModel &figures = *restored.figures();
    EXPECT_DOUBLE_EQ(figures.figure(figures.rowOf("meta-capex-2024")).low, 50e9);

    Autosaver::discard(orphans.first());
    EXPECT_TRUE(Autosaver::orphans(dir.path()).isEmpty());
}

TEST_F(RecoveryTest, ACleanExitLeavesNothingToRecover)
{
    QProcess child;
    startSession(&child, {"--exit"});
    ASSERT_TRUE(child.waitForFinished(10000));
    EXPECT_EQ(child.exitCode(), 0);
    EXPECT_TRUE(Autosaver::orphans(dir.path()).isEmpty());
}

TEST_F(RecoveryTest, SavingRemovesTheCopy)
{
    Document document;
    document.load(DatasetJson::builtIn().dataset);
    Autosaver autosaver(&document, dir.path(), 60000);
    FigureModel &figures = *document.figures();
    ASSERT_TRUE(figures.setData(figures.index(0, FigureModel::ValueColumn), "16B"));
    QString error;
    ASSERT_TRUE(autosaver.saveNow(&error)) << qPrintable(error);
    EXPECT_TRUE(QFile::exists(autosaver.recoveryPath()));
    ASSERT_TRUE(document.saveAs(dir.filePath("work.spendlens"), &error)) << qPrintable(error);
    EXPECT_FALSE(QFile::exists(autosaver.recoveryPath()));
}

TEST_F(RecoveryTest, RestoredWorkSurvivesASecondKill)
{
    QProcess crashed;
    startSession(&crashed);
    crashed.kill();
    ASSERT_TRUE(crashed.waitForFinished(10000));
    ASSERT_EQ(Autosaver::orphans(dir.path()).size(), 1);

    // The next session restores the work and is killed before it autosaves or saves anything.
    QProcess restoring;
    restoring.start(QString::fromUtf8(SPENDLENS_RECOVERY_CHILD), {dir.path(), "--restore"});
    ASSERT_TRUE(restoring.waitForStarted(10000));
    while (!restoring.canReadLine())
        ASSERT_TRUE(restoring.waitForReadyRead(20000));
    const QByteArray said = restoring.readLine();
    ASSERT_TRUE(said.startsWith("restored ")) << said.constData();
    EXPECT_TRUE(Autosaver::orphans(dir.path()).isEmpty()); // its session holds it now
    restoring.kill();
    ASSERT_TRUE(restoring.waitForFinished(10000));

    const QVector<Autosaver::Recovery> orphans = Autosaver::orphans(dir.path());
    ASSERT_EQ(orphans.size(), 1);
    const DatasetRead read = Autosaver::readRecovery(orphans.first());
    ASSERT_TRUE(read.ok) << qPrintable(read.error);
    Document again;
    again.load(read.dataset);
    EXPECT_DOUBLE_EQ(again.figures()->figure(again.figures()->rowOf("meta-capex-2024")).low, 50e9);
}

TEST_F(RecoveryTest, ARestoredCopyGoesOnceTheWorkIsSaved)
{
    QProcess crashed;
    startSession(&crashed);
    crashed.kill();
    ASSERT_TRUE(crashed.waitForFinished(10000));
    const QVector<Autosaver::Recovery> orphans = Autosaver::orphans(dir.path());
    ASSERT_EQ(orphans.size(), 1);
    Document document;
    Autosaver autosaver(&document, dir.path(), 60000);
    QString error;
    ASSERT_TRUE(autosaver.restore(orphans.first(), &error)) << qPrintable(error);
    EXPECT_TRUE(document.isModified());
    EXPECT_TRUE(QFile::exists(autosaver.recoveryPath()));
    EXPECT_FALSE(QFile::exists(orphans.first().path));
    ASSERT_TRUE(document.saveAs(dir.filePath("work.spendlens"), &error)) << qPrintable(error);
    EXPECT_FALSE(QFile::exists(autosaver.recoveryPath()));
}

} // namespace
