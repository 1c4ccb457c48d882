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

// Evaluates derived figures in dependency order, each once, refusing cycles. The walk down a
// chain of formulas keeps its own stack, so a chain of any length needs no call stack.
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
        if (!m_done.contains(row))
            walk(row);
        return m_done.value(row);
    }

private:
    struct Step
    {
        int row;
        QStringList inputs; // the figure ids its formula uses
        int next = 0;       // the first input not yet visited
    };

    void enter(QVector<Step> *path, int row)
    {
        const auto parsed = m_formulas.insert(row, Formula::parse(m_figures.at(row).formula));
        m_active.insert(row);
        path->append({row, parsed->figureIds()});
    }

    // Depth first from row: each derived input is finished before the figure that uses it.
    void walk(int row)
    {
        QVector<Step> path;
        enter(&path, row);
        while (!path.isEmpty()) {
            Step &step = path.last();
            if (step.next < step.inputs.size()) {
                const int input = m_rowById.value(step.inputs.at(step.next++), -1);
                if (input >= 0 && !m_figures.at(input).formula.isEmpty() &&
                    !m_done.contains(input) && !m_active.contains(input))
                    enter(&path, input);
                continue;
            }
            const int finished = step.row;
            path.removeLast();
            m_done.insert(finished, compute(finished));
            m_active.remove(finished);
            m_formulas.remove(finished);
        }
    }

    // An input's value once the walk has finished it; one still being walked is a cycle.
    DerivedValue input(int row) const
    {
        const Figure &f = m_figures.at(row);
        if (f.formula.isEmpty())
            return DerivedValue::range(f.low, f.high);
        if (m_active.contains(row))
            return DerivedValue::undefined(
                Tr::tr("“%1” depends on itself through its formula.").arg(f.label));
        return m_done.value(row);
    }

    DerivedValue compute(int row) const
    {
        const Figure &f = m_figures.at(row);
        const Formula &formula = m_formulas.find(row).value();
        if (!formula.isValid())
            return DerivedValue::undefined(Tr::tr("“%1”: %2").arg(f.label, formula.error()));
        QString inner; // a problem further down the chain, already naming its figure
        const auto figure = [&](const QString &id, double *low, double *high) {
            const int r = m_rowById.value(id, -1);
            if (r < 0)
                return false;
            const DerivedValue v = input(r);
            if (!v.defined) {
                if (inner.isEmpty())
                    inner = v.reason;
                *low = *high = 1; // reported below; 1 keeps the arithmetic harmless
                return true;
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
        const DerivedValue result = formula.evaluate(figure, parameter);
        if (!inner.isEmpty())
            return DerivedValue::undefined(inner);
        if (!result.defined)
            return DerivedValue::undefined(Tr::tr("“%1”: %2").arg(f.label, result.reason));
        if (result.low < 0)
            return DerivedValue::undefined(
                Tr::tr("“%1”: the formula gives a negative value, and figures cannot be negative.")
                    .arg(f.label));
        return result;
    }

    const QVector<Figure> &m_figures;
    const QHash<QString, int> &m_rowById;
    const QVector<Parameter> &m_parameters;
    QHash<int, DerivedValue> m_done;
    QHash<int, Formula> m_formulas; // of the figures being walked
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
    QVector<int> derivedRows;
    for (int row = 0; row < figures.size(); ++row)
        if (!figures.at(row).formula.isEmpty())
            derivedRows.append(row);
    return evaluate(figures, rowById, derivedRows, parameters, updates, error);
}

bool evaluate(const QVector<Figure> &figures, const QHash<QString, int> &rowById,
              const QVector<int> &derivedRows, const QVector<Parameter> &parameters,
              QVector<Update> *updates, QString *error)
{
    Evaluator evaluator(figures, rowById, parameters);
    updates->clear();
    for (int row : derivedRows) {
        const Figure &f = figures.at(row);
        Q_ASSERT(!f.formula.isEmpty());
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
    // Who uses what, parsed once; then a breadth-first walk from the name given.
    QHash<QString, QVector<int>> usersOf;
    QVector<int> rows;
    for (int row = 0; row < figures.size(); ++row) {
        const Figure &f = figures.at(row);
        if (f.formula.isEmpty())
            continue;
        const Formula formula = Formula::parse(f.formula);
        if (!parameterName.isEmpty() && formula.parameterNames().contains(parameterName))
            rows.append(row);
        for (const QString &id : formula.figureIds())
            usersOf[id].append(row);
    }
    if (!figureId.isEmpty())
        rows += usersOf.value(figureId);
    QSet<int> seen(rows.begin(), rows.end());
    rows = QVector<int>(seen.begin(), seen.end());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        for (int user : usersOf.value(figures.at(rows.at(i)).id)) {
            if (!seen.contains(user)) {
                seen.insert(user);
                rows.append(user);
            }
        }
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace Derivation
