#pragma once

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/mount.h>
#include <unistd.h>

// A small tmpfs mounted in a temporary folder, to see what a save does when the disk fills up.
// Mounting needs root, which CI has: there a failure to mount fails the test; as another user
// the test is skipped and says why (see SPENDLENS_NEED_FULL_DISK).
class FullDisk
{
public:
    FullDisk() = default;
    FullDisk(const FullDisk &) = delete;
    FullDisk &operator=(const FullDisk &) = delete;
    ~FullDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }

    // Empty once mounted, else why not.
    QString mount(qint64 bytes = 512 * 1024)
    {
        const QByteArray options = "size=" + QByteArray::number(bytes);
        if (::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", 0,
                    options.constData()) != 0)
            return QStringLiteral("mount -t tmpfs failed: ") + QString::fromLocal8Bit(strerror(errno));
        m_mounted = true;
        return {};
    }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    // Takes every byte left, in a file of its own.
    void fill()
    {
        QFile filler(filePath(QStringLiteral("filler")));
        ASSERT_TRUE(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(4096, 'f');
        while (filler.write(block) == block.size()) {
        }
        while (filler.write("f", 1) == 1) {
        }
    }
    // The earlier file's bytes, for checking that a failed save left them alone.
    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

// Mounts disk or ends the test: skipped (with the reason) when not root, failed when root
// cannot mount.
#define SPENDLENS_NEED_FULL_DISK(disk)                                                           \
    do {                                                                                         \
        if (::geteuid() != 0)                                                                    \
            GTEST_SKIP() << "not root, so no tmpfs can be mounted to fill up; CI runs this as root"; \
        const QString why = (disk).mount();                                                      \
        ASSERT_TRUE(why.isEmpty()) << why.toStdString();                                         \
    } while (false)
