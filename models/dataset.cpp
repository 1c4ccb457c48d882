#include "dataset.h"

#include "bothcores.h"
#include "derivation.h"
#include "figurerules.h"
#include "flatjsonobject.h"
#include "documentlimits.h"
#include "fileio.h"
#include "formula.h"
#include "jsonshape.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <atomic>
#include <cctype>
#include <cmath>
#include <functional>
#include <optional>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace {

// Translations are filed under "DatasetJson", for lupdate and at run time alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatasetJson)
};

using DatasetJson::kMaxFileBytes;

// Reads one figure object (a QJsonObject, or a FlatJsonObject read straight from the bytes);
// on failure sets *error to a reason without the location.
template <typename Object> class FigureReader
{
public:
    FigureReader(const Object &o, QSet<QString> *pool, QSet<QString> *goodUrls)
        : m_o(o), m_pool(pool), m_goodUrls(goodUrls)
    {
    }

    // One shared copy of each repeated text.
    QString shared(const QString &text)
    {
        if (text.isEmpty())
            return text;
        const auto it = m_pool->constFind(text);
        if (it != m_pool->constEnd())
            return *it;
        m_pool->insert(text);
        return text;
    }

    // The text under key; a required one that is absent or blank breaks its rule (FigureRules).
    QString text(const char *key, std::optional<FigureField> required = std::nullopt)
    {
        const auto v = m_o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !v.isString()) {
            fail(Tr::tr("“%1” must be text").arg(QLatin1String(key)));
            return {};
        }
        if (required)
            fail(FigureRules::requiredProblem(*required, v.toString()));
        return v.toString();
    }

    double number(const char *key)
    {
        const auto v = m_o.value(QLatin1String(key));
        if (!v.isDouble())
            fail(Tr::tr("“%1” must be a number").arg(QLatin1String(key)));
        return v.toDouble();
    }

    template <typename In> QDate date(const In &o, const char *key)
    {
        const QString s = o.value(QLatin1String(key)).toString();
        if (s.isEmpty())
            return {};
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid())
            fail(Tr::tr("“%1” is not a date (YYYY-MM-DD): “%2”").arg(QLatin1String(key), s));
        return d;
    }

    // A choice as people write it (FigureText::*FromText), so that a hand-written "Capex Guidance"
    // reads as the key "capex-guidance" does.
    template <typename E> E choice(const char *key, bool (*fromText)(const QString &, E *))
    {
        E value{};
        const auto v = m_o.value(QLatin1String(key));
        if (!v.isString())
            fail(Tr::tr("“%1” must be text").arg(QLatin1String(key)));
        else if (!fromText(v.toString(), &value))
            fail(Tr::tr("“%1” has an unknown value “%2”").arg(QLatin1String(key), v.toString()));
        return value;
    }

    FigureKind kind()
    {
        const auto v = m_o.value(QLatin1String("kind"));
        FigureKind kind = FigureKind::Other;
        if (!v.isString())
            fail(Tr::tr("“%1” must be text").arg(QLatin1String("kind")));
        else if (!FigureText::kindFromText(v.toString(), &kind))
            m_warnings.append(FigureRules::unplacedKindWarning(v.toString()));
        return kind;
    }

    Figure read()
    {
        Figure f;
        f.id = text("id", FigureField::Id);
        f.entity = shared(text("entity", FigureField::Entity));
        f.label = text("label", FigureField::Label);
        f.entityZh = shared(text("entityZh"));
        f.labelZh = text("labelZh");
        f.kind = kind();
        const auto period = m_o.value(QLatin1String("period")).toObject();
        if (!period.value(QLatin1String("year")).isDouble())
            fail(Tr::tr("“period.year” must be a year"));
        f.year = period.value(QLatin1String("year")).toInt();
        fail(FigureRules::yearProblem(f.year));
        if (period.contains(QLatin1String("quarter"))) {
            const auto quarter = period.value(QLatin1String("quarter"));
            f.quarter = quarter.isDouble() ? quarter.toInt() : -1;
            if (!quarter.isDouble() || quarter.toDouble() != f.quarter)
                f.quarter = -1;
            fail(FigureRules::quarterProblem(f.quarter));
        }
        f.periodLabel = shared(period.value(QLatin1String("label")).toString());
        f.unit = choice<FigureUnit>("unit", FigureText::unitFromText);
        f.low = number("low");
        f.high = number("high");
        fail(FigureRules::amountProblem(f.low, f.high));
        f.status = choice<FigureStatus>("status", FigureText::statusFromText);
        f.stated = date(m_o, "stated");
        readSource(&f.source);
        f.basis = shared(text("basis"));
        f.level = choice<Verification>("level", FigureText::levelFromText);
        f.caveat = shared(text("caveat"));
        f.note = shared(text("note"));
        f.formula = text("formula").trimmed();
        if (m_error.isEmpty() && !f.formula.isEmpty()) {
            const Formula formula = Formula::parse(f.formula);
            if (!formula.isValid())
                fail(Tr::tr("“formula”: %1").arg(formula.error()));
        }
        return f;
    }

    // A figure without a source still opens, flagged, so that no work is lost; every other
    // broken rule keeps the document out.
    void readSource(Source *to)
    {
        const auto source = m_o.value(QLatin1String("source")).toObject();
        to->title = shared(source.value(QLatin1String("title")).toString());
        to->titleZh = shared(source.value(QLatin1String("titleZh")).toString());
        to->publisher = shared(source.value(QLatin1String("publisher")).toString());
        to->date = date(source, "date");
        to->url = shared(source.value(QLatin1String("url")).toString());
        to->quote = shared(source.value(QLatin1String("quote")).toString());
        // An address is checked once: the figures of one source repeat it (QUrl parsing was
        // a sixth of reading a 100,000-figure document).
        if (!m_goodUrls->contains(to->url)) {
            const QString problem = FigureRules::urlProblem(to->url);
            fail(problem);
            if (problem.isEmpty())
                m_goodUrls->insert(to->url);
        }
        const QString untitled = FigureRules::requiredProblem(FigureField::SourceTitle, to->title);
        if (!untitled.isEmpty())
            m_flagged.append(untitled);
    }

    // Broken rules that did not stop the reading, and warnings.
    QStringList flagged() const { return m_flagged; }
    QStringList warnings() const { return m_warnings; }
    QString error() const { return m_error; }

