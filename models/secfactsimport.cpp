#include "secfactsimport.h"

#include "figurerules.h"
#include "numberformat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace {

// Translations are filed under "SecFactsImport", for lupdate and at run time alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SecFactsImport)
};

struct Part
{
    const SecConcept *concept = nullptr;
    const SecFact *fact = nullptr; // null: the concept has no value for the period
};

QString conceptLabel(const SecConcept &c) { return c.label.isEmpty() ? c.name : c.label; }

QString dollars(double value)
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return std::floor(value) == value && std::abs(value) < 9e15 ? english.toString(qint64(value))
                                                                : english.toString(value, 'f', 2);
}

// The figures of one import: what the chosen concepts are, then one figure per period.
class FigureMaker
{
public:
    FigureMaker(const SecFactsRead &facts, QVector<const SecConcept *> chosen)
        : m_facts(facts), m_chosen(std::move(chosen))
    {
        for (const SecConcept *c : m_chosen) {
            m_hasCapex = m_hasCapex || c->name == SecFactsImport::kCapexConcept;
            m_hasLease = m_hasLease || c->name == SecFactsImport::kFinanceLeaseConcept;
        }
    }
    QStringList frames() const;
    QString make(const QString &frame, Figure *f) const;

private:
    QString title() const;
    QString idStem() const;
    QString caveat(const QVector<Part> &parts, const QString &frame) const;
    QString basis(const QVector<Part> &parts, const SecFact &primary) const;

    const SecFactsRead &m_facts;
    QVector<const SecConcept *> m_chosen;
    bool m_hasCapex = false;
    bool m_hasLease = false;
};

QStringList FigureMaker::frames() const
{
    QMap<int, QString> ordered;
    for (const SecConcept *c : m_chosen)
        for (const SecFact &f : c->facts)
            ordered.insert(f.order(), f.frame);
    return ordered.values();
}

QString FigureMaker::title() const
{
    if (m_chosen.size() == 1 && m_hasCapex)
        return QStringLiteral("capex");
    if (m_chosen.size() == 2 && m_hasCapex && m_hasLease)
        return QStringLiteral("capex incl. finance-lease principal");
    QStringList labels;
    for (const SecConcept *c : m_chosen)
        labels.append(conceptLabel(*c));
    return labels.join(QStringLiteral(" + "));
}

QString FigureMaker::idStem() const
{
    QStringList shorts;
    for (const SecConcept *c : m_chosen)
        shorts.append(SecFactsImport::shortName(c->name));
    return QStringLiteral("sec-%1-%2").arg(m_facts.cik).arg(shorts.join(QStringLiteral("-plus-")));
}

QString FigureMaker::caveat(const QVector<Part> &parts, const QString &frame) const
{
    const NumberFormat format;
    QStringList caveats;
    for (const Part &p : parts)
        if (!p.fact)
            caveats << QStringLiteral("The file has no value of “%1” for this period, so the figure leaves it out.")
                           .arg(conceptLabel(*p.concept));
    if (!m_hasCapex) {
        caveats << QStringLiteral("Not purchases of property and equipment but “%1” as filed: check that it is "
                                  "what the company calls capital expenditures.")
                       .arg(title());
    } else if (m_hasLease && m_chosen.size() == 2) {
        caveats << QStringLiteral("Includes principal payments on finance leases, as Meta counts its capital "
                                  "expenditures; companies that leave them out report less.");
    } else if (m_chosen.size() > 1) {
        caveats << QStringLiteral("Adds %1 to purchases of property and equipment: check that the sum is what "
                                  "the company calls capital expenditures.")
                       .arg(title());
    } else if (const SecConcept *lease = m_facts.concept(SecFactsImport::kFinanceLeaseConcept)) {
        const SecFact *leaseFact = lease->factFor(frame);
        if (leaseFact && leaseFact->value > 0)
            caveats << QStringLiteral("Purchases of property and equipment only: the company also repaid %1 of "
                                      "finance-lease principal in this period, which some companies (Meta "
                                      "among them) count in their capital expenditures.")
                           .arg(format.money(leaseFact->value));
    }
    return caveats.join(QLatin1Char(' '));
}

