#include "figure.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <array>

namespace {

// One row per value of an enum: the key files store, the name people read (translated), and the
// other words people write for it, '|'-separated, matched as FigureText::keyLike reduces them.
template <typename E> struct Names
{
    E value;
    const char *key;
    const char *name;
    const char *words;
};

constexpr std::array<Names<FigureKind>, 10> kKinds{{
    {FigureKind::Capex, "capex", QT_TRANSLATE_NOOP("FigureText", "Capex"),
     "capital expenditure|capital expenditures|capital spending|capital expenses|actual capex|"
     "资本开支|资本支出|资本性支出|资本开销"},
    {FigureKind::CapexGuidance, "capex-guidance", QT_TRANSLATE_NOOP("FigureText", "Capex guidance"),
     "guidance|plan|planned|planned capex|capex plan|outlook|capex outlook|forecast|capex forecast|"
     "capex target|指引|预期|计划|展望|资本开支指引|资本支出指引|资本开支计划"},
    {FigureKind::AnalystConsensus, "analyst-consensus",
     QT_TRANSLATE_NOOP("FigureText", "Analyst consensus"),
     "consensus|analyst estimate|analyst estimates|analysts|street estimate|分析师预期|一致预期|市场预期"},
    {FigureKind::TrainingComputeCost, "training-compute-cost",
     QT_TRANSLATE_NOOP("FigureText", "Training-run compute cost"),
     "training run|training cost|training compute|compute cost|training run cost|"
     "训练成本|训练费用|算力成本|训练算力成本"},
    {FigureKind::ComputeHours, "compute-hours", QT_TRANSLATE_NOOP("FigureText", "Compute hours"),
     "gpu hours|gpu hour|compute time|GPU小时|GPU时|算力时长"},
    {FigureKind::HardwareEstimate, "hardware-estimate",
     QT_TRANSLATE_NOOP("FigureText", "Hardware estimate"),
     "hardware|hardware cost|hardware spend|hardware spending|硬件|硬件成本|硬件估算"},
    {FigureKind::OperatingCostEstimate, "operating-cost-estimate",
     QT_TRANSLATE_NOOP("FigureText", "Operating-cost estimate"),
     "operating cost|operating costs|opex|running cost|running costs|运营成本|运营开支|运营支出"},
    {FigureKind::Pledge, "pledge", QT_TRANSLATE_NOOP("FigureText", "Pledge"),
     "investment pledge|promise|投资承诺"},
    {FigureKind::Commitment, "commitment", QT_TRANSLATE_NOOP("FigureText", "Commitment"),
     "compute commitment|purchase commitment|contract|承诺|算力承诺|采购承诺"},
    {FigureKind::Other, "other", QT_TRANSLATE_NOOP("FigureText", "Other"), "其他|其它"},
}};

constexpr std::array<Names<FigureStatus>, 5> kStatuses{{
    {FigureStatus::Actual, "actual", QT_TRANSLATE_NOOP("FigureText", "Actual"),
     "actuals|outturn|result|实际|实际值|已发生"},
    {FigureStatus::Guidance, "guidance", QT_TRANSLATE_NOOP("FigureText", "Guidance"),
     "plan|planned|outlook|forecast|target|指引|预期|计划|展望|预测"},
    {FigureStatus::Estimate, "estimate", QT_TRANSLATE_NOOP("FigureText", "Estimate"),
     "estimated|est|估算|估计|预估"},
    {FigureStatus::Stated, "stated", QT_TRANSLATE_NOOP("FigureText", "Stated"),
     "claimed|announced|self reported|声称|自述|公布"},
    {FigureStatus::Reported, "reported", QT_TRANSLATE_NOOP("FigureText", "Reported"),
     "low confidence|unconfirmed|据报道|未证实"},
}};

constexpr std::array<Names<Verification>, 3> kLevels{{
    {Verification::Primary, "primary", QT_TRANSLATE_NOOP("FigureText", "Primary"),
     "first hand|original|一手|原始"},
    {Verification::Secondary, "secondary", QT_TRANSLATE_NOOP("FigureText", "Secondary"),
     "second hand|press|media|二手|转述"},
    {Verification::Derived, "derived", QT_TRANSLATE_NOOP("FigureText", "Derived"),
     "computed|calculated|推算|计算"},
}};

constexpr std::array<Names<FigureUnit>, 3> kUnits{{
    {FigureUnit::Usd, "USD", "USD", "$|US$|US dollar|US dollars|dollar|dollars|美元"},
    {FigureUnit::GpuHours, "GPU-hours", "GPU-hours", "gpu hour|gpuh|gpu h|GPU小时|GPU时"},
    {FigureUnit::Cny, "CNY", "CNY", "RMB|yuan|renminbi|Chinese yuan|人民币|元|¥|￥|人民币元"},
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

template <typename E, std::size_t N> QList<E> values(const std::array<Names<E>, N> &table)
{
    QList<E> all;
    for (const auto &entry : table)
        all.append(entry.value);
    return all;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("FigureText", text);
}

// What a spelling is matched by: its key-like form, or the trimmed text for a symbol ("$").
QString matchForm(const QString &text)
{
    const QString key = FigureText::keyLike(text);
    return key.isEmpty() ? text.trimmed() : key;
}

// Keys, English names and words first, then the names in the language in use (which can change
// while the program runs).
template <typename E, std::size_t N>
bool fromText(const std::array<Names<E>, N> &table, const QString &text, E *out)
{
    static const QHash<QString, E> byWord = [&table] {
        QHash<QString, E> words;
        for (const auto &entry : table) {
            words.insert(matchForm(QLatin1String(entry.key)), entry.value);
            words.insert(matchForm(QLatin1String(entry.name)), entry.value);
            for (const QString &word : QString::fromUtf8(entry.words).split(QLatin1Char('|')))
                words.insert(matchForm(word), entry.value);
        }
        return words;
    }();
    const QString wanted = matchForm(text);
    if (const auto it = byWord.constFind(wanted); it != byWord.cend()) {
        *out = *it;
        return true;
    }
    for (const auto &entry : table) {
        if (wanted == matchForm(translated(entry.name))) {
            *out = entry.value;
            return true;
        }
    }
    return false;
}

// What FigureText::keyLike keeps of each ASCII character: the letter in lower case or the digit,
// 0 for the rest. Most of what files hold is ASCII: no need for the Unicode tables.
constexpr std::array<char16_t, 128> kAsciiKept = [] {
    std::array<char16_t, 128> kept{};
    for (char16_t c = u'0'; c <= u'9'; ++c)
        kept[c] = c;
    for (char16_t c = u'a'; c <= u'z'; ++c) {
        kept[c] = c;
        kept[c - 32] = c;
    }
    return kept;
}();

} // namespace

bool Source::operator==(const Source &o) const
{
    return title == o.title && titleZh == o.titleZh && publisher == o.publisher && date == o.date && url == o.url &&
           quote == o.quote;
}

bool Figure::operator==(const Figure &o) const
{
    return id == o.id && entity == o.entity && label == o.label && entityZh == o.entityZh &&
           labelZh == o.labelZh && kind == o.kind &&
           year == o.year && quarter == o.quarter && periodLabel == o.periodLabel && unit == o.unit && low == o.low &&
           high == o.high && status == o.status && stated == o.stated && source == o.source &&
           basis == o.basis && level == o.level && caveat == o.caveat && note == o.note &&
           formula == o.formula;
}

namespace FigureText {

qsizetype keyLikeInto(QStringView text, char16_t *const begin)
{
    // Never longer than the text: a hyphen stands for at least one character that is dropped.
    char16_t *end = begin;
    bool gap = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        char16_t kept = 0;
        if (u < 128) {
            kept = kAsciiKept[u];
        } else {
            if (c.category() == QChar::Mark_NonSpacing)
                continue; // an accent that normalisation took apart from its letter
            if (c.isLetterOrNumber())
                kept = c.toLower().unicode();
        }
        if (kept == 0) {
            gap = true;
            continue;
        }
        if (gap && end != begin)
            *end++ = u'-';
        gap = false;
        *end++ = kept;
    }
    return end - begin;
}

QString keyLike(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    out.truncate(keyLikeInto(text, reinterpret_cast<char16_t *>(out.data())));
    return out;
}

QString kindKey(FigureKind kind) { return QLatin1String(find(kKinds, kind).key); }
QString kindName(FigureKind kind) { return translated(find(kKinds, kind).name); }
bool kindFromKey(const QString &key, FigureKind *kind) { return fromKey(kKinds, key, kind); }
bool kindFromText(const QString &text, FigureKind *kind) { return fromText(kKinds, text, kind); }
QList<FigureKind> allKinds() { return values(kKinds); }

QString statusKey(FigureStatus status) { return QLatin1String(find(kStatuses, status).key); }
QString statusName(FigureStatus status) { return translated(find(kStatuses, status).name); }
bool statusFromKey(const QString &key, FigureStatus *status)
{
    return fromKey(kStatuses, key, status);
}
bool statusFromText(const QString &text, FigureStatus *status)
{
    return fromText(kStatuses, text, status);
}
QList<FigureStatus> allStatuses() { return values(kStatuses); }

QString levelKey(Verification level) { return QLatin1String(find(kLevels, level).key); }
QString levelName(Verification level) { return translated(find(kLevels, level).name); }
bool levelFromKey(const QString &key, Verification *level) { return fromKey(kLevels, key, level); }
bool levelFromText(const QString &text, Verification *level)
{
    return fromText(kLevels, text, level);
}
QList<Verification> allLevels() { return values(kLevels); }

QString unitKey(FigureUnit unit) { return QLatin1String(find(kUnits, unit).key); }
bool unitFromKey(const QString &key, FigureUnit *unit) { return fromKey(kUnits, key, unit); }
bool unitFromText(const QString &text, FigureUnit *unit) { return fromText(kUnits, text, unit); }
QList<FigureUnit> allUnits() { return values(kUnits); }
bool isMoney(FigureUnit unit) { return unit == FigureUnit::Usd || unit == FigureUnit::Cny; }

static bool chineseInForce()
{
    return QLocale().language() == QLocale::Chinese;
}

static QString named(const QString &english, const QString &chinese)
{
    return !chinese.isEmpty() && chineseInForce() ? chinese : english;
}

QString entityName(const Figure &figure) { return named(figure.entity, figure.entityZh); }
QString labelName(const Figure &figure) { return named(figure.label, figure.labelZh); }
QString sourceTitleName(const Figure &figure) { return sourceTitleName(figure.source); }
QString sourceTitleName(const Source &source) { return named(source.title, source.titleZh); }

void dropStaleNames(const Figure &before, Figure *after)
{
    if (after->entity != before.entity)
        after->entityZh.clear();
    if (after->label != before.label)
        after->labelZh.clear();
    if (after->source.title != before.source.title)
        after->source.titleZh.clear();
}

FigureKind seriesKind(FigureKind kind)
{
    return kind == FigureKind::CapexGuidance ? FigureKind::Capex : kind;
}

QString joinSentences(const QStringList &sentences)
{
    QString out;
    for (const QString &sentence : sentences) {
        if (sentence.isEmpty())
            continue;
        if (!out.isEmpty()) {
            const char16_t last = out.back().unicode();
            const bool fullWidth = last == u'\u3002' || last == u'\uFF01' || last == u'\uFF1F' ||
                                   last == u'\uFF1B' || last == u'\uFF1A' || last == u'\uFF09';
            if (!fullWidth)
                out += QLatin1Char(' ');
        }
        out += sentence;
    }
    return out;
}

QString tidyChineseSpacing(const QString &text)
{
    // CJK ideographs, and CJK and full-width punctuation.
    const auto chinese = [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF);
    };
    if (!std::any_of(text.cbegin(), text.cend(), chinese))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char(' ') && i > 0 && i + 1 < text.size() && chinese(text.at(i - 1)) &&
            chinese(text.at(i + 1)))
            continue;
        out += text.at(i);
    }
    return out;
}

} // namespace FigureText
