#include "chartspec.h"

#include "document.h"
#include "figuremodel.h"
#include "parametermodel.h"
#include "ratiomodel.h"

#include <QAbstractItemModel>
#include <QCryptographicHash>
#include <QRegularExpression>

#include <algorithm>
#include <tuple>

ChartSpec::ChartSpec(Document *document) : QObject(document), m_document(document)
{
    connect(document, &Document::chartSettingsChanged, this, [this](const QString &chart) {
        if (chart.isEmpty() || chart == key())
            Q_EMIT changed();
    });
}

const FigureModel &ChartSpec::figures() const
{
    return *m_document->figures();
}

void ChartSpec::watch(QObject *object)
{
    if (auto *model = qobject_cast<QAbstractItemModel *>(object)) {
        connect(model, &QAbstractItemModel::dataChanged, this, &ChartSpec::changed);
        connect(model, &QAbstractItemModel::modelReset, this, &ChartSpec::changed);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ChartSpec::changed);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ChartSpec::changed);
    }
}

ChartSettings ChartSpec::settings() const
{
    return m_document->chartSettings(key());
}

QString ChartSpec::rawTitle() const
{
    const QString own = settings().title;
    return own.isEmpty() ? defaultTitle() : own;
}

QString ChartSpec::rawSubtitle() const
{
    const QString own = settings().subtitle;
    return own.isEmpty() ? defaultSubtitle() : own;
}

QString ChartSpec::fill(const QString &text) const
{
    if (!text.contains(QLatin1Char('{')))
        return text;
    const QHash<QString, QString> values = placeholders();
    static const QRegularExpression name(QStringLiteral("\\{([a-zA-Z]+)\\}"));
    QString out;
    qsizetype from = 0;
    for (auto it = name.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(from, m.capturedStart() - from);
        // An unknown name stays as typed, so a typo shows rather than vanishing.
        out += values.value(m.captured(1), m.captured(0));
        from = m.capturedEnd();
    }
    return out + text.mid(from);
}

QVector<QPair<double, double>> ChartSpec::shownNumbers() const
{
    QVector<QPair<double, double>> numbers;
    for (int row : rows()) {
        const Figure &f = figures().figure(row);
        numbers.append({f.low, f.high});
        numbers.append({double(f.year), double(f.year)});
    }
    for (const Parameter &p : m_document->parameters()->parameters())
        numbers.append({p.value, p.value});
    return numbers;
}

QStringList ChartSpec::shownEntities() const
{
    QStringList entities;
    for (int row : rows()) {
        const QString &entity = figures().figure(row).entity;
        if (!entity.isEmpty() && !entities.contains(entity))
            entities.append(entity);
    }
    return entities;
}

QString ChartSpec::dataStamp() const
{
    QByteArray bytes = comparisonKey().toUtf8();
    for (const QPair<double, double> &n : shownNumbers())
        bytes += '|' + QByteArray::number(n.first, 'g', 17) + ',' + QByteArray::number(n.second, 'g', 17);
    for (int row : rows())
        bytes += '|' + figures().figure(row).id.toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex().left(16));
}

QVector<int> ChartSpec::inChosenOrder(QVector<int> rows) const
{
    const ChartEmphasis e = emphasis();
    const FigureModel &all = figures();
    const auto by = [&](auto less) { std::stable_sort(rows.begin(), rows.end(), less); };
    switch (e.order) {
    case ChartEmphasis::Order::Automatic:
        break;
    case ChartEmphasis::Order::Value: {
        // In the chart's currency: a figure in yuan is ordered by what it is in dollars, and back.
        const RatioModel &money = *m_document->ratios();
        by([&](int a, int b) { return money.shownAmount(a).mid() > money.shownAmount(b).mid(); });
        break;
    }
    case ChartEmphasis::Order::Name:
        by([&](int a, int b) {
            return FigureText::labelName(all.figure(a)).localeAwareCompare(FigureText::labelName(all.figure(b))) < 0;
        });
        break;
    case ChartEmphasis::Order::Date:
        by([&](int a, int b) {
            const Figure &fa = all.figure(a), &fb = all.figure(b);
            return std::tie(fa.year, fa.source.date) < std::tie(fb.year, fb.source.date);
        });
        break;
    case ChartEmphasis::Order::Manual:
        // Figures named in the manual order first, in it; any others after, as they were.
        by([&](int a, int b) {
            const auto place = [&](int row) {
                const qsizetype i = e.manualOrder.indexOf(all.figure(row).id);
                return i < 0 ? e.manualOrder.size() : i;
            };
            return place(a) < place(b);
        });
        break;
    }
    return rows;
}
