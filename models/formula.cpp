#include "formula.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace {

constexpr int kMaxDepth = 100;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Formula)
};

int precedence(QChar op)
{
    if (op == QLatin1Char('~'))
        return 3;
    if (op == QLatin1Char('*') || op == QLatin1Char('/'))
        return 2;
    return 1;
}

bool isOperator(QChar c)
{
    return c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('*') ||
           c == QLatin1Char('/') || c == QChar(0x00D7) || c == QChar(0x00F7) || c == QChar(0x2212);
}

QChar normalised(QChar c)
{
    if (c == QChar(0x00D7))
        return QLatin1Char('*');
    if (c == QChar(0x00F7))
        return QLatin1Char('/');
    if (c == QChar(0x2212))
        return QLatin1Char('-');
    return c;
}

struct Range
{
    double low;
    double high;
};

Range extremes(double a, double b, double c, double d)
{
    return {std::min({a, b, c, d}), std::max({a, b, c, d})};
}

} // namespace

bool Formula::isParameterName(const QString &name)
{
    if (name.isEmpty() || !name.at(0).isLetter() || name.at(0).unicode() > 127)
        return false;
    return std::all_of(name.begin(), name.end(), [](QChar c) {
        return c.unicode() < 128 && (c.isLetterOrNumber() || c == QLatin1Char('_'));
    });
}

Formula Formula::parse(const QString &text)
{
    Formula f;
    f.m_text = text.trimmed();
    const QString &s = f.m_text;
    const auto fail = [&](const QString &why) {
        f.m_error = why;
        f.m_infix.clear();
        f.m_rpn.clear();
        return f;
    };
    if (s.isEmpty())
        return fail(Tr::tr("The formula is empty."));

    // Tokens, with unary minus told apart from subtraction.
    bool expectOperand = true;
    int depth = 0; // of brackets; bounded so that no reader of the formula needs a deep stack
    for (int i = 0; i < s.size();) {
        const QChar c = s.at(i);
        const int at = i + 1; // 1-based character position for messages
        if (c.isSpace()) {
            ++i;
        } else if (c.isDigit() || c == QLatin1Char('.')) {
            if (!expectOperand)
                return fail(Tr::tr("Character %1: a number cannot follow a value without an "
                                   "operator between them.").arg(at));
            int j = i;
            while (j < s.size() && (s.at(j).isDigit() || s.at(j) == QLatin1Char('.') ||
                                    s.at(j) == QLatin1Char(',')))
                ++j;
            QString digits = s.mid(i, j - i);
            digits.remove(QLatin1Char(','));
            bool ok = false;
            double value = digits.toDouble(&ok);
            if (!ok)
                return fail(Tr::tr("Character %1: “%2” is not a number.").arg(at).arg(s.mid(i, j - i)));
            if (j < s.size() && QStringLiteral("KMBT").contains(s.at(j).toUpper()) &&
                (j + 1 == s.size() || !s.at(j + 1).isLetterOrNumber())) {
                const QChar unit = s.at(j).toUpper();
                value *= unit == QLatin1Char('K')   ? 1e3
                         : unit == QLatin1Char('M') ? 1e6
                         : unit == QLatin1Char('B') ? 1e9
                                                    : 1e12;
                ++j;
            }
            f.m_infix.append({Type::Number, s.mid(i, j - i), value});
            expectOperand = false;
            i = j;
        } else if (c == QLatin1Char('{')) {
            if (!expectOperand)
                return fail(Tr::tr("Character %1: a figure cannot follow a value without an "
                                   "operator between them.").arg(at));
            const int close = s.indexOf(QLatin1Char('}'), i);
            if (close < 0)
                return fail(Tr::tr("Character %1: “{” is never closed by “}”.").arg(at));
            const QString id = s.mid(i + 1, close - i - 1).trimmed();
            if (id.isEmpty())
                return fail(Tr::tr("Character %1: “{}” names no figure.").arg(at));
            f.m_infix.append({Type::Figure, id, 0});
            expectOperand = false;
            i = close + 1;
        } else if (c.isLetter() || c == QLatin1Char('_')) {
            if (!expectOperand)
                return fail(Tr::tr("Character %1: a name cannot follow a value without an "
                                   "operator between them.").arg(at));
            int j = i;
            while (j < s.size() && (s.at(j).isLetterOrNumber() || s.at(j) == QLatin1Char('_')))
                ++j;
            const QString name = s.mid(i, j - i);
            if (!isParameterName(name))
                return fail(Tr::tr("Character %1: “%2” is not a parameter name (letters, digits "
                                   "and “_”, starting with a letter); write figures as {id}.")
                                .arg(at)
                                .arg(name));
            f.m_infix.append({Type::Parameter, name, 0});
            expectOperand = false;
            i = j;
        } else if (isOperator(c)) {
            QChar op = normalised(c);
            if (expectOperand) {
                if (op != QLatin1Char('-'))
                    return fail(Tr::tr("Character %1: “%2” needs a value before it.").arg(at).arg(c));
                op = QLatin1Char('~');
            }
            f.m_infix.append({Type::Operator, QString(op), 0});
            expectOperand = true;
            ++i;
        } else if (c == QLatin1Char('(')) {
            if (!expectOperand)
                return fail(Tr::tr("Character %1: “(” cannot follow a value without an operator "
                                   "between them.").arg(at));
            if (++depth > kMaxDepth)
                return fail(Tr::tr("Character %1: brackets nest more than %2 deep.").arg(at).arg(kMaxDepth));
            f.m_infix.append({Type::Open, QStringLiteral("("), 0});
            ++i;
        } else if (c == QLatin1Char(')')) {
            if (expectOperand)
                return fail(Tr::tr("Character %1: “)” needs a value before it.").arg(at));
            --depth;
            f.m_infix.append({Type::Close, QStringLiteral(")"), 0});
            ++i;
        } else {
            return fail(Tr::tr("Character %1: “%2” cannot be used in a formula.").arg(at).arg(c));
        }
    }
    if (expectOperand)
        return fail(Tr::tr("The formula ends where a value is expected."));

    // Shunting-yard into evaluation order.
    QVector<Token> stack;
    for (const Token &t : qAsConst(f.m_infix)) {
        switch (t.type) {
        case Type::Number:
        case Type::Figure:
        case Type::Parameter:
            f.m_rpn.append(t);
            break;
        case Type::Operator: {
            const QChar op = t.name.at(0);
            const bool unary = op == QLatin1Char('~');
            while (!stack.isEmpty() && stack.last().type == Type::Operator && !unary &&
                   precedence(stack.last().name.at(0)) >= precedence(op))
                f.m_rpn.append(stack.takeLast());
            stack.append(t);
            break;
        }
        case Type::Open:
            stack.append(t);
            break;
        case Type::Close:
            while (!stack.isEmpty() && stack.last().type != Type::Open)
                f.m_rpn.append(stack.takeLast());
            if (stack.isEmpty())
                return fail(Tr::tr("A “)” has no “(” to close."));
            stack.removeLast();
            break;
        }
    }
    while (!stack.isEmpty()) {
        if (stack.last().type == Type::Open)
            return fail(Tr::tr("A “(” is never closed."));
        f.m_rpn.append(stack.takeLast());
    }
    return f;
}

