#include "../gtestqt.h"
#include "dataset.h"
#include "figurerules.h"
#include "documentlimits.h"
#include "figuremodel.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QJsonDocument>
#include <QSet>
#include <gtest/gtest.h>

namespace {

TEST(BuiltInDataset, LoadsWithEverySourceAndLevel)
{
    const DatasetRead read = DatasetJson::builtIn();
    ASSERT_TRUE(read.ok) << qPrintable(read.error);
    const Dataset &d = read.dataset;
    EXPECT_GE(d.figures.size(), 30);
    for (const Figure &f : d.figures) {
        EXPECT_FALSE(f.source.title.isEmpty()) << qPrintable(f.id);
        EXPECT_FALSE(f.source.publisher.isEmpty()) << qPrintable(f.id);
        EXPECT_FALSE(f.label.isEmpty()) << qPrintable(f.id);
        EXPECT_FALSE(f.basis.isEmpty()) << qPrintable(f.id);
        EXPECT_LE(f.low, f.high) << qPrintable(f.id);
        if (!f.source.url.isEmpty()) {
            EXPECT_TRUE(f.source.url.startsWith("https://") || f.source.url.startsWith("http://")) << qPrintable(f.id);
        }
    }
    EXPECT_EQ(d.baselineId, "deepseek-v3-total");
    EXPECT_FALSE(d.comparedIds.isEmpty());
}

TEST(BuiltInDataset, KeepsTheFactSheetNumbers)
{
    const Dataset d = DatasetJson::builtIn().dataset;
    QHash<QString, Figure> byId;
    for (const Figure &f : d.figures)
        byId.insert(f.id, f);
    // The report's number, with the reported rounding kept in the note.
    const Figure v3 = byId.value("deepseek-v3-total");
    EXPECT_DOUBLE_EQ(v3.low, 5.576e6);
    EXPECT_EQ(v3.level, Verification::Primary);
    EXPECT_TRUE(v3.note.contains("5.5")) << qPrintable(v3.note);
    EXPECT_FALSE(v3.caveat.isEmpty());

    const Figure plan = byId.value("meta-capex-2025-guidance-2025-01");
    EXPECT_DOUBLE_EQ(plan.low, 60e9);
    EXPECT_DOUBLE_EQ(plan.high, 65e9);
    EXPECT_EQ(plan.status, FigureStatus::Guidance);
    EXPECT_DOUBLE_EQ(byId.value("meta-capex-2024").low, 39.23e9);
    EXPECT_DOUBLE_EQ(byId.value("meta-capex-2025").low, 72.22e9);
    EXPECT_DOUBLE_EQ(byId.value("meta-capex-2026-guidance-2026-01").high, 135e9);
    EXPECT_EQ(byId.value("meta-capex-2022").level, Verification::Derived);
    EXPECT_EQ(byId.value("stargate-pledge").kind, FigureKind::Pledge);
    EXPECT_EQ(byId.value("llama31-405b-gpu-hours").unit, FigureUnit::GpuHours);
    // Every Meta capex year of the fact sheet is there.
    for (int year = 2019; year <= 2025; ++year)
        EXPECT_TRUE(byId.contains(QString("meta-capex-%1").arg(year))) << year;
}

TEST(DatasetJson, AFigureWithoutASourceLoadsAndIsFlagged)
{
    const DatasetRead read = DatasetJson::readFile(QString(SPENDLENS_TEST_DATA "/no-source.json"));
    ASSERT_TRUE(read.ok) << qPrintable(read.error);
    FigureModel model;
    model.setFigures(read.dataset.figures);
    EXPECT_TRUE(model.index(0, FigureModel::SourceColumn).data().toString().contains("No source"));
    EXPECT_TRUE(model.index(0, FigureModel::SourceColumn).data(Qt::ForegroundRole).isValid());
    // The rule it breaks is named, as the form and the import name it.
    ASSERT_EQ(read.problems.size(), 1);
    EXPECT_TRUE(read.problems.front().endsWith(": The source (where the figure comes from) is required."))
        << qPrintable(read.problems.front());
}

TEST(DatasetJson, AKindThatCannotBePlacedOpensAsOtherWithAWarning)
{
    const DatasetRead read = DatasetJson::readFile(QString(SPENDLENS_TEST_DATA "/unknown-kind.json"));
    ASSERT_TRUE(read.ok) << qPrintable(read.error);
    ASSERT_EQ(read.dataset.figures.size(), 1);
    EXPECT_EQ(read.dataset.figures.front().kind, FigureKind::Other);
    ASSERT_EQ(read.warnings.size(), 1);
    EXPECT_TRUE(read.warnings.front().startsWith("figure 1 (a): the kind “salary” is not one SpendLens knows"))
        << qPrintable(read.warnings.front());
    EXPECT_TRUE(read.problems.isEmpty());
}

TEST(DatasetJson, KindsStatusesAndLevelsReadAsPeopleWriteThem)
{
    QByteArray json = R"({"format":"spendlens-dataset","version":1,"figures":[{"id":"a","entity":"Meta",
        "label":"A","kind":"Capex Guidance","period":{"year":2025,"label":"2025"},"unit":"usd",
        "low":60e9,"high":65e9,"status":"Plan","source":{"title":"T"},"level":"PRIMARY"}]})";
    const DatasetRead read = DatasetJson::read(json, "hand.json");
    ASSERT_TRUE(read.ok) << qPrintable(read.error);
    const Figure &f = read.dataset.figures.front();
    EXPECT_EQ(f.kind, FigureKind::CapexGuidance);
    EXPECT_EQ(f.status, FigureStatus::Guidance);
    EXPECT_EQ(f.level, Verification::Primary);
    EXPECT_EQ(f.unit, FigureUnit::Usd);
    EXPECT_TRUE(read.warnings.isEmpty());
    // Written back with the keys, as before.
    const QByteArray written = DatasetJson::write(read.dataset);
    EXPECT_TRUE(written.contains("\"kind\":\"capex-guidance\"") || written.contains("\"kind\": \"capex-guidance\""))
        << written.left(2000).toStdString();
}

