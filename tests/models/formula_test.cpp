#include "../gtestqt.h"
#include "dataset.h"
#include "derivation.h"
#include "formula.h"
#include "testdataset.h"

#include <gtest/gtest.h>

namespace {

bool noFigures(const QString &, double *, double *) { return false; }

DerivedValue eval(const QString &text)
{
    const Formula f = Formula::parse(text);
    return f.evaluate(
        [](const QString &id, double *low, double *high) {
            if (id == "range") { // a figure of 60–65
                *low = 60;
                *high = 65;
                return true;
            }
            return false;
        },
        [](const QString &name, double *low, double *high) {
            if (name != "price")
                return false;
            *low = *high = 2;
            return true;
        });
}

TEST(Formula, FollowsArithmeticPrecedenceAndBrackets)
{
    EXPECT_DOUBLE_EQ(eval("1 + 2 * 3").high, 7);
    EXPECT_DOUBLE_EQ(eval("(1 + 2) * 3").high, 9);
    EXPECT_DOUBLE_EQ(eval("10 - 4 - 3").high, 3);
    EXPECT_DOUBLE_EQ(eval("12 / 3 / 2").high, 2);
    EXPECT_DOUBLE_EQ(eval("-2 * 3 + 10").high, 4);
    EXPECT_DOUBLE_EQ(eval("2.788M × price").high, 5.576e6); // × and suffixes as people write them
    EXPECT_DOUBLE_EQ(eval("1,000 ÷ 4").high, 250);
}

TEST(Formula, CarriesRangesThroughEveryOperation)
{
    // {range} is 60–65: ends computed by hand.
    DerivedValue v = eval("{range} * price");
    EXPECT_DOUBLE_EQ(v.low, 120);
    EXPECT_DOUBLE_EQ(v.high, 130);
    v = eval("{range} - {range}"); // the widest difference: 60 − 65 to 65 − 60
    EXPECT_DOUBLE_EQ(v.low, -5);
    EXPECT_DOUBLE_EQ(v.high, 5);
    v = eval("130 / {range}");
    EXPECT_DOUBLE_EQ(v.low, 2);
    EXPECT_DOUBLE_EQ(v.high, 130.0 / 60);
    v = eval("-{range}");
    EXPECT_DOUBLE_EQ(v.low, -65);
    EXPECT_DOUBLE_EQ(v.high, -60);
}

TEST(Formula, ListsWhatItRefersTo)
{
    const Formula f = Formula::parse("{a} * price + {b} * price - {a}");
    EXPECT_EQ(f.figureIds(), QStringList({"a", "b"}));
    EXPECT_EQ(f.parameterNames(), QStringList({"price"}));
}

TEST(Formula, RefusesWhatDoesNotParseAndSaysWhere)
{
    struct Case
    {
        const char *text;
        const char *message;
    };
    const Case cases[] = {
        {"", "The formula is empty."},
        {"2 *", "The formula ends where a value is expected."},
        {"(2 + 3", "A “(” is never closed."},
        {"2 + 3)", "A “)” has no “(” to close."},
        {"2 price", "Character 3: a name cannot follow a value"},
        {"{a", "Character 1: “{” is never closed by “}”."},
        {"2 ^ 3", "Character 3: “^” cannot be used in a formula."},
        {"* 2", "Character 1: “*” needs a value before it."},
        {"{}", "Character 1: “{}” names no figure."},
    };
    for (const Case &c : cases) {
        const Formula f = Formula::parse(QString::fromUtf8(c.text));
        EXPECT_FALSE(f.isValid()) << c.text;
        EXPECT_TRUE(f.error().startsWith(QString::fromUtf8(c.message)))
            << c.text << ": " << qPrintable(f.error());
    }
}

TEST(Formula, UnknownNamesAndDivisionByZeroGiveNoValue)
{
    EXPECT_EQ(eval("{nowhere} * 2").reason,
              QString::fromUtf8("The formula uses the figure “nowhere”, which does not exist."));
    EXPECT_EQ(eval("cost * 2").reason,
              QString::fromUtf8("The formula uses the parameter “cost”, which does not exist."));
    EXPECT_EQ(eval("1 / (price - 2)").reason, QString::fromUtf8("The formula divides by zero."));
    EXPECT_FALSE(Formula::parse("1 + 1").evaluate(noFigures, noFigures).reason.size());
}

TEST(Formula, DescribesItselfWithTheValuesItUses)
{
    const Formula f = Formula::parse("{hours} * price");
    EXPECT_EQ(f.describe([](const QString &) { return QStringLiteral("2.788M GPU-hours"); },
                         [](const QString &) { return QStringLiteral("$2.00 per GPU-hour"); }),
              QString::fromUtf8("2.788M GPU-hours × $2.00 per GPU-hour"));
}

QVector<Parameter> price()
{
    Parameter p;
    p.name = "price";
    p.label = "Price";
    p.value = 2;
    p.maximum = 10;
    p.unit = ParameterUnit::UsdPerGpuHour;
    return {p};
}

TEST(Derivation, RefusesCyclesNamingTheFigure)
{
    QVector<Figure> figures = metaAndDeepSeek();
    figures[0].formula = "{meta-2024} * 2";
    figures[1].formula = "{meta-2023} / 2";
    EXPECT_EQ(Derivation::check(figures, price()),
              QString::fromUtf8("“meta-2023” depends on itself through its formula."));
    figures[1].formula = "{meta-2024} + 1"; // itself, directly
    EXPECT_EQ(Derivation::check(figures, price()),
              QString::fromUtf8("“meta-2024” depends on itself through its formula."));
}

TEST(Derivation, RefusesUnknownNamesNamingTheFigure)
{
    QVector<Figure> figures = metaAndDeepSeek();
    figures[5].formula = "{v3-hours} * price";
    EXPECT_EQ(Derivation::check(figures, price()),
              QString::fromUtf8("“v3”: The formula uses the figure “v3-hours”, which does not exist."));
    figures[5].formula = "{meta-2023} * rent";
    EXPECT_EQ(Derivation::check(figures, price()),
              QString::fromUtf8("“v3”: The formula uses the parameter “rent”, which does not exist."));
    figures[5].formula = "{meta-2023} - {meta-2024}";
    EXPECT_EQ(Derivation::check(figures, price()),
              QString::fromUtf8("“v3”: the formula gives a negative value, and figures cannot be "
                                "negative."));
}

TEST(Derivation, EvaluatesChainsInDependencyOrder)
{
    QVector<Figure> figures = metaAndDeepSeek();
    figures[0].formula = "{meta-2024} * 2"; // uses a derived figure that comes later
    figures[1].formula = "{v3} * price";
    QVector<Derivation::Update> updates;
    QString error;
    ASSERT_TRUE(Derivation::evaluate(figures, Derivation::indexById(figures), price(), &updates, &error))
        << qPrintable(error);
    ASSERT_EQ(updates.size(), 2);
    EXPECT_EQ(updates[0].row, 0);
    EXPECT_DOUBLE_EQ(updates[0].high, 5.576e6 * 2 * 2);
    EXPECT_EQ(updates[1].row, 1);
    EXPECT_DOUBLE_EQ(updates[1].high, 5.576e6 * 2);
    EXPECT_EQ(Derivation::dependents(figures, "v3", QString()), QVector<int>({0, 1}));
    EXPECT_EQ(Derivation::dependents(figures, QString(), "price"), QVector<int>({0, 1}));
    EXPECT_TRUE(Derivation::dependents(figures, "meta-2025", QString()).isEmpty());
}

TEST(Derivation, ADocumentWithACycleIsRefusedWithTheFigureNamed)
{
    Dataset d;
    d.figures = metaAndDeepSeek();
    d.figures[0].formula = "{meta-2024}";
    d.figures[1].formula = "{meta-2023}";
    const DatasetRead read = DatasetJson::read(DatasetJson::write(d), "cycle.spendlens");
    EXPECT_FALSE(read.ok);
    EXPECT_EQ(read.error,
              QString::fromUtf8("cycle.spendlens: “meta-2023” depends on itself through its formula."));
}

TEST(Derivation, AChainOfAHundredThousandFormulasNeedsNoDeepStack)
{
    // Recursive evaluation overflowed the stack at about 8,500 links (SIGSEGV).
    const QVector<Figure> figures = formulaChain(100000);
    QVector<Derivation::Update> updates;
    QString error;
    ASSERT_TRUE(Derivation::evaluate(figures, Derivation::indexById(figures), {}, &updates, &error))
        << qPrintable(error);
    ASSERT_EQ(updates.size(), 99999);
    EXPECT_EQ(updates.first().row, 0);
    EXPECT_DOUBLE_EQ(updates.first().high, 100000);
    EXPECT_EQ(Derivation::dependents(figures, "c99999", QString()).size(), 99999);
}

TEST(Derivation, ALongCycleIsRefusedNamingTheFigure)
{
    QVector<Figure> figures = formulaChain(50000);
    figures.last().formula = "{c0} + 1";
    EXPECT_EQ(Derivation::check(figures, {}),
              QString::fromUtf8("“c0” depends on itself through its formula."));
}

TEST(Formula, DeepBracketsAreRefusedWithAMessage)
{
    const QString deep = QString(100000, '(') + "1" + QString(100000, ')');
    const Formula f = Formula::parse(deep);
    EXPECT_FALSE(f.isValid());
    EXPECT_EQ(f.error(), QString::fromUtf8("Character 101: brackets nest more than 100 deep."));
    EXPECT_DOUBLE_EQ(eval(QString(100, '(') + "2" + QString(100, ')')).high, 2);
    EXPECT_DOUBLE_EQ(eval(QString(10000, '-') + "2").high, 2); // unary minus: no stack either
}

} // namespace
