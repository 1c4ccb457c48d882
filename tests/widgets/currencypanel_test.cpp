#include "../gtestqt.h"
#include "dataset.h"
#include "document.h"
#include "parameterpanel.h"
#include "parametermodel.h"
#include "ratiomodel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSlider>
#include <QUndoStack>
#include <gtest/gtest.h>

// The Parameters tab: the exchange rates with a slider each and the chart currency, both undoable.
TEST(CurrencyPanel, TheRateHasASliderAndTheChartCurrencyAChoiceBothUndoable)
{
    Document document;
    document.load(DatasetJson::builtIn().dataset);
    ParameterPanel panel(&document);
    QDoubleSpinBox *spin = panel.spinBox("usd_cny_2023");
    QSlider *slider = panel.slider("usd_cny_2023");
    ASSERT_TRUE(spin && slider);
    EXPECT_EQ(spin->decimals(), 4);
    EXPECT_DOUBLE_EQ(spin->value(), 7.0809); // as published, not rounded to 7.08
    slider->setValue(720);
    EXPECT_DOUBLE_EQ(ParameterText::find(document.parameters()->parameters(), "usd_cny_2023")->value, 7.2);
    document.undoStack()->undo();
    EXPECT_DOUBLE_EQ(ParameterText::find(document.parameters()->parameters(), "usd_cny_2023")->value, 7.0809);

    auto *currency = panel.findChild<QComboBox *>("chart-currency");
    ASSERT_TRUE(currency);
    currency->setCurrentIndex(currency->findData(int(FigureUnit::Cny)));
    EXPECT_EQ(document.chartCurrency(), FigureUnit::Cny);
    document.undoStack()->undo();
    EXPECT_EQ(document.chartCurrency(), FigureUnit::Usd);
    EXPECT_EQ(currency->currentData().toInt(), int(FigureUnit::Usd)); // the choice follows the undo
}
