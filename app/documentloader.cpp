#include "documentloader.h"

#include "dataset.h"
#include "document.h"
#include "fileio.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <climits>
#include <memory>

namespace {

// What the worker and the window share while a file is read.
struct SharedRead
{
    std::atomic<int> perMille{0};
    std::atomic<bool> cancel{false};
    DatasetRead read;       // written by the worker, read once it has finished
    FileIo::Stamp onDisk;
};

} // namespace

DocumentLoader::DocumentLoader(Document *document, QWidget *window)
    : QObject(window), m_document(document), m_window(window)
{
}

DocumentLoader::Outcome DocumentLoader::open(const QString &path, QString *error)
{
    const auto shared = std::make_shared<SharedRead>();
    std::unique_ptr<QThread> worker(QThread::create([shared, path, hook = m_beforeRead] {
        if (hook)
            hook();
        shared->read = DatasetJson::readFile(path, [shared](int perMille) {
            shared->perMille = perMille;
            return !shared->cancel;
        });
        if (shared->read.ok && !shared->cancel)
            shared->onDisk = FileIo::stampOf(path);
    }));
    QProgressDialog dialog(tr("Opening %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 1000, m_window);
    dialog.setWindowTitle(tr("Opening"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(INT_MAX); // shown by the timer below, not by Qt's estimate
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    connect(&dialog, &QProgressDialog::canceled, &dialog, [shared, &dialog] {
        shared->cancel = true;
        dialog.setLabelText(tr("Cancelling…"));
    });
    QEventLoop loop;
    bool finished = false; // set on this thread, with the quit: no quit is lost between loops
    connect(worker.get(), &QThread::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer show;
    show.setSingleShot(true);
    connect(&show, &QTimer::timeout, &loop, [&] {
        dialog.open();
        loop.quit();
    });
    QTimer pace;
    connect(&pace, &QTimer::timeout, &dialog, [shared, &dialog] { dialog.setValue(shared->perMille); });
    m_dialog = &dialog;
    worker->start();
    show.start(kProgressAfterMs);
    pace.start(50);
    // Until the dialog shows, clicks and keys wait (they would act on a document about to be
    // replaced); then the dialog, modal to the window, takes them.
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!finished)
        loop.exec();
    if (!finished) // the application is quitting
        shared->cancel = true;
    worker->wait();
    m_dialog = nullptr;
    if (shared->cancel || shared->read.cancelled)
        return Outcome::Cancelled;
    if (!shared->read.ok) {
        *error = shared->read.error;
        return Outcome::Failed;
    }
    m_document->openRead(shared->read.dataset, path, shared->onDisk);
    return Outcome::Opened;
}
