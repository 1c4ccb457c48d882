#pragma once

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QString>
#include <QVector>

// One value a company filed with the SEC for a calendar year or quarter: EDGAR's "frame" names
// the period (CY2024, CY2024Q3) and is given to one fact per period, the latest filed, so a
// value restated in later filings is held once.
struct SecFact
{
    int year = 0;
    int quarter = 0; // 1–4 for a CY2024Q3 frame, 0 for a calendar year
    QString frame;
    QDate start;
    QDate end;
    double value = 0;
    QString accession; // "0001326801-25-000017"
    QString form;      // "10-K", "10-Q", "10-K/A"…
    QDate filed;
    int fiscalYear = 0;
    QString fiscalPeriod; // "FY", "Q3"

    // Time order by end: a year's quarters, then the year.
    int order() const { return year * 10 + (quarter ? quarter : 5); }
};

// A concept (a line item) with its values in US dollars for calendar years and quarters.
struct SecConcept
{
    QString taxonomy; // "us-gaap", or the company's own
    QString name;     // "PaymentsToAcquirePropertyPlantAndEquipment"
    QString label;
    QString description;
    QVector<SecFact> facts; // by period: years and quarters in time order
    QString qualifiedName() const { return taxonomy + QLatin1Char(':') + name; }
    const SecFact *factFor(const QString &frame) const;
};

struct SecFactsRead
{
    bool ok = false;
    QString error; // "origin: where: why"
    QString origin;
    qint64 cik = 0;
    QString entityName;
    QVector<SecConcept> concepts; // those with values to import, by qualified name
    // Concepts in the file that give no value to import (by qualified name), and why not.
    QHash<QString, QString> unusable;

    // The concept "taxonomy:Name", or "Name" in us-gaap first, then any taxonomy; null if none.
    const SecConcept *concept(const QString &name) const;
};

// Reads the company facts EDGAR serves per company (companyfacts/CIK##########.json, saved by
// the user: SpendLens never goes to the network). It keeps the duration facts in US dollars
// whose frame is a calendar year or quarter, and refuses a file it cannot read whole with a
// message naming the file, where in it (a JSON path) and why.
class SecCompanyFacts
{
public:
    static constexpr qint64 kMaxFileBytes = 256ll * 1024 * 1024;

    static SecFactsRead read(const QByteArray &json, const QString &origin);
    static SecFactsRead readFile(const QString &path);
    // Whether bytes begin like a company-facts file ({"cik": …), to tell it from other JSON.
    static bool looksLikeCompanyFacts(const QByteArray &head);
};
