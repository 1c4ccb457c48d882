#include "importplausibility.h"

#include "bothcores.h"

#include "csvreader.h"
#include "numberformat.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlausibility)
};

// Figures that should be of one size: one entity's values of one measure, in one unit (and, to
// find a document's figure, one year).
struct GroupKey
{
    QString entity; // trimmed and case-folded
    int series = 0;
    int unit = 0;
    int year = 0;

    bool operator==(const GroupKey &o) const
    {
        return series == o.series && unit == o.unit && year == o.year && entity == o.entity;
    }
};

size_t qHash(const GroupKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.entity, key.series, key.unit, key.year);
}

// Group keys with each entity folded once: a file names a few entities many times.
class GroupKeys
{
public:
    GroupKey of(const Figure &f, int year = 0)
    {
        auto it = m_folded.constFind(f.entity);
        if (it == m_folded.cend())
            it = m_folded.insert(f.entity, f.entity.trimmed().toCaseFolded());
        return {*it, int(FigureText::seriesKind(f.kind)), int(f.unit), year};
    }

private:
    QHash<QString, QString> m_folded;
};

// How many times off value is from reference, rounded for a sentence ("about 1,000 times"); 0
// when it is within kFactor either way.
double timesOff(double value, double reference)
{
    if (value <= 0 || reference <= 0)
        return 0;
    const double ratio = value > reference ? value / reference : reference / value;
    return ratio >= ImportPlausibility::kFactor ? NumberFormat::roundSignificant(ratio, 2) : 0;
}

QString rawCell(const CsvTable &table, const ImportOrigin &origin)
{
    QString raw = table.cell(origin.row, origin.column).trimmed().toString();
    if (origin.highColumn >= 0 && !table.cell(origin.row, origin.highColumn).trimmed().isEmpty())
        raw += QStringLiteral(" – ") + table.cell(origin.row, origin.highColumn).trimmed().toString();
    return raw;
}

class Checker
{
public:
    Checker(const QVector<Figure> &figures, const QVector<ImportOrigin> &origins, const CsvTable &table)
        : m_figures(figures), m_origins(origins), m_table(table), m_header(table.header())
    {
    }

    void checkWithinTheFile();
    void checkAgainst(const QVector<Figure> &existing);
    QVector<RowProblem> warnings();

private:
    // A value found off: its sentence is written after the checks (warnings()).
    struct Off
    {
        qsizetype i;
        double times;
        double value;
        double reference;
        QString what;
    };
    void warn(qsizetype i, double times, double value, double reference, const QString &what)
    {
        m_offs.append({i, times, value, reference, what});
    }
    struct Sentences
    {
        QString less;
        QString more;
    };
    RowProblem warning(const Off &off, const NumberFormat &format, const Sentences &sentences,
                       QHash<double, QString> *times) const;
    using Groups = QHash<GroupKey, QVector<qsizetype>>;
    static constexpr qsizetype kSplitAt = 4096; // figures, from which two cores group them
    Groups groupsOf(qsizetype from, qsizetype to, GroupKeys *keys) const;
    Groups groups();

    const QVector<Figure> &m_figures;
    const QVector<ImportOrigin> &m_origins;
    const CsvTable &m_table;
    const QStringList m_header;
    const NumberFormat m_format;
    GroupKeys m_keys;
    QVector<Off> m_offs;
};

// Thousands of sentences (a file in the wrong unit) are written on two threads, each with its
// own NumberFormat.
QVector<RowProblem> Checker::warnings()
{
    // In the order of the figures, so of the lines: the groups come in no order of their own.
    std::stable_sort(m_offs.begin(), m_offs.end(), [](const Off &a, const Off &b) { return a.i < b.i; });
    QVector<RowProblem> out(m_offs.size());
    RowProblem *slots = out.data();
    // The sentences are translated once, not once a warning.
    const Sentences sentences{
        Tr::tr("“%1” reads as %2, about %L3 times less than %4: check what unit "
               "the numbers are in (thousands, millions, billions)."),
        Tr::tr("“%1” reads as %2, about %L3 times more than %4: check what unit "
               "the numbers are in (thousands, millions, billions).")};
    const auto write = [this, slots, &sentences](qsizetype from, qsizetype to) {
        const NumberFormat format;
        QHash<double, QString> times; // "about 1,000 times": rounded, so a few values recur
        for (qsizetype k = from; k < to; ++k)
            slots[k] = warning(m_offs.at(k), format, sentences, &times);
    };
    const qsizetype count = m_offs.size();
    if (count < 1024) {
        write(0, count);
        return out;
    }
    onBothCores([&write, count] { write(0, count / 2); }, [&write, count] { write(count / 2, count); });
    return out;
}

