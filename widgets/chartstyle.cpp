#include "chartstyle.h"

#include "chartpalette.h"

#include <cmath>

QFont ChartStyle::font(int pixels, bool bold) const
{
    QFont f(fontFamily);
    f.setPixelSize(pixels);
    f.setBold(bold);
    f.setStyleHint(QFont::SansSerif);
    return f;
}

ChartStyle ChartStyle::scaled(double typeScale) const
{
    ChartStyle s = *this;
    for (int *pixels : {&s.titlePixels, &s.subtitlePixels, &s.labelPixels, &s.footerPixels})
        *pixels = qRound(*pixels * typeScale);
    return s;
}

ChartStyle ChartStyle::forPage(const QSizeF &logicalSize) const
{
    ChartStyle s = *this;
    s.page = logicalSize;
    return s;
}

namespace {
double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
} // namespace

double ChartStyle::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor ChartStyle::textOn(const QColor &fill) const
{
    const QColor light(Qt::white);
    const QColor dark(0x11, 0x11, 0x11);
    return contrast(light, fill) >= contrast(dark, fill) ? light : dark;
}

QColor ChartStyle::kindColour(FigureKind kind) const
{
    // Okabe & Ito (2008), "Color Universal Design".
    switch (kind) {
    case FigureKind::Capex:
    case FigureKind::CapexGuidance:
        return QColor(0x00, 0x72, 0xB2); // blue
    case FigureKind::AnalystConsensus:
        return QColor(0x56, 0xB4, 0xE9); // sky blue
    case FigureKind::TrainingComputeCost:
    case FigureKind::ComputeHours:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    case FigureKind::HardwareEstimate:
    case FigureKind::OperatingCostEstimate:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case FigureKind::Pledge:
    case FigureKind::Commitment:
        return QColor(0x00, 0x9E, 0x73); // bluish green: promises, not spending
    case FigureKind::Other:
        return QColor(0xCC, 0x79, 0xA7); // reddish purple: a kind of its own, unlike any known
    }
    return QColor(0x00, 0x00, 0x00);
}

QColor ChartStyle::emphasisColour(const ChartEmphasis &emphasis, const QString &figureId,
                                  const QColor &fallback) const
{
    if (emphasis.isGreyed(figureId))
        return greyed;
    const QColor chosen = ChartPalette::colour(emphasis.colourKey(figureId));
    return chosen.isValid() ? chosen : fallback;
}

ChartStyle ChartStyle::forTheme(Theme theme)
{
    ChartStyle style;
    style.theme = theme;
    if (theme == Theme::Dark) {
        style.background = QColor(0x1c, 0x1e, 0x22);
        style.text = QColor(0xec, 0xec, 0xec);
        style.mutedText = QColor(0xb4, 0xb4, 0xb4);
        style.grid = QColor(0x3c, 0x40, 0x46);
        style.baseline = QColor(0xa0, 0xa0, 0xa0);
        style.caveat = QColor(0xf0, 0xb2, 0x5a);
        style.greyed = QColor(0x55, 0x59, 0x60);
    }
    return style;
}

bool ChartStyle::themeFromKey(const QString &key, Theme *theme)
{
    if (key == QLatin1String("light"))
        *theme = Theme::Light;
    else if (key == QLatin1String("dark"))
        *theme = Theme::Dark;
    else
        return false;
    return true;
}