QStringList Formula::figureIds() const
{
    QStringList ids;
    for (const Token &t : m_infix)
        if (t.type == Type::Figure && !ids.contains(t.name))
            ids.append(t.name);
    return ids;
}

QStringList Formula::parameterNames() const
{
    QStringList names;
    for (const Token &t : m_infix)
        if (t.type == Type::Parameter && !names.contains(t.name))
            names.append(t.name);
    return names;
}

DerivedValue Formula::evaluate(const Lookup &figure, const Lookup &parameter) const
{
    if (!isValid())
        return DerivedValue::undefined(m_error);
    QVector<Range> stack;
    for (const Token &t : m_rpn) {
        switch (t.type) {
        case Type::Number:
            stack.append({t.value, t.value});
            break;
        case Type::Figure:
        case Type::Parameter: {
            Range r{0, 0};
            const bool isFigure = t.type == Type::Figure;
            if (!(isFigure ? figure : parameter)(t.name, &r.low, &r.high))
                return DerivedValue::undefined(
                    isFigure ? Tr::tr("The formula uses the figure “%1”, which does not exist.")
                                   .arg(t.name)
                             : Tr::tr("The formula uses the parameter “%1”, which does not exist.")
                                   .arg(t.name));
            stack.append(r);
            break;
        }
        case Type::Operator: {
            const QChar op = t.name.at(0);
            if (op == QLatin1Char('~')) {
                Range &r = stack.last();
                r = {-r.high, -r.low};
                break;
            }
            const Range b = stack.takeLast();
            const Range a = stack.takeLast();
            Range r{0, 0};
            if (op == QLatin1Char('+'))
                r = {a.low + b.low, a.high + b.high};
            else if (op == QLatin1Char('-'))
                r = {a.low - b.high, a.high - b.low};
            else if (op == QLatin1Char('*'))
                r = extremes(a.low * b.low, a.low * b.high, a.high * b.low, a.high * b.high);
            else {
                if (b.low <= 0 && b.high >= 0)
                    return DerivedValue::undefined(Tr::tr("The formula divides by zero."));
                r = extremes(a.low / b.low, a.low / b.high, a.high / b.low, a.high / b.high);
            }
            stack.append(r);
            break;
        }
        case Type::Open:
        case Type::Close:
            break;
        }
    }
    Q_ASSERT(stack.size() == 1);
    const Range r = stack.value(0);
    if (!std::isfinite(r.low) || !std::isfinite(r.high))
        return DerivedValue::undefined(Tr::tr("The formula's result is too large to show."));
    return DerivedValue::range(r.low, r.high);
}

QString Formula::describe(const Describe &figure, const Describe &parameter) const
{
    QString out;
    for (const Token &t : m_infix) {
        QString piece;
        switch (t.type) {
        case Type::Number:
            piece = t.name;
            break;
        case Type::Figure:
            piece = figure(t.name);
            break;
        case Type::Parameter:
            piece = parameter(t.name);
            break;
        case Type::Operator: {
            const QChar op = t.name.at(0);
            piece = op == QLatin1Char('*')   ? QString(QChar(0x00D7))
                    : op == QLatin1Char('/') ? QString(QChar(0x00F7))
                    : op == QLatin1Char('-') ? QString(QChar(0x2212))
                    : op == QLatin1Char('~') ? QString(QChar(0x2212))
                                             : t.name;
            if (op != QLatin1Char('~'))
                piece = QLatin1Char(' ') + piece + QLatin1Char(' ');
            break;
        }
        case Type::Open:
        case Type::Close:
            piece = t.name;
            break;
        }
        out += piece;
    }
    return out;
}
