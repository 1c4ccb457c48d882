#include "jsonshape.h"

#include "documentlimits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QVector>

namespace {

// Translations are filed under "JsonShape", for lupdate and at run time alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(JsonShape)
};

using DocumentLimits::kMaxDepth;
using DocumentLimits::kMaxFigures;
using DocumentLimits::kMaxTextLength;

struct Frame
{
    bool object = false;
    bool expectKey = false;
    qsizetype commas = 0;
    QSet<QString> keys;
};

class Scanner
{
public:
    Scanner(QByteArrayView json, const std::function<void(qsizetype)> &done) : m_json(json), m_done(done) {}
    JsonShape::Problem run();

private:
    JsonShape::Problem at(qsizetype offset, const QString &why) const;
    JsonShape::Problem open(qsizetype i);
    JsonShape::Problem text(qsizetype *i);
    // The UTF-16 length of the text starting at the quote *i, *i then past its end; or a problem.
    JsonShape::Problem measure(qsizetype *i, qsizetype *length) const;
    QString key(qsizetype begin, qsizetype end) const;

    QByteArrayView m_json;
    const std::function<void(qsizetype)> &m_done;
    QVector<Frame> m_stack;
};

JsonShape::Problem Scanner::at(qsizetype offset, const QString &why) const
{
    const QByteArrayView head = m_json.first(offset);
    const qsizetype lineStart = head.lastIndexOf('\n') + 1;
    return {int(head.count('\n')) + 1, int(offset - lineStart) + 1, why};
}

JsonShape::Problem Scanner::run()
{
    constexpr qsizetype kStep = 1 << 20;
    for (qsizetype i = 0, reported = 0; i < m_json.size();) {
        if (m_done && i - reported >= kStep)
            m_done(reported = i);
        const char c = m_json[i];
        JsonShape::Problem problem;
        if (c == '\0') {
            problem = at(i, Tr::tr("a NUL byte, which JSON never holds."));
        } else if (c == '{' || c == '[') {
            problem = open(i++);
        } else if ((c == '}' || c == ']') && !m_stack.isEmpty()) {
            m_stack.removeLast();
            ++i;
        } else if (c == ',' && !m_stack.isEmpty()) {
            Frame &top = m_stack.last();
            top.expectKey = top.object;
            if (++top.commas >= kMaxFigures)
                problem = at(i, Tr::tr("a list or object with more than %L1 entries.").arg(kMaxFigures));
            ++i;
        } else if (c == ':' && !m_stack.isEmpty()) {
            m_stack.last().expectKey = false;
            ++i;
        } else if (c == '"') {
            problem = text(&i);
        } else {
            ++i;
        }
        if (problem.line > 0)
            return problem;
    }
    return {};
}

JsonShape::Problem Scanner::open(qsizetype i)
{
    if (m_stack.size() >= kMaxDepth)
        return at(i, Tr::tr("nested deeper than %1 levels.").arg(kMaxDepth));
    Frame frame;
    frame.object = m_json[i] == '{';
    frame.expectKey = frame.object;
    m_stack.append(frame);
    return {};
}

JsonShape::Problem Scanner::text(qsizetype *i)
{
    const qsizetype begin = *i;
    qsizetype length = 0;
    const JsonShape::Problem problem = measure(i, &length);
    if (problem.line > 0)
        return problem;
    if (length > kMaxTextLength)
        return at(begin, Tr::tr("a text of %L1 characters, longer than the %L2 a document may hold.")
                             .arg(length)
                             .arg(kMaxTextLength));
    if (m_stack.isEmpty() || !m_stack.last().expectKey)
        return {};
    const QString name = key(begin + 1, *i - 1);
    Frame &top = m_stack.last();
    const qsizetype before = top.keys.size();
    top.keys.insert(name);
    if (top.keys.size() == before)
        return at(begin, Tr::tr("the key “%1” appears twice in one object.").arg(name));
    return {};
}

JsonShape::Problem Scanner::measure(qsizetype *i, qsizetype *length) const
{
    qsizetype j = *i + 1;
    while (j < m_json.size()) {
        const auto b = static_cast<uchar>(m_json[j]);
        if (b == '"') {
            *i = j + 1;
            return {};
        }
        if (b == '\\') {
            j += m_json.sliced(j).startsWith("\\u") ? 6 : 2;
            ++*length;
            continue;
        }
        if (b == 0)
            return at(j, Tr::tr("a NUL byte inside a text; JSON writes it as \\u0000."));
        if (b < 0x20)
            return at(j, Tr::tr("a control character (U+%1) inside a text; JSON writes it as \\u%1.")
                             .arg(int(b), 4, 16, QLatin1Char('0')));
        // UTF-8: a four-byte character is two UTF-16 units, a continuation byte none.
        *length += b >= 0xF0 ? 2 : (b & 0xC0) == 0x80 ? 0 : 1;
        ++j;
    }
    *i = m_json.size(); // not closed (an escape may run past the end): the parser says so
    return {};
}

QString Scanner::key(qsizetype begin, qsizetype end) const
{
    const QByteArrayView raw = m_json.sliced(begin, qMax<qsizetype>(0, end - begin));
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    // "figur\u0065s" is "figures" too.
    const QByteArray list = "[\"" + raw.toByteArray() + "\"]";
    return QJsonDocument::fromJson(list).array().at(0).toString();
}

} // namespace

namespace JsonShape {

Problem check(QByteArrayView json, const std::function<void(qsizetype)> &done)
{
    return Scanner(json, done).run();
}

} // namespace JsonShape
