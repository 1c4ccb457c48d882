#pragma once

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

// Asks for a large block that is about to be written to be backed by 2 MiB pages where the
// system has them (Linux): a fresh block is then faulted in 512 times less often, which on some
// machines costs more than reading the file it holds. A hint only: the block's contents are not
// affected, and elsewhere it does nothing.
inline void adviseLargePages(void *data, qsizetype bytes)
{
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    constexpr quintptr kPage = 2 * 1024 * 1024;
    const quintptr begin = (quintptr(data) + kPage - 1) & ~(kPage - 1);
    const quintptr end = (quintptr(data) + quintptr(bytes)) & ~(kPage - 1);
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), size_t(end - begin), MADV_HUGEPAGE);
#else
    Q_UNUSED(data);
    Q_UNUSED(bytes);
#endif
}
