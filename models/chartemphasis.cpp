#include "chartemphasis.h"

#include "chartpalette.h"
#include "documentlimits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace {
// Translations are filed under "ChartEmphasis", for lupdate and at run time alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChartEmphasis)
};

struct OrderKey
{
    ChartEmphasis::Order order;
    const char *key;
};
constexpr OrderKey kOrders[] = {{ChartEmphasis::Order::Automatic, "automatic"},
                                {ChartEmphasis::Order::Value, "value"},
                                {ChartEmphasis::Order::Name, "name"},
                                {ChartEmphasis::Order::Date, "date"},
                                {ChartEmphasis::Order::Manual, "manual"}};

QStringList stringList(const QJsonValue &value, bool *ok)
{
    QStringList out;
    *ok = value.isUndefined() || value.isArray();
    for (const QJsonValue &v : value.toArray()) {
        *ok = *ok && v.isString();
        out.append(v.toString());
    }
    return out;
}

bool readAnnotation(const QJsonValue &value, ChartAnnotation *a)
{
    const QJsonObject o = value.toObject();
    a->figureId = o.value(QLatin1String("figure")).toString();
    a->text = o.value(QLatin1String("text")).toString();
    a->placed = o.contains(QLatin1String("dx")) || o.contains(QLatin1String("dy"));
    a->dx = o.value(QLatin1String("dx")).toDouble();
    a->dy = o.value(QLatin1String("dy")).toDouble();
    return value.isObject() && !a->figureId.isEmpty();
}
} // namespace

bool ChartEmphasis::isEmpty() const
{
    return *this == ChartEmphasis();
}

bool ChartEmphasis::isGreyed(const QString &figureId) const
{
    return !highlighted.isEmpty() && !highlighted.contains(figureId);
}

const ChartAnnotation *ChartEmphasis::annotation(const QString &figureId) const
{
    for (const ChartAnnotation &a : annotations)
        if (a.figureId == figureId)
            return &a;
    return nullptr;
}

void ChartEmphasis::setAnnotation(const QString &figureId, const QString &text)
{
    for (int i = 0; i < annotations.size(); ++i) {
        if (annotations.at(i).figureId != figureId)
            continue;
        if (text.isEmpty())
            annotations.remove(i);
        else
            annotations[i].text = text;
        return;
    }
    if (!text.isEmpty())
        annotations.append({figureId, text});
}

QString ChartEmphasis::problem() const
{
    if (annotations.size() > kMaxAnnotations)
        return Tr::tr("the chart has %1 annotations; at most %2 fit on a chart")
            .arg(QLocale().toString(annotations.size()), QLocale().toString(kMaxAnnotations));
    for (const ChartAnnotation &a : annotations) {
        if (a.text.size() > kMaxAnnotationLength)
            return Tr::tr("the annotation on “%1” is %2 characters long; at most %3 fit on a chart")
                .arg(a.figureId.left(80), QLocale().toString(a.text.size()), QLocale().toString(kMaxAnnotationLength));
        if (!std::isfinite(a.dx) || !std::isfinite(a.dy) || std::abs(a.dx) > kMaxOffset || std::abs(a.dy) > kMaxOffset)
            return Tr::tr("the annotation on “%1” is placed off the chart").arg(a.figureId.left(80));
    }
    for (auto it = colours.cbegin(); it != colours.cend(); ++it) {
        if (!ChartPalette::isKey(it.value()))
            return Tr::tr("“%1” is not a palette colour (%2)")
                .arg(it.value().left(80), ChartPalette::keys().join(QLatin1String(", ")));
        for (auto other = std::next(it); other != colours.cend(); ++other)
            if (!ChartPalette::safePair(it.value(), other.value()))
                return Tr::tr("%1 (on “%2”) and %3 (on “%4”) look alike to colour-blind readers: choose another pair")
                    .arg(ChartPalette::name(it.value()), it.key().left(80), ChartPalette::name(other.value()),
                         other.key().left(80));
    }
    return {};
}

