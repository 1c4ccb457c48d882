// One set of rules: the same bad figure gets the same message whichever way it comes in (the
// figure form, a cell of the table, a CSV import, a document), and one amount parser reads a
// typed amount the same way in each.
#include "../models/testdataset.h"
#include "csvreader.h"
#include "dataset.h"
#include "figureform.h"
#include "figureimport.h"
#include "figuremodel.h"
#include "gtestqt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSignalSpy>
#include <gtest/gtest.h>

namespace {

struct BadFigure
{
    const char *entity;
    const char *value; // as typed or written in a CSV cell
    double low;        // as a document stores it
    double high;
    const char *source;
    const char *url;
    const char *message; // the rule's message, which every path must give
};

QString csvCell(const char *text)
{
    return QLatin1Char('"') +
           QString::fromUtf8(text).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

QStringList importMessages(const BadFigure &c)
{
    const QString csv =
        QStringLiteral("entity,label,year,value,source,url\n") +
        QStringList{csvCell(c.entity), QStringLiteral("Capex"), QStringLiteral("2024"),
                    csvCell(c.value),  csvCell(c.source),       csvCell(c.url)}
            .join(QLatin1Char(',')) +
        QLatin1Char('\n');
    const CsvRead read = CsvReader().read(csv.toUtf8(), QStringLiteral("bad.csv"));
    EXPECT_TRUE(read.ok) << qPrintable(read.error);
    const FigureImportResult result = FigureImport().run(read.table);
    EXPECT_FALSE(result.importable());
    QStringList messages{result.error};
    for (const RowProblem &p : result.problems)
        messages << p.reason;
    return messages;
}

QStringList readerMessages(const BadFigure &c)
{
    const QJsonObject figure{{"id", "a"},
                             {"entity", QString::fromUtf8(c.entity)},
                             {"label", "Capex"},
                             {"kind", "capex"},
                             {"unit", "USD"},
                             {"period", QJsonObject{{"year", 2024}}},
                             {"low", c.low},
                             {"high", c.high},
                             {"status", "actual"},
                             {"level", "primary"},
                             {"source", QJsonObject{{"title", QString::fromUtf8(c.source)},
                                                    {"url", QString::fromUtf8(c.url)}}}};
    const QJsonObject root{
        {"format", "spendlens-document"}, {"version", 1}, {"figures", QJsonArray{figure}}};
    const DatasetRead read =
        DatasetJson::read(QJsonDocument(root).toJson(), QStringLiteral("bad.spendlens"));
    return QStringList{read.error} + read.problems;
}

QStringList formMessages(const BadFigure &c)
{
    FigureForm form(Figure{});
    form.field("entity")->setText(QString::fromUtf8(c.entity));
    form.field("label")->setText("Capex");
    form.field("value")->setText(QString::fromUtf8(c.value));
    form.field("sourceTitle")->setText(QString::fromUtf8(c.source));
    form.field("url")->setText(QString::fromUtf8(c.url));
    return form.problems().values();
}

bool anyContains(const QStringList &messages, const QString &wanted)
{
    for (const QString &m : messages)
        if (m.contains(wanted))
            return true;
    return false;
}

class SameRuleEverywhere : public ::testing::TestWithParam<BadFigure>
{
};

TEST_P(SameRuleEverywhere, FormImportAndReaderGiveTheSameMessage)
{
    const QString wanted = QString::fromUtf8(GetParam().message);
    const QStringList form = formMessages(GetParam());
    const QStringList import = importMessages(GetParam());
    const QStringList reader = readerMessages(GetParam());
    EXPECT_TRUE(anyContains(form, wanted)) << "form: " << qPrintable(form.join(" | "));
    EXPECT_TRUE(anyContains(import, wanted)) << "import: " << qPrintable(import.join(" | "));
    EXPECT_TRUE(anyContains(reader, wanted)) << "reader: " << qPrintable(reader.join(" | "));
}

INSTANTIATE_TEST_SUITE_P(
    Table, SameRuleEverywhere,
    ::testing::Values(
        BadFigure{"", "39.23B", 39.23e9, 39.23e9, "Q4 release", "",
                  "The entity (who spends or says it) is required."},
        BadFigure{"Meta", "39.23B", 39.23e9, 39.23e9, "", "",
                  "The source (where the figure comes from) is required."},
        BadFigure{"Meta", "65–60B", 65e9, 60e9, "Q4 release", "",
                  "The low end is above the high end."},
        BadFigure{"Meta", "2e16", 2e16, 2e16, "Q4 release", "",
                  "An amount must be a number from 0 to 10^16."},
        BadFigure{"Meta", "39.23B", 39.23e9, 39.23e9, "Q4 release", "javascript:alert(1)",
                  "“javascript:alert(1)” is not a web address (http or https)."},
        BadFigure{"Meta", "39.23B", 39.23e9, 39.23e9, "Q4 release", "file:///etc/passwd",
                  "“file:///etc/passwd” is not a web address (http or https)."},
        BadFigure{"Meta", "39.23B", 39.23e9, 39.23e9, "Q4 release", "data:text/html,<b>x</b>",
                  "“data:text/html,<b>x</b>” is not a web address (http or https)."},
        BadFigure{"Meta", "39.23B", 39.23e9, 39.23e9, "Q4 release", "https://user:pw@example.com/",
                  "“https://user:pw@example.com/” holds a user name or password"}));

TEST(SameRuleEverywhere, ACellEditBreaksTheSameRules)
{
    const Figure f = makeFigure("a", "Meta", FigureKind::Capex, 2024, 1e9, 1e9);
    FigureModel model;
    model.setFigures({f});
    QSignalSpy rejected(&model, &FigureModel::editRejected);
    EXPECT_FALSE(model.setData(model.index(0, FigureModel::EntityColumn), " "));
    EXPECT_FALSE(model.setData(model.index(0, FigureModel::PeriodColumn), "1850"));
    EXPECT_FALSE(model.setData(model.index(0, FigureModel::ValueColumn), "65–60B"));
    EXPECT_FALSE(model.setData(model.index(0, FigureModel::ValueColumn), "2e16"));
    ASSERT_EQ(rejected.size(), 4);
    EXPECT_TRUE(rejected.at(0).at(0).toString().endsWith(
        "The entity (who spends or says it) is required."));
    EXPECT_TRUE(rejected.at(1).at(0).toString().endsWith("The year 1850 is outside 1900–2100."));
    EXPECT_TRUE(rejected.at(2).at(0).toString().endsWith("The low end is above the high end."));
    EXPECT_TRUE(
        rejected.at(3).at(0).toString().endsWith("An amount must be a number from 0 to 10^16."));
    EXPECT_EQ(model.figures().front(), f) << "nothing changed";
}

// --- One amount parser ------------------------------------------------------------------------

struct TypedAmount
{
    const char *text;
    double value; // < 0: refused
};

class OneAmountParser : public ::testing::TestWithParam<TypedAmount>
{
};

TEST_P(OneAmountParser, CellFormAndImportReadTheSameNumber)
{
    const QString text = QString::fromUtf8(GetParam().text);
    const bool refused = GetParam().value < 0;

    const Figure f = makeFigure("a", "Meta", FigureKind::Capex, 2024, 1e9, 1e9);
    FigureModel model;
    model.setFigures({f});
    EXPECT_EQ(model.setData(model.index(0, FigureModel::ValueColumn), text), !refused)
        << GetParam().text;

    FigureForm form(f);
    form.field("value")->setText(text);
    EXPECT_EQ(form.problems().contains("value"), refused)
        << qPrintable(form.problems().value("value"));

    const QString csv = QStringLiteral("entity,year,value,source\nMeta,2024,") +
                        csvCell(GetParam().text) + QStringLiteral(",T\n");
    const FigureImportResult import =
        FigureImport().run(CsvReader().read(csv.toUtf8(), "a.csv").table);
    EXPECT_EQ(import.importable(), !refused) << GetParam().text;
    if (refused)
        return;
    EXPECT_DOUBLE_EQ(model.figures().front().low, GetParam().value) << "cell";
    EXPECT_DOUBLE_EQ(form.figure().low, GetParam().value) << "form";
    ASSERT_EQ(import.figures.size(), 1);
    EXPECT_DOUBLE_EQ(import.figures.front().low, GetParam().value) << "import";
}

INSTANTIATE_TEST_SUITE_P(Table, OneAmountParser,
                         ::testing::Values(TypedAmount{"5,5B", 5.5e9}, TypedAmount{"$5,5B", 5.5e9},
                                           TypedAmount{"1,234", 1234},
                                           TypedAmount{"5,576,000", 5.576e6},
                                           TypedAmount{"39,23B", 39.23e9},
                                           TypedAmount{"1,23,456", -1}, TypedAmount{"5,5,5B", -1}));

} // namespace
