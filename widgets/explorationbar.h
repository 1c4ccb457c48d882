#pragma once

#include <QWidget>

class Document;
class QComboBox;
class QSpinBox;
class QToolButton;

// What a reporter changes to explore: a ready-made comparison, how ranges are read (range,
// low, mid, high) and which figures show (entity, kind, status, years). Every choice goes to
// the document, so it is undoable, saved, and followed by every table, chart and sentence.
class ExplorationBar : public QWidget
{
    Q_OBJECT
public:
    explicit ExplorationBar(Document *document, QWidget *parent = nullptr);

    QComboBox *rangeMode() const { return m_range; }
    QComboBox *entityFilter() const { return m_entity; }
    QComboBox *kindFilter() const { return m_kind; }
    QComboBox *statusFilter() const { return m_status; }
    QSpinBox *fromYear() const { return m_from; }
    QSpinBox *toYear() const { return m_to; }
    QToolButton *presets() const { return m_presets; }

private:
    void fillEntities();
    void showDocument();
    void applyFilter();

    Document *m_document;
    QToolButton *m_presets;
    QComboBox *m_range;
    QComboBox *m_entity;
    QComboBox *m_kind;
    QComboBox *m_status;
    QSpinBox *m_from;
    QSpinBox *m_to;
    QToolButton *m_clear;
};
