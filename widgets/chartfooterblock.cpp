#include "chartfooterblock.h"

#include <QCoreApplication>
#include <QGraphicsLineItem>
#include <QGraphicsTextItem>
#include <QPen>
#include <QTextDocument>

// Its texts are filed under "ChartCanvas", where they were first translated.
ChartFooterBlock::ChartFooterBlock(QGraphicsItem *parent, const ChartStyle &style)
    : m_style(style), m_body(new QGraphicsTextItem(parent)), m_byline(new QGraphicsTextItem(parent)),
      m_rule(new QGraphicsLineItem(parent))
{
    for (QGraphicsTextItem *item : {m_body, m_byline}) {
        item->setFont(style.font(style.footerPixels));
        item->setDefaultTextColor(style.mutedText);
        item->document()->setDocumentMargin(0);
    }
    m_rule->setPen(QPen(style.grid, 1));
}

void ChartFooterBlock::setTexts(const ChartFooter &footer)
{
    m_texts = footer;
    m_measured[0] = m_measured[1] = Measured(); // the byline's height is in them
    m_byline->setPlainText(footer.byline.isEmpty()
                               ? QString()
                               : QCoreApplication::translate("ChartCanvas", "Chart: %1").arg(footer.byline));
}

QString ChartFooterBlock::leadIn(const QString &label)
{
    return label.toHtmlEscaped() + (label.endsWith(QChar(0xFF1A)) ? QString() : QStringLiteral(" "));
}

QString ChartFooterBlock::html(bool shortForm) const
{
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    const ChartFooter &f = m_texts;
    const QString caveat = shortForm && !f.shortCaveat.isEmpty() ? f.shortCaveat : f.caveat;
    const QString sources = shortForm && !f.shortSources.isEmpty() ? f.shortSources : f.sources;
    QStringList blocks;
    const auto lead = &ChartFooterBlock::leadIn;
    if (!caveat.isEmpty())
        blocks << QStringLiteral("<div style='color:%1'><b>%2</b>%3</div>")
                      .arg(m_style.caveat.name(), lead(QCoreApplication::translate("ChartCanvas", "Caveat:")), esc(caveat));
    if (!f.notes.isEmpty())
        blocks << QStringLiteral("<div>%1%2</div>").arg(lead(QCoreApplication::translate("ChartCanvas", "Note:")), esc(f.notes));
    if (!sources.isEmpty())
        blocks << QStringLiteral("<div>%1</div>").arg(esc(sources));
    return blocks.join(QString());
}

qreal ChartFooterBlock::setForm(bool shortForm, qreal width)
{
    // Laying out rich text is the dearest step of a chart's layout: lay out only what changed.
    const QString text = html(shortForm);
    if (text != m_html) {
        m_body->setHtml(text);
        m_html = text;
    }
    for (QGraphicsTextItem *item : {m_body, m_byline})
        if (item->textWidth() != width)
            item->setTextWidth(width);
    qreal h = m_body->document()->isEmpty() ? 0 : m_body->document()->size().height();
    if (!m_byline->toPlainText().isEmpty())
        h += m_byline->document()->size().height() + 2;
    h = h > 0 ? h + 12 : 0; // the rule and its gap
    m_measured[shortForm ? 1 : 0] = {text, width, h};
    return h;
}

qreal ChartFooterBlock::formHeight(bool shortForm, qreal width)
{
    const Measured &known = m_measured[shortForm ? 1 : 0];
    if (known.width == width && known.html == html(shortForm))
        return known.height;
    return setForm(shortForm, width);
}

void ChartFooterBlock::place(qreal left, qreal right, qreal bottom)
{
    qreal y = bottom;
    if (!m_byline->toPlainText().isEmpty()) {
        y -= m_byline->document()->size().height();
        m_byline->setPos(left, y);
        y -= 2;
    }
    if (!m_body->document()->isEmpty()) {
        y -= m_body->document()->size().height();
        m_body->setPos(left, y);
    }
    m_rule->setVisible(y < bottom);
    m_rule->setLine(left, y - 7, right, y - 7);
}

QString ChartFooterBlock::plainText() const
{
    const QString byline = m_byline->toPlainText();
    return m_body->toPlainText() + (byline.isEmpty() ? QString() : QLatin1Char('\n') + byline);
}