private:
    void fail(const QString &why)
    {
        // The rules' sentences end in a full stop, which the figure's location adds.
        if (m_error.isEmpty())
            m_error = why.endsWith(QLatin1Char('.')) ? why.chopped(1) : why;
    }
    const Object m_o; // a copy: callers pass temporaries
    QSet<QString> *m_pool;
    QSet<QString> *m_goodUrls; // addresses urlProblem passed
    QString m_error;
    QStringList m_flagged;
    QStringList m_warnings;
};

struct Span
{
    qsizetype begin;
    qsizetype end;
};

qsizetype skipSpace(const QByteArray &json, qsizetype i)
{
    while (i < json.size() && (json[i] == ' ' || json[i] == '\n' || json[i] == '\r' || json[i] == '\t'))
        ++i;
    return i;
}

// The end of the string starting at i (a '"'), or -1.
qsizetype skipString(const QByteArray &json, qsizetype i)
{
    for (++i; i < json.size(); ++i) {
        if (json[i] == '\\')
            ++i;
        else if (json[i] == '"')
            return i + 1;
    }
    return -1;
}

// The end of the JSON value starting at i, or -1. Not a validator: the parsers check later.
qsizetype skipValue(const QByteArray &json, qsizetype i)
{
    if (i >= json.size())
        return -1;
    if (json[i] == '"')
        return skipString(json, i);
    if (json[i] == '{' || json[i] == '[') {
        int depth = 0;
        while (i < json.size()) {
            const char c = json[i];
            if (c == '"') {
                i = skipString(json, i);
                if (i < 0)
                    return -1;
                continue;
            }
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0)
                return i + 1;
            ++i;
        }
        return -1;
    }
    while (i < json.size() && !QByteArrayView(",}] \t\r\n").contains(json[i]))
        ++i;
    return i;
}

// Lets the pages of a memory-mapped file that have been read go, so that reading a large
// document sequentially never holds the whole file in memory (does nothing for bytes in
// memory); and tells the reader's ReadProgress how far its three passes have come.
class PageRelease
{
public:
    // release(from, to): the pages between the two offsets may go.
    using Release = std::function<void(qsizetype, qsizetype)>;
    explicit PageRelease(Release release = {}, DatasetJson::ReadProgress progress = {})
        : m_release(std::move(release)), m_progress(std::move(progress))
    {
    }
    void setSize(qsizetype bytes) { m_size = qMax<qsizetype>(1, bytes); }
    // Everything from where this reader started up to offset will not be needed again soon.
    // False once the progress said to stop (and from then on). The progress is told
    // progressAt (by default offset): a reader of the first half of the figures tells where
    // both halves have come together.
    bool before(qsizetype offset, qsizetype progressAt = -1)
    {
        constexpr qsizetype kStep = 4 * 1024 * 1024;
        constexpr qsizetype kTell = 1024 * 1024;
        if (m_release && offset - m_done >= kStep) {
            m_release(m_done, offset);
            m_done = offset;
        }
        if (progressAt < 0)
            progressAt = offset;
        if (m_progress && !m_stopped && progressAt - m_told >= kTell) {
            // The shape check, the split and the figures take about 3, 1 and 6 tenths.
            constexpr int kPassStart[] = {0, 300, 400, 1000};
            const int pass = qMin(m_pass, 2);
            const qsizetype span = kPassStart[pass + 1] - kPassStart[pass];
            m_told = progressAt;
            m_stopped = !m_progress(kPassStart[pass] + int(qMin(progressAt, m_size) * span / m_size));
        }
        return !m_stopped;
    }
    // A new pass from the start of the file.
    void restart()
    {
        m_done = 0;
        m_told = 0;
        ++m_pass;
    }
    bool stopped() const { return m_stopped; }
    // For a reader of the rest of the file, from offset on, on another thread: it lets its
    // own pages go and tells no progress.
    PageRelease from(qsizetype offset) const
    {
        PageRelease other(m_release);
        other.m_size = m_size;
        other.m_done = offset;
        return other;
    }

private:
    Release m_release;
    DatasetJson::ReadProgress m_progress;
    qsizetype m_size = 1;
    qsizetype m_done = 0;
    qsizetype m_told = 0;
    int m_pass = 0;
    bool m_stopped = false;
};