QString FigureMaker::basis(const QVector<Part> &parts, const SecFact &primary) const
{
    QStringList names;
    QStringList otherFilings;
    for (const Part &p : parts) {
        names.append(p.concept->qualifiedName());
        if (p.fact && p.fact->accession != primary.accession)
            otherFilings << QStringLiteral("%1 from Form %2, accession %3, filed %4")
                                .arg(p.concept->qualifiedName(), p.fact->form, p.fact->accession,
                                     p.fact->filed.toString(Qt::ISODate));
    }
    QString text = QStringLiteral("SEC EDGAR company facts (XBRL), %1 for %2 to %3 (EDGAR frame %4), as filed")
                       .arg(names.join(QStringLiteral(" + ")), primary.start.toString(Qt::ISODate),
                            primary.end.toString(Qt::ISODate), primary.frame);
    if (!otherFilings.isEmpty())
        text += QStringLiteral("; ") + otherFilings.join(QStringLiteral("; "));
    return text + QLatin1Char('.');
}

QString FigureMaker::make(const QString &frame, Figure *f) const
{
    QVector<Part> parts;
    const SecFact *primary = nullptr;
    double sum = 0;
    QStringList quotes;
    for (const SecConcept *c : m_chosen) {
        const SecFact *fact = c->factFor(frame);
        parts.append({c, fact});
        if (!fact)
            continue;
        if (const QString why = FigureRules::amountProblem(fact->value, fact->value); !why.isEmpty())
            return Tr::tr("facts.%1.%2, %3 (accession %4): %5")
                .arg(c->taxonomy, c->name, frame, fact->accession, why);
        primary = primary ? primary : fact;
        sum += fact->value;
        quotes << QStringLiteral("%1: USD %2 (%3 to %4)")
                      .arg(conceptLabel(*c), dollars(fact->value), fact->start.toString(Qt::ISODate),
                           fact->end.toString(Qt::ISODate));
    }
    Q_ASSERT(primary); // every frame listed comes from one of the chosen concepts
    f->id = idStem() + QLatin1Char('-') + frame.toLower();
    f->entity = m_facts.entityName;
    f->periodLabel = SecFactsImport::periodLabel(*primary);
    f->label = QStringLiteral("%1 %2 %3").arg(m_facts.entityName, title(), f->periodLabel);
    f->kind = FigureKind::Capex;
    f->status = FigureStatus::Actual;
    f->level = Verification::Primary;
    f->year = primary->year;
    f->quarter = primary->quarter;
    f->low = f->high = sum;
    f->stated = primary->filed;
    f->source.title = QStringLiteral("Form %1, accession %2").arg(primary->form, primary->accession);
    f->source.publisher = m_facts.entityName;
    f->source.date = primary->filed;
    f->source.url = SecFactsImport::filingUrl(m_facts.cik, primary->accession);
    f->source.quote = quotes.join(QStringLiteral("; "));
    f->basis = basis(parts, *primary);
    f->caveat = caveat(parts, frame);
    f->note = QStringLiteral("The filer's own fiscal period: %1 %2.").arg(primary->fiscalPeriod).arg(primary->fiscalYear);
    return FigureRules::amountProblem(sum, sum).isEmpty()
               ? QString()
               : Tr::tr("%1: %2").arg(frame, FigureRules::amountProblem(sum, sum));
}

