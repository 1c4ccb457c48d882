#include "presets.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Presets)
};
} // namespace

namespace Presets {

QVector<Preset> all()
{
    return {
        {QStringLiteral("meta-vs-deepseek"), Tr::tr("Meta capex vs DeepSeek V3"),
         QStringLiteral("deepseek-v3-total"),
         {QStringLiteral("meta-capex-2025-guidance-2025-01"), QStringLiteral("meta-capex-2025"),
          QStringLiteral("meta-capex-2024")},
         QStringLiteral("ratio")},
        {QStringLiteral("hyperscalers-2025"), Tr::tr("2025 capex plans of the hyperscalers"),
         QStringLiteral("meta-capex-2025-guidance-2025-01"),
         {QStringLiteral("microsoft-ai-dc-fy2025"), QStringLiteral("alphabet-capex-2025"),
          QStringLiteral("amazon-capex-2025-implied")},
         QStringLiteral("comparison")},
        {QStringLiteral("frontier-training-runs"), Tr::tr("Training runs of frontier models"),
         QStringLiteral("deepseek-v3-total"),
         {QStringLiteral("gpt4-cloud-epoch"), QStringLiteral("gemini-ultra-cloud-epoch"),
          QStringLiteral("llama31-405b-cloud-epoch"), QStringLiteral("llama31-405b-compute-at-price"),
          QStringLiteral("deepseek-r1-rl")},
         QStringLiteral("ratio")},
    };
}

bool find(const QString &key, Preset *preset)
{
    for (const Preset &p : all()) {
        if (p.key == key) {
            *preset = p;
            return true;
        }
    }
    return false;
}

} // namespace Presets
