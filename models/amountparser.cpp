#include "amountparser.h"

#include "figurerules.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace {

// Translations are filed under "AmountParser", for lupdate and at run time alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AmountParser)
};

// A cell of a file is read with the file's decimal mark; a cell typed in the app with the mark its
// own digits show ("5,5" a comma, "5,576,000" a point), else a point. Either way a thousands
// separator groups three digits, so "5,5B" is never 55B.
struct Syntax
{
    DecimalMark mark = DecimalMark::Point;
    bool fromFile = false;
    double scale = 1; // for a number written without a unit
};

// Chinese units multiply, so 万亿 is 万 × 亿 = 1e12 and 百万 is 1e6; 0 if a character is not one.
double chineseMultiplier(const QString &word)
{
    double product = 1;
    for (const QChar c : word) {
        switch (c.unicode()) {
        case 0x5341:
            product *= 10;
            break; // 十
        case 0x767E:
            product *= 100;
            break; // 百
        case 0x5343:
            product *= 1e3;
            break; // 千
        case 0x4E07:
        case 0x842C:
            product *= 1e4;
            break; // 万 萬
        case 0x4EBF:
        case 0x5104:
            product *= 1e8;
            break; // 亿 億
        default:
            return 0;
        }
    }
    return product;
}

// Returns the multiplier for a unit word, 0 if unknown, 1 for none.
double multiplierFor(QString word)
{
    word = word.trimmed().toLower();
    if (word.isEmpty())
        return 1;
    if (word.size() > 3 && word.endsWith(QLatin1Char('s'))) // "in billions"
        word.chop(1);
    if (word == QLatin1String("k") || word == QLatin1String("thousand"))
        return 1e3;
    if (word == QLatin1String("m") || word == QLatin1String("mn") || word == QLatin1String("mm") ||
        word == QLatin1String("mln") || word == QLatin1String("mio") ||
        word == QLatin1String("million"))
        return 1e6;
    if (word == QLatin1String("b") || word == QLatin1String("bn") || word == QLatin1String("bln") ||
        word == QLatin1String("mrd") || word == QLatin1String("billion"))
        return 1e9;
    if (word == QLatin1String("t") || word == QLatin1String("tn") ||
        word == QLatin1String("trillion"))
        return 1e12;
    return chineseMultiplier(word);
}

bool isSpaceSeparator(QChar c)
{
    return c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F) ||
           c == QChar(0x2009) || c == QLatin1Char('\'');
}

