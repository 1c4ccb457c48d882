// libFuzzer target: File ▸ Import SEC Company Facts and `spendlens import FILE.json` from the
// bytes of a file to the figures that would come in (models/seccompanyfacts.h, then
// models/secfactsimport.h). Any bytes must give either figures that all pass the rules, or an
// error naming the file: never a crash, a leak, undefined behaviour or a hang.
#define SPENDLENS_FUZZ_TARGET "fuzz_secfacts"
#include "fuzztarget.h"
#include "figurerules.h"
#include "seccompanyfacts.h"
#include "secfactsimport.h"

#include <QSet>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const SecFactsRead read = SecCompanyFacts::read(bytes, QStringLiteral("fuzz.json"));
    if (!read.ok && !read.error.startsWith(QStringLiteral("fuzz.json: ")))
        broken("a refusal that does not name the file", read.error);
    const QStringList choices[] = {{}, {SecFactsImport::kCapexConcept, SecFactsImport::kFinanceLeaseConcept}};
    const SecImportResult result = SecFactsImport::run(read, choices[size % 2]);
    if (!result.ok) {
        if (!result.figures.isEmpty() || !result.error.startsWith(QStringLiteral("fuzz.json: ")))
            broken("a refusal with figures, or one that does not name the file", result.error);
        return 0;
    }
    QSet<QString> ids;
    for (const Figure &figure : result.figures) {
        if (!FigureRules::check(figure).isEmpty())
            broken("an imported figure that breaks a rule", figure.id);
        if (ids.contains(figure.id))
            broken("two figures with one id", figure.id);
        ids.insert(figure.id);
    }
    return 0;
}
