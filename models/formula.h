#pragma once

#include "derivedvalue.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

// A figure's value written as arithmetic on other figures and named parameters, e.g.
// "{deepseek-v3-gpu-hours} * h800_price": figures by id in braces, parameters by name
// (letters, digits and "_", starting with a letter), plain numbers (2.788M allowed), + − × ÷
// and brackets. Evaluated on low–high ranges: every operation gives the smallest and largest
// result the ranges allow.
class Formula
{
public:
    // Parses text; on failure the formula is invalid and error() says where and why.
    static Formula parse(const QString &text);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString text() const { return m_text; }
    // What it refers to, each once, in the order written.
    QStringList figureIds() const;
    QStringList parameterNames() const;

    // Looks a name up: true with its range, false if unknown.
    using Lookup = std::function<bool(const QString &name, double *low, double *high)>;
    // The value, or undefined with the reason (an unknown name, a division by zero).
    DerivedValue evaluate(const Lookup &figure, const Lookup &parameter) const;

    // The formula as a reader sees it, with each figure and parameter replaced by the text
    // the callbacks give it ("2.788M GPU-hours × $2.00 per GPU-hour").
    using Describe = std::function<QString(const QString &name)>;
    QString describe(const Describe &figure, const Describe &parameter) const;

    // Whether name can be a parameter's name.
    static bool isParameterName(const QString &name);

private:
    enum class Type { Number, Figure, Parameter, Operator, Open, Close };
    struct Token
    {
        Type type;
        QString name; // figure id, parameter name or the operator character
        double value = 0;
    };
    QString m_text;
    QString m_error;
    QVector<Token> m_infix; // as written, for describe()
    QVector<Token> m_rpn;   // evaluation order; unary minus is the operator "~"
};
