#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

// One published number about AI spending, with everything a journalist needs to cite it:
// where it came from, what kind of number it is, how it was made and how well it is verified.

enum class FigureKind {
    Capex,
    CapexGuidance,
    AnalystConsensus,
    TrainingComputeCost,
    ComputeHours,
    HardwareEstimate,
    OperatingCostEstimate,
    Pledge,
    Commitment, // an agreement to buy computing over years: not spending
    Other, // a kind the words of a file could not be placed in; see FigureRules
};

// Reported: rests on a single or low-confidence source (the fact sheet's rule b); never a default.
enum class FigureStatus { Actual, Guidance, Estimate, Stated, Reported };
enum class Verification { Primary, Secondary, Derived };
// Money is kept in the currency it was stated in (Usd, Cny), never silently converted; charts
// convert through dated exchange-rate parameters (see currency.h).
enum class FigureUnit { Usd, GpuHours, Cny };

struct Source
{
    QString title;
    QString publisher;
    QDate date;
    QString url;
    QString quote;
    QString titleZh; // the title in Chinese (empty: the English title serves)

    bool operator==(const Source &o) const;
};

struct Figure
{
    QString id;
    QString entity;
    QString label;
    FigureKind kind = FigureKind::Capex;
    int year = 0;
    // 1–4: the figure covers that quarter of `year` (calendar or fiscal, as periodLabel says);
    // 0: the whole year, or a span that is not a quarter.
    int quarter = 0;
    QString periodLabel;
    FigureUnit unit = FigureUnit::Usd;
    double low = 0;
    double high = 0;
    FigureStatus status = FigureStatus::Actual;
    QDate stated;
    Source source;
    QString basis;
    Verification level = Verification::Secondary;
    QString caveat;
    QString note;
    // When set, the value is computed from other figures and parameters (see formula.h) and
    // low/high hold its latest result.
    QString formula;
    // The names in Chinese (empty: the English name serves); see FigureText::entityName.
    QString entityZh;
    QString labelZh;

    bool isDerived() const { return !formula.isEmpty(); }
    bool isRange() const { return low != high; }
    bool isQuarterly() const { return quarter != 0; }
    double mid() const { return (low + high) / 2; }
    bool operator==(const Figure &o) const;
    bool operator!=(const Figure &o) const { return !(*this == o); }
};

// Stable identifiers used in files and on the command line, and names shown to people.
// *FromKey takes the exact key a document stores; *FromText reads what people write, in any
// case and spacing, and the common words for it in English and Chinese ("training run",
// "资本开支", "Capex-Guidance"), so that files from spreadsheets come in without a mapping.
namespace FigureText {
QString kindKey(FigureKind kind);
QString kindName(FigureKind kind);
bool kindFromKey(const QString &key, FigureKind *kind);
bool kindFromText(const QString &text, FigureKind *kind);
QList<FigureKind> allKinds();

QString statusKey(FigureStatus status);
QString statusName(FigureStatus status);
bool statusFromKey(const QString &key, FigureStatus *status);
bool statusFromText(const QString &text, FigureStatus *status);
QList<FigureStatus> allStatuses();

QString levelKey(Verification level);
QString levelName(Verification level);
bool levelFromKey(const QString &key, Verification *level);
bool levelFromText(const QString &text, Verification *level);
QList<Verification> allLevels();

QString unitKey(FigureUnit unit);
bool unitFromKey(const QString &key, FigureUnit *unit);
bool unitFromText(const QString &text, FigureUnit *unit);
QList<FigureUnit> allUnits();
// Whether a unit is a currency: every place that means "money" asks this, not "is it USD".
bool isMoney(FigureUnit unit);

// Lower-case letters and digits joined by single hyphens: "Capex guidance", "CAPEX_GUIDANCE" and
// "capex-guidance" all become "capex-guidance".
QString keyLike(QStringView text);
// The same into out, which has room for text.size() characters; returns how many it wrote.
qsizetype keyLikeInto(QStringView text, char16_t *out);

// The figure's names in the language in force (QLocale's default): Chinese where the figure has
// them and the language is Chinese, else English.
QString entityName(const Figure &figure);
QString labelName(const Figure &figure);
QString sourceTitleName(const Figure &figure);
QString sourceTitleName(const Source &source);
// Clears the Chinese name of each English name (entity, label, source title) an edit changed,
// so the name shown never contradicts the one the user typed.
void dropStaleNames(const Figure &before, Figure *after);

// The measure a kind is about, so that guidance for capex sits in the same series as capex.
FigureKind seriesKind(FigureKind kind);

// Sentences run together as a paragraph (empty ones left out): a space after each, but none
// after full-width punctuation ("…算力。承诺…"), which carries its own.
QString joinSentences(const QStringList &sentences);
// A sentence with no space between two Chinese characters: translations space a placeholder
// off ("%1 的年份"), which suits "Meta 的年份" but not "微软 的年份".
QString tidyChineseSpacing(const QString &text);
} // namespace FigureText
