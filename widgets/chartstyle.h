#pragma once

#include "figure.h"

#include <QColor>
#include <QFont>
#include <QString>

// The house look shared by every chart, on screen and exported: one named font, pixel sizes
// meant for a 1200×675 article image, and the Okabe–Ito colour-blind-safe palette.
struct ChartStyle
{
    QString fontFamily = QStringLiteral("DejaVu Sans");
    int titlePixels = 24;
    int subtitlePixels = 16;
    int labelPixels = 14;
    int footerPixels = 13;
    QColor background = Qt::white;
    QColor text = QColor(0x22, 0x22, 0x22);
    QColor mutedText = QColor(0x5f, 0x5f, 0x5f);
    QColor grid = QColor(0xe3, 0xe3, 0xe3);
    QColor baseline = QColor(0x7f, 0x7f, 0x7f);

    QFont font(int pixels, bool bold = false) const;
    // One colour per kind of figure, so a chart that mixes kinds shows it at a glance.
    QColor kindColour(FigureKind kind) const;
    // Solid for actual figures; pale fill with an outline for guidance, estimates and pledges.
    static bool isSolid(FigureStatus status) { return status == FigureStatus::Actual; }
};
