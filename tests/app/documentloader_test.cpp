// Opening a document in the window through DocumentLoader: the read runs on a worker thread,
// a progress dialog shows when it takes longer than DocumentLoader::kProgressAfterMs, and
// Cancel (or a bad file) leaves the document exactly as it was. The worker is held at a gate
// until the test has seen the dialog, so nothing depends on how fast the machine is.
#include "document.h"
#include "documentactions.h"
#include "documentloader.h"
#include "figuremodel.h"
#include "mainwindow.h"

#include <QApplication>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QTableView>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace {

class DocumentLoaderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        document.load(DatasetJson::builtIn().dataset);
        window = std::make_unique<MainWindow>(&document, "built-in dataset");
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        // The worker waits here until the test lets it go (at most 20 s, so a failing test
        // cannot hang).
        loader()->setBeforeRead([this] { gate.tryAcquire(1, 20000); });
    }
    void TearDown() override { loader()->setBeforeRead({}); }

    DocumentLoader *loader() const { return window->actions()->loader(); }

    // A saved document of the built-in figures plus `extra` copies.
    QString writeDocument(int extra)
    {
        Dataset dataset = DatasetJson::builtIn().dataset;
        for (int i = 0; i < extra; ++i) {
            Figure f = dataset.figures.at(i % 10);
            f.id = QStringLiteral("copy-%1").arg(i);
            dataset.figures.append(f);
        }
        const QString path = dir.filePath(QStringLiteral("other.spendlens"));
        QString error;
        EXPECT_TRUE(DatasetJson::writeFile(dataset, path, &error)) << qPrintable(error);
        return path;
    }

    // Runs `then` with the progress dialog once it shows, inside the open's wait; lets the
    // worker go afterwards whatever happened.
    void whenProgressShows(const std::function<void(QProgressDialog *)> &then)
    {
        QTimer::singleShot(0, [this, then] {
            const bool shown = QTest::qWaitFor(
                [this] { return loader()->progressDialog() && loader()->progressDialog()->isVisible(); }, 10000);
            EXPECT_TRUE(shown) << "no progress dialog";
            if (shown)
                then(loader()->progressDialog());
            gate.release();
        });
    }

    // What the document holds, as it would be saved, and its state around it.
    QByteArray snapshot() const
    {
        return DatasetJson::write(document.toDataset()) + document.filePath().toUtf8() +
               QByteArray::number(document.isModified()) + QByteArray::number(document.undoStack()->count());
    }

    QTemporaryDir dir;
    QSemaphore gate;
    Document document;
    std::unique_ptr<MainWindow> window;
};

TEST_F(DocumentLoaderTest, ALongOpenShowsProgressThenTheFigures)
{
    const QString path = writeDocument(500);
    bool sawModalDialog = false;
    whenProgressShows([&](QProgressDialog *dialog) {
        sawModalDialog = dialog->windowModality() == Qt::WindowModal && dialog->findChild<QPushButton *>();
    });
    QString error;
    ASSERT_TRUE(window->actions()->openPath(path, &error)) << qPrintable(error);
    EXPECT_TRUE(sawModalDialog);
    EXPECT_EQ(loader()->progressDialog(), nullptr);
    const int opened = int(DatasetJson::builtIn().dataset.figures.size()) + 500;
    EXPECT_EQ(document.figures()->rowCount(), opened);
    EXPECT_EQ(document.filePath(), path);
    EXPECT_FALSE(document.isModified());
    EXPECT_EQ(window->figureTable()->model()->rowCount(), opened);
    EXPECT_TRUE(window->statusBar()->currentMessage().contains("Opened")) << qPrintable(window->statusBar()->currentMessage());
    EXPECT_FALSE(document.changedOnDisk()); // the stamp of what was read
}

TEST_F(DocumentLoaderTest, CancelLeavesThePreviousDocumentAsItWasAndSaysSo)
{
    // An edited document, so that "as it was" covers the edit, the undo history and the path.
    const FigureModel &figures = *document.figures();
    ASSERT_TRUE(document.figures()->setData(
        document.figures()->index(figures.rowOf("meta-capex-2024"), FigureModel::ValueColumn), "50B"));
    const QByteArray before = snapshot();
    const int rows = figures.rowCount();
    const QString title = window->windowTitle();
    const QString path = writeDocument(500);
    whenProgressShows([](QProgressDialog *dialog) { dialog->findChild<QPushButton *>()->click(); });
    QString error = QStringLiteral("not cleared");
    EXPECT_FALSE(window->actions()->openPath(path, &error));
    EXPECT_TRUE(error.isEmpty()) << qPrintable(error); // no message box for a cancel
    EXPECT_EQ(snapshot(), before);
    EXPECT_EQ(figures.rowCount(), rows);
    EXPECT_EQ(window->windowTitle(), title);
    EXPECT_TRUE(window->actions()->recentFiles().isEmpty() || window->actions()->recentFiles().first() != path);
    const QString said = window->statusBar()->currentMessage();
    EXPECT_TRUE(said.contains("cancelled") && said.contains(path)) << qPrintable(said);
}

// Cancel stops the read, but the dialog stays (saying so, its button off) and the window stays
// blocked until the worker has ended; another open meanwhile is refused, never started beside it.
TEST_F(DocumentLoaderTest, ACancelledOpenHoldsTheWindowUntilTheReadHasStopped)
{
    const QByteArray before = snapshot();
    const QString path = writeDocument(500);
    bool stayed = false;
    bool buttonOff = false;
    QString secondError;
    DocumentLoader::Outcome second = DocumentLoader::Outcome::Opened;
    whenProgressShows([&](QProgressDialog *dialog) {
        dialog->findChild<QPushButton *>()->click(); // the worker is still held at the gate
        QTest::qWait(100);
        stayed = dialog->isVisible() && dialog->labelText().contains("Cancelling");
        buttonOff = !dialog->findChild<QPushButton *>()->isEnabled();
        second = loader()->open(path, &secondError);
    });
    QString error;
    EXPECT_FALSE(window->actions()->openPath(path, &error));
    EXPECT_TRUE(stayed) << "the dialog went before the read had stopped";
    EXPECT_TRUE(buttonOff);
    EXPECT_EQ(second, DocumentLoader::Outcome::Failed);
    EXPECT_TRUE(secondError.contains("still being opened")) << qPrintable(secondError);
    EXPECT_EQ(snapshot(), before);
}

TEST_F(DocumentLoaderTest, ABadFileSaysWhyAndChangesNothing)
{
    const QByteArray before = snapshot();
    gate.release(); // nothing to wait for
    QString error;
    EXPECT_FALSE(window->actions()->openPath(QString(SPENDLENS_TEST_DATA "/truncated.json"), &error));
    EXPECT_TRUE(error.contains("truncated.json") && error.contains("line")) << qPrintable(error);
    EXPECT_EQ(snapshot(), before);

    // The same while the progress dialog shows.
    whenProgressShows([](QProgressDialog *) {});
    EXPECT_FALSE(window->actions()->openPath(QString(SPENDLENS_TEST_DATA "/not-ours.json"), &error));
    EXPECT_TRUE(error.contains("not-ours.json") && error.contains("not a SpendLens document")) << qPrintable(error);
    EXPECT_EQ(snapshot(), before);
}

} // namespace
