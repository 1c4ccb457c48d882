#include "figure.h"

#include <QCoreApplication>

#include <array>

namespace {

template <typename E> struct Names
{
    E value;
    const char *key;
    const char *name;
};

constexpr std::array<Names<FigureKind>, 8> kKinds{{
    {FigureKind::Capex, "capex", QT_TRANSLATE_NOOP("FigureText", "Capex")},
    {FigureKind::CapexGuidance, "capex-guidance", QT_TRANSLATE_NOOP("FigureText", "Capex guidance")},
    {FigureKind::AnalystConsensus, "analyst-consensus",
     QT_TRANSLATE_NOOP("FigureText", "Analyst consensus")},
    {FigureKind::TrainingComputeCost, "training-compute-cost",
     QT_TRANSLATE_NOOP("FigureText", "Training-run compute cost")},
    {FigureKind::ComputeHours, "compute-hours", QT_TRANSLATE_NOOP("FigureText", "Compute hours")},
    {FigureKind::HardwareEstimate, "hardware-estimate",
     QT_TRANSLATE_NOOP("FigureText", "Hardware estimate")},
    {FigureKind::OperatingCostEstimate, "operating-cost-estimate",
     QT_TRANSLATE_NOOP("FigureText", "Operating-cost estimate")},
    {FigureKind::Pledge, "pledge", QT_TRANSLATE_NOOP("FigureText", "Pledge")},
}};

constexpr std::array<Names<FigureStatus>, 4> kStatuses{{
    {FigureStatus::Actual, "actual", QT_TRANSLATE_NOOP("FigureText", "Actual")},
    {FigureStatus::Guidance, "guidance", QT_TRANSLATE_NOOP("FigureText", "Guidance")},
    {FigureStatus::Estimate, "estimate", QT_TRANSLATE_NOOP("FigureText", "Estimate")},
    {FigureStatus::Stated, "stated", QT_TRANSLATE_NOOP("FigureText", "Stated")},
}};

constexpr std::array<Names<Verification>, 3> kLevels{{
    {Verification::Primary, "primary", QT_TRANSLATE_NOOP("FigureText", "Primary")},
    {Verification::Secondary, "secondary", QT_TRANSLATE_NOOP("FigureText", "Secondary")},
    {Verification::Derived, "derived", QT_TRANSLATE_NOOP("FigureText", "Derived")},
}};

constexpr std::array<Names<FigureUnit>, 2> kUnits{{
    {FigureUnit::Usd, "USD", "USD"},
    {FigureUnit::GpuHours, "GPU-hours", "GPU-hours"},
}};

template <typename E, std::size_t N> const Names<E> &find(const std::array<Names<E>, N> &table, E v)
{
    for (const auto &entry : table)
        if (entry.value == v)
            return entry;
    Q_ASSERT(false);
    return table.front();
}

template <typename E, std::size_t N>
bool fromKey(const std::array<Names<E>, N> &table, const QString &key, E *out)
{
    for (const auto &entry : table) {
        if (key == QLatin1String(entry.key)) {
            *out = entry.value;
            return true;
        }
    }
    return false;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("FigureText", text);
}

} // namespace

bool Source::operator==(const Source &o) const
{
    return title == o.title && publisher == o.publisher && date == o.date && url == o.url &&
           quote == o.quote;
}

bool Figure::operator==(const Figure &o) const
{
    return id == o.id && entity == o.entity && label == o.label && kind == o.kind &&
           year == o.year && periodLabel == o.periodLabel && unit == o.unit && low == o.low &&
           high == o.high && status == o.status && stated == o.stated && source == o.source &&
           basis == o.basis && level == o.level && caveat == o.caveat && note == o.note &&
           formula == o.formula;
}

namespace FigureText {

QString kindKey(FigureKind kind) { return QLatin1String(find(kKinds, kind).key); }
QString kindName(FigureKind kind) { return translated(find(kKinds, kind).name); }
bool kindFromKey(const QString &key, FigureKind *kind) { return fromKey(kKinds, key, kind); }
QList<FigureKind> allKinds()
{
    QList<FigureKind> kinds;
    for (const auto &entry : kKinds)
        kinds.append(entry.value);
    return kinds;
}

QString statusKey(FigureStatus status) { return QLatin1String(find(kStatuses, status).key); }
QString statusName(FigureStatus status) { return translated(find(kStatuses, status).name); }
bool statusFromKey(const QString &key, FigureStatus *status)
{
    return fromKey(kStatuses, key, status);
}

QString levelKey(Verification level) { return QLatin1String(find(kLevels, level).key); }
QString levelName(Verification level) { return translated(find(kLevels, level).name); }
bool levelFromKey(const QString &key, Verification *level) { return fromKey(kLevels, key, level); }

QString unitKey(FigureUnit unit) { return QLatin1String(find(kUnits, unit).key); }
bool unitFromKey(const QString &key, FigureUnit *unit) { return fromKey(kUnits, key, unit); }

FigureKind seriesKind(FigureKind kind)
{
    return kind == FigureKind::CapexGuidance ? FigureKind::Capex : kind;
}

} // namespace FigureText
