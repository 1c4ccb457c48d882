// libFuzzer target: the amount parser behind every value a user types or imports
// (models/amountparser.h): a cell typed in the table or the figure form, and a cell of an imported
// file with either decimal mark and a column scale. Any text must give either an amount or a
// refusal that says why: never a crash, undefined behaviour, a hang, an infinity or NaN, a
// negative amount or a range whose low end is above its high end.
#define SPENDLENS_FUZZ_TARGET "fuzz_amount"
#include "fuzztarget.h"
#include "amountparser.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(const ParsedAmount &amount, const QString &text)
{
    if (!amount.ok) {
        if (amount.error.trimmed().isEmpty())
            broken("a refusal that does not say why", text);
        return;
    }
    if (!std::isfinite(amount.low) || !std::isfinite(amount.high))
        broken("an amount that is not finite", text + ": " + QString::number(amount.low) + " " + QString::number(amount.high));
    if (amount.low < 0 || amount.low > amount.high)
        broken("a negative amount or a range upside down",
               text + ": " + QString::number(amount.low) + " " + QString::number(amount.high));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    check(parseAmount(text), text);
    static constexpr double kScales[] = {1, 1e3, 1e6, 1e9};
    const double scale = kScales[size % 4];
    check(parseImportAmount(text, DecimalMark::Point, scale), text);
    check(parseImportAmount(QStringView(text), DecimalMark::Comma, scale), text);
    decimalMarkEvidence(text);
    return 0;
}
