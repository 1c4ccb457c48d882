#include "seccompanyfacts.h"

#include "fileio.h"
#include "figurerules.h"
#include "jsoncursor.h"

#include <QCoreApplication>
#include <QSet>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>

namespace {

// Translations are filed under "SecCompanyFacts", for lupdate and at run time alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SecCompanyFacts)
};

const QString kUsGaap = QStringLiteral("us-gaap");

int digitsAt(QByteArrayView text, qsizetype at, qsizetype count)
{
    int value = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        if (i >= text.size() || text[i] < '0' || text[i] > '9')
            return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

// "CY2024" or "CY2024Q3": a duration's calendar period. Instants end in "I" and are not ours.
// By hand, as the dates below: a large file holds tens of thousands of framed facts.
bool parseFrame(QByteArrayView frame, int *year, int *quarter)
{
    if (!frame.startsWith("CY") || (frame.size() != 6 && frame.size() != 8))
        return false;
    *year = digitsAt(frame, 2, 4);
    *quarter = frame.size() == 8 && frame[6] == 'Q' ? digitsAt(frame, 7, 1) : 0;
    return *year >= 0 && (frame.size() == 6 || (*quarter >= 1 && *quarter <= 4));
}

QDate dateOf(QByteArrayView text) // YYYY-MM-DD
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return {};
    return QDate(digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2));
}

bool isAccession(QByteArrayView text) // 0001326801-25-000017
{
    return text.size() == 20 && text[10] == '-' && text[13] == '-' && digitsAt(text, 0, 5) >= 0 &&
           digitsAt(text, 5, 5) >= 0 && digitsAt(text, 11, 2) >= 0 && digitsAt(text, 14, 6) >= 0;
}

// One fact as written: the fields SpendLens reads, as UTF-8 views into the file (made into
// texts only for the facts kept), and the numbers.
struct RawFact
{
    static constexpr int kTexts = 7; // start, end, frame, accn, form, filed, fp
    std::array<QByteArrayView, kTexts> texts;
    std::array<QByteArray, kTexts> storage; // a text that had escapes, decoded
    double val = 0;
    double fy = 0;
    bool hasStart = false;
    bool hasFrame = false;
    bool valIsNumber = false;
    QString text(int index) const { return QString::fromUtf8(texts[std::size_t(index)]); }
};

// Reads the value of a key into a text, a number, or nothing when it is neither (the fault is
// then the reader's to name, where it knows what the field means).
bool readField(JsonCursor &json, QString *text, double *number, bool *isNumber = nullptr)
{
    const JsonCursor::Type type = json.peek();
    if (type == JsonCursor::Type::String && text)
        return json.readString(text);
    if (type == JsonCursor::Type::Number && number) {
        if (isNumber)
            *isNumber = true;
        return json.readNumber(number);
    }
    return json.skip();
}

// One concept's list of US-dollar facts: the framed durations, or the first fault and where.
class ConceptReader
{
public:
    ConceptReader(JsonCursor &json, const QString &path, SecConcept *concept)
        : m_json(json), m_path(path), m_concept(concept)
    {
    }

    QString read();
    bool sawDuration() const { return m_sawDuration; }

private:
    QString readRaw(const QString &where, RawFact *raw);
    QString take(const RawFact &raw, const QString &where);

    JsonCursor &m_json;
    QString m_path;
    SecConcept *m_concept;
    bool m_sawDuration = false;
    QHash<QString, qsizetype> m_byFrame; // where each frame's fact is in m_concept->facts
};

QString ConceptReader::read()
{
    if (m_json.peek() != JsonCursor::Type::Array)
        return Tr::tr("%1: not a list of facts.").arg(m_path);
    m_json.beginArray();
    for (int i = 0; m_json.nextItem(); ++i) {
        const QString where = QStringLiteral("%1[%2]").arg(m_path).arg(i);
        RawFact raw;
        if (const QString problem = readRaw(where, &raw); !problem.isEmpty())
            return problem;
        if (!raw.hasStart)
            continue; // a balance at an instant, not spending over a period
        m_sawDuration = true;
        if (!raw.hasFrame)
            continue; // a span EDGAR did not place in a calendar period (nine months to date), or a restatement
        if (const QString problem = take(raw, where); !problem.isEmpty())
            return problem;
    }
    std::sort(m_concept->facts.begin(), m_concept->facts.end(),
              [](const SecFact &a, const SecFact &b) { return a.order() < b.order(); });
    return m_json.error();
}