// Finds the top-level "figures" array and each of its elements; false if the file does not
// have that shape (the caller then parses it whole).
bool splitFigures(const QByteArray &json, Span *figures, QVector<Span> *elements, PageRelease *release)
{
    qsizetype i = skipSpace(json, 0);
    if (i >= json.size() || json[i] != '{')
        return false;
    i = skipSpace(json, i + 1);
    bool found = false;
    while (i < json.size() && json[i] != '}') {
        if (json[i] != '"')
            return false;
        const qsizetype keyEnd = skipString(json, i);
        if (keyEnd < 0)
            return false;
        const bool isFigures = json.mid(i, keyEnd - i) == "\"figures\"";
        i = skipSpace(json, keyEnd);
        if (i >= json.size() || json[i] != ':')
            return false;
        i = skipSpace(json, i + 1);
        const qsizetype valueEnd = skipValue(json, i);
        if (valueEnd < 0)
            return false;
        if (isFigures) {
            if (json[i] != '[')
                return false;
            found = true;
            *figures = {i, valueEnd};
            elements->clear();
            qsizetype j = skipSpace(json, i + 1);
            while (j < valueEnd - 1) {
                const qsizetype end = skipValue(json, j);
                if (end <= j || end > valueEnd - 1)
                    return false;
                elements->append({j, end});
                if (!release->before(end))
                    return false;
                j = skipSpace(json, end);
                if (j < valueEnd - 1) {
                    if (json[j] != ',')
                        return false;
                    j = skipSpace(json, j + 1);
                }
            }
        }
        i = skipSpace(json, valueEnd);
        if (i < json.size() && json[i] == ',')
            i = skipSpace(json, i + 1);
    }
    return found && i < json.size() && skipSpace(json, i + 1) == json.size();
}

// The line of a parse error; an error at the end of a truncated file names its last line.
int lineOf(const QByteArray &json, int offset)
{
    QByteArray head = json.left(offset);
    while (!head.isEmpty() && std::isspace(static_cast<unsigned char>(head.back())))
        head.chop(1);
    return int(head.count('\n')) + 1;
}

// Chart texts by the comparison they were written for (absent in files from before them).
QVector<ChartText> readChartTexts(const QJsonArray &array)
{
    QVector<ChartText> texts;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        ChartText t;
        t.writtenFor = o.value(QLatin1String("for")).toString();
        t.title = o.value(QLatin1String("title")).toString();
        t.subtitle = o.value(QLatin1String("subtitle")).toString();
        t.dataStamp = o.value(QLatin1String("data")).toString();
        t.confirmed = o.value(QLatin1String("confirmed")).toBool(false);
        if (!t.writtenFor.isEmpty() && (!t.title.isEmpty() || !t.subtitle.isEmpty()))
            texts.append(t);
    }
    return texts;
}

QJsonArray chartTextsJson(const QVector<ChartText> &texts)
{
    QJsonArray array;
    for (const ChartText &t : texts)
        array.append(QJsonObject{{QStringLiteral("for"), t.writtenFor},
                                 {QStringLiteral("title"), t.title},
                                 {QStringLiteral("subtitle"), t.subtitle},
                                 {QStringLiteral("data"), t.dataStamp},
                                 {QStringLiteral("confirmed"), t.confirmed}});
    return array;
}

} // namespace

namespace {

// A part of a split document's figures list, read on one thread into the figures' own places.
struct FigurePart
{
    int from = 0;
    int to = 0;
    QSet<QString> pool; // repeated texts (publishers, caveats, bases) are stored once a part
    QSet<QString> goodUrls;
    QVector<std::pair<int, QString>> problems; // by figure
    QVector<std::pair<int, QString>> warnings;
    int failedAt = -1; // the first figure that could not be read
    QString failure;   // why; empty when that figure is not an object
    bool cancelled = false;
};

template <typename Object> bool takeFigure(int i, const Object &object, FigurePart *part, Figure *slot)
{
    FigureReader<Object> reader(object, &part->pool, &part->goodUrls);
    Figure f = reader.read();
    const QString name = f.id.isEmpty() ? QString::number(i + 1) : f.id;
    if (!reader.error().isEmpty()) {
        part->failedAt = i;
        part->failure = Tr::tr("figure %1 (%2): %3.").arg(i + 1).arg(name, reader.error());
        return false;
    }
    for (const QString &why : reader.flagged())
        part->problems.append({i, Tr::tr("figure %1 (%2): %3").arg(i + 1).arg(name, why)});
    for (const QString &why : reader.warnings())
        part->warnings.append({i, Tr::tr("figure %1 (%2): %3").arg(i + 1).arg(name, why)});
    *slot = std::move(f);
    return true;
}

// The usual figure is read straight from its bytes; anything unusual goes through QJsonDocument.
void readPart(const QByteArray &json, const QVector<Span> &spans, Figure *slots, FigurePart *part,
              const std::function<bool(qsizetype)> &before)
{
    FlatJsonObject flat;
    for (int i = part->from; i < part->to; ++i) {
        const Span &span = spans.at(i);
        if (!before(span.begin)) {
            part->cancelled = true;
            return;
        }
        if (flat.parse(QByteArrayView(json.constData() + span.begin, span.end - span.begin))) {
            if (!takeFigure(i, flat, part, slots + i))
                return;
            continue;
        }
        QJsonParseError error;
        const QJsonDocument one =
            json.at(span.begin) != '{'
                ? QJsonDocument()
                : QJsonDocument::fromJson(
                      QByteArray::fromRawData(json.constData() + span.begin, span.end - span.begin), &error);
        if (!one.isObject()) {
            part->failedAt = i;
            return;
        }
        if (!takeFigure(i, one.object(), part, slots + i))
            return;
    }
}

struct SplitRead
{
    bool cancelled = false;
    int failedAt = -1;
    QString failure;
    QVector<std::pair<int, QString>> problems;
    QVector<std::pair<int, QString>> warnings;
};

// A large list is read in two halves at once; the first half's reader tells the progress (as
// far as both have come) and asks whether to go on, and stops the other when it should stop.
SplitRead readSplitFigures(const QByteArray &json, const QVector<Span> &spans, PageRelease *release,
                           QVector<Figure> *figures)
{
    constexpr int kParallelFigures = 4096;
    const int count = int(spans.size());
    figures->resize(count);
    Figure *slots = figures->data();
    const int half = count >= kParallelFigures ? count / 2 : count;
    FigurePart first;
    first.to = half;
    FigurePart second;
    second.from = half;
    second.to = count;
    std::atomic<bool> stop{false};
    const qsizetype start = count > 0 ? spans.front().begin : 0;
    const auto readFirst = [&] {
        readPart(json, spans, slots, &first, [&](qsizetype at) {
            const qsizetype together = half < count ? start + 2 * (at - start) : at;
            if (release->before(at, together))
                return true;
            stop = true;
            return false;
        });
        if (first.failedAt >= 0)
            stop = true; // what the second half would say comes after the first half's failure
    };
    if (half < count) {
        PageRelease rest = release->from(spans.at(half).begin);
        onBothCores(readFirst, [&] {
            readPart(json, spans, slots, &second, [&](qsizetype at) {
                rest.before(at);
                return !stop.load(std::memory_order_relaxed);
            });
        });
    } else {
        readFirst();
    }
    SplitRead read;
    read.cancelled = release->stopped();
    const FigurePart &failed = first.failedAt >= 0 ? first : second;
    read.failedAt = failed.failedAt;
    read.failure = failed.failure;
    read.problems = first.problems + second.problems;
    read.warnings = first.warnings + second.warnings;
    return read;
}

} // namespace

