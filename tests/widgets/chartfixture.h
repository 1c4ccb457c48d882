#pragma once

#include "chartcanvas.h"
#include "chartexporter.h"
#include "document.h"
#include "figuremodel.h"

#include <gtest/gtest.h>

// A document on the built-in dataset, and helpers to look at exported pixels.
class ChartFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const DatasetRead read = DatasetJson::builtIn();
        ASSERT_TRUE(read.ok) << qPrintable(read.error);
        document.load(read.dataset);
    }
    int row(const char *id) const { return document.figures()->rowOf(QString::fromLatin1(id)); }

    static QColor pixelAt(const QImage &image, const QPointF &logical)
    {
        const qreal scale = image.devicePixelRatio();
        return image.pixelColor(int(logical.x() * scale), int(logical.y() * scale));
    }
    // Close to a colour, allowing for antialiasing.
    static bool near(const QColor &a, const QColor &b, int tolerance = 12)
    {
        return qAbs(a.red() - b.red()) <= tolerance && qAbs(a.green() - b.green()) <= tolerance &&
               qAbs(a.blue() - b.blue()) <= tolerance;
    }

    Document document;
    ChartStyle style;
};
