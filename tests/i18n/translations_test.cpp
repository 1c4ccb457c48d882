// Translations: complete for the sources as they are now, reachable at runtime, and in force in the
// real binary. lupdate runs on a temporary copy of the .ts; the source tree is never written.
#include "gtestqt.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

namespace {

const QStringList kSourceDirs{QStringLiteral("models"), QStringLiteral("widgets"), QStringLiteral("app")};

QString sourceDir() { return QString::fromUtf8(SPENDLENS_SOURCE_DIR); }
QString tsFile() { return QString::fromUtf8(SPENDLENS_TS_FILE); }

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    QString type;             // "", "unfinished", "vanished" or "obsolete"
    bool numerus = false;
    QVector<QPair<QString, int>> locations; // absolute file path and line, where lupdate gave them

    QString name() const { return context + QStringLiteral(": “") + source + QStringLiteral("”"); }
    bool live() const { return type != QLatin1String("vanished") && type != QLatin1String("obsolete"); }
    bool translated() const
    {
        if (type == QLatin1String("unfinished") || translations.isEmpty())
            return false;
        for (const QString &t : translations)
            if (t.isEmpty())
                return false;
        return true;
    }
};

QVector<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return {};
    }
    QVector<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message();
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("location")) {
            const QString file = xml.attributes().value(QLatin1String("filename")).toString();
            current.locations.append({QFileInfo(QFileInfo(path).dir(), file).canonicalFilePath(),
                                      xml.attributes().value(QLatin1String("line")).toInt()});
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus)
                current.translations << xml.readElementText();
            else {
                while (xml.readNextStartElement())
                    current.translations << xml.readElementText();
            }
            messages << current;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

// lupdate over the current sources, into a copy of the .ts (with locations, for the messages).
struct Lupdate
{
    bool ran = false;
    QString log; // lupdate's stdout and stderr: the counts and the warnings
    QVector<Message> messages;
    QString error;
};

Lupdate lupdateOnACopy()
{
    Lupdate run;
    QTemporaryDir dir;
    if (!dir.isValid()) {
        run.error = QStringLiteral("no temporary directory");
        return run;
    }
    const QString copy = dir.filePath(QFileInfo(tsFile()).fileName());
    if (!QFile::copy(tsFile(), copy)) {
        run.error = QStringLiteral("cannot copy ") + tsFile();
        return run;
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(sourceDir());
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QString::fromUtf8(SPENDLENS_LUPDATE),
                  QStringList{QStringLiteral("-locations"), QStringLiteral("absolute"), QStringLiteral("-no-obsolete")} +
                      kSourceDirs + QStringList{QStringLiteral("-ts"), copy});
    if (!lupdate.waitForFinished(120000) || lupdate.exitStatus() != QProcess::NormalExit || lupdate.exitCode() != 0) {
        run.error = QStringLiteral("lupdate failed: ") + lupdate.errorString() + QLatin1Char('\n') +
                    QString::fromLocal8Bit(lupdate.readAll());
        return run;
    }
    run.ran = true;
    run.log = QString::fromLocal8Bit(lupdate.readAll());
    run.messages = readTs(copy, &run.error);
    return run;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// "%1", "%L2", "%n": what .arg() and tr(…, n) fill in.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:n|L?\\d{1,2})"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

int mnemonics(const QString &text) { return int(text.count(QLatin1Char('&')) - 2 * text.count(QStringLiteral("&&"))); }

} // namespace

// A new tr() string without a translation fails here, by name: run `cmake --build build --target
// update_translations`, translate the new entries in Qt Linguist and mark them finished.
TEST(Translations, CoverEveryMessageInTheSources)
{
    const QByteArray before = fileBytes(tsFile());
    ASSERT_FALSE(before.isEmpty()) << qPrintable(tsFile());
    const Lupdate run = lupdateOnACopy();
    ASSERT_TRUE(run.ran) << qPrintable(run.error);
    ASSERT_TRUE(run.error.isEmpty()) << qPrintable(run.error);
    EXPECT_EQ(fileBytes(tsFile()), before) << "the source .ts must not be touched";

    QStringList missing;
    int live = 0;
    for (const Message &m : run.messages) {
        if (!m.live())
            continue;
        ++live;
        if (!m.translated())
            missing << m.name();
    }
    EXPECT_GT(live, 300) << qPrintable(run.log);
    EXPECT_TRUE(missing.isEmpty()) << missing.size() << " message(s) without a finished translation in "
                                   << qPrintable(tsFile()) << ":\n  " << qPrintable(missing.join(QStringLiteral("\n  ")));
}

