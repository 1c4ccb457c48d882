#include "derivation.h"

#include "formula.h"
#include "numberformat.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Derivation)
};

// Evaluates derived figures on demand, each once, refusing cycles.
class Evaluator
{
public:
    Evaluator(const QVector<Figure> &figures, const QHash<QString, int> &rowById,
              const QVector<Parameter> &parameters)
        : m_figures(figures), m_rowById(rowById), m_parameters(parameters)
    {
    }

    // The value of the figure at row, or undefined with the reason (naming the figure).
    DerivedValue value(int row)
    {
        const Figure &f = m_figures.at(row);
        if (f.formula.isEmpty())
            return DerivedValue::range(f.low, f.high);
        if (m_done.contains(row))
            return m_done.value(row);
        if (m_active.contains(row))
            return DerivedValue::undefined(
                Tr::tr("“%1” depends on itself through its formula.").arg(f.label));
        m_active.insert(row);
        const Formula formula = Formula::parse(f.formula);
        DerivedValue result;
        QString inner; // a problem further down the chain, already naming its figure
        if (!formula.isValid()) {
            result = DerivedValue::undefined(formula.error());
        } else {
            const auto figure = [&](const QString &id, double *low, double *high) {
                const int r = m_rowById.value(id, -1);
                if (r < 0)
                    return false;
                const DerivedValue v = value(r);
                if (!v.defined) {
                    if (inner.isEmpty())
                        inner = v.reason;
                    return true; // reported below; 1 keeps the arithmetic harmless
                }
                *low = v.low;
                *high = v.high;
                return true;
            };
            const auto parameter = [&](const QString &name, double *low, double *high) {
                const Parameter *p = ParameterText::find(m_parameters, name);
                if (!p)
                    return false;
                *low = *high = p->value;
                return true;
            };
            // Start every unknown at 1 so a failed lookup never divides by zero first.
            result = formula.evaluate(
                [&](const QString &id, double *low, double *high) {
                    *low = *high = 1;
                    return figure(id, low, high);
                },
                parameter);
        }
        m_active.remove(row);
        if (!inner.isEmpty())
            result = DerivedValue::undefined(inner);
        else if (!result.defined)
            result = DerivedValue::undefined(Tr::tr("“%1”: %2").arg(f.label, result.reason));
        else if (result.low < 0)
            result = DerivedValue::undefined(
                Tr::tr("“%1”: the formula gives a negative value, and figures cannot be negative.")
                    .arg(f.label));
        m_done.insert(row, result);
        return result;
    }

private:
    const QVector<Figure> &m_figures;
    const QHash<QString, int> &m_rowById;
    const QVector<Parameter> &m_parameters;
    QHash<int, DerivedValue> m_done;
    QSet<int> m_active;
};

} // namespace

namespace Derivation {

QHash<QString, int> indexById(const QVector<Figure> &figures)
{
    QHash<QString, int> rows;
    rows.reserve(figures.size());
    for (int row = 0; row < figures.size(); ++row)
        rows.insert(figures.at(row).id, row);
    return rows;
}

QString check(const QVector<Figure> &figures, const QVector<Parameter> &parameters)
{
    QVector<Update> updates;
    QString error;
    evaluate(figures, indexById(figures), parameters, &updates, &error);
    return error;
}

bool evaluate(const QVector<Figure> &figures, const QHash<QString, int> &rowById,
              const QVector<Parameter> &parameters, QVector<Update> *updates, QString *error)
{
    Evaluator evaluator(figures, rowById, parameters);
    updates->clear();
    for (int row = 0; row < figures.size(); ++row) {
        const Figure &f = figures.at(row);
        if (f.formula.isEmpty())
            continue;
        const DerivedValue v = evaluator.value(row);
        if (!v.defined) {
            *error = v.reason;
            updates->clear();
            return false;
        }
        if (v.low != f.low || v.high != f.high)
            updates->append({row, v.low, v.high});
    }
    return true;
}

QString describe(const Figure &figure, const QVector<Figure> &figures,
                 const QHash<QString, int> &rowById, const QVector<Parameter> &parameters,
                 const NumberFormat &format)
{
    if (figure.formula.isEmpty())
        return {};
    const Formula formula = Formula::parse(figure.formula);
    if (!formula.isValid())
        return formula.error();
    // Inputs as stated, with a figure more than usual and no padding zeros, so 2,788K GPU-hours
    // reads as 2.788M, not 2.79M, and $60B as $60B, not $60.00B.
    const NumberFormat exact =
        NumberFormat(format.significantFigures() + 1, format.unitStyle(), format.locale()).withoutTrailingZeros();
    return formula.describe(
        [&](const QString &id) {
            const int row = rowById.value(id, -1);
            if (row < 0)
                return QStringLiteral("{%1}").arg(id);
            const Figure &f = figures.at(row);
            return exact.quantityRange(f.low, f.high, f.unit);
        },
        [&](const QString &name) {
            const Parameter *p = ParameterText::find(parameters, name);
            return p ? ParameterText::value(*p, format) : name;
        });
}

QVector<int> dependents(const QVector<Figure> &figures, const QString &figureId, const QString &parameterName)
{
    // Grow the set of names that are affected until nothing more joins it.
    QSet<QString> ids;
    if (!figureId.isEmpty())
        ids.insert(figureId);
    QVector<int> rows;
    QSet<int> seen;
    bool grew = true;
    while (grew) {
        grew = false;
        for (int row = 0; row < figures.size(); ++row) {
            const Figure &f = figures.at(row);
            if (f.formula.isEmpty() || seen.contains(row))
                continue;
            const Formula formula = Formula::parse(f.formula);
            bool uses = !parameterName.isEmpty() && formula.parameterNames().contains(parameterName);
            for (const QString &id : formula.figureIds())
                uses = uses || ids.contains(id);
            if (uses) {
                seen.insert(row);
                rows.append(row);
                ids.insert(f.id);
                grew = true;
            }
        }
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace Derivation