QStringList ChartEmphasis::unknownIds(const QStringList &ids) const
{
    QStringList named = highlighted + colours.keys() + manualOrder;
    for (const ChartAnnotation &a : annotations)
        named.append(a.figureId);
    QStringList unknown;
    for (const QString &id : named)
        if (!ids.contains(id) && !unknown.contains(id))
            unknown.append(id);
    return unknown;
}

bool ChartEmphasis::moveBar(const QStringList &shown, const QString &id, const QString &onto)
{
    const qsizetype from = shown.indexOf(id);
    const qsizetype to = shown.indexOf(onto);
    if (from < 0 || to < 0 || from == to)
        return false;
    QStringList ids = shown;
    ids.move(from, to);
    manualOrder = ids;
    order = Order::Manual;
    return true;
}

QString ChartEmphasis::orderKey(Order order)
{
    for (const OrderKey &o : kOrders)
        if (o.order == order)
            return QLatin1String(o.key);
    return {};
}

bool ChartEmphasis::orderFromKey(const QString &key, Order *order)
{
    for (const OrderKey &o : kOrders)
        if (key == QLatin1String(o.key)) {
            *order = o.order;
            return true;
        }
    return false;
}

QJsonObject ChartEmphasis::toJson() const
{
    QJsonArray notes;
    for (const ChartAnnotation &a : annotations) {
        QJsonObject o{{QStringLiteral("figure"), a.figureId}, {QStringLiteral("text"), a.text}};
        if (a.placed) {
            o.insert(QStringLiteral("dx"), a.dx);
            o.insert(QStringLiteral("dy"), a.dy);
        }
        notes.append(o);
    }
    QJsonObject colourObject;
    for (auto it = colours.cbegin(); it != colours.cend(); ++it)
        colourObject.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("highlight"), QJsonArray::fromStringList(highlighted)},
                       {QStringLiteral("annotations"), notes},
                       {QStringLiteral("colours"), colourObject},
                       {QStringLiteral("order"), orderKey(order)},
                       {QStringLiteral("manualOrder"), QJsonArray::fromStringList(manualOrder)}};
}

bool ChartEmphasis::fromJson(const QJsonObject &json, ChartEmphasis *emphasis, QString *why)
{
    ChartEmphasis e;
    bool listsOk = true, ok = true;
    e.highlighted = stringList(json.value(QLatin1String("highlight")), &ok);
    listsOk = listsOk && ok;
    e.manualOrder = stringList(json.value(QLatin1String("manualOrder")), &ok);
    listsOk = listsOk && ok;
    if (!listsOk) {
        *why = Tr::tr("its highlight and manual order are lists of figure ids");
        return false;
    }
    const QJsonArray notes = json.value(QLatin1String("annotations")).toArray();
    if (notes.size() > kMaxAnnotations) {
        *why = Tr::tr("the chart has %1 annotations; at most %2 fit on a chart")
                   .arg(QLocale().toString(notes.size()), QLocale().toString(kMaxAnnotations));
        return false;
    }
    e.annotations.resize(notes.size());
    for (int i = 0; i < notes.size(); ++i)
        if (!readAnnotation(notes.at(i), &e.annotations[i])) {
            *why = Tr::tr("annotation %1 names no figure").arg(i + 1);
            return false;
        }
    const QJsonObject colourObject = json.value(QLatin1String("colours")).toObject();
    for (auto it = colourObject.begin(); it != colourObject.end(); ++it)
        e.colours.insert(it.key(), it.value().toString());
    const QString order = json.value(QLatin1String("order")).toString(QStringLiteral("automatic"));
    if (!orderFromKey(order, &e.order)) {
        *why = Tr::tr("the bar order “%1” is unknown (automatic, value, name, date or manual)").arg(order.left(80));
        return false;
    }
    if (const QString problem = e.problem(); !problem.isEmpty()) {
        *why = problem;
        return false;
    }
    *emphasis = e;
    return true;
}