QString ConceptReader::readRaw(const QString &where, RawFact *raw)
{
    if (m_json.peek() != JsonCursor::Type::Object)
        return m_json.ok() ? Tr::tr("%1: a fact that is not an object.").arg(where) : m_json.error();
    m_json.beginObject();
    // The keys read, each once: a second "val" would otherwise silently replace the first.
    static const std::array<QByteArrayView, 9> kKeys{"start", "end", "frame", "accn", "form",
                                                     "filed", "fp",  "val",   "fy"};
    unsigned seen = 0;
    QByteArrayView key;
    while (m_json.nextKey(&key)) {
        const auto known = std::find(kKeys.cbegin(), kKeys.cend(), key);
        if (known == kKeys.cend()) {
            if (!m_json.skip())
                break;
            continue;
        }
        const auto index = std::size_t(known - kKeys.cbegin());
        if (seen & (1u << index))
            return Tr::tr("%1: the key “%2” appears twice.").arg(where, QString::fromUtf8(key));
        seen |= 1u << index;
        raw->hasStart = raw->hasStart || index == 0;
        raw->hasFrame = raw->hasFrame || index == 2;
        bool ok = true;
        const JsonCursor::Type type = m_json.peek();
        if (index < RawFact::kTexts && type == JsonCursor::Type::String)
            ok = m_json.readUtf8(&raw->texts[index], &raw->storage[index]);
        else if (index >= RawFact::kTexts && type == JsonCursor::Type::Number)
            ok = m_json.readNumber(index == 7 ? &raw->val : &raw->fy);
        else
            ok = m_json.skip();
        raw->valIsNumber = raw->valIsNumber || (index == 7 && type == JsonCursor::Type::Number);
        if (!ok)
            break;
    }
    return m_json.error();
}

QString ConceptReader::take(const RawFact &raw, const QString &where)
{
    SecFact f;
    f.frame = raw.text(2);
    if (!parseFrame(raw.texts[2], &f.year, &f.quarter))
        return Tr::tr("%1: the frame “%2” is not a calendar year (CY2024) or quarter (CY2024Q3).")
            .arg(where, f.frame);
    if (const QString why = FigureRules::yearProblem(f.year); !why.isEmpty())
        return Tr::tr("%1: %2").arg(where, why);
    f.start = dateOf(raw.texts[0]);
    f.end = dateOf(raw.texts[1]);
    f.filed = dateOf(raw.texts[5]);
    f.value = raw.val;
    f.accession = raw.text(3);
    f.form = raw.text(4).trimmed();
    f.fiscalYear = std::abs(raw.fy) < 1e4 ? int(raw.fy) : 0;
    f.fiscalPeriod = raw.text(6);
    if (!f.start.isValid() || !f.end.isValid() || f.start > f.end)
        return Tr::tr("%1: “start” and “end” must be dates (YYYY-MM-DD), the start not after the end.")
            .arg(where);
    if (!raw.valIsNumber)
        return Tr::tr("%1: “val” is not a number.").arg(where);
    if (!isAccession(raw.texts[3]))
        return Tr::tr("%1: “accn” is not an accession number such as 0001326801-25-000017.").arg(where);
    if (f.form.isEmpty())
        return Tr::tr("%1: “form” (the filing's form, such as 10-K) is missing.").arg(where);
    if (!f.filed.isValid())
        return Tr::tr("%1: “filed” is not a date (YYYY-MM-DD).").arg(where);
    // EDGAR gives a frame to one fact; should a file hold two, the later filing's value stands.
    const auto same = m_byFrame.constFind(f.frame);
    if (same == m_byFrame.cend()) {
        m_byFrame.insert(f.frame, m_concept->facts.size());
        m_concept->facts.append(f);
    } else if (f.filed > m_concept->facts.at(*same).filed) {
        m_concept->facts[*same] = f;
    }
    return {};
}

