#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

// Reading and writing whole files safely: a read refuses what is not a regular file and counts
// the bytes it takes (a device or a pipe reports no size, or a wrong one); a write goes to a
// temporary file that replaces the old one only when every byte reached the disk, so a full
// disk leaves the earlier file as it was.
namespace FileIo {
// Empty if path names a regular file (after links), else why not, without opening it: opening
// a FIFO would block until someone writes to it.
QString regularFileProblem(const QString &path);
// Reads at most maxBytes; false with "path: why" when the file is not a regular file, cannot
// be read or holds more.
bool readRegularFile(const QString &path, qint64 maxBytes, QByteArray *bytes, QString *error);
// Replaces path with bytes atomically; false with "path: cannot be saved (why)" on any
// failure, the earlier file then untouched. A device or a pipe is written in place, every
// write checked.
bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error);
// The same, with the bytes written piece by piece by write (false when a write fell short).
bool writeAtomically(const QString &path, const std::function<bool(QIODevice *)> &write, QString *error);
// Whether two paths name one file (same device and inode), e.g. an input and an output.
bool isSameFile(const QString &a, const QString &b);
// What a file holds, to notice that someone else changed it: its size and a hash of its bytes
// (the modification time alone misses a change within its granularity, and a touch is no change).
// The stamp never leaves the process, so the hash is the fastest strong one Qt has (BLAKE2b:
// about 4× SHA-256's speed here, 70 ms for a 100,000-figure document instead of 290).
struct Stamp
{
    bool exists = false;
    qint64 size = 0;
    QByteArray digest;
    bool operator==(const Stamp &other) const
    {
        return exists == other.exists && size == other.size && digest == other.digest;
    }
    bool operator!=(const Stamp &other) const { return !(*this == other); }
};
// keepGoing is asked between blocks of a MiB: false stops the hash at once, and the stamp
// returned then says nothing (exists is false), for a read that is being cancelled.
Stamp stampOf(const QString &path, const std::function<bool()> &keepGoing = {});
// "512 MiB", "20 bytes".
QString sizeText(qint64 bytes);
} // namespace FileIo
