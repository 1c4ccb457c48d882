// libFuzzer target: the reader of the built-in dataset and of saved documents.
// Any input must give either a dataset or an error naming the origin: never a crash, a leak,
// undefined behaviour or a hang. A dataset that reads must also survive a save and a reload
// unchanged (what File ▸ Save and File ▸ Open do to it).
#define SPENDLENS_FUZZ_TARGET "fuzz_dataset"
#include "fuzztarget.h"
#include "dataset.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A copy, as QFile::readAll would give the reader: its own, terminated buffer.
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString origin = QStringLiteral("fuzz.spendlens");
    const DatasetRead read = DatasetJson::read(bytes, origin);
    if (!read.ok) {
        if (!read.error.startsWith(origin + QStringLiteral(": ")))
            broken("a refusal that does not name the file", read.error);
        return 0;
    }
    if (!read.error.isEmpty())
        broken("a dataset that reads but carries an error", read.error);

    const QByteArray saved = DatasetJson::write(read.dataset);
    const DatasetRead reread = DatasetJson::read(saved, origin);
    if (!reread.ok)
        broken("a dataset that reads, saved, does not read again", reread.error + QLatin1Char('\n') + QString::fromUtf8(saved));
    if (DatasetJson::write(reread.dataset) != saved)
        broken("a dataset changes when saved and read again", QString::fromUtf8(saved));
    return 0;
}
