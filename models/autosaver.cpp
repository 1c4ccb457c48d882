#include "autosaver.h"

#include "document.h"
#include "fileio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QUndoStack>

#include <algorithm>

namespace {
const QString kSuffix = QStringLiteral(".spendlens-recovery");
QString lockPathFor(const QString &path) { return path + QStringLiteral(".lock"); }
} // namespace

Autosaver::Autosaver(Document *document, const QString &directory, int intervalMs, QObject *parent)
    : QObject(parent), m_document(document)
{
    QDir().mkpath(directory);
    const QString name = QStringLiteral("session-%1-%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(QDateTime::currentMSecsSinceEpoch());
    m_path = QDir(directory).filePath(name + kSuffix);
    m_lock = std::make_unique<QLockFile>(lockPathFor(m_path));
    m_lock->setStaleLockTime(0); // only a dead process's lock is stale
    m_lock->tryLock(0);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::tick);
    m_timer.start();
    // Saved work needs no copy.
    connect(document, &Document::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            removeCopy();
    });
}

Autosaver::~Autosaver()
{
    removeCopy();
    m_lock->unlock();
}

void Autosaver::tick()
{
    QString error;
    if (!saveNow(&error))
        Q_EMIT failed(error);
}

bool Autosaver::saveNow(QString *error)
{
    const int index = m_document->undoStack()->index();
    if (!m_document->isModified() || index == m_savedIndex)
        return true;
    const Dataset dataset = m_document->toDataset();
    const QString problem = DatasetJson::limitProblem(dataset);
    if (!problem.isEmpty()) { // a copy that could not be read back would keep nothing safe
        *error = tr("Unsaved work could not be kept safe: %1").arg(problem);
        return false;
    }
    QJsonObject root = QJsonDocument::fromJson(DatasetJson::write(dataset)).object();
    root.insert(QStringLiteral("recovery"),
                QJsonObject{{QStringLiteral("originalPath"), m_document->filePath()},
                            {QStringLiteral("savedAt"),
                             QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
    QString why;
    if (!FileIo::writeAtomically(m_path, QJsonDocument(root).toJson(QJsonDocument::Indented), &why)) {
        *error = tr("Unsaved work could not be kept safe: %1").arg(why);
        return false;
    }
    m_savedIndex = index;
    Q_EMIT saved(m_path);
    return true;
}

void Autosaver::removeCopy()
{
    QFile::remove(m_path);
    m_savedIndex = -1;
}

QVector<Autosaver::Recovery> Autosaver::orphans(const QString &directory)
{
    QVector<Recovery> found;
    const QDir dir(directory);
    for (const QString &name : dir.entryList({QStringLiteral("*") + kSuffix}, QDir::Files)) {
        const QString path = dir.filePath(name);
        QLockFile lock(lockPathFor(path));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // its session is still running
        lock.unlock();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject recovery =
            QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("recovery")).toObject();
        found.append({path, recovery.value(QStringLiteral("originalPath")).toString(),
                      QDateTime::fromString(recovery.value(QStringLiteral("savedAt")).toString(), Qt::ISODate)});
    }
    std::sort(found.begin(), found.end(),
              [](const Recovery &a, const Recovery &b) { return a.savedAt > b.savedAt; });
    return found;
}

DatasetRead Autosaver::readRecovery(const Recovery &recovery)
{
    return DatasetJson::readFile(recovery.path);
}

bool Autosaver::restore(const Recovery &recovery, QString *error)
{
    const DatasetRead read = readRecovery(recovery);
    if (!read.ok) {
        *error = read.error;
        return false;
    }
    m_document->restore(read.dataset, recovery.originalPath);
    // Moved, not copied: at no moment is there no copy on disk.
    QFile::remove(m_path);
    if (QFile::rename(recovery.path, m_path))
        m_savedIndex = m_document->undoStack()->index();
    QFile::remove(lockPathFor(recovery.path));
    return true;
}

void Autosaver::discard(const Recovery &recovery)
{
    QFile::remove(recovery.path);
    QFile::remove(lockPathFor(recovery.path));
}

QString Autosaver::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}
