#include "seccompanyfacts.h"

#include "fileio.h"
#include "figurerules.h"
#include "jsonshape.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace {

// Translations are filed under "SecCompanyFacts", for lupdate and at run time alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SecCompanyFacts)
};

const QString kUsGaap = QStringLiteral("us-gaap");

// The line of a parse error; an error at the end of a truncated file names its last line.
int lineOf(const QByteArray &json, int offset)
{
    QByteArray head = json.left(offset);
    while (!head.isEmpty() && std::isspace(static_cast<unsigned char>(head.back())))
        head.chop(1);
    return int(head.count('\n')) + 1;
}

// "CY2024" or "CY2024Q3": a duration's calendar period. Instants end in "I" and are not ours.
bool parseFrame(const QString &frame, int *year, int *quarter)
{
    static const QRegularExpression re(QStringLiteral(R"(^CY(\d{4})(?:Q([1-4]))?$)"));
    const QRegularExpressionMatch m = re.match(frame);
    if (!m.hasMatch())
        return false;
    *year = m.captured(1).toInt();
    *quarter = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
    return true;
}

QDate dateOf(const QJsonValue &value)
{
    const QString text = value.toString();
    return text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
}

// One concept's list of US-dollar facts: the framed durations, or the first fault and where.
class ConceptReader
{
public:
    ConceptReader(const QString &path, SecConcept *concept) : m_path(path), m_concept(concept) {}

    QString read(const QJsonArray &facts);
    bool sawDuration() const { return m_sawDuration; }

private:
    QString readFact(const QJsonObject &o, const QString &where, const QString &frame);

    QString m_path;
    SecConcept *m_concept;
    bool m_sawDuration = false;
    QHash<QString, qsizetype> m_byFrame; // where each frame's fact is in m_concept->facts
};

QString ConceptReader::read(const QJsonArray &facts)
{
    for (qsizetype i = 0; i < facts.size(); ++i) {
        const QString where = QStringLiteral("%1[%2]").arg(m_path).arg(i);
        if (!facts.at(i).isObject())
            return Tr::tr("%1: a fact that is not an object.").arg(where);
        const QJsonObject o = facts.at(i).toObject();
        if (!o.contains(QLatin1String("start")))
            continue; // a balance at an instant, not spending over a period
        m_sawDuration = true;
        const QJsonValue frame = o.value(QLatin1String("frame"));
        if (frame.isUndefined())
            continue; // a span EDGAR did not place in a calendar period (nine months to date), or a restatement
        const QString problem = readFact(o, where, frame.toString());
        if (!problem.isEmpty())
            return problem;
    }
    std::sort(m_concept->facts.begin(), m_concept->facts.end(),
              [](const SecFact &a, const SecFact &b) { return a.order() < b.order(); });
    return {};
}

QString ConceptReader::readFact(const QJsonObject &o, const QString &where, const QString &frame)
{
    SecFact f;
    f.frame = frame;
    if (!parseFrame(frame, &f.year, &f.quarter))
        return Tr::tr("%1: the frame “%2” is not a calendar year (CY2024) or quarter (CY2024Q3).")
            .arg(where, frame);
    if (const QString why = FigureRules::yearProblem(f.year); !why.isEmpty())
        return Tr::tr("%1: %2").arg(where, why);
    f.start = dateOf(o.value(QLatin1String("start")));
    f.end = dateOf(o.value(QLatin1String("end")));
    f.filed = dateOf(o.value(QLatin1String("filed")));
    const QJsonValue val = o.value(QLatin1String("val"));
    f.value = val.toDouble();
    f.accession = o.value(QLatin1String("accn")).toString();
    f.form = o.value(QLatin1String("form")).toString().trimmed();
    f.fiscalYear = o.value(QLatin1String("fy")).toInt();
    f.fiscalPeriod = o.value(QLatin1String("fp")).toString();
    static const QRegularExpression accession(QStringLiteral(R"(^\d{10}-\d{2}-\d{6}$)"));
    if (!f.start.isValid() || !f.end.isValid() || f.start > f.end)
        return Tr::tr("%1: “start” and “end” must be dates (YYYY-MM-DD), the start not after the end.")
            .arg(where);
    if (!val.isDouble() || !std::isfinite(f.value))
        return Tr::tr("%1: “val” is not a number.").arg(where);
    if (!accession.match(f.accession).hasMatch())
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
    explicit FactsReader(SecFactsRead *result) : m_result(result) {}
    QString read(const QJsonObject &root);

private:
    QString readConcept(const QString &taxonomy, const QString &name, const QJsonValue &value);

    SecFactsRead *m_result;
};

