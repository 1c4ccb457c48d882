#pragma once

#include <QFrame>
#include <QString>

class Document;
class QLabel;
class QPushButton;

// A strip over a chart that says when its custom title or subtitle may no longer hold (the data
// under it changed, or it states a number or names a company the chart does not show), with
// Keep (the text stays, the warning goes; undoable) and, where the texts are not beside it, Edit.
// Hidden while the texts hold.
class ChartTextWarningBar : public QFrame
{
    Q_OBJECT
public:
    explicit ChartTextWarningBar(Document *document, QWidget *parent = nullptr);

    // The chart whose texts it watches, by key ("ratio", "growth", …).
    void setChart(const QString &chart);
    QString chart() const { return m_chart; }
    // Whether it offers Edit (the export dialog has the text fields beside it, so it does not).
    void setEditable(bool editable);
    // The warning on show; empty when the texts hold.
    QString warning() const;
    QPushButton *keepButton() const { return m_keep; }

Q_SIGNALS:
    void editRequested(const QString &chart);

private:
    void refresh();

    Document *m_document;
    QString m_chart;
    QMetaObject::Connection m_specConnection;
    QLabel *m_text;
    QPushButton *m_keep;
    QPushButton *m_edit;
};
