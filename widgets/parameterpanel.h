#pragma once

#include <QWidget>

class Document;
class QDoubleSpinBox;
class QLabel;
class QSlider;
class QVBoxLayout;

// The document's assumptions, each with a slider and a spin box: moving one updates every
// derived figure, ratio, chart and sentence at once (one undo step per drag).
class ParameterPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ParameterPanel(Document *document, QWidget *parent = nullptr);
    QDoubleSpinBox *spinBox(const QString &name) const;
    QSlider *slider(const QString &name) const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    QWidget *currencyRow();
    // Now if shown, else when next shown.
    void scheduleValues();
    void showValues();
    void setValue(const QString &name, double value);

    Document *m_document;
    QVBoxLayout *m_rows;
    QLabel *m_message;
    QWidget *m_content = nullptr;
    bool m_stale = false;
};