namespace DatasetJson {

static DatasetRead readBytes(const QByteArray &json, const QString &origin, PageRelease release)
{
    DatasetRead result;
    const auto refuse = [&](const QString &why) {
        result.error = origin + QStringLiteral(": ") + why;
        return result;
    };
    const auto cancelled = [&] {
        DatasetRead stopped;
        stopped.cancelled = true;
        return stopped;
    };
    release.setSize(json.size());
    // What the document may cost is bounded by its structure, whatever its layout: a document
    // written on one line is as welcome as one indented.
    const JsonShape::Problem shape = JsonShape::check(json, [&](qsizetype done) { return release.before(done); });
    if (shape.stopped)
        return cancelled();
    if (shape.line > 0)
        return refuse(Tr::tr("line %1, column %2: %3").arg(shape.line).arg(shape.column).arg(shape.why));
    // A large document is parsed figure by figure, so that no tree of the whole file is held
    // in memory; anything unusual (and every error) goes through one parse of the whole file,
    // whose message names the line.
    const auto parseWhole = [&](QJsonObject *root, bool *isObject) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return Tr::tr("line %1: not valid JSON (%2).")
                .arg(lineOf(json, parseError.offset))
                .arg(parseError.errorString());
        *root = doc.object();
        *isObject = doc.isObject();
        return QString();
    };
    QJsonObject root;
    bool isObject = false;
    QVector<Span> figureSpans;
    bool split = false;
    {
        Span figuresValue{-1, -1};
        release.restart();
        const bool found = splitFigures(json, &figuresValue, &figureSpans, &release);
        if (release.stopped())
            return cancelled();
        if (found) {
            const QByteArray rest = json.left(figuresValue.begin) + "[]" + json.mid(figuresValue.end);
            QJsonParseError restError;
            const QJsonDocument doc = QJsonDocument::fromJson(rest, &restError);
            split = restError.error == QJsonParseError::NoError && doc.isObject();
            if (split) {
                root = doc.object();
                isObject = true;
            }
        }
    }
    if (!split) {
        const QString problem = parseWhole(&root, &isObject);
        if (!problem.isEmpty())
            return refuse(problem);
    }
    const QString format = root.value(QLatin1String("format")).toString();
    if (!isObject || (format != QLatin1String("spendlens-dataset") &&
                      format != QLatin1String("spendlens-document")))
        return refuse(
            Tr::tr("not a SpendLens document or dataset (no “format”: “spendlens-document”)."));
    const int version = root.value(QLatin1String("version")).toInt(-1);
    if (version < 1)
        return refuse(Tr::tr("the dataset has no valid “version”."));
    if (version > kVersion)
        return refuse(Tr::tr("made by a newer SpendLens (format version %1; this one reads up to %2).")
                          .arg(version)
                          .arg(kVersion));
    const QJsonValue figures = root.value(QLatin1String("figures"));
    if (!figures.isArray())
        return refuse(Tr::tr("“figures” must be a list."));