TEST(DatasetJson, AQuarterIsReadCheckedAndWrittenBack)
{
    const auto doc = [](const char *period) -> QByteArray {
        return QByteArray(R"({"format":"spendlens-dataset","version":1,"figures":[{"id":"q","entity":"Meta",
            "label":"Q","kind":"capex","period":)") + period + R"(,"unit":"USD","low":1,"high":1,
            "status":"actual","source":{"title":"T"},"level":"primary"}]})";
    };
    const DatasetRead read = DatasetJson::read(doc(R"({"year":2025,"quarter":3,"label":"Q3 2025"})"), "q.json");
    ASSERT_TRUE(read.ok) << qPrintable(read.error);
    EXPECT_EQ(read.dataset.figures.front().quarter, 3);
    EXPECT_TRUE(read.dataset.figures.front().isQuarterly());
    const DatasetRead again = DatasetJson::read(DatasetJson::write(read.dataset), "again");
    ASSERT_TRUE(again.ok) << qPrintable(again.error);
    EXPECT_EQ(again.dataset.figures.front().quarter, 3);
    // A whole year has no quarter, and writes none.
    const DatasetRead year = DatasetJson::read(doc(R"({"year":2025})"), "y.json");
    ASSERT_TRUE(year.ok);
    EXPECT_EQ(year.dataset.figures.front().quarter, 0);
    EXPECT_FALSE(DatasetJson::write(year.dataset).contains("quarter"));
    for (const char *bad : {R"({"year":2025,"quarter":5})", R"({"year":2025,"quarter":"Q3"})",
                            R"({"year":2025,"quarter":2.5})"}) {
        const DatasetRead refused = DatasetJson::read(doc(bad), "bad.json");
        EXPECT_FALSE(refused.ok) << bad;
        EXPECT_EQ(refused.error, "bad.json: figure 1 (q): " + FigureRules::quarterProblem(-1)) << qPrintable(refused.error);
    }
}

TEST(DatasetJson, AddressesThatAreNotWebAddressesKeepTheDocumentOut)
{
    for (const char *url : {"javascript:alert(1)", "file:///etc/passwd", "data:text/html,x",
                            "https://user:pw@example.com/"}) {
        const QByteArray json = QByteArray(R"({"format":"spendlens-dataset","version":1,"figures":[{"id":"a",
            "entity":"Meta","label":"A","kind":"capex","period":{"year":2025},"unit":"USD","low":1,
            "high":1,"status":"actual","source":{"title":"T","url":")") + url + R"("},"level":"primary"}]})";
        const DatasetRead read = DatasetJson::read(json, "hostile.json");
        EXPECT_FALSE(read.ok) << url;
        EXPECT_EQ(read.error, "hostile.json: figure 1 (a): " + FigureRules::urlProblem(QString::fromUtf8(url)))
            << qPrintable(read.error);
    }
}