RowProblem Checker::warning(const Off &off, const NumberFormat &format, const Sentences &sentences,
                            QHash<double, QString> *times) const
{
    const Figure &f = m_figures.at(off.i);
    const ImportOrigin &origin = m_origins.at(off.i);
    const QString raw = rawCell(m_table, origin);
    const QString read = format.quantityRange(f.low, f.high, f.unit);
    auto said = times->constFind(off.times);
    if (said == times->cend()) // as arg(times, 0, 'f', 0) writes it for %L3
        said = times->insert(off.times, QLocale().toString(off.times, 'f', 0));
    const QString &why = off.value < off.reference ? sentences.less : sentences.more;
    return {origin.line, m_header.value(origin.column).trimmed(), why.arg(raw, read).arg(*said).arg(off.what)};
}

Checker::Groups Checker::groupsOf(qsizetype from, qsizetype to, GroupKeys *keys) const
{
    Groups groups;
    for (qsizetype i = from; i < to; ++i)
        groups[keys->of(m_figures.at(i))].append(i);
    return groups;
}

// A large file's figures are grouped in two halves at once, each with its own folded entities;
// a group's second-half figures follow its first-half ones, as one pass would list them.
Checker::Groups Checker::groups()
{
    const qsizetype count = m_figures.size();
    if (count < kSplitAt)
        return groupsOf(0, count, &m_keys);
    Groups first;
    Groups second;
    GroupKeys secondKeys;
    onBothCores([&] { first = groupsOf(0, count / 2, &m_keys); },
                [&] { second = groupsOf(count / 2, count, &secondKeys); });
    for (auto it = second.begin(); it != second.end(); ++it)
        first[it.key()] += std::move(it.value());
    return first;
}

void Checker::checkWithinTheFile()
{
    const Groups groups = this->groups();
    for (const QVector<qsizetype> &group : std::as_const(groups)) {
        if (group.size() < 2)
            continue;
        QVector<double> mids;
        for (const qsizetype i : group)
            mids.append(m_figures.at(i).mid());
        std::sort(mids.begin(), mids.end());
        // What the values are compared with, said once for the group's reference (and for each
        // spelling of the entity, which the group's key folds).
        double saidFor = std::nan("");
        QString saidOf;
        QString said;
        for (const qsizetype i : group) {
            const Figure &f = m_figures.at(i);
            // Two values: each against the other. More: against the middle one, which a few
            // values off do not move.
            const double reference = group.size() == 2 ? (f.mid() == mids.first() ? mids.last() : mids.first())
                                                       : mids.at(mids.size() / 2);
            const double times = timesOff(f.mid(), reference);
            if (times <= 0)
                continue;
            if (reference != saidFor || f.entity != saidOf) {
                saidFor = reference;
                saidOf = f.entity;
                said = Tr::tr("the other %1 figures of %2 in the file (about %3)")
                           .arg(FigureText::kindName(FigureText::seriesKind(f.kind)), f.entity,
                                m_format.quantity(reference, f.unit));
            }
            warn(i, times, f.mid(), reference, said);
        }
    }
}

void Checker::checkAgainst(const QVector<Figure> &existing)
{
    if (existing.isEmpty())
        return;
    QHash<GroupKey, const Figure *> byYear;
    for (const Figure &e : existing)
        byYear.insert(m_keys.of(e, e.year), &e);
    for (qsizetype i = 0; i < m_figures.size(); ++i) {
        const Figure &f = m_figures.at(i);
        const Figure *known = byYear.value(m_keys.of(f, f.year));
        if (!known)
            continue;
        if (const double times = timesOff(f.mid(), known->mid()); times > 0)
            warn(i, times, f.mid(), known->mid(),
                 Tr::tr("“%1” already in the document (%2)")
                     .arg(FigureText::labelName(*known),
                          m_format.quantityRange(known->low, known->high, known->unit)));
    }
}

} // namespace

namespace ImportPlausibility {

QVector<RowProblem> check(const QVector<Figure> &figures, const QVector<ImportOrigin> &origins,
                          const CsvTable &table, const QVector<Figure> &existing)
{
    Q_ASSERT(figures.size() == origins.size());
    Checker checker(figures, origins, table);
    checker.checkWithinTheFile();
    checker.checkAgainst(existing);
    return checker.warnings();
}

} // namespace ImportPlausibility
