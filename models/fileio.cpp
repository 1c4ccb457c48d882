#include "fileio.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#endif

namespace {

// Translations are filed under "FileIo", for lupdate and at run time alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FileIo)
};

QString located(const QString &path, const QString &why)
{
    return path + QStringLiteral(": ") + why;
}

// Why a write fell short, in the system's words ("No space left on device"). A disk that takes
// only part of the bytes sets no errno, so Qt knows no reason ("Unknown error"); with probe, one
// byte more, written past Qt into the temporary file that is then discarded, fails with it. A
// device or a pipe is never probed: the byte would reach whoever reads it.
QString whyNotWritten(QFileDevice *file, bool probe)
{
    const QString why = file->errorString();
    if (!why.isEmpty() && why != QFile().errorString())
        return why;
#ifdef Q_OS_UNIX
    if (probe && file->handle() >= 0 && ::write(file->handle(), "\n", 1) < 0)
        return QString::fromLocal8Bit(std::strerror(errno));
#else
    Q_UNUSED(probe)
#endif
    return Tr::tr("only part of it could be written");
}

// A device or a pipe (/dev/full, /dev/stdout into a pipe) is written in place: QSaveFile would
// rename a temporary file over it, replacing a device with a plain file.
bool writeInPlace(const QString &path, const std::function<bool(QIODevice *)> &write, QString *error)
{
    QFile file(path);
    bool written = file.open(QIODevice::WriteOnly) && write(&file);
    written = written && file.flush() && file.error() == QFileDevice::NoError;
    if (!written)
        *error = located(path, Tr::tr("cannot be saved (%1).").arg(whyNotWritten(&file, false)));
    return written;
}

} // namespace

namespace FileIo {

QString sizeText(qint64 bytes)
{
    constexpr qint64 kMiB = 1024 * 1024;
    if (bytes >= kMiB && bytes % kMiB == 0)
        return Tr::tr("%1 MiB").arg(bytes / kMiB);
    return Tr::tr("%1 bytes").arg(bytes);
}

QString regularFileProblem(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || info.isFile())
        return {}; // a missing file is reported by the open that fails
    if (info.isDir())
        return Tr::tr("is a folder, not a file.");
    return Tr::tr("is not a regular file (a device, a pipe or a socket), so it was not read.");
}

bool readRegularFile(const QString &path, qint64 maxBytes, QByteArray *bytes, QString *error)
{
    const QString problem = regularFileProblem(path);
    if (!problem.isEmpty()) {
        *error = located(path, problem);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = located(path, Tr::tr("cannot be opened (%1).").arg(file.errorString()));
        return false;
    }
    bytes->clear();
    // The size only sizes the buffer; the bytes that arrive are what is counted.
    bytes->reserve(qsizetype(qBound<qint64>(0, file.size(), maxBytes) + 1));
    constexpr qint64 kChunk = 1 << 20;
    for (;;) {
        const qsizetype before = bytes->size();
        const qint64 want = qMin(kChunk, maxBytes + 1 - before);
        bytes->resize(before + qsizetype(want));
        const qint64 got = file.read(bytes->data() + before, want);
        bytes->resize(before + qsizetype(qMax<qint64>(got, 0)));
        if (got < 0) {
            *error = located(path, Tr::tr("cannot be read (%1).").arg(file.errorString()));
            return false;
        }
        if (bytes->size() > maxBytes) {
            bytes->clear();
            *error = located(path, Tr::tr("is larger than %1 and was not read.").arg(sizeText(maxBytes)));
            return false;
        }
        if (got == 0)
            return true;
    }
}

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    return writeAtomically(path, [&](QIODevice *file) { return file->write(bytes) == bytes.size(); }, error);
}

bool writeAtomically(const QString &path, const std::function<bool(QIODevice *)> &write, QString *error)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile() && !info.isDir())
        return writeInPlace(path, write, error);
    QSaveFile file(path);
    // Each step is checked before commit(): Qt 6.4 commits a file whose buffered bytes could not
    // be flushed (a full disk), leaving it empty or cut short.
    bool written = file.open(QIODevice::WriteOnly);
    written = written && write(&file);
    written = written && file.flush() && file.error() == QFileDevice::NoError;
    if (!written) {
        *error = located(path, Tr::tr("cannot be saved (%1).").arg(whyNotWritten(&file, true)));
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = located(path, Tr::tr("cannot be saved (%1).").arg(file.errorString()));
        return false;
    }
    return true;
}

Stamp stampOf(const QString &path, const std::function<bool()> &keepGoing)
{
    Stamp stamp;
    if (!regularFileProblem(path).isEmpty())
        return stamp;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return stamp;
    QCryptographicHash hash(QCryptographicHash::Blake2b_256);
    constexpr qint64 kBlock = 1 << 20;
    QByteArray block(kBlock, Qt::Uninitialized);
    for (;;) {
        if (keepGoing && !keepGoing())
            return stamp;
        const qint64 got = file.read(block.data(), kBlock);
        if (got < 0)
            return stamp;
        if (got == 0)
            break;
        hash.addData(QByteArrayView(block.constData(), got));
    }
    stamp.exists = true;
    stamp.size = file.size();
    stamp.digest = hash.result();
    return stamp;
}

bool isSameFile(const QString &a, const QString &b)
{
#ifdef Q_OS_UNIX
    struct stat sa;
    struct stat sb;
    if (::stat(QFile::encodeName(a).constData(), &sa) == 0 &&
        ::stat(QFile::encodeName(b).constData(), &sb) == 0)
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
#endif
    const QString canonicalA = QFileInfo(a).canonicalFilePath();
    return !canonicalA.isEmpty() && canonicalA == QFileInfo(b).canonicalFilePath();
}

} // namespace FileIo
