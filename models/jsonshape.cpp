#include "jsonshape.h"

#include "documentlimits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QVarLengthArray>
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

// A key as written (between its quotes) as text: "figur\u0065s" is "figures" too.
QString keyText(QByteArrayView raw)
{
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    const QByteArray list = "[\"" + raw.toByteArray() + "\"]";
    return QJsonDocument::fromJson(list).array().at(0).toString();
}

// The keys of one object so far, as UTF-8, to find one written twice. Most objects have a few
// keys: they are compared in place in the JSON, with no copy; a large object gets a hash set.
class KeySet
{
public:
    // False if the key was there already. raw is the key as written (between its quotes).
    bool insert(QByteArrayView raw)
    {
        const QByteArray decoded = raw.contains('\\') ? keyText(raw).toUtf8() : QByteArray();
        const QByteArrayView key = decoded.isNull() ? raw : QByteArrayView(decoded);
        if (m_set.isEmpty()) {
            for (const QByteArrayView seen : m_listed) {
                if (seen == key)
                    return false;
            }
            if (m_listed.size() < kListed && decoded.isNull()) { // a view into the JSON stays valid
                m_listed.append(key);
                return true;
            }
            for (const QByteArrayView seen : m_listed)
                m_set.insert(seen.toByteArray());
        }
        const qsizetype before = m_set.size();
        m_set.insert(key.toByteArray());
        return m_set.size() > before;
    }

private:
    static constexpr int kListed = 16;
    QVarLengthArray<QByteArrayView, kListed> m_listed;
    QSet<QByteArray> m_set; // every key, once an object has more than kListed (or escaped ones)
};

struct Frame
{
    bool object = false;
    bool expectKey = false;
    qsizetype commas = 0;
    KeySet keys;
};

class Scanner
{
public:
    Scanner(QByteArrayView json, const std::function<bool(qsizetype)> &done) : m_json(json), m_done(done) {}
    JsonShape::Problem run();

private:
    JsonShape::Problem at(qsizetype offset, const QString &why) const;
    JsonShape::Problem open(qsizetype i);
    JsonShape::Problem text(qsizetype *i);
    // The UTF-16 length of the text starting at the quote *i, *i then past its end; or a problem.
    JsonShape::Problem measure(qsizetype *i, qsizetype *length) const;
    QByteArrayView key(qsizetype begin, qsizetype end) const; // a key as written

    QByteArrayView m_json;
    const std::function<bool(qsizetype)> &m_done;
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
        if (m_done && i - reported >= kStep && !m_done(reported = i)) {
            JsonShape::Problem stopped;
            stopped.stopped = true;
            return stopped;
        }
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
    const QByteArrayView name = key(begin + 1, *i - 1);
    if (!m_stack.last().keys.insert(name))
        return at(begin, Tr::tr("the key “%1” appears twice in one object.").arg(keyText(name)));
    return {};
}

JsonShape::Problem Scanner::measure(qsizetype *i, qsizetype *length) const
{
    qsizetype j = *i + 1;
    const qsizetype size = m_json.size();
    const auto *bytes = reinterpret_cast<const uchar *>(m_json.data());
    while (j < size) {
        // Most of a document's bytes: plain ASCII inside a text, one UTF-16 unit each.
        qsizetype plain = j;
        while (plain < size && bytes[plain] >= 0x20 && bytes[plain] < 0x80 && bytes[plain] != '"' &&
               bytes[plain] != '\\')
            ++plain;
        *length += plain - j;
        j = plain;
        if (j >= size)
            break;
        const uchar b = bytes[j];
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

QByteArrayView Scanner::key(qsizetype begin, qsizetype end) const
{
    return m_json.sliced(begin, qMax<qsizetype>(0, end - begin));
}

} // namespace

namespace JsonShape {

Problem check(QByteArrayView json, const std::function<bool(qsizetype)> &done)
{
    return Scanner(json, done).run();
}

} // namespace JsonShape
