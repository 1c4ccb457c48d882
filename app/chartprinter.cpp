#include "chartprinter.h"

#include "chartexporter.h"
#include "chartspec.h"

#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace ChartPrinter {

QSizeF layoutSize(const QPrinter &printer)
{
    return printer.pageLayout().paintRect(QPageLayout::Point).size() * 96.0 / 72.0;
}

bool print(QPrinter *printer, ChartType type, const Document &document, const ChartStyle &style)
{
    const QSizeF logical = layoutSize(*printer);
    if (logical.isEmpty())
        return false;
    const ChartExporter::Options options(logical.toSize(), 1);
    const ChartExporter::Renderer renderer(ChartCatalog::build(type, document, ChartExporter::styleFor(style, options)),
                                           options);
    QPainter painter;
    if (!painter.begin(printer))
        return false;
    // The layout fills the printable area: scale its logical pixels to the printer's.
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    painter.scale(page.width() / logical.width(), page.height() / logical.height());
    renderer.paint(&painter);
    return painter.end();
}

QPrintPreviewDialog *preview(QWidget *parent, ChartType type, const Document &document)
{
    auto *printer = new QPrinter(QPrinter::HighResolution);
    printer->setPageOrientation(QPageLayout::Landscape);
    printer->setDocName(ChartCatalog::spec(type, document).title());
    auto *dialog = new QPrintPreviewDialog(printer, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (parent) // a page large enough to judge, not Qt's small default
        dialog->resize(parent->window()->size() * 0.85);
    QObject::connect(dialog, &QObject::destroyed, [printer] { delete printer; });
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog, [type, &document](QPrinter *target) {
        print(target, type, document, ChartStyle());
    });
    return dialog;
}

} // namespace ChartPrinter
