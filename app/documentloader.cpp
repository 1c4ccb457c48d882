#include "documentloader.h"

#include "dataset.h"
#include "document.h"
#include "fileio.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <climits>
#include <future>
#include <memory>

// What the worker and the window share while a file is read.
struct DocumentLoader::SharedRead
{
    std::atomic<int> perMille{0};
    std::atomic<bool> cancel{false};
    DatasetRead read;       // written by the worker, read once it has finished
    FileIo::Stamp onDisk;
};

DocumentLoader::DocumentLoader(Document *document, QWidget *window)
    : QObject(window), m_document(document), m_window(window)
{
}

DocumentLoader::~DocumentLoader()
{
    if (m_worker) { // started and never finished: stop the read and let it end
        m_read->cancel = true;
        m_worker->wait();
    }
}

DocumentLoader::Outcome DocumentLoader::open(const QString &path, QString *error)
{
    if (m_worker) { // one read at a time: a second open (a drop, a recent file) waits its turn
        *error = tr("%1 is still being opened; try again when it is.").arg(QFileInfo(m_path).fileName());
        return Outcome::Failed;
    }
    start(path);
    return finish(error);
}

void DocumentLoader::start(const QString &path)
{
    Q_ASSERT(!m_worker); // one read at a time
    m_path = path;
    m_finished = false;
    m_read = std::make_shared<SharedRead>();
    m_worker.reset(QThread::create([shared = m_read, path, hook = m_beforeRead] {
        if (hook)
            hook();
        // The stamp (a hash of every byte) on another core meanwhile.
        // A cancel stops it too: a 512 MiB file takes most of a second to hash.
        std::future<FileIo::Stamp> onDisk = std::async(std::launch::async, [path, shared] {
            return FileIo::stampOf(path, [shared] { return !shared->cancel; });
        });
        shared->read = DatasetJson::readFile(path, [shared](int perMille) {
            shared->perMille = perMille;
            return !shared->cancel;
        });
        shared->onDisk = onDisk.get();
    }));
    // Queued to this thread: m_finished changes only here, so no end goes unnoticed.
    connect(m_worker.get(), &QThread::finished, this, [this] {
        m_finished = true;
        Q_EMIT readFinished();
    });
    m_started.start();
    m_worker->start();
}

DocumentLoader::Outcome DocumentLoader::finish(QString *error)
{
    Q_ASSERT(m_worker);
    if (!m_finished)
        waitWithProgress();
    if (!m_finished) // the application is quitting
        m_read->cancel = true;
    m_worker->wait();
    disconnect(m_worker.get(), nullptr, this, nullptr); // a queued "finished" must not reach the next read
    m_worker.reset();
    const std::shared_ptr<SharedRead> shared = std::move(m_read);
    if (shared->cancel || shared->read.cancelled)
        return Outcome::Cancelled;
    if (!shared->read.ok) {
        *error = shared->read.error;
        return Outcome::Failed;
    }
    m_document->openRead(shared->read.dataset, m_path, shared->onDisk);
    return Outcome::Opened;
}

void DocumentLoader::waitWithProgress()
{
    const std::shared_ptr<SharedRead> shared = m_read;
    QProgressDialog dialog(tr("Opening %1…").arg(QFileInfo(m_path).fileName()), tr("Cancel"), 0, 1000, m_window);
    dialog.setWindowTitle(tr("Opening"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(INT_MAX); // shown by the timer below, not by Qt's estimate
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    QEventLoop loop;
    // Cancel (the button, Escape, closing) stops the read, but the dialog stays up and the window
    // stays blocked until the worker has ended: QProgressDialog would hide itself at once.
    // (QProgressDialog makes that connection by name, so it is undone by name.)
    disconnect(&dialog, SIGNAL(canceled()), &dialog, SLOT(cancel()));
    const auto cancelRead = [shared, &dialog, &loop] {
        shared->cancel = true;
        dialog.setLabelText(tr("Cancelling…"));
        if (QPushButton *button = dialog.findChild<QPushButton *>())
            button->setEnabled(false);
        loop.quit();
    };
    connect(&dialog, &QProgressDialog::canceled, &dialog, cancelRead);
    connect(&dialog, &QDialog::rejected, &dialog, [&dialog, cancelRead] {
        dialog.show(); // Escape hid it: it stays until the read has stopped
        cancelRead();
    });
    connect(this, &DocumentLoader::readFinished, &loop, &QEventLoop::quit);
    QTimer show;
    show.setSingleShot(true);
    connect(&show, &QTimer::timeout, &loop, [&] {
        dialog.open();
        loop.quit();
    });
    QTimer pace;
    connect(&pace, &QTimer::timeout, &dialog, [shared, &dialog] { dialog.setValue(shared->perMille); });
    m_dialog = &dialog;
    show.start(int(qMax<qint64>(0, kProgressAfterMs - m_started.elapsed())));
    pace.start(50);
    // Until the dialog shows, clicks and keys wait (they would act on a document about to be
    // replaced); then the dialog, modal to the window, takes them.
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!m_finished)
        loop.exec();
    if (!m_finished && shared->cancel) // cancelled: the dialog says so until the worker has ended
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    m_dialog = nullptr;
}
