#include "figurerules.h"

#include <QCoreApplication>
#include <QUrl>

#include <cmath>

namespace {

// Translations are filed under "FigureRules", for lupdate and at run time alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FigureRules)
};

// "user:pw@host:8080" of "https://user:pw@host:8080/path": where credentials would be, even
// an empty "@" that QUrl drops.
QStringView authorityOf(QStringView url)
{
    const qsizetype start = url.indexOf(QLatin1String("://"));
    if (start < 0)
        return {};
    QStringView rest = url.sliced(start + 3);
    for (qsizetype i = 0; i < rest.size(); ++i)
        if (rest.at(i) == u'/' || rest.at(i) == u'?' || rest.at(i) == u'#')
            return rest.first(i);
    return rest;
}

} // namespace

QString FigureRules::requiredProblem(FigureField field, const QString &text)
{
    if (!text.trimmed().isEmpty())
        return {};
    switch (field) {
    case FigureField::Id:
        return Tr::tr("The id is required.");
    case FigureField::Entity:
        return Tr::tr("The entity (who spends or says it) is required.");
    case FigureField::Label:
        return Tr::tr("A short name for the figure is required.");
    case FigureField::SourceTitle:
        return Tr::tr("The source (where the figure comes from) is required.");
    default:
        Q_ASSERT(false); // the other fields are not text that can be left empty
        return {};
    }
}

QString FigureRules::yearProblem(int year)
{
    if (year >= kFirstYear && year <= kLastYear)
        return {};
    return Tr::tr("The year %1 is outside %2–%3.").arg(year).arg(kFirstYear).arg(kLastYear);
}

QString FigureRules::quarterProblem(int quarter)
{
    if (quarter >= 0 && quarter <= 4)
        return {};
    return Tr::tr("“period.quarter” must be 1, 2, 3 or 4 (or left out for a whole year).");
}

QString FigureRules::amountProblem(double low, double high)
{
    if (!std::isfinite(low) || !std::isfinite(high) || low < 0 || high < 0 || low > kMaxAmount ||
        high > kMaxAmount)
        return Tr::tr("An amount must be a number from 0 to 10^16.");
    if (low > high)
        return Tr::tr("The low end is above the high end.");
    return {};
}

QString FigureRules::urlProblem(const QString &url)
{
    if (url.isEmpty())
        return {};
    const QUrl address(url, QUrl::StrictMode);
    const QString scheme = address.scheme().toLower();
    if (!address.isValid() || address.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return Tr::tr("“%1” is not a web address (http or https).").arg(url);
    if (!address.userInfo().isEmpty() || authorityOf(url).contains(QLatin1Char('@')))
        return Tr::tr("“%1” holds a user name or password: give the address without them.")
            .arg(url);
    return {};
}

QString FigureRules::unplacedKindWarning(const QString &written)
{
    return Tr::tr("the kind “%1” is not one SpendLens knows, so the figure comes in as “other”; "
                  "known kinds: %2.")
        .arg(written, [] {
            QStringList keys;
            for (const FigureKind kind : FigureText::allKinds())
                keys.append(FigureText::kindKey(kind));
            return keys.join(QStringLiteral(", "));
        }());
}

QString FigureRules::withScheme(const QString &url)
{
    if (url.startsWith(QLatin1String("www."), Qt::CaseInsensitive))
        return QStringLiteral("https://") + url;
    return url;
}

QVector<FigureProblem> FigureRules::check(const Figure &f)
{
    QVector<FigureProblem> problems;
    const auto add = [&](FigureField field, const QString &message) {
        if (!message.isEmpty())
            problems.append({field, false, message});
    };
    add(FigureField::Id, requiredProblem(FigureField::Id, f.id));
    add(FigureField::Entity, requiredProblem(FigureField::Entity, f.entity));
    add(FigureField::Label, requiredProblem(FigureField::Label, f.label));
    add(FigureField::Year, yearProblem(f.year));
    add(FigureField::Amount, amountProblem(f.low, f.high));
    add(FigureField::SourceTitle, requiredProblem(FigureField::SourceTitle, f.source.title));
    add(FigureField::Url, urlProblem(f.source.url));
    return problems;
}

FigureStatus FigureRules::defaultStatus(FigureKind kind)
{
    switch (kind) {
    case FigureKind::CapexGuidance:
        return FigureStatus::Guidance;
    case FigureKind::AnalystConsensus:
    case FigureKind::TrainingComputeCost:
    case FigureKind::HardwareEstimate:
    case FigureKind::OperatingCostEstimate:
        return FigureStatus::Estimate;
    case FigureKind::ComputeHours:
    case FigureKind::Pledge:
    case FigureKind::Commitment:
        return FigureStatus::Stated;
    case FigureKind::Capex:
    case FigureKind::Other:
        break;
    }
    return FigureStatus::Actual;
}