// lupdate cannot read a file-local helper such as
//   QString tr(const char *text) { return QCoreApplication::translate("Ctx", text); }
// called from a free function ("tr() cannot be called without context": the string is never
// extracted), and inside a class without Q_OBJECT it files the string under the class's name
// while the helper looks it up under "Ctx": either way the string stays English. Use a struct
// with Q_DECLARE_TR_FUNCTIONS(Ctx) and call Struct::tr(…), or QCoreApplication::translate("Ctx", …).
TEST(Translations, EveryTrCallIsFiledUnderTheContextItIsLookedUpIn)
{
    const Lupdate run = lupdateOnACopy();
    ASSERT_TRUE(run.ran) << qPrintable(run.error);

    // Each file's tr() helper and the context it translates in.
    static const QRegularExpression helper(QStringLiteral(
        "(?:QString\\s+tr\\s*\\(\\s*const\\s+char\\s*\\*\\s*\\w+\\s*\\)|auto\\s+tr\\s*=\\s*\\[\\]\\s*\\(\\s*const\\s+char\\s*\\*\\s*\\w+\\s*\\))"
        "[^;]*?translate\\(\\s*\"(\\w+)\""));
    QHash<QString, QString> helperContext; // absolute path -> context
    for (const QString &sub : kSourceDirs) {
        QDirIterator it(QDir(sourceDir()).filePath(sub), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files);
        while (it.hasNext()) {
            const QString path = QFileInfo(it.next()).canonicalFilePath();
            const QRegularExpressionMatch m = helper.match(QString::fromUtf8(fileBytes(path)));
            if (m.hasMatch())
                helperContext.insert(path, m.captured(1));
        }
    }

    const QDir root(sourceDir());
    QStringList problems;
    // Calls lupdate drops: their strings are not in the .ts at all.
    static const QRegularExpression warning(QStringLiteral("^(.+?):(\\d+): (.*)$"),
                                            QRegularExpression::MultilineOption);
    for (auto it = warning.globalMatch(run.log); it.hasNext();) {
        const QRegularExpressionMatch w = it.next();
        if (w.captured(3).contains(QLatin1String("cannot be called without context")))
            problems << root.relativeFilePath(QFileInfo(w.captured(1)).canonicalFilePath()) + QLatin1Char(':') +
                            w.captured(2) + QStringLiteral(": lupdate cannot tell this tr() call's context, so its "
                                                           "string is not in the .ts");
    }
    // Calls lupdate files under another context than the file's helper looks them up in.
    static const QRegularExpression bareTr(QStringLiteral("(?<![\\w:.>])tr\\s*\\("));
    QHash<QString, QStringList> lines; // path -> the file's lines
    for (const Message &m : run.messages) {
        if (!m.live())
            continue;
        for (const auto &[path, line] : m.locations) {
            const QString context = helperContext.value(path);
            if (context.isEmpty() || context == m.context)
                continue;
            if (!lines.contains(path))
                lines.insert(path, QString::fromUtf8(fileBytes(path)).split(QLatin1Char('\n')));
            const QStringList &text = lines[path];
            if (line >= 1 && line <= text.size() && bareTr.match(text.at(line - 1)).hasMatch())
                problems << root.relativeFilePath(path) + QLatin1Char(':') + QString::number(line) +
                                QStringLiteral(": lupdate files “%1” under “%2”, but the file's tr() helper looks it "
                                               "up under “%3”")
                                    .arg(m.source, m.context, context);
        }
    }
    problems.sort();
    EXPECT_TRUE(problems.isEmpty()) << problems.size() << " tr() call(s) whose translation is never found:\n  "
                                    << qPrintable(problems.join(QStringLiteral("\n  ")));
}

// What the translator wrote keeps what the code fills in and what the keyboard needs.
TEST(Translations, KeepPlaceholdersMnemonicsAndShortcuts)
{
    QString error;
    const QVector<Message> messages = readTs(tsFile(), &error);
    ASSERT_TRUE(error.isEmpty()) << qPrintable(error);
    ASSERT_FALSE(messages.isEmpty());
    static const QRegularExpression shortcut(QStringLiteral("^(?:Ctrl|Shift|Alt|Meta)\\+\\S+$"));
    QStringList problems;
    for (const Message &m : messages) {
        if (!m.translated())
            continue;
        for (const QString &t : m.translations) {
            QStringList expected = placeholders(m.source);
            if (m.numerus) // a form may say the number in words only if the source has none
                expected.removeAll(QStringLiteral("%n"));
            QStringList got = placeholders(t);
            if (m.numerus)
                got.removeAll(QStringLiteral("%n"));
            if (expected != got)
                problems << m.name() + QStringLiteral(" → “") + t + QStringLiteral("”: placeholders differ");
            if (m.numerus && m.source.contains(QLatin1String("%n")) && !t.contains(QLatin1String("%n")))
                problems << m.name() + QStringLiteral(" → “") + t + QStringLiteral("”: %n is missing");
            if ((mnemonics(m.source) > 0) != (mnemonics(t) > 0))
                problems << m.name() + QStringLiteral(" → “") + t + QStringLiteral("”: the & mnemonic differs");
            if (shortcut.match(m.source).hasMatch() && t != m.source)
                problems << m.name() + QStringLiteral(" → “") + t + QStringLiteral("”: a shortcut stays as it is");
            if (m.source.endsWith(QLatin1Char('\n')) != t.endsWith(QLatin1Char('\n')))
                problems << m.name() + QStringLiteral(": the final line break differs");
        }
    }
    EXPECT_TRUE(problems.isEmpty()) << qPrintable(problems.join(QLatin1Char('\n')));
}

