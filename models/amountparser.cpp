#include "amountparser.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace {

QString tr(const char *text) { return QCoreApplication::translate("AmountParser", text); }

// Returns the multiplier for a unit word, 0 if unknown, 1 for none.
double multiplierFor(QString word)
{
    word = word.trimmed().toLower();
    if (word.isEmpty())
        return 1;
    if (word == QLatin1String("k") || word == QLatin1String("thousand"))
        return 1e3;
    if (word == QLatin1String("m") || word == QLatin1String("mn") || word == QLatin1String("mm") ||
        word == QLatin1String("million"))
        return 1e6;
    if (word == QLatin1String("b") || word == QLatin1String("bn") ||
        word == QLatin1String("billion"))
        return 1e9;
    if (word == QLatin1String("t") || word == QLatin1String("tn") ||
        word == QLatin1String("trillion"))
        return 1e12;
    return 0;
}

struct Part
{
    bool ok = false;
    double number = 0;
    double multiplier = 1;
    bool hasUnit = false;
};

Part parsePart(QString text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*(?:US)?\$?\s*([0-9][0-9,]*(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)\s*([A-Za-z]*)\s*(?:USD|dollars)?\s*$)"));
    const QRegularExpressionMatch m = re.match(text);
    Part part;
    if (!m.hasMatch())
        return part;
    QString digits = m.captured(1);
    digits.remove(QLatin1Char(','));
    bool ok = false;
    part.number = digits.toDouble(&ok);
    const double multiplier = multiplierFor(m.captured(2));
    if (!ok || multiplier == 0)
        return part;
    part.multiplier = multiplier;
    part.hasUnit = !m.captured(2).isEmpty();
    part.ok = true;
    return part;
}

} // namespace

ParsedAmount parseAmount(const QString &input)
{
    ParsedAmount result;
    const QString text = input.trimmed();
    const auto refuse = [&](const QString &why) {
        result.error = why;
        return result;
    };
    if (text.isEmpty())
        return refuse(tr("An amount is needed, such as 5.576M or 60–65B."));
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QChar(0x2212)))
        return refuse(tr("“%1”: an amount cannot be negative.").arg(text));

    static const QRegularExpression separator(QStringLiteral(R"(\s*(?:–|—|-|\bto\b)\s*)"));
    const QStringList pieces = text.split(separator);
    if (pieces.size() > 2)
        return refuse(tr("“%1” is not an amount: use one number or a range such as 60–65B.").arg(text));

    Part low = parsePart(pieces.front());
    Part high = parsePart(pieces.back());
    if (!low.ok || !high.ok)
        return refuse(
            tr("“%1” is not an amount: expected a number such as 5.576M, 39.23B or 60–65B.").arg(text));
    // "60–65B": the unit written once applies to both ends.
    if (pieces.size() == 2 && !low.hasUnit && high.hasUnit)
        low.multiplier = high.multiplier;

    result.low = low.number * low.multiplier;
    result.high = high.number * high.multiplier;
    if (!std::isfinite(result.low) || !std::isfinite(result.high) || result.high > 1e16)
        return refuse(tr("“%1” is too large to be a spending figure.").arg(text));
    if (result.low > result.high)
        return refuse(tr("“%1”: the low end is above the high end.").arg(text));
    result.ok = true;
    return result;
}
