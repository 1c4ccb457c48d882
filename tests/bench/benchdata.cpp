#include "benchdata.h"

#include "document.h"
#include "figuremodel.h"

#include <QSet>

#include <array>

namespace BenchData {
namespace {

// Keep in step with scripts/bench-data.py.
const std::array<const char *, 40> kEntities{{
    "Meta", "Microsoft", "Alphabet", "Amazon", "Oracle", "Apple", "Nvidia", "Tesla", "xAI",
    "OpenAI", "Anthropic", "Mistral AI", "DeepSeek", "Alibaba", "Tencent", "Baidu", "ByteDance",
    "Huawei", "Samsung", "SoftBank", "CoreWeave", "Lambda", "Crusoe", "IBM", "Intel", "AMD",
    "TSMC", "Cohere", "Inflection", "Stability AI", "Stargate", "G42", "Naver", "Kakao",
    "Yandex", "Salesforce", "Adobe", "Snowflake", "Databricks", "Scale AI",
}};

struct KindInfo
{
    FigureKind kind;
    FigureStatus status;
};
const std::array<KindInfo, 7> kKinds{{
    {FigureKind::Capex, FigureStatus::Actual},
    {FigureKind::CapexGuidance, FigureStatus::Guidance},
    {FigureKind::AnalystConsensus, FigureStatus::Estimate},
    {FigureKind::TrainingComputeCost, FigureStatus::Stated},
    {FigureKind::HardwareEstimate, FigureStatus::Estimate},
    {FigureKind::Pledge, FigureStatus::Stated},
    {FigureKind::OperatingCostEstimate, FigureStatus::Estimate},
}};

const std::array<const char *, 5> kBases{{
    "Purchases of property and equipment, plus principal payments on finance leases",
    "Company guidance on the earnings call",
    "Rented GPU-hours at the list price",
    "Analyst estimate from supply-chain checks",
    "Stated in a press release",
}};

const std::array<Verification, 3> kLevels{{Verification::Primary, Verification::Secondary,
                                           Verification::Derived}};

QString slug(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower())
        out += c.isLetterOrNumber() ? c : QLatin1Char('-');
    return out;
}

} // namespace

Figure figure(int i)
{
    Figure f;
    const QString entity = QString::fromLatin1(kEntities[i % kEntities.size()]);
    const KindInfo &kind = kKinds[(i / 40) % kKinds.size()];
    f.entity = entity;
    f.kind = kind.kind;
    f.status = kind.status;
    f.year = 2000 + (i * 7 + i / 40) % 27;
    f.periodLabel = QString::number(f.year);
    f.label = QStringLiteral("%1 %2 %3 line %4")
                  .arg(entity, FigureText::kindName(f.kind).toLower())
                  .arg(f.year)
                  .arg(i / 40);
    double low = 1 + (i * 7919LL) % 9973;
    for (int e = 0; e < 5 + i % 6; ++e)
        low *= 10;
    f.low = low;
    f.high = i % 4 == 0 ? low + low / 10 : low;
    f.unit = FigureUnit::Usd;
    f.source.title = QStringLiteral("%1 annual report %2").arg(entity).arg(f.year);
    f.source.publisher = entity + QStringLiteral(" Inc.");
    f.source.url = QStringLiteral("https://example.com/%1/%2/report-%3.html")
                       .arg(slug(entity))
                       .arg(f.year)
                       .arg(i);
    f.source.date = QDate(qMin(f.year + 1, 2026), 1 + i % 12, 1 + i % 28);
    f.basis = QString::fromLatin1(kBases[i % kBases.size()]);
    f.level = kLevels[i % kLevels.size()];
    if (i % 10 == 0)
        f.note = QStringLiteral("Restated the following year, see \"notes\", page 4");
    f.id = FigureImport::idFor(f) + QLatin1Char('-') + QString::number(i);
    return f;
}

Dataset dataset(int count)
{
    DatasetRead builtIn = DatasetJson::builtIn();
    Q_ASSERT(builtIn.ok);
    Dataset data = builtIn.dataset;
    data.figures.reserve(qMax(count, int(data.figures.size())));
    QSet<QString> pool;
    const auto share = [&pool](QString *text) {
        if (text->isEmpty())
            return;
        const auto it = pool.constFind(*text);
        if (it != pool.cend())
            *text = *it;
        else
            pool.insert(*text);
    };
    for (int i = 0; data.figures.size() < count; ++i) {
        Figure f = figure(i);
        // The texts DatasetJson's reader shares (FigureReader::shared); ids and labels it does not.
        for (QString *text : {&f.entity, &f.periodLabel, &f.basis, &f.caveat, &f.note,
                              &f.source.title, &f.source.publisher, &f.source.quote})
            share(text);
        data.figures.append(std::move(f));
    }
    return data;
}

ImportOptions importOptions(const Document &document)
{
    ImportOptions options;
    options.existingFigures = document.figures()->figures();
    for (const Figure &f : options.existingFigures)
        options.existingIds.insert(f.id);
    return options;
}

} // namespace BenchData