QString FactsReader::read(const QJsonObject &root)
{
    const QJsonValue facts = root.value(QLatin1String("facts"));
    if (!facts.isObject())
        return Tr::tr("not an SEC company-facts file: it has no “facts” object (EDGAR's "
                      "companyfacts/CIK##########.json has one).");
    const QJsonValue cik = root.value(QLatin1String("cik"));
    const double cikNumber = cik.isString() ? cik.toString().toDouble() : cik.toDouble(-1);
    if (!(cikNumber >= 1 && cikNumber < 1e10) || cikNumber != std::floor(cikNumber))
        return Tr::tr("“cik” (the company's SEC number) is missing or not a whole number.");
    m_result->cik = qint64(cikNumber);
    m_result->entityName = root.value(QLatin1String("entityName")).toString().trimmed();
    if (m_result->entityName.isEmpty())
        return Tr::tr("“entityName” (the company's name) is missing or empty.");
    const QJsonObject taxonomies = facts.toObject();
    for (auto t = taxonomies.constBegin(); t != taxonomies.constEnd(); ++t) {
        if (!t.value().isObject())
            return Tr::tr("facts.%1: not an object of concepts.").arg(t.key());
        const QJsonObject concepts = t.value().toObject();
        for (auto c = concepts.constBegin(); c != concepts.constEnd(); ++c)
            if (const QString problem = readConcept(t.key(), c.key(), c.value()); !problem.isEmpty())
                return problem;
    }
    std::sort(m_result->concepts.begin(), m_result->concepts.end(),
              [](const SecConcept &a, const SecConcept &b) { return a.qualifiedName() < b.qualifiedName(); });
    return {};
}

QString FactsReader::readConcept(const QString &taxonomy, const QString &name, const QJsonValue &value)
{
    const QString path = QStringLiteral("facts.%1.%2").arg(taxonomy, name);
    const QJsonObject o = value.toObject();
    const QJsonValue units = o.value(QLatin1String("units"));
    if (!value.isObject() || !units.isObject())
        return Tr::tr("%1: a concept without its “units” object.").arg(path);
    SecConcept concept;
    concept.taxonomy = taxonomy;
    concept.name = name;
    concept.label = o.value(QLatin1String("label")).toString().trimmed();
    concept.description = o.value(QLatin1String("description")).toString().trimmed();
    const QJsonValue usd = units.toObject().value(QLatin1String("USD"));
    QString unusable;
    if (usd.isUndefined()) {
        unusable = Tr::tr("it has no values in US dollars (its units: %1).")
                       .arg(units.toObject().keys().join(QStringLiteral(", ")));
    } else if (!usd.isArray()) {
        return Tr::tr("%1.units.USD: not a list of facts.").arg(path);
    } else {
        ConceptReader reader(path + QStringLiteral(".units.USD"), &concept);
        if (const QString problem = reader.read(usd.toArray()); !problem.isEmpty())
            return problem;
        if (!reader.sawDuration())
            unusable = Tr::tr("it holds balances at a date, not amounts over a period.");
        else if (concept.facts.isEmpty())
            unusable = Tr::tr("none of its values covers a calendar year or quarter (none has a “frame”).");
    }
    if (unusable.isEmpty())
        m_result->concepts.append(std::move(concept));
    else
        m_result->unusable.insert(concept.qualifiedName(), unusable);
    return {};
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
    const auto refuse = [&](const QString &why) {
        result.error = origin + QStringLiteral(": ") + why;
        result.concepts.clear();
        result.unusable.clear();
        return result;
    };
    // What the file may cost is bounded before it is parsed (nesting, text lengths, entries).
    const JsonShape::Problem shape = JsonShape::check(json);
    if (shape.line > 0)
        return refuse(Tr::tr("line %1, column %2: %3").arg(shape.line).arg(shape.column).arg(shape.why));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refuse(Tr::tr("line %1: not valid JSON (%2).")
                          .arg(lineOf(json, parseError.offset))
                          .arg(parseError.errorString()));
    if (!doc.isObject())
        return refuse(Tr::tr("not an SEC company-facts file: it is not a JSON object."));
    const QString problem = FactsReader(&result).read(doc.object());
    if (!problem.isEmpty())
        return refuse(problem);
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