TEST(DatasetJson, DocumentsKeepDashboardStateAndChartTexts)
{
    Dataset d = DatasetJson::builtIn().dataset;
    d.latestGuidance = true;
    ChartSettings s;
    s.title = "Meta vs DeepSeek";
    s.showCaveat = false;
    s.logScale = false;
    d.charts.insert("comparison", s);
    const QByteArray json = DatasetJson::write(d, DatasetJson::Kind::Document);
    EXPECT_TRUE(json.contains("\"spendlens-document\""));
    const DatasetRead again = DatasetJson::read(json, "doc");
    ASSERT_TRUE(again.ok) << qPrintable(again.error);
    EXPECT_TRUE(again.dataset.latestGuidance);
    EXPECT_EQ(again.dataset.charts.value("comparison"), s);
}

// A document as a script writes it: json.dump / jq -c put it all on one line.
QByteArray oneLineDocument(int figures, const QString &note = {})
{
    const Figure model = DatasetJson::builtIn().dataset.figures.first();
    Dataset d;
    for (int i = 0; i < figures; ++i) {
        Figure f = model;
        f.id = QStringLiteral("figure-%1").arg(i);
        f.note = note.isEmpty() ? QString(200, QLatin1Char('n')) : note;
        d.figures.append(f);
    }
    return QJsonDocument::fromJson(DatasetJson::write(d)).toJson(QJsonDocument::Compact);
}

TEST(DatasetJson, AOneLineDocumentOfTwoThousandFiguresOpens)
{
    const QByteArray json = oneLineDocument(2000);
    ASSERT_GT(json.size(), 1024 * 1024);
    ASSERT_FALSE(json.trimmed().contains('\n'));
    const DatasetRead read = DatasetJson::read(json, "script.spendlens");
    ASSERT_TRUE(read.ok) << qPrintable(read.error);
    EXPECT_EQ(read.dataset.figures.size(), 2000);
}

TEST(DatasetJson, WhatADocumentMayCostIsBoundedByItsStructure)
{
    const QString tooLong(DocumentLimits::kMaxTextLength + 1, QLatin1Char('x'));
    const DatasetRead longText = DatasetJson::read(oneLineDocument(2, tooLong), "long.spendlens");
    EXPECT_FALSE(longText.ok);
    EXPECT_TRUE(longText.error.startsWith(QString::fromUtf8("long.spendlens: line 1, column ")))
        << qPrintable(longText.error);
    EXPECT_TRUE(longText.error.contains(QString::fromUtf8("a text of 65,537 characters, longer than the "
                                                          "65,536 a document may hold")))
        << qPrintable(longText.error);

    const QByteArray deep = "{\"format\":\"spendlens-document\",\"version\":1,\"figures\":[],\"x\":" +
                            QByteArray(40, '[') + QByteArray(40, ']') + "}";
    const DatasetRead nested = DatasetJson::read(deep, "deep.spendlens");
    EXPECT_FALSE(nested.ok);
    EXPECT_EQ(nested.error, QString::fromUtf8("deep.spendlens: line 1, column 92: nested deeper than 32 levels."));

    QByteArray many = "{\"format\":\"spendlens-document\",\"version\":1,\"figures\":[";
    for (int i = 0; i <= DocumentLimits::kMaxFigures; ++i)
        many += i == 0 ? "0" : ",0";
    many += "]}";
    const DatasetRead list = DatasetJson::read(many, "many.spendlens");
    EXPECT_FALSE(list.ok);
    EXPECT_TRUE(list.error.contains(QString::fromUtf8("a list or object with more than 200,000 entries")))
        << qPrintable(list.error);
}

TEST(DatasetJson, WhatQJsonLetsThroughIsRefusedNamingThePlace)
{
    const QByteArray nul = QByteArray("{\"format\":\"spendlens-document\",\n\"version\":1,\"figures\":[],\"x\":\"a") +
                           QByteArray(1, '\0') + "b\"}";
    const DatasetRead inText = DatasetJson::read(nul, "nul.spendlens");
    EXPECT_FALSE(inText.ok);
    EXPECT_EQ(inText.error, QString::fromUtf8("nul.spendlens: line 2, column 32: a NUL byte inside a "
                                              "text; JSON writes it as \\u0000."));

    const QByteArray tab = "{\"format\":\"spendlens-document\",\"version\":1,\"figures\":[],\"x\":\"a\tb\"}";
    const DatasetRead control = DatasetJson::read(tab, "tab.spendlens");
    EXPECT_FALSE(control.ok);
    EXPECT_TRUE(control.error.contains("column 63: a control character (U+0009)")) << qPrintable(control.error);

    const QByteArray twice = "{\"format\":\"spendlens-document\",\"version\":1,\"figures\":[],\n"
                             "\"figur\\u0065s\":[]}";
    const DatasetRead duplicate = DatasetJson::read(twice, "twice.spendlens");
    EXPECT_FALSE(duplicate.ok);
    EXPECT_EQ(duplicate.error, QString::fromUtf8("twice.spendlens: line 2, column 1: the key “figures” "
                                                 "appears twice in one object."));
}

