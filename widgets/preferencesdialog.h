#pragma once

#include "preferences.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

// Edits the reader's preferences. Theme, units and export defaults apply at once; a new
// language applies when SpendLens next starts, and the dialog says so.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences &preferences, QWidget *parent = nullptr);
    Preferences preferences() const;

private:
    QComboBox *m_theme;
    QComboBox *m_language;
    QComboBox *m_units;
    QComboBox *m_preset;
    QLineEdit *m_byline;
};
