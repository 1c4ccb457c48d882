#pragma once

#include "figure.h"
#include "seccompanyfacts.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

struct SecImportResult
{
    bool ok = false;
    QString error; // names the file and why; nothing is imported then
    QVector<Figure> figures;
    int alreadyThere = 0; // figures whose id the document holds already, left as they are
};

// Turns the company facts of chosen concepts into capex figures, one per calendar year and one
// per calendar quarter: the concepts' values for a period are added up (purchases of property
// and equipment, plus finance-lease principal as Meta counts it), each figure cites the 10-K or
// 10-Q that filed it (form, accession number, filing date, its EDGAR folder) and says in a caveat
// where it may differ from what the company itself calls capital expenditures.
class SecFactsImport
{
public:
    static const QString kCapexConcept;        // PaymentsToAcquirePropertyPlantAndEquipment
    static const QString kFinanceLeaseConcept; // PaymentsForRepaymentsOfFinanceLeasePrincipal

    // concepts: names as SecFactsRead::concept reads them; empty: kCapexConcept alone.
    static SecImportResult run(const SecFactsRead &facts, QStringList concepts = {},
                               const QSet<QString> &existingIds = {});
    // "PaymentsToAcquirePropertyPlantAndEquipment,PaymentsFor…" and repeated options into names.
    static QStringList splitConceptList(const QStringList &values);

    // The filing's folder on EDGAR: https://www.sec.gov/Archives/edgar/data/<cik>/<accession
    // without dashes>/, which lists the filing's documents and its index page.
    static QString filingUrl(qint64 cik, const QString &accession);
    // "capex", "finance-lease-principal", else the concept's name in lower-case words.
    static QString shortName(const QString &conceptName);
    // "CY2024", "Q3 2024".
    static QString periodLabel(const SecFact &fact);
};