TEST(DatasetJson, AnEscapeCutOffByTheEndOfTheFileIsRefusedNotReadPast)
{
    // Found by fuzz_dataset: a key whose "\u" escape runs past the last byte made the shape
    // check slice past the end of the file (a Qt assertion in the sanitizer build).
    for (const QByteArray &cut : {QByteArray("{\"\xe3\\u\x1a"), QByteArray("{\"\\u"), QByteArray("{\"ab\\u00")}) {
        const DatasetRead read = DatasetJson::read(cut, "cut.spendlens");
        EXPECT_FALSE(read.ok) << cut.toHex().toStdString();
        EXPECT_TRUE(read.error.startsWith("cut.spendlens: ")) << qPrintable(read.error);
    }
}

TEST(DatasetJson, WhatTheWriterWritesTheReaderReads)
{
    QTemporaryDir dir;
    // A multi-line note at the limit, with characters outside the BMP (two units each).
    QString note = QString::fromUtf8("line one\nline two 🙂 ");
    note += QString(DocumentLimits::kMaxTextLength - note.size(), QLatin1Char('q'));
    ASSERT_EQ(note.size(), DocumentLimits::kMaxTextLength);
    Dataset d;
    d.figures = {DatasetJson::builtIn().dataset.figures.first()};
    d.figures[0].note = note;
    QString error;
    ASSERT_TRUE(DatasetJson::writeFile(d, dir.filePath("at-limit.spendlens"), &error)) << qPrintable(error);
    const DatasetRead read = DatasetJson::readFile(dir.filePath("at-limit.spendlens"));
    ASSERT_TRUE(read.ok) << qPrintable(read.error);
    EXPECT_EQ(read.dataset.figures.first().note, note);

    d.figures[0].source.quote = note + QLatin1Char('!');
    const QString path = dir.filePath("over.spendlens");
    EXPECT_FALSE(DatasetJson::writeFile(d, path, &error));
    EXPECT_EQ(error, path + QString::fromUtf8(": not saved: figure “%1”: “source.quote” has 65,537 "
                                              "characters, more than the 65,536 a document may hold.")
                                .arg(d.figures[0].id));
    EXPECT_FALSE(QFile::exists(path));
}

TEST(DatasetJson, WritesWhatItReads)
{
    const Dataset d = DatasetJson::builtIn().dataset;
    const DatasetRead again = DatasetJson::read(DatasetJson::write(d), "round-trip");
    ASSERT_TRUE(again.ok) << qPrintable(again.error);
    ASSERT_EQ(again.dataset.figures.size(), d.figures.size());
    for (int i = 0; i < d.figures.size(); ++i)
        EXPECT_EQ(again.dataset.figures.at(i), d.figures.at(i)) << qPrintable(d.figures.at(i).id);
    EXPECT_EQ(again.dataset.comparedIds, d.comparedIds);
}

TEST(DatasetJson, ReadsFiguresOneByOneWhateverTheirTextHolds)
{
    // Figures are parsed one at a time from their place in the file: brackets, braces, quotes
    // and escapes inside texts, and compact or indented layout, must not confuse the splitting.
    Dataset d = DatasetJson::builtIn().dataset;
    d.figures[0].note = QString::fromUtf8("A “quote” with \"escapes\", {braces}, [brackets], \\ and ]}");
    d.figures[1].label = QStringLiteral("},{\"figures\": [");
    const QByteArray indented = DatasetJson::write(d);
    QByteArray compact = QJsonDocument::fromJson(indented).toJson(QJsonDocument::Compact);
    for (const QByteArray &bytes : {indented, compact}) {
        const DatasetRead again = DatasetJson::read(bytes, "split");
        ASSERT_TRUE(again.ok) << qPrintable(again.error);
        ASSERT_EQ(again.dataset.figures.size(), d.figures.size());
        for (int i = 0; i < d.figures.size(); ++i)
            EXPECT_EQ(again.dataset.figures.at(i), d.figures.at(i)) << i;
        EXPECT_EQ(again.dataset.parameters, d.parameters);
    }
    // A figure that is not an object, and a syntax error inside one figure, keep their messages.
    QByteArray notObject = compact;
    notObject.replace("\"figures\":[{", "\"figures\":[7,{");
    EXPECT_TRUE(DatasetJson::read(notObject, "x").error.endsWith("figure 1: must be an object."))
        << qPrintable(DatasetJson::read(notObject, "x").error);
    QByteArray broken = indented;
    broken.replace("\"entity\": \"Meta\"", "\"entity\": Meta");
    EXPECT_TRUE(DatasetJson::read(broken, "x").error.contains("not valid JSON"))
        << qPrintable(DatasetJson::read(broken, "x").error);
}

