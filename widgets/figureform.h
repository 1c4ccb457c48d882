#pragma once

#include "figure.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// Adding or editing one figure with every field: kind, status, level and unit from lists, dates
// picked, the amount typed as journalists write it, the address checked. The rules are
// FigureRules, as for an import or a document: each broken one has its message beside its field,
// and OK stays unavailable until none is broken.
class FigureForm : public QDialog
{
    Q_OBJECT
public:
    explicit FigureForm(const Figure &figure, QWidget *parent = nullptr);

    // The figure as the form describes it (valid only when problems() is empty).
    Figure figure() const;
    // Field name → what is wrong with it; empty when the figure can be saved.
    QHash<QString, QString> problems() const;

    QLineEdit *field(const QString &name) const;
    // The message shown under a field (empty when it is fine).
    QString message(const QString &name) const;
    // Checks a formula against the document (unknown names, cycles); returns why not, or empty.
    void setFormulaCheck(std::function<QString(const Figure &)> check);

private:
    void validate();
    QLabel *messageFor(const QString &name);

    Figure m_original;
    QLineEdit *m_entity;
    QLineEdit *m_label;
    QComboBox *m_kind;
    QSpinBox *m_year;
    QLineEdit *m_periodLabel;
    QComboBox *m_unit;
    QLineEdit *m_value;
    QLineEdit *m_formula;
    std::function<QString(const Figure &)> m_formulaCheck;
    QComboBox *m_status;
    QCheckBox *m_statedKnown;
    QDateEdit *m_stated;
    QLineEdit *m_sourceTitle;
    QLineEdit *m_publisher;
    QCheckBox *m_sourceDateKnown;
    QDateEdit *m_sourceDate;
    QLineEdit *m_url;
    QPlainTextEdit *m_quote;
    QLineEdit *m_basis;
    QComboBox *m_level;
    QPlainTextEdit *m_caveat;
    QPlainTextEdit *m_note;
    QHash<QString, QLabel *> m_messages;
    QPushButton *m_ok = nullptr;
};
