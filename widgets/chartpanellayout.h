#pragma once

#include <QString>

class QLayout;
class QWidget;

// The shape every chart panel shares: its controls on top, then the chart at full width with
// the numbers behind it below, in a splitter whose sizes the window remembers by name. A strip
// such as the chart-title warning goes between the controls and the chart.
void layOutChartPanel(QWidget *panel, QLayout *controls, QWidget *chart, QWidget *numbers,
                      const QString &splitterName, QWidget *strip = nullptr);