TEST(DatasetJson, ALargeFileIsReadThroughAMapAndGivesTheSameFigures)
{
    // Above 8 MiB a document is read through a memory map whose read pages are let go: the
    // figures must be the same as from the bytes in memory.
    Dataset d = DatasetJson::builtIn().dataset;
    const Figure model = d.figures.first();
    for (int i = 0; i < 12000; ++i) {
        Figure f = model;
        f.id = QStringLiteral("generated-%1").arg(i);
        f.low = f.high = 1e6 + i;
        f.note = QString(600, QLatin1Char('n')) + QString::number(i);
        d.figures.append(f);
    }
    QTemporaryDir dir;
    const QString path = dir.filePath("large.spendlens");
    QString error;
    ASSERT_TRUE(DatasetJson::writeFile(d, path, &error)) << qPrintable(error);
    ASSERT_GT(QFileInfo(path).size(), 8 * 1024 * 1024);
    const DatasetRead read = DatasetJson::readFile(path);
    ASSERT_TRUE(read.ok) << qPrintable(read.error);
    ASSERT_EQ(read.dataset.figures.size(), d.figures.size());
    for (int i = 0; i < d.figures.size(); i += 997)
        EXPECT_EQ(read.dataset.figures.at(i), d.figures.at(i)) << i;
    EXPECT_EQ(read.dataset.figures.last(), d.figures.last());
    // A syntax error deep in a large file still names its line.
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    const qsizetype at = bytes.lastIndexOf("\"low\"");
    bytes[at + 6] = '#';
    file.seek(0);
    file.write(bytes);
    file.close();
    const DatasetRead broken = DatasetJson::readFile(path);
    EXPECT_FALSE(broken.ok);
    EXPECT_TRUE(broken.error.contains(QStringLiteral("line %1: not valid JSON").arg(bytes.left(at).count('\n') + 1)))
        << qPrintable(broken.error);
}

struct BadCase
{
    const char *file;
    const char *expected; // a phrase the message must contain
};

class BadDataset : public ::testing::TestWithParam<BadCase>
{
};

TEST_P(BadDataset, IsRefusedWithFileAndReason)
{
    const QString path = QString(SPENDLENS_TEST_DATA "/") + GetParam().file;
    const DatasetRead read = DatasetJson::readFile(path);
    EXPECT_FALSE(read.ok);
    EXPECT_TRUE(read.error.startsWith(path)) << qPrintable(read.error);
    EXPECT_TRUE(read.error.contains(QString::fromUtf8(GetParam().expected))) << qPrintable(read.error);
}

INSTANTIATE_TEST_SUITE_P(
    Corpus, BadDataset,
    ::testing::Values(BadCase{"truncated.json", "line 3: not valid JSON"},
                      BadCase{"not-ours.json", "not a SpendLens document or dataset"},
                      BadCase{"newer-version.json", "newer SpendLens"},
                      BadCase{"low-above-high.json", "The low end is above the high end."},
                      BadCase{"negative-value.json", "An amount must be a number from 0 to 10^16."},
                      BadCase{"duplicate-id.json", "used twice"},
                      BadCase{"string-value.json", "“high” must be a number"},
                      BadCase{"bad-date.json", "“stated” is not a date (YYYY-MM-DD): “2025-13-45”"},
                      BadCase{"not-an-object.json", "not a SpendLens document or dataset"},
                      BadCase{"figures-not-a-list.json", "“figures” must be a list"},
                      BadCase{"year-out-of-range.json", "The year 1066 is outside 1900–2100."},
                      BadCase{"unknown-unit.json", "“unit” has an unknown value “EUR”"},
                      BadCase{"missing-id.json", "figure 1 (1): The id is required."},
                      BadCase{"huge-number.json", "An amount must be a number from 0 to 10^16."},
                      BadCase{"nested-deep.json", "line 1, column 85: nested deeper than 32 levels"},
                      BadCase{"overflow.json", "not valid JSON (illegal number)"},
                      BadCase{"nul-bytes.json", "line 1, column 32: a NUL byte, which JSON never holds"},
                      BadCase{"unknown-baseline.json", "baseline “nope”"},
                      BadCase{"missing-file.json", "cannot be opened"}));

} // namespace
