#pragma once

#include "chartcatalog.h"

#include <QSizeF>

class Document;
class QPrintPreviewDialog;
class QPrinter;
class QWidget;

// File ▸ Print…: the chart on show laid out at the paper's size (not a screenshot scaled up)
// and painted as vectors, through a preview the user prints from.
namespace ChartPrinter {
// The size the chart is laid out at for the printer's printable area: its points read as
// pixels at 96 dpi, so type and bars have the sizes they have on screen.
QSizeF layoutSize(const QPrinter &printer);
// Prints the chart on one page; false if the printer could not be started.
bool print(QPrinter *printer, ChartType type, const Document &document, const ChartStyle &style);
// A preview of the chart in landscape (the charts are wide), deleted when closed; its
// printer lives as long as it does. Shown with open() by the caller.
QPrintPreviewDialog *preview(QWidget *parent, ChartType type, const Document &document);
} // namespace ChartPrinter
