#include "charttexts.h"

#include "caveats.h"
#include "chartcanvas.h"
#include "chartdata.h"
#include "figuremodel.h"

namespace ChartTexts {

QString automaticCaveat(const FigureModel &figures, const QVector<int> &rows)
{
    QVector<const Figure *> shown;
    for (int row : rows)
        shown.append(&figures.figure(row));
    return Caveats::forFigures(shown);
}

void apply(ChartCanvas *canvas, const ChartSettings &settings, const QString &autoTitle,
           const QString &autoSubtitle, const FigureModel &figures, const QVector<int> &rows)
{
    canvas->setHeader(settings.title.isEmpty() ? autoTitle : settings.title,
                      settings.subtitle.isEmpty() ? autoSubtitle : settings.subtitle);
    ChartFooter footer;
    if (settings.showCaveat)
        footer.caveat = settings.caveat.isEmpty() ? automaticCaveat(figures, rows) : settings.caveat;
    footer.notes = settings.notes;
    footer.sources = ChartData::sourceLine(figures, rows);
    footer.byline = settings.byline;
    canvas->setFooter(footer);
}

} // namespace ChartTexts
