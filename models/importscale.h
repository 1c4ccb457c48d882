#pragma once

#include <QList>
#include <QString>

// What a bare number in an imported amount column stands for: dollars, or thousands, millions or
// billions of them ("32,040" in a column "Capex ($m)" is $32.04B). A header can say it, the
// import dialog and `spendlens import --scale` can choose it.
namespace ImportScale {
// 1, 10^3, 10^6, 10^9: the choices offered.
QList<double> choices();
// "1", "units", "k", "thousands", "m", "mn", "millions", "b", "bn", "billions", in any case.
bool fromText(const QString &text, double *scale);
// "units", "thousands", "millions", "billions", else "× 100,000,000", in the language in force.
QString name(double scale);
// The scale a header gives outside brackets ("USD bn", "Capex $m", "value in millions"), 0 if it
// gives none; a bracketed hint such as "($bn)" is read by the importer itself.
double ofPlainHeader(const QString &header);
// The header without the words ofPlainHeader read ("Capex USD bn" gives "Capex"), so that the
// field it names can still be found.
QString withoutScaleWords(const QString &header);
} // namespace ImportScale
