#include "chartpalette.h"

#include <QCoreApplication>

#include <array>
#include <cmath>

namespace {

struct Entry
{
    const char *key;
    const char *name;
    QRgb rgb;
};

constexpr Entry kPalette[] = {
    {"blue", QT_TRANSLATE_NOOP("ChartPalette", "Blue"), 0x0072B2},
    {"vermillion", QT_TRANSLATE_NOOP("ChartPalette", "Vermillion"), 0xD55E00},
    {"orange", QT_TRANSLATE_NOOP("ChartPalette", "Orange"), 0xE69F00},
    {"green", QT_TRANSLATE_NOOP("ChartPalette", "Bluish green"), 0x009E73},
    {"skyblue", QT_TRANSLATE_NOOP("ChartPalette", "Sky blue"), 0x56B4E9},
    {"purple", QT_TRANSLATE_NOOP("ChartPalette", "Reddish purple"), 0xCC79A7},
};

// Below this CIELAB distance (ΔE*76) two colours read as one for some readers.
constexpr double kLeastDistance = 20;

using Vec = std::array<double, 3>;
using Matrix = std::array<Vec, 3>;

// Machado et al. (2009), severity 1.0, on linear RGB.
constexpr Matrix kDeficiencies[] = {
    {{{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}},
    {{{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}},
    {{{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}}},
};

double toLinear(double v)
{
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

Vec linear(const QColor &c)
{
    return {toLinear(c.redF()), toLinear(c.greenF()), toLinear(c.blueF())};
}

Vec times(const Matrix &m, const Vec &v)
{
    Vec out{};
    for (int i = 0; i < 3; ++i)
        out[i] = qBound(0.0, m[i][0] * v[0] + m[i][1] * v[1] + m[i][2] * v[2], 1.0);
    return out;
}

// Linear sRGB to CIELAB (D65).
Vec lab(const Vec &rgb)
{
    const Matrix toXyz{{{0.4124, 0.3576, 0.1805}, {0.2126, 0.7152, 0.0722}, {0.0193, 0.1192, 0.9505}}};
    const Vec xyz = times(toXyz, rgb);
    const Vec white{0.95047, 1.0, 1.08883};
    Vec f{};
    for (int i = 0; i < 3; ++i) {
        const double t = xyz[i] / white[i];
        f[i] = t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116;
    }
    return {116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])};
}

double distance(const Vec &a, const Vec &b)
{
    return std::sqrt((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]) + (a[2] - b[2]) * (a[2] - b[2]));
}

const Entry *find(const QString &key)
{
    for (const Entry &e : kPalette)
        if (key == QLatin1String(e.key))
            return &e;
    return nullptr;
}

} // namespace

namespace ChartPalette {

QStringList keys()
{
    QStringList all;
    for (const Entry &e : kPalette)
        all.append(QLatin1String(e.key));
    return all;
}

bool isKey(const QString &key)
{
    return find(key) != nullptr;
}

QColor colour(const QString &key)
{
    const Entry *e = find(key);
    return e ? QColor(e->rgb) : QColor();
}

QString name(const QString &key)
{
    const Entry *e = find(key);
    return e ? QCoreApplication::translate("ChartPalette", e->name) : key;
}

bool distinguishable(const QColor &a, const QColor &b)
{
    const Vec la = linear(a);
    const Vec lb = linear(b);
    if (distance(lab(la), lab(lb)) < kLeastDistance)
        return false;
    for (const Matrix &m : kDeficiencies)
        if (distance(lab(times(m, la)), lab(times(m, lb))) < kLeastDistance)
            return false;
    return true;
}

bool safePair(const QString &a, const QString &b)
{
    return a == b || distinguishable(colour(a), colour(b));
}

} // namespace ChartPalette