    Dataset &data = result.dataset;
    QSet<QString> ids;
    const QJsonArray list = split ? QJsonArray() : figures.toArray();
    const qsizetype count = split ? figureSpans.size() : list.size();
    ids.reserve(count);
    release.restart();
    if (split) {
        const SplitRead read = readSplitFigures(json, figureSpans, &release, &data.figures);
        if (read.cancelled)
            return cancelled();
        const int end = read.failedAt < 0 ? int(count) : read.failedAt;
        // In the list's order, as a reader of one figure after another says them: problems and
        // warnings up to the first figure that stops the reading, and that figure's reason.
        const auto keepUpTo = [&](int last) {
            for (const auto &[i, why] : read.problems)
                if (i < last)
                    result.problems.append(why);
            for (const auto &[i, why] : read.warnings)
                if (i < last)
                    result.warnings.append(why);
        };
        for (int i = 0; i < end; ++i) {
            const QString &id = data.figures.at(i).id;
            if (ids.contains(id)) {
                keepUpTo(i);
                return refuse(Tr::tr("figure %1: the id “%2” is used twice.").arg(i + 1).arg(id));
            }
            ids.insert(id);
        }
        keepUpTo(end);
        if (read.failedAt >= 0) {
            if (!read.failure.isEmpty())
                return refuse(read.failure);
            // Not an object: the whole file's parse names a syntax error's line.
            const QString problem = parseWhole(&root, &isObject);
            return refuse(problem.isEmpty() ? Tr::tr("figure %1: must be an object.").arg(read.failedAt + 1)
                                            : problem);
        }
    } else {
        QSet<QString> pool; // repeated texts (publishers, caveats, bases) are stored once
        QSet<QString> goodUrls;
        data.figures.reserve(count);
        for (int i = 0; i < count; ++i) {
            if (!list.at(i).isObject())
                return refuse(Tr::tr("figure %1: must be an object.").arg(i + 1));
            const QJsonObject object = list.at(i).toObject();
            FigureReader<QJsonObject> reader(object, &pool, &goodUrls);
            const Figure f = reader.read();
            const QString name = f.id.isEmpty() ? QString::number(i + 1) : f.id;
            if (!reader.error().isEmpty())
                return refuse(Tr::tr("figure %1 (%2): %3.").arg(i + 1).arg(name, reader.error()));
            if (ids.contains(f.id))
                return refuse(Tr::tr("figure %1: the id “%2” is used twice.").arg(i + 1).arg(f.id));
            for (const QString &why : reader.flagged())
                result.problems.append(Tr::tr("figure %1 (%2): %3").arg(i + 1).arg(name, why));
            for (const QString &why : reader.warnings())
                result.warnings.append(Tr::tr("figure %1 (%2): %3").arg(i + 1).arg(name, why));
            ids.insert(f.id);
            data.figures.append(f);
        }
    }

    const QJsonObject defaults = root.value(QLatin1String("defaults")).toObject();
    data.baselineId = defaults.value(QLatin1String("baseline")).toString();
    if (!data.baselineId.isEmpty() && !ids.contains(data.baselineId))
        return refuse(Tr::tr("the baseline “%1” is not one of the figures.").arg(data.baselineId));
    for (const QJsonValue &v : defaults.value(QLatin1String("compared")).toArray()) {
        if (!ids.contains(v.toString()))
            return refuse(Tr::tr("the compared figure “%1” is not one of the figures.").arg(v.toString()));
        data.comparedIds.append(v.toString());
    }
    const QJsonObject growth = defaults.value(QLatin1String("growthSeries")).toObject();
    data.growthEntity = growth.value(QLatin1String("entity")).toString();
    const QString growthKind = growth.value(QLatin1String("kind")).toString();
    if (!growthKind.isEmpty() && !FigureText::kindFromKey(growthKind, &data.growthKind))
        return refuse(Tr::tr("the growth series kind “%1” is unknown.").arg(growthKind));
    data.latestGuidance =
        defaults.value(QLatin1String("growthGuidance")).toString() == QLatin1String("latest");
    const QJsonObject charts = root.value(QLatin1String("charts")).toObject();
    for (auto it = charts.begin(); it != charts.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        ChartSettings s;
        s.title = o.value(QLatin1String("title")).toString();
        s.subtitle = o.value(QLatin1String("subtitle")).toString();
        s.notes = o.value(QLatin1String("notes")).toString();
        s.byline = o.value(QLatin1String("byline")).toString();
        s.showCaveat = o.value(QLatin1String("showCaveat")).toBool(true);
        s.caveat = o.value(QLatin1String("caveat")).toString();
        s.logScale = o.value(QLatin1String("logScale")).toBool(true);
        s.texts = readChartTexts(o.value(QLatin1String("texts")).toArray());
        if (QString why; !ChartEmphasis::fromJson(o.value(QLatin1String("emphasis")).toObject(), &s.emphasis, &why))
            return refuse(Tr::tr("chart “%1”: %2.").arg(it.key(), why));
        if (const QString tooLong = s.problem(); !tooLong.isEmpty())
            return refuse(Tr::tr("chart “%1”: %2.").arg(it.key(), tooLong));
        data.charts.insert(it.key(), s);
    }
    QSet<QString> names;
    const QJsonArray parameters = root.value(QLatin1String("parameters")).toArray();
    for (int i = 0; i < parameters.size(); ++i) {
        const QJsonObject o = parameters.at(i).toObject();
        Parameter p;
        p.name = o.value(QLatin1String("name")).toString();
        p.label = o.value(QLatin1String("label")).toString();
        p.note = o.value(QLatin1String("note")).toString();
        const auto number = [&](const char *key, double *to) {
            const QJsonValue v = o.value(QLatin1String(key));
            *to = v.toDouble();
            return v.isDouble() && std::isfinite(*to) && *to >= 0 && *to <= 1e16;
        };
        if (!Formula::isParameterName(p.name))
            return refuse(Tr::tr("parameter %1: “%2” is not a parameter name (letters, digits and "
                                 "“_”, starting with a letter).")
                              .arg(i + 1)
                              .arg(p.name));
        if (names.contains(p.name))
            return refuse(Tr::tr("parameter %1: the name “%2” is used twice.").arg(i + 1).arg(p.name));
        names.insert(p.name);
        if (p.label.trimmed().isEmpty())
            p.label = p.name;
        if (!number("value", &p.value) || !number("min", &p.minimum) || !number("max", &p.maximum) ||
            p.minimum > p.maximum)
            return refuse(Tr::tr("parameter “%1”: “value”, “min” and “max” must be non-negative "
                                 "numbers, with min no larger than max.")
                              .arg(p.name));
        p.year = o.value(QLatin1String("year")).toInt();
        p.source = o.value(QLatin1String("source")).toString();
        if (o.contains(QLatin1String("sourced")) && !number("sourced", &p.sourced))
            return refuse(Tr::tr("parameter “%1”: “sourced” must be a non-negative number.").arg(p.name));
        if (!ParameterText::unitFromKey(o.value(QLatin1String("unit")).toString(), &p.unit))
            return refuse(Tr::tr("parameter “%1”: the unit “%2” is unknown.")
                              .arg(p.name, o.value(QLatin1String("unit")).toString()));
        data.parameters.append(p);
    }
    const QString derivationError = Derivation::check(data.figures, data.parameters);
    if (!derivationError.isEmpty())
        return refuse(derivationError);

