// FlatJsonObject, the fast reader of a document's figures: whatever it takes it must read to
// the very values QJsonDocument gives; whatever it cannot (or JSON does not allow) it refuses,
// so that the figure goes through QJsonDocument and its message.
#include "dataset.h"
#include "flatjsonobject.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

const char *const kKeys[] = {"id", "label", "low", "high", "note", "period", "year", "n", "missing", "b"};

void expectSameAs(const QJsonObject &expected, const FlatJsonObject &flat, const QByteArray &json)
{
    for (const char *key : kKeys) {
        const QJsonValue want = expected.value(QLatin1String(key));
        const FlatJsonObject::Value got = flat.value(QLatin1String(key));
        SCOPED_TRACE(json.toStdString() + " key " + key);
        EXPECT_EQ(got.isUndefined(), want.isUndefined());
        EXPECT_EQ(got.isNull(), want.isNull());
        EXPECT_EQ(got.isString(), want.isString());
        EXPECT_EQ(got.isDouble(), want.isDouble());
        EXPECT_EQ(got.toString(), want.toString());
        EXPECT_EQ(got.toDouble(), want.toDouble());
        EXPECT_EQ(got.toInt(), want.toInt());
        EXPECT_EQ(flat.contains(QLatin1String(key)), expected.contains(QLatin1String(key)));
        const QJsonObject inner = want.toObject();
        const FlatJsonObject flatInner = got.toObject();
        for (const char *innerKey : kKeys) {
            EXPECT_EQ(flatInner.value(QLatin1String(innerKey)).toString(), inner.value(QLatin1String(innerKey)).toString());
            EXPECT_EQ(flatInner.value(QLatin1String(innerKey)).toDouble(), inner.value(QLatin1String(innerKey)).toDouble());
            EXPECT_EQ(flatInner.value(QLatin1String(innerKey)).isUndefined(), inner.value(QLatin1String(innerKey)).isUndefined());
        }
    }
}

TEST(FlatJsonObjectTest, ReadsWhatItTakesAsQJsonDocumentDoes)
{
    const QByteArray objects[] = {
        R"({"id":"a","label":"Meta capex","low":39.23e9,"high":4e10,"period":{"year":2024,"label":"FY24"}})",
        "  {\n \"id\" : \"b\" ,\t\"low\": -0, \"high\": 1E+3, \"year\": 2024.0, \"n\": null, \"b\": true }\r\n",
        R"({"label":"Tab\there, \"quoted\", back\\slash \/ and\nline","low":123456789012345678901234567890})",
        u8R"({"label":"中文 label — ü","note":"","year":2147483648,"n":-2147483648})",
        R"({"year":12.5,"low":0.1,"high":1e-7,"period":{}})",
        R"({})",
        R"({"id":"a","unknown":false,"period":{"year":-3,"quarter":2}})",
    };
    for (const QByteArray &json : objects) {
        FlatJsonObject flat;
        ASSERT_TRUE(flat.parse(json)) << json.toStdString();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        ASSERT_EQ(error.error, QJsonParseError::NoError) << json.toStdString();
        expectSameAs(doc.object(), flat, json);
    }
}

TEST(FlatJsonObjectTest, RefusesWhatItCannotReadTheSame)
{
    const QByteArray objects[] = {
        R"({"id":"caf\u00e9"})",          // a \u escape: QJsonDocument decodes it
        R"({"id":"a\qb"})",               // not an escape JSON knows
        "{\"id\":\"a\tb\"}",              // a raw control character
        "{\"id\":\"\xff\xfe\"}",          // not UTF-8
        "{\"id\":\"\xc0\xaf\"}",          // an overlong UTF-8 form
        R"({"low":012})",                 // a leading zero
        R"({"low":1.})",                  // no digit after the point
        R"({"low":.5})",
        R"({"low":1e})",
        R"({"low":1e999})",               // beyond a double
        R"({"low":+1})",
        R"({"list":[1,2]})",              // a list
        R"({"a":{"b":{"c":1}}})",         // nested deeper than a figure's
        R"({"a":1,})",                    // a trailing comma
        R"({"a":1} x)",                   // something after the object
        R"({"a" 1})",
        R"({"a":tru})",
        R"({"a":1)",                      // cut short
        R"(["a"])",
        R"({"fi\u0065ld":1})",            // an escaped key
    };
    for (const QByteArray &json : objects) {
        FlatJsonObject flat;
        EXPECT_FALSE(flat.parse(json)) << json.toStdString();
    }
}

// A document of n figures written by the product's writer, for the read progress.
QString writeDocument(const QTemporaryDir &dir, int n)
{
    Dataset dataset = DatasetJson::builtIn().dataset;
    const QVector<Figure> base = dataset.figures;
    for (int i = 0; dataset.figures.size() < n; ++i) {
        Figure f = base.at(i % base.size());
        f.id = QStringLiteral("copy-%1").arg(i);
        dataset.figures.append(f);
    }
    const QString path = dir.filePath(QStringLiteral("big.spendlens"));
    QString error;
    EXPECT_TRUE(DatasetJson::writeFile(dataset, path, &error)) << qPrintable(error);
    return path;
}

TEST(ReadProgressTest, ToldHowFarAReadHasComeAndAllowedToStopIt)
{
    QTemporaryDir dir;
    const QString path = writeDocument(dir, 6000); // a few MiB: told a few times
    QVector<int> told;
    const DatasetRead read = DatasetJson::readFile(path, [&](int perMille) {
        told.append(perMille);
        return true;
    });
    ASSERT_TRUE(read.ok) << qPrintable(read.error);
    EXPECT_EQ(read.dataset.figures.size(), 6000);
    ASSERT_GE(told.size(), 3);
    EXPECT_TRUE(std::is_sorted(told.begin(), told.end()));
    EXPECT_GE(told.first(), 0);
    EXPECT_LE(told.last(), 1000);
    EXPECT_FALSE(read.cancelled);

    for (const int stopAt : {0, 1, int(told.size()) - 1}) { // in the shape check, and among the figures
        int calls = 0;
        const DatasetRead stopped = DatasetJson::readFile(path, [&](int) { return calls++ < stopAt; });
        EXPECT_TRUE(stopped.cancelled) << stopAt;
        EXPECT_FALSE(stopped.ok);
        EXPECT_TRUE(stopped.error.isEmpty()) << qPrintable(stopped.error);
        EXPECT_TRUE(stopped.dataset.figures.isEmpty());
        EXPECT_EQ(calls, stopAt + 1);
    }
}

} // namespace