// The .qm is in the resources of spendlens_app, which this test links like the executable does.
// A message filed twice (what a careless merge of two branches' additions leaves) is dropped by
// lrelease with a warning, and whichever translation it keeps is a matter of luck.
TEST(Translations, NoMessageIsFiledTwice)
{
    QFile file(tsFile());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(tsFile());
    QXmlStreamReader xml(&file);
    QHash<QString, int> seen;
    QString context, source, comment;
    QStringList twice;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
            source.clear();
            comment.clear();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("comment")) {
            comment = xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            const QString key = context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment;
            if (++seen[key] == 2)
                twice << context + QStringLiteral(": “") + source + QStringLiteral("”");
        }
    }
    ASSERT_FALSE(xml.hasError()) << qPrintable(xml.errorString());
    EXPECT_TRUE(twice.isEmpty()) << "filed twice in the .ts: " << qPrintable(twice.join(QStringLiteral(" | ")));
}

TEST(Translations, LoadFromTheLibraryResources)
{
    EXPECT_TRUE(QFile::exists(QStringLiteral(":/i18n/spendlens_zh_CN.qm")));
    QTranslator translator;
    ASSERT_TRUE(translator.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("spendlens"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
    EXPECT_EQ(translator.translate("ChartDescription", "%1 is %2 %3"), QStringLiteral("%1是%3的%2"));
    EXPECT_EQ(translator.translate("MainWindow", "&File"), QStringLiteral("文件(&F)"));
    EXPECT_EQ(translator.translate("MainWindow", "%n figure(s) loaded. Double-click a value to edit it; "
                                                 "Ctrl+E exports the chart.", nullptr, 37),
              QStringLiteral("已载入%n项数据。双击数值即可编辑；按Ctrl+E导出图表。"));
}

namespace {

struct ProcessResult
{
    int exitCode = -1;
    QString err;
};

ProcessResult spendlens(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(QString::fromUtf8(SPENDLENS_APP_BINARY), args);
    EXPECT_TRUE(process.waitForFinished(60000));
    ProcessResult run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

// `--lang zh_CN` puts the whole export in Chinese: the chart's title (RatioChart), the headline and
// alt text (ChartDescription) and the command line's own report (CommandLine).
TEST(Translations, TheBinarySpeaksChineseWithLangZhCN)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const ProcessResult run = spendlens({QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("ratio"),
                                         QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--format"),
                                         QStringLiteral("svg"), QStringLiteral("-o"), dir.filePath(QStringLiteral("ratio.svg")),
                                         QStringLiteral("--alt-text"), dir.filePath(QStringLiteral("alt.txt"))});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const QString svg = QString::fromUtf8(fileBytes(dir.filePath(QStringLiteral("ratio.svg"))));
    EXPECT_TRUE(svg.contains(QStringLiteral("各项数据相当于"))) << "no Chinese subtitle in the SVG";
    EXPECT_FALSE(svg.contains(QLatin1String(" times DeepSeek"))) << "an English title in the SVG";
    EXPECT_FALSE(svg.contains(QLatin1String("10,760"))) << "four figures in a Chinese multiple";
    const QString alt = QString::fromUtf8(fileBytes(dir.filePath(QStringLiteral("alt.txt"))));
    EXPECT_TRUE(alt.contains(QStringLiteral("倍。"))) << qPrintable(alt);
    EXPECT_TRUE(alt.contains(QStringLiteral("柱状图，对数刻度"))) << qPrintable(alt);
    EXPECT_TRUE(run.err.contains(QStringLiteral("spendlens：已将倍数图写入"))) << qPrintable(run.err);

    const ProcessResult english = spendlens({QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("ratio"),
                                             QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--format"),
                                             QStringLiteral("svg"), QStringLiteral("-o"), dir.filePath(QStringLiteral("en.svg"))});
    ASSERT_EQ(english.exitCode, 0) << qPrintable(english.err);
    EXPECT_TRUE(QString::fromUtf8(fileBytes(dir.filePath(QStringLiteral("en.svg")))).contains(QString::fromUtf8("is 10,800–11,700 times DeepSeek-V3")));
}