    const QJsonObject view = root.value(QLatin1String("view")).toObject();
    const QString rangeMode = view.value(QLatin1String("rangeMode")).toString();
    if (!rangeMode.isEmpty() && !NumberFormat::rangeModeFromKey(rangeMode, &data.rangeMode))
        return refuse(Tr::tr("the range mode “%1” is unknown.").arg(rangeMode));
    const QString currency = view.value(QLatin1String("currency")).toString();
    if (!currency.isEmpty() &&
        (!FigureText::unitFromKey(currency, &data.currency) || !FigureText::isMoney(data.currency)))
        return refuse(Tr::tr("the chart currency “%1” is unknown (USD or CNY).").arg(currency));
    const QJsonObject filter = view.value(QLatin1String("filter")).toObject();
    for (const QJsonValue &v : filter.value(QLatin1String("entities")).toArray())
        data.filter.entities.append(v.toString());
    for (const QJsonValue &v : filter.value(QLatin1String("kinds")).toArray()) {
        FigureKind kind;
        if (!FigureText::kindFromKey(v.toString(), &kind))
            return refuse(Tr::tr("the filter's kind “%1” is unknown.").arg(v.toString()));
        data.filter.kinds.append(kind);
    }
    for (const QJsonValue &v : filter.value(QLatin1String("statuses")).toArray()) {
        FigureStatus status;
        if (!FigureText::statusFromKey(v.toString(), &status))
            return refuse(Tr::tr("the filter's status “%1” is unknown.").arg(v.toString()));
        data.filter.statuses.append(status);
    }
    data.filter.fromYear = filter.value(QLatin1String("fromYear")).toInt();
    data.filter.toYear = filter.value(QLatin1String("toYear")).toInt();
    const QJsonObject guidance = view.value(QLatin1String("guidanceHistory")).toObject();
    data.guidanceEntity = guidance.value(QLatin1String("entity")).toString();
    data.guidanceYear = guidance.value(QLatin1String("year")).toInt();
    QString trendProblem;
    if (!TrendSettings::fromJson(view.value(QLatin1String("trend")).toObject(), &data.trend, &trendProblem))
        return refuse(trendProblem);
    result.ok = true;
    return result;
}

DatasetRead read(const QByteArray &json, const QString &origin)
{
    return readBytes(json, origin, PageRelease());
}

DatasetRead readFile(const QString &path) { return readFile(path, ReadProgress()); }

DatasetRead readFile(const QString &path, const ReadProgress &progress)
{
    const QString notAFile = FileIo::regularFileProblem(path); // before opening: a FIFO blocks
    if (!notAFile.isEmpty()) {
        DatasetRead result;
        result.error = path + QStringLiteral(": ") + notAFile;
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        DatasetRead result;
        result.error = path + QStringLiteral(": ") + Tr::tr("cannot be opened (%1).").arg(file.errorString());
        return result;
    }
    if (file.size() > kMaxFileBytes) {
        DatasetRead result;
        result.error = path + QStringLiteral(": ") + Tr::tr("is larger than 512 MiB and was not read.");
        return result;
    }
#ifdef Q_OS_LINUX
    // A large document is read through a memory map whose pages are let go once read, so that
    // a 100,000-figure file (about 90 MB) is never in memory whole beside its figures.
    constexpr qint64 kMapAbove = 8 * 1024 * 1024;
    if (file.size() > kMapAbove) {
        if (uchar *mapped = file.map(0, file.size())) {
            const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(mapped),
                                                             qsizetype(file.size()));
            const long page = sysconf(_SC_PAGESIZE);
            DatasetRead result = readBytes(bytes, path, PageRelease([mapped, page](qsizetype from, qsizetype upTo) {
                const qsizetype begin = (from + page - 1) / page * page;
                const qsizetype end = upTo / page * page;
                if (end > begin)
                    madvise(mapped + begin, size_t(end - begin), MADV_DONTNEED);
            }, progress));
            file.unmap(mapped);
            return result;
        }
    }