class FactsReader
{
public:
    FactsReader(JsonCursor &json, SecFactsRead *result) : m_json(json), m_result(result) {}
    QString read();

private:
    QString readRoot(bool *sawFacts);
    QString readFacts();
    QString readConcept(const QString &taxonomy, const QString &name);
    QString readUnits(const QString &path, SecConcept *concept, QString *unusable);

    JsonCursor &m_json;
    SecFactsRead *m_result;
    QSet<QString> m_conceptNames;
};

QString FactsReader::read()
{
    bool sawFacts = false;
    if (const QString problem = readRoot(&sawFacts); !problem.isEmpty())
        return problem;
    if (!m_json.atEnd() && m_json.fail(Tr::tr("not valid JSON: more text after the end.")))
        return {};
    if (!m_json.ok())
        return m_json.error();
    if (!sawFacts)
        return Tr::tr("not an SEC company-facts file: it has no “facts” object (EDGAR's "
                      "companyfacts/CIK##########.json has one).");
    if (m_result->cik < 1)
        return Tr::tr("“cik” (the company's SEC number) is missing or not a whole number.");
    if (m_result->entityName.isEmpty())
        return Tr::tr("“entityName” (the company's name) is missing or empty.");
    std::sort(m_result->concepts.begin(), m_result->concepts.end(),
              [](const SecConcept &a, const SecConcept &b) { return a.qualifiedName() < b.qualifiedName(); });
    return {};
}

QString FactsReader::readRoot(bool *sawFacts)
{
    if (m_json.peek() != JsonCursor::Type::Object)
        return m_json.ok() ? Tr::tr("not an SEC company-facts file: it is not a JSON object.") : m_json.error();
    m_json.beginObject();
    QString key;
    QSet<QString> seen;
    while (m_json.nextKey(&key)) {
        const qsizetype before = seen.size();
        seen.insert(key);
        if (seen.size() == before)
            return Tr::tr("the key “%1” appears twice in the file's outer object.").arg(key);
        QString text;
        double number = -1;
        if (key == QLatin1String("cik")) {
            if (!readField(m_json, &text, &number))
                break;
            if (!text.isEmpty())
                number = text.toDouble();
            if (number >= 1 && number < 1e10 && number == std::floor(number))
                m_result->cik = qint64(number);
        } else if (key == QLatin1String("entityName")) {
            if (!readField(m_json, &text, nullptr))
                break;
            m_result->entityName = text.trimmed();
        } else if (key == QLatin1String("facts")) {
            if (m_json.peek() != JsonCursor::Type::Object)
                return m_json.ok() ? Tr::tr("“facts” is not an object of taxonomies.") : m_json.error();
            *sawFacts = true;
            if (const QString problem = readFacts(); !problem.isEmpty())
                return problem;
        } else if (!m_json.skip()) {
            break;
        }
    }
    return m_json.error();
}

QString FactsReader::readFacts()
{
    m_json.beginObject();
    QString taxonomy;
    while (m_json.nextKey(&taxonomy)) {
        if (m_json.peek() != JsonCursor::Type::Object)
            return m_json.ok() ? Tr::tr("facts.%1: not an object of concepts.").arg(taxonomy) : m_json.error();
        m_json.beginObject();
        QString name;
        while (m_json.nextKey(&name))
            if (const QString problem = readConcept(taxonomy, name); !problem.isEmpty())
                return problem;
    }
    return m_json.error();
}

