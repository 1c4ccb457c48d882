#include "factcheckexport.h"

#include "chartstyle.h"
#include "factchecksheet.h"
#include "factchecktext.h"
#include "fileio.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FactCheckExport)
};

// Markdown tables come in with equal columns: give the long texts (what a number is, how it was
// made, where a parameter comes from) the room, and thin rules.
void shapeTables(QTextDocument *document)
{
    const QHash<int, QVector<qreal>> widths{{6, {4, 13, 22, 13, 38, 10}}, {4, {14, 20, 12, 54}}};
    for (QTextFrame *frame : document->rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || !widths.contains(table->columns()))
            continue;
        QTextTableFormat format = table->format();
        QVector<QTextLength> constraints;
        for (qreal percent : widths.value(table->columns()))
            constraints.append(QTextLength(QTextLength::PercentageLength, percent));
        format.setColumnWidthConstraints(constraints);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setBorderCollapse(true);
        format.setBorder(1); // a device pixel at the PDF's resolution: thinner rounds to none
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderBrush(QColor(0x99, 0x99, 0x99));
        format.setHeaderRowCount(1);
        format.setCellPadding(3);
        format.setCellSpacing(0);
        table->setFormat(format);
    }
}

} // namespace

namespace FactCheckExport {

bool formatFromPath(const QString &path, Format *format, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown")) {
        *format = Format::Markdown;
        return true;
    }
    if (suffix == QLatin1String("pdf")) {
        *format = Format::Pdf;
        return true;
    }
    *error = Tr::tr("%1: a fact-check sheet is written as Markdown (.md) or PDF (.pdf), not “.%2”")
                 .arg(path, suffix);
    return false;
}

QByteArray pdf(const QString &markdown)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(Tr::tr("Fact-check sheet"));
    writer.setCreator(QStringLiteral("SpendLens"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                     QPageLayout::Millimeter));
    QTextDocument document;
    QFont font(ChartStyle().fontFamily);
    font.setPointSizeF(8);
    document.setDefaultFont(font);
    document.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    shapeTables(&document);
    document.print(&writer);
    return bytes;
}

bool write(const ChartSpec &spec, const QString &path, QString *error)
{
    Format format = Format::Markdown;
    if (!formatFromPath(path, &format, error))
        return false;
    const QString markdown = FactCheckText::markdown(FactCheckSheet::forChart(spec));
    return FileIo::writeAtomically(path, format == Format::Pdf ? pdf(markdown) : markdown.toUtf8(), error);
}

} // namespace FactCheckExport