#endif
    file.close();
    QByteArray bytes; // counted as they arrive: the size is only a hint
    DatasetRead result;
    if (!FileIo::readRegularFile(path, kMaxFileBytes, &bytes, &result.error))
        return result;
    return readBytes(bytes, path, PageRelease({}, progress));
}

static QJsonObject periodObject(const Figure &f)
{
    QJsonObject period{{QStringLiteral("year"), f.year}, {QStringLiteral("label"), f.periodLabel}};
    if (f.quarter != 0)
        period.insert(QStringLiteral("quarter"), f.quarter);
    return period;
}

static QJsonObject figureObject(const Figure &f)
{
    QJsonObject source{{QStringLiteral("title"), f.source.title},
                       {QStringLiteral("publisher"), f.source.publisher},
                       {QStringLiteral("date"), f.source.date.toString(Qt::ISODate)},
                       {QStringLiteral("url"), f.source.url},
                       {QStringLiteral("quote"), f.source.quote}};
    QJsonObject o{
        {QStringLiteral("id"), f.id},
        {QStringLiteral("entity"), f.entity},
        {QStringLiteral("label"), f.label},
        {QStringLiteral("kind"), FigureText::kindKey(f.kind)},
        {QStringLiteral("period"), periodObject(f)},
        {QStringLiteral("unit"), FigureText::unitKey(f.unit)},
        {QStringLiteral("low"), f.low},
        {QStringLiteral("high"), f.high},
        {QStringLiteral("status"), FigureText::statusKey(f.status)},
        {QStringLiteral("stated"), f.stated.toString(Qt::ISODate)},
        {QStringLiteral("source"), source},
        {QStringLiteral("basis"), f.basis},
        {QStringLiteral("level"), FigureText::levelKey(f.level)},
        {QStringLiteral("caveat"), f.caveat},
        {QStringLiteral("note"), f.note},
    };
    if (!f.formula.isEmpty())
        o.insert(QStringLiteral("formula"), f.formula);
    // The Chinese names only where there are some, so that documents without them stay as they were.
    if (!f.entityZh.isEmpty())
        o.insert(QStringLiteral("entityZh"), f.entityZh);
    if (!f.labelZh.isEmpty())
        o.insert(QStringLiteral("labelZh"), f.labelZh);
    if (!f.source.titleZh.isEmpty()) {
        source.insert(QStringLiteral("titleZh"), f.source.titleZh);
        o.insert(QStringLiteral("source"), source);
    }
    return o;
}

// Everything but the figures.
static QJsonObject rootObject(const Dataset &dataset, Kind kind)
{
    QJsonArray parameters;
    for (const Parameter &p : dataset.parameters) {
        QJsonObject o{{QStringLiteral("name"), p.name},
                      {QStringLiteral("label"), p.label},
                      {QStringLiteral("value"), p.value},
                      {QStringLiteral("min"), p.minimum},
                      {QStringLiteral("max"), p.maximum},
                      {QStringLiteral("unit"), ParameterText::unitKey(p.unit)},
                      {QStringLiteral("note"), p.note}};
        if (p.year != 0)
            o.insert(QStringLiteral("year"), p.year);
        if (!p.source.isEmpty())
            o.insert(QStringLiteral("source"), p.source);
        if (p.sourced > 0)
            o.insert(QStringLiteral("sourced"), p.sourced);
        parameters.append(o);
    }
    const auto keys = [](const auto &values, const auto &key) {
        QJsonArray list;
        for (const auto &v : values)
            list.append(key(v));
        return list;
    };
    QJsonObject view{
        {QStringLiteral("rangeMode"), NumberFormat::rangeModeKey(dataset.rangeMode)},
        {QStringLiteral("filter"),
         QJsonObject{{QStringLiteral("entities"), QJsonArray::fromStringList(dataset.filter.entities)},
                     {QStringLiteral("kinds"), keys(dataset.filter.kinds, FigureText::kindKey)},
                     {QStringLiteral("statuses"), keys(dataset.filter.statuses, FigureText::statusKey)},
                     {QStringLiteral("fromYear"), dataset.filter.fromYear},
                     {QStringLiteral("toYear"), dataset.filter.toYear}}},
        {QStringLiteral("guidanceHistory"),
         QJsonObject{{QStringLiteral("entity"), dataset.guidanceEntity},
                     {QStringLiteral("year"), dataset.guidanceYear}}},
        {QStringLiteral("trend"), dataset.trend.toJson()}};
    if (dataset.currency != FigureUnit::Usd) // files from before currencies stay as they were
        view.insert(QStringLiteral("currency"), FigureText::unitKey(dataset.currency));
    const QJsonObject defaults{
        {QStringLiteral("baseline"), dataset.baselineId},
        {QStringLiteral("compared"), QJsonArray::fromStringList(dataset.comparedIds)},
        {QStringLiteral("growthSeries"),
         QJsonObject{{QStringLiteral("entity"), dataset.growthEntity},
                     {QStringLiteral("kind"), FigureText::kindKey(dataset.growthKind)}}},
        {QStringLiteral("growthGuidance"),
         dataset.latestGuidance ? QStringLiteral("latest") : QStringLiteral("initial")}};
    QJsonObject charts;
    for (auto it = dataset.charts.cbegin(); it != dataset.charts.cend(); ++it) {
        const ChartSettings &s = it.value();
        QJsonObject chart{{QStringLiteral("title"), s.title},
                          {QStringLiteral("subtitle"), s.subtitle},
                          {QStringLiteral("notes"), s.notes},
                          {QStringLiteral("byline"), s.byline},
                          {QStringLiteral("showCaveat"), s.showCaveat},
                          {QStringLiteral("caveat"), s.caveat},
                          {QStringLiteral("logScale"), s.logScale},
                          {QStringLiteral("texts"), chartTextsJson(s.texts)}};
        if (!s.emphasis.isEmpty()) // files without emphasis stay as they were
            chart.insert(QStringLiteral("emphasis"), s.emphasis.toJson());
        charts.insert(it.key(), chart);
    }
    const QJsonObject root{{QStringLiteral("format"), kind == Kind::Document
                                                          ? QStringLiteral("spendlens-document")
                                                          : QStringLiteral("spendlens-dataset")},
                           {QStringLiteral("version"), kVersion},
                           {QStringLiteral("defaults"), defaults},
                           {QStringLiteral("charts"), charts},
                           {QStringLiteral("parameters"), parameters},
                           {QStringLiteral("view"), view}};
    return root;
}

