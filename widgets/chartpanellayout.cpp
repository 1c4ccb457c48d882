#include "chartpanellayout.h"

#include <QSplitter>
#include <QVBoxLayout>

void layOutChartPanel(QWidget *panel, QLayout *controls, QWidget *chart, QWidget *numbers,
                      const QString &splitterName, QWidget *strip)
{
    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(splitterName);
    split->addWidget(chart);
    split->addWidget(numbers);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({560, 240});

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    if (strip)
        layout->addWidget(strip);
    layout->addWidget(split, 1);
}