bool allDigits(QStringView s)
{
    for (const QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

// Checks that thousands separators in the whole part group three digits ("5,576,000", "5 576")
// and returns the bare digits; a null string if they do not.
QString ungroup(QStringView whole, QChar groupMark)
{
    QString digits;
    QChar separator;
    int groupLength = 0;
    bool firstGroup = true;
    for (const QChar c : whole) {
        if (c.isDigit() && c.unicode() < 128) {
            digits.append(c);
            ++groupLength;
            continue;
        }
        const bool isSeparator = c == groupMark || isSpaceSeparator(c);
        const bool groupOk =
            firstGroup ? (groupLength >= 1 && groupLength <= 3 && digits != QLatin1String("0"))
                       : groupLength == 3;
        if (!isSeparator || !groupOk || (!separator.isNull() && c != separator))
            return {};
        separator = c;
        firstGroup = false;
        groupLength = 0;
    }
    if (!firstGroup && groupLength != 3)
        return {};
    return digits;
}

// Turns written digits into C-locale digits ("1.234,5" with a comma mark gives "1234.5"). On
// failure returns a null string and, where it can say more than "not an amount", sets *why.
QString plainDigits(QStringView written, Syntax syntax, const QString &text, QString *why)
{
    const bool point = syntax.mark == DecimalMark::Point;
    const QChar decimal = QLatin1Char(point ? '.' : ',');
    const qsizetype decimalAt = written.indexOf(decimal);
    const QStringView fraction = decimalAt < 0 ? QStringView() : written.mid(decimalAt + 1);
    if (decimalAt >= 0 && (fraction.isEmpty() || !allDigits(fraction))) {
        *why = syntax.fromFile
                   ? Tr::tr("“%1” is not an amount: this file's decimal mark is “%2”, and only "
                            "digits may follow it.")
                         .arg(text, decimal)
                   : Tr::tr("“%1” is not an amount: only digits may follow the decimal mark “%2”.")
                         .arg(text, decimal);
        return {};
    }
    QString digits =
        ungroup(decimalAt < 0 ? written : written.left(decimalAt), QLatin1Char(point ? ',' : '.'));
    if (digits.isNull()) {
        *why = syntax.fromFile
                   ? Tr::tr("“%1” is not an amount: thousands separators must group three digits, "
                            "and this file's decimal mark is “%2”.")
                         .arg(text, decimal)
                   : Tr::tr("“%1” is not an amount: thousands separators must group three digits.")
                         .arg(text);
        return {};
    }
    if (decimalAt >= 0)
        digits += QLatin1Char('.') + fraction.toString();
    return digits;
}

struct Part
{
    bool ok = false;
    double number = 0;
    double multiplier = 1;
    bool hasUnit = false;
    std::optional<FigureUnit> currency;
    QString why; // a reason more precise than "not an amount", when there is one
};

// The currency a prefix or suffix names; none for an empty one.
std::optional<FigureUnit> currencyOf(const QString &word)
{
    if (word.isEmpty())
        return std::nullopt;
    static const QRegularExpression yuan(QStringLiteral(R"(^(?:RMB|CNY|¥|￥|人民币|元|yuan)$)"),
                                         QRegularExpression::CaseInsensitiveOption);
    return yuan.match(word).hasMatch() ? FigureUnit::Cny : FigureUnit::Usd;
}

Part parsePart(const QString &piece, Syntax syntax, const QString &text)
{
    // Currency before or after; digits with any grouping (checked by plainDigits); a unit word or
    // Chinese unit characters, which the currency words must not be mistaken for.
    static const QRegularExpression re(
        QStringLiteral(
            R"(^\s*(US\s?\$|\$|USD|RMB|CNY|¥|￥)?\s*)"
            R"(([0-9](?:[0-9.,'\x{00A0}\x{202F}\x{2009}]|\s(?=[0-9]))*)([eE][+-]?[0-9]+)?\s*)"
            R"(((?!USD\b|US\s?dollars\b|dollars\b|yuan\b|RMB\b|CNY\b)[A-Za-z]+|[十百千万萬亿億]+)?\s*)"
            R"((USD|US\s?dollars|dollars|美元|人民币|元|yuan|RMB|CNY)?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    Part part;
    const QRegularExpressionMatch m = re.match(piece);
    if (!m.hasMatch())
        return part;
    part.currency = currencyOf(m.captured(1));
    if (const std::optional<FigureUnit> after = currencyOf(m.captured(5))) {
        if (part.currency && *part.currency != *after)
            return part; // "$5元" names two currencies
        part.currency = after;
    }
    const QString digits = plainDigits(m.capturedView(2), syntax, text, &part.why);
    if (digits.isNull())
        return part;
    // from_chars ignores the locale and is much faster than QString::toDouble; the syntax is
    // checked already, so the only failure left is an overflow such as 1e400.
    const QByteArray latin1 = QString(digits + m.captured(3)).toLatin1();
    const auto [end, error] =
        std::from_chars(latin1.constData(), latin1.constData() + latin1.size(), part.number);
    if (error != std::errc() || end != latin1.constData() + latin1.size())
        part.number = std::numeric_limits<double>::infinity();
    part.hasUnit = !m.captured(4).isEmpty();
    part.multiplier = part.hasUnit ? multiplierFor(m.captured(4)) : syntax.scale;
    part.ok = part.multiplier != 0;
    return part;
}

bool isNonFinite(const QString &text)
{
    QString bare = text.toLower();
    if (bare.startsWith(QLatin1Char('+')) || bare.startsWith(QLatin1Char('-')))
        bare.remove(0, 1);
    return bare == QLatin1String("nan") || bare == QLatin1String("inf") ||
           bare == QLatin1String("infinity") || bare == QStringLiteral("∞");
}

// "-5M", "$-5M", "US$ −5M": a minus sign before the digits, after any currency.
bool isNegative(QStringView text)
{
    for (const QString &prefix : {QStringLiteral("US$"), QStringLiteral("USD"), QStringLiteral("$"),
                                 QStringLiteral("RMB"), QStringLiteral("CNY"), QStringLiteral("¥"),
                                 QStringLiteral("￥")}) {
        if (text.startsWith(prefix, Qt::CaseInsensitive)) {
            text = text.mid(prefix.size());
            break;
        }
    }
    text = text.trimmed();
    return text.startsWith(QLatin1Char('-')) || text.startsWith(QChar(0x2212));
}

// Only text with a letter or a non-ASCII character can name a currency.
bool mayNameACurrency(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() > 127 || c.isLetter())
            return true;
    return false;
}

// Text that is clearly not a spending amount, refused with the precise reason; empty if none.
QString refusalOf(const QString &text)
{
    static const QRegularExpression currency(
        QStringLiteral(R"(€|£|円|欧元|日元|英镑|\b(?:EUR|GBP|JPY)\b)"), QRegularExpression::CaseInsensitiveOption);
    if (isNonFinite(text))
        return Tr::tr("“%1” is not a finite number: an amount is a number such as 5.576M.").arg(text);
    if (text.startsWith(QLatin1Char('#')))
        return Tr::tr("“%1” is a spreadsheet error, not an amount.").arg(text);
    if (text.startsWith(QLatin1Char('(')) && text.endsWith(QLatin1Char(')')))
        return Tr::tr("“%1” is negative in accounting notation: spending cannot be negative.")
            .arg(text);
    if (isNegative(text))
        return Tr::tr("“%1”: an amount cannot be negative.").arg(text);
    if (text.contains(QLatin1Char('%')))
        return Tr::tr("“%1” is a percentage, not an amount.").arg(text);
    const QRegularExpressionMatch m =
        mayNameACurrency(text) ? currency.match(text) : QRegularExpressionMatch();
    if (m.hasMatch())
        return Tr::tr("“%1” is in “%2”: SpendLens keeps money in US dollars or yuan (RMB); convert it "
                      "first.")
            .arg(text, m.captured());
    return {};
}

// Reads the usual cell, ASCII digits with at most a decimal mark between digits ("100000",
// "39.23"), exactly as parse() would, without its regular expressions: there is no currency,
// unit, grouping or range, so the number and the column's scale are all there is. False for any
// other text (trimmed already), which takes the general path.
bool readPlainAmount(QStringView text, Syntax syntax, ParsedAmount *result)
{
    const char16_t decimal = syntax.mark == DecimalMark::Point ? u'.' : u',';
    char latin1[64];
    const qsizetype size = text.size();
    if (size == 0 || size > qsizetype(sizeof latin1))
        return false;
    const char16_t *units = text.utf16();
    qsizetype decimalAt = -1;
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = units[i];
        if (c >= u'0' && c <= u'9') {
            latin1[i] = char(c);
        } else if (c == decimal && decimalAt < 0 && i > 0 && i + 1 < size) {
            decimalAt = i;
            latin1[i] = '.';
        } else {
            return false;
        }
    }
    // As in parsePart: the syntax is checked, so the only failure left is an overflow.
    double number = 0;
    const auto [end, error] = std::from_chars(latin1, latin1 + size, number);
    if (error != std::errc() || end != latin1 + size)
        number = std::numeric_limits<double>::infinity();
    // As at the end of parse(), for a single number without a unit of its own.
    result->low = number * syntax.scale;
    result->high = result->low;
    const QString problem = FigureRules::amountProblem(result->low, result->high);
    result->ok = problem.isEmpty();
    if (!result->ok)
        result->error = Tr::tr("“%1”: %2").arg(text.toString(), problem);
    return true;
}

ParsedAmount parse(const QString &input, Syntax syntax)
{
    ParsedAmount result;
    const QString text = input.trimmed();
    const auto refuse = [&](const QString &why) {
        result.error = why;
        return result;
    };
    if (text.isEmpty())
        return refuse(Tr::tr("An amount is needed, such as 5.576M or 60–65B."));
    if (readPlainAmount(text, syntax, &result))
        return result;
    if (const QString why = refusalOf(text); !why.isEmpty())
        return refuse(why);

    static const QRegularExpression separator(QStringLiteral(R"(\s*(?:–|—|-|\bto\b|至|到)\s*)"));
    bool mayBeRange = text.contains(QLatin1String("to"));
    for (const char16_t dash : {u'-', u'–', u'—', u'至', u'到'})
        mayBeRange = mayBeRange || text.contains(QChar(dash));
    const QStringList pieces = mayBeRange ? text.split(separator) : QStringList{text};
    if (pieces.size() > 2)
        return refuse(
            Tr::tr("“%1” is not an amount: use one number or a range such as 60–65B.").arg(text));

    Part low = parsePart(pieces.front(), syntax, text);
    Part high = parsePart(pieces.back(), syntax, text);
    if (!low.ok || !high.ok) {
        const QString why = !low.why.isEmpty() ? low.why : high.why;
        return refuse(!why.isEmpty() ? why
                                     : Tr::tr("“%1” is not an amount: expected a number such as "
                                          "5.576M, 39.23B or 60–65B.")
                                           .arg(text));
    }
    // "60–65B": the unit written once applies to both ends.
    if (pieces.size() == 2 && !low.hasUnit && high.hasUnit)
        low.multiplier = high.multiplier;
    if (low.currency && high.currency && *low.currency != *high.currency)
        return refuse(Tr::tr("“%1” names two currencies: an amount is in one.").arg(text));
    result.currency = low.currency ? low.currency : high.currency;

    result.low = low.number * low.multiplier;
    result.high = high.number * high.multiplier;
    if (const QString problem = FigureRules::amountProblem(result.low, result.high);
        !problem.isEmpty())
        return refuse(Tr::tr("“%1”: %2").arg(text, problem));
    result.ok = true;
    return result;
}

// What one run of digits and marks ("1.234,5") says about the decimal mark.
std::optional<DecimalMark> evidenceOfRun(QStringView run)
{
    const qsizetype commas = run.count(QLatin1Char(','));
    const qsizetype points = run.count(QLatin1Char('.'));
    if (commas > 0 && points > 0) // the last mark is the decimal one: "1.234,5", "1,234.5"
        return run.lastIndexOf(QLatin1Char(',')) > run.lastIndexOf(QLatin1Char('.'))
                   ? DecimalMark::Comma
                   : DecimalMark::Point;
    if (commas + points == 0)
        return std::nullopt;
    const QChar mark = QLatin1Char(commas > 0 ? ',' : '.');
    const DecimalMark ifDecimal = commas > 0 ? DecimalMark::Comma : DecimalMark::Point;
    const DecimalMark ifGrouping = commas > 0 ? DecimalMark::Point : DecimalMark::Comma;
    if (commas + points > 1) // only thousands separators repeat: "5,576,000"
        return ifGrouping;
    const qsizetype at = run.indexOf(mark);
    const QStringView whole = run.left(at);
    // Three digits after one mark could be either, unless the whole part cannot start a group.
    if (run.size() - at - 1 != 3 || whole.size() > 3 || whole == QLatin1String("0"))
        return ifDecimal;
    return std::nullopt;
}

} // namespace

ParsedAmount parseAmount(const QString &text)
{
    return parse(text, Syntax{decimalMarkEvidence(text).value_or(DecimalMark::Point), false, 1});
}

ParsedAmount parseImportAmount(const QString &text, DecimalMark mark, double scale)
{
    Q_ASSERT(scale > 0);
    return parse(text, Syntax{mark, true, scale});
}

ParsedAmount parseImportAmount(QStringView text, DecimalMark mark, double scale)
{
    Q_ASSERT(scale > 0);
    const Syntax syntax{mark, true, scale};
    ParsedAmount result;
    if (readPlainAmount(text.trimmed(), syntax, &result))
        return result;
    return parse(text.toString(), syntax);
}

std::optional<DecimalMark> decimalMarkEvidence(QStringView cell)
{
    // Only a mark says anything: most cells, plain numbers and words, have none.
    if (std::none_of(cell.begin(), cell.end(),
                     [](QChar c) { return c == QLatin1Char('.') || c == QLatin1Char(','); }))
        return std::nullopt;
    std::optional<DecimalMark> found;
    qsizetype i = 0;
    while (i < cell.size()) {
        if (!cell.at(i).isDigit()) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < cell.size() && (cell.at(end).isDigit() || cell.at(end) == QLatin1Char(',') ||
                                     cell.at(end) == QLatin1Char('.')))
            ++end;
        qsizetype last = end; // a mark that ends a sentence is not part of the number
        while (!cell.at(last - 1).isDigit())
            --last;
        const std::optional<DecimalMark> here = evidenceOfRun(cell.mid(i, last - i));
        if (here && found && *here != *found)
            return std::nullopt; // a cell that contradicts itself says nothing
        if (here)
            found = here;
        i = end;
    }
    return found;
}