// Why name is not a concept to import, with the concepts that are.
QString missingConcept(const SecFactsRead &facts, const QString &name)
{
    for (const QString &key : QStringList{name, QStringLiteral("us-gaap:") + name})
        if (facts.unusable.contains(key))
            return Tr::tr("the concept “%1” cannot be imported: %2").arg(name, facts.unusable.value(key));
    QStringList names;
    for (const SecConcept &c : facts.concepts)
        names.append(c.name);
    // Spending on property and equipment first: the concept a capex import most likely meant.
    std::stable_partition(names.begin(), names.end(), [](const QString &n) {
        return n.contains(QLatin1String("PropertyPlantAndEquipment")) || n.contains(QLatin1String("Capital"));
    });
    const qsizetype shown = std::min<qsizetype>(names.size(), 8);
    QString list = names.mid(0, shown).join(QStringLiteral(", "));
    if (names.size() > shown)
        list = Tr::tr("%1 and %2 more").arg(list).arg(names.size() - shown);
    if (names.isEmpty())
        return Tr::tr("no concept “%1” in this file, and no concept with values in US dollars for a "
                      "calendar year or quarter.")
            .arg(name);
    return Tr::tr("no concept “%1” in this file with values in US dollars for a calendar year or "
                  "quarter; choose one of %2.")
        .arg(name, list);
}

} // namespace

const QString SecFactsImport::kCapexConcept = QStringLiteral("PaymentsToAcquirePropertyPlantAndEquipment");
const QString SecFactsImport::kFinanceLeaseConcept = QStringLiteral("PaymentsForRepaymentsOfFinanceLeasePrincipal");

SecImportResult SecFactsImport::run(const SecFactsRead &facts, QStringList concepts,
                                    const QSet<QString> &existingIds)
{
    SecImportResult result;
    const auto refuse = [&](const QString &why) {
        result.error = facts.origin + QStringLiteral(": ") + why;
        result.figures.clear();
        return result;
    };
    if (!facts.ok) {
        result.error = facts.error;
        return result;
    }
    if (concepts.isEmpty())
        concepts = {kCapexConcept};
    QVector<const SecConcept *> chosen;
    for (const QString &name : std::as_const(concepts)) {
        const SecConcept *c = facts.concept(name);
        if (!c)
            return refuse(missingConcept(facts, name));
        if (!chosen.contains(c))
            chosen.append(c);
    }
    const FigureMaker maker(facts, chosen);
    for (const QString &frame : maker.frames()) {
        Figure f;
        if (const QString problem = maker.make(frame, &f); !problem.isEmpty())
            return refuse(problem);
        if (existingIds.contains(f.id))
            ++result.alreadyThere;
        else
            result.figures.append(std::move(f));
    }
    if (result.figures.isEmpty())
        return refuse(Tr::tr("every figure this file gives is in the document already (%1 figures).")
                          .arg(result.alreadyThere));
    result.ok = true;
    return result;
}

QStringList SecFactsImport::splitConceptList(const QStringList &values)
{
    QStringList names;
    for (const QString &value : values)
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!part.trimmed().isEmpty())
                names.append(part.trimmed());
    return names;
}

QString SecFactsImport::filingUrl(qint64 cik, const QString &accession)
{
    return QStringLiteral("https://www.sec.gov/Archives/edgar/data/%1/%2/")
        .arg(cik)
        .arg(QString(accession).remove(QLatin1Char('-')));
}

QString SecFactsImport::shortName(const QString &conceptName)
{
    const QString name = conceptName.section(QLatin1Char(':'), -1);
    if (name == kCapexConcept)
        return QStringLiteral("capex");
    if (name == kFinanceLeaseConcept)
        return QStringLiteral("finance-lease-principal");
    QString words; // "PaymentsToAcquireProductiveAssets" → "payments-to-acquire-productive-assets"
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isUpper() && i > 0 && !name.at(i - 1).isUpper())
            words += QLatin1Char('-');
        words += c;
    }
    return FigureText::keyLike(words);
}

QString SecFactsImport::periodLabel(const SecFact &fact)
{
    return fact.quarter ? QStringLiteral("Q%1 %2").arg(fact.quarter).arg(fact.year)
                        : QStringLiteral("CY%1").arg(fact.year);
}
