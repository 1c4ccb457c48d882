#pragma once

#include "chartemphasis.h"
#include "figure.h"

#include <QColor>
#include <QFont>
#include <QSizeF>
#include <QString>

// The house look shared by every chart, on screen and exported: one named font, pixel sizes
// meant for a 1200×675 article image, and the Okabe–Ito colour-blind-safe palette.
struct ChartStyle
{
    enum class Theme { Light, Dark };
    static ChartStyle forTheme(Theme theme);
    static bool themeFromKey(const QString &key, Theme *theme);

    Theme theme = Theme::Light;
    QString fontFamily = QStringLiteral("DejaVu Sans");
    int titlePixels = 24;
    int subtitlePixels = 16;
    int labelPixels = 14;
    int footerPixels = 13;
    QColor background = Qt::white;
    QColor text = QColor(0x22, 0x22, 0x22);
    QColor mutedText = QColor(0x5f, 0x5f, 0x5f);
    QColor grid = QColor(0xe3, 0xe3, 0xe3);
    QColor baseline = QColor(0x4d, 0x4d, 0x4d);
    QColor caveat = QColor(0x9a, 0x4a, 0x00);
    // Figures not highlighted when others are: present, but out of the way.
    QColor greyed = QColor(0xc8, 0xc8, 0xc8);

    QFont font(int pixels, bool bold = false) const;
    // The same look with type (and the bar thickness that follows it) scaled for a preset
    // seen smaller than its pixels, such as a story on a phone: 1 for an article image.
    ChartStyle scaled(double typeScale) const;
    // The logical size of the page the chart is built for (empty: not known, as in tests): a
    // chart across years lays its years down the page as rows where side by side a year's
    // column would be narrower than its value label.
    QSizeF page;
    // The same look for a page of this logical size.
    ChartStyle forPage(const QSizeF &logicalSize) const;
    // Contrast ratio (WCAG 2) of two colours: 1 to 21.
    static double contrast(const QColor &a, const QColor &b);
    // The text colour that reads best on a fill: near-white or near-black.
    QColor textOn(const QColor &fill) const;
    // One colour per kind of figure, so a chart that mixes kinds shows it at a glance.
    QColor kindColour(FigureKind kind) const;
    // A figure's colour as the chart's emphasis says: grey when others are highlighted, the
    // palette colour given to it, else kindColour (or fallback when given).
    QColor emphasisColour(const ChartEmphasis &emphasis, const QString &figureId, const QColor &fallback) const;
    // Solid for actual figures; pale fill with an outline for guidance, estimates and pledges.
    static bool isSolid(FigureStatus status) { return status == FigureStatus::Actual; }
};