// The document piece by piece, each figure on a line of its own: no tree of the whole document
// is ever built, so saving costs little memory beyond the figures themselves.
static bool writeTo(QIODevice *device, const Dataset &dataset, Kind kind)
{
    QByteArray head = QJsonDocument(rootObject(dataset, kind)).toJson(QJsonDocument::Indented);
    head.chop(head.size() - head.lastIndexOf('}')); // reopened for the figures
    head += ",\n    \"figures\": [";
    if (device->write(head) != head.size())
        return false;
    for (qsizetype i = 0; i < dataset.figures.size(); ++i) {
        QByteArray line = QJsonDocument(figureObject(dataset.figures.at(i))).toJson(QJsonDocument::Compact);
        line.prepend(i == 0 ? "\n        " : ",\n        ");
        if (device->write(line) != line.size())
            return false;
    }
    const QByteArray tail = dataset.figures.isEmpty() ? QByteArray("]\n}\n") : QByteArray("\n    ]\n}\n");
    return device->write(tail) == tail.size();
}

QByteArray write(const Dataset &dataset, Kind kind)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeTo(&buffer, dataset, kind);
    return buffer.data();
}

QString limitProblem(const Dataset &dataset)
{
    using DocumentLimits::kMaxFigures;
    using DocumentLimits::kMaxTextLength;
    if (dataset.figures.size() > kMaxFigures)
        return Tr::tr("the document has %L1 figures, more than the %L2 a document may hold.")
            .arg(dataset.figures.size())
            .arg(kMaxFigures);
    using Field = std::pair<const char *, const QString *>;
    const auto tooLong = [](std::initializer_list<Field> fields) -> Field {
        for (const Field &field : fields)
            if (field.second->size() > kMaxTextLength)
                return field;
        return {nullptr, nullptr};
    };
    const auto say = [](const QString &what, const Field &field) {
        return Tr::tr("%1: “%2” has %L3 characters, more than the %L4 a document may hold.")
            .arg(what, QLatin1String(field.first))
            .arg(field.second->size())
            .arg(kMaxTextLength);
    };
    for (const Figure &f : dataset.figures) {
        const Field field = tooLong({{"id", &f.id}, {"entity", &f.entity}, {"label", &f.label},
                                     {"entityZh", &f.entityZh}, {"labelZh", &f.labelZh},
                                     {"source.titleZh", &f.source.titleZh}, {"period.label", &f.periodLabel}, {"source.title", &f.source.title},
                                     {"source.publisher", &f.source.publisher}, {"source.url", &f.source.url},
                                     {"source.quote", &f.source.quote}, {"basis", &f.basis},
                                     {"caveat", &f.caveat}, {"note", &f.note}, {"formula", &f.formula}});
        if (field.first)
            return say(Tr::tr("figure “%1”").arg(f.id.left(80)), field);
    }
    for (auto it = dataset.charts.cbegin(); it != dataset.charts.cend(); ++it) {
        const ChartSettings &c = it.value();
        const Field field = tooLong({{"title", &c.title}, {"subtitle", &c.subtitle}, {"notes", &c.notes},
                                     {"byline", &c.byline}, {"caveat", &c.caveat}});
        if (field.first)
            return say(Tr::tr("chart “%1”").arg(it.key()), field);
        for (const ChartText &t : c.texts) {
            const Field text = tooLong({{"title", &t.title}, {"subtitle", &t.subtitle}});
            if (text.first)
                return say(Tr::tr("chart “%1”").arg(it.key()), text);
        }
        if (const QString problem = c.emphasis.problem(); !problem.isEmpty())
            return Tr::tr("chart “%1”: %2.").arg(it.key(), problem);
    }
    for (const Parameter &p : dataset.parameters) {
        const Field field = tooLong({{"name", &p.name}, {"label", &p.label}, {"note", &p.note}});
        if (field.first)
            return say(Tr::tr("parameter “%1”").arg(p.name.left(80)), field);
    }
    return {};
}

bool writeFile(const Dataset &dataset, const QString &path, QString *error)
{
    const QString problem = limitProblem(dataset);
    if (!problem.isEmpty()) {
        *error = path + QStringLiteral(": ") + Tr::tr("not saved: %1").arg(problem);
        return false;
    }
    return FileIo::writeAtomically(path, [&](QIODevice *file) { return writeTo(file, dataset, Kind::Document); },
                                   error);
}

DatasetRead builtIn()
{
    return readFile(QStringLiteral(":/spendlens/dataset.json"));
}

} // namespace DatasetJson
