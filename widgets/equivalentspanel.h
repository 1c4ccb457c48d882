#pragma once

#include <QWidget>

class Document;
class QComboBox;
class QLabel;

// The selected figure in other terms, so a reader can feel its size: as a count of another
// figure (the baseline unless another is picked), as GPU-hours at each price parameter, and as
// a share of the same company's previous year. Follows the range mode and the parameters.
class EquivalentsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit EquivalentsPanel(Document *document, QWidget *parent = nullptr);
    void showFigure(int row); // -1 clears
    QString text() const;
    QComboBox *unitPicker() const { return m_other; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void followBaseline();
    // Now if shown, else when next shown.
    void refresh();
    void showLines();

    Document *m_document;
    QComboBox *m_other;
    QLabel *m_heading;
    QLabel *m_lines;
    int m_row = -1;
    bool m_followBaseline = true; // until the reader picks another figure
    bool m_stale = false;
};