QString FactsReader::readConcept(const QString &taxonomy, const QString &name)
{
    const QString path = QStringLiteral("facts.%1.%2").arg(taxonomy, name);
    SecConcept concept;
    concept.taxonomy = taxonomy;
    concept.name = name;
    const qsizetype before = m_conceptNames.size();
    m_conceptNames.insert(concept.qualifiedName());
    if (m_conceptNames.size() == before)
        return Tr::tr("%1: the concept appears twice.").arg(path);
    if (m_json.peek() != JsonCursor::Type::Object)
        return m_json.ok() ? Tr::tr("%1: a concept that is not an object.").arg(path) : m_json.error();
    m_json.beginObject();
    QString key;
    QString unusable = Tr::tr("it has no “units”.");
    while (m_json.nextKey(&key)) {
        QString problem;
        if (key == QLatin1String("label"))
            readField(m_json, &concept.label, nullptr);
        else if (key == QLatin1String("description"))
            readField(m_json, &concept.description, nullptr);
        else if (key == QLatin1String("units"))
            problem = readUnits(path, &concept, &unusable);
        else
            m_json.skip();
        if (!problem.isEmpty() || !m_json.ok())
            return problem.isEmpty() ? m_json.error() : problem;
    }
    concept.label = concept.label.trimmed();
    concept.description = concept.description.trimmed();
    if (unusable.isEmpty())
        m_result->concepts.append(std::move(concept));
    else
        m_result->unusable.insert(concept.qualifiedName(), unusable);
    return m_json.error();
}

QString FactsReader::readUnits(const QString &path, SecConcept *concept, QString *unusable)
{
    if (m_json.peek() != JsonCursor::Type::Object)
        return m_json.ok() ? Tr::tr("%1: “units” is not an object.").arg(path) : m_json.error();
    m_json.beginObject();
    QString unit;
    QStringList others;
    bool sawUsd = false;
    bool sawDuration = false;
    while (m_json.nextKey(&unit)) {
        if (unit != QLatin1String("USD")) {
            others.append(unit);
            if (!m_json.skip())
                return m_json.error();
            continue;
        }
        sawUsd = true;
        ConceptReader reader(m_json, path + QStringLiteral(".units.USD"), concept);
        if (const QString problem = reader.read(); !problem.isEmpty())
            return problem;
        sawDuration = reader.sawDuration();
    }
    if (!sawUsd)
        *unusable = Tr::tr("it has no values in US dollars (its units: %1).").arg(others.join(QStringLiteral(", ")));
    else if (!sawDuration)
        *unusable = Tr::tr("it holds balances at a date, not amounts over a period.");
    else if (concept->facts.isEmpty())
        *unusable = Tr::tr("none of its values covers a calendar year or quarter (none has a “frame”).");
    else
        unusable->clear();
    return m_json.error();
}

} // namespace

const SecFact *SecConcept::factFor(const QString &frame) const
{
    for (const SecFact &f : facts)
        if (f.frame == frame)
            return &f;
    return nullptr;
}

const SecConcept *SecFactsRead::concept(const QString &name) const
{
    const QString wanted = name.trimmed();
    const bool qualified = wanted.contains(QLatin1Char(':'));
    const SecConcept *found = nullptr;
    for (const SecConcept &c : concepts) {
        if (qualified ? c.qualifiedName() == wanted : c.name == wanted) {
            if (qualified || c.taxonomy == kUsGaap)
                return &c;
            if (!found)
                found = &c;
        }
    }
    return found;
}

bool SecCompanyFacts::looksLikeCompanyFacts(const QByteArray &head)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*\{\s*"cik"\s*:)"));
    return re.match(QString::fromUtf8(head.left(64))).hasMatch();
}

SecFactsRead SecCompanyFacts::read(const QByteArray &json, const QString &origin)
{
    SecFactsRead result;
    result.origin = origin;
    // One pass over the text, keeping only what an import can use: a tree of a 40 MB file
    // would take several times its size and most of a second.
    JsonCursor cursor(json);
    const QString problem = FactsReader(cursor, &result).read();
    if (!problem.isEmpty()) {
        result.error = origin + QStringLiteral(": ") + problem;
        result.concepts.clear();
        result.unusable.clear();
        return result;
    }
    result.ok = true;
    return result;
}

SecFactsRead SecCompanyFacts::readFile(const QString &path)
{
    QByteArray bytes;
    SecFactsRead result;
    result.origin = path;
    if (!FileIo::readRegularFile(path, kMaxFileBytes, &bytes, &result.error))
        return result;
    return read(bytes, path);
}
