#pragma once

#include <QTextBrowser>

class FigureModel;

// The provenance of one figure: value, kind, basis, level, caveat and the source with its
// quote, date and address. Links open in the browser only for http and https.
class SourcePanel : public QTextBrowser
{
    Q_OBJECT
public:
    explicit SourcePanel(const FigureModel *figures, QWidget *parent = nullptr);
    void showFigure(int row); // -1 clears

private:
    const FigureModel *m_figures;
    int m_row = -1;
};
