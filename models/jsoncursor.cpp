#include "jsoncursor.h"

#include "documentlimits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace {

// Translations are filed under "JsonCursor", for lupdate and at run time alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(JsonCursor)
};

bool isDigit(char c) { return c >= '0' && c <= '9'; }

} // namespace

bool JsonCursor::fail(const QString &why)
{
    if (!m_error.isEmpty())
        return false; // the first fault is the one to tell
    const qsizetype at = std::min(m_at, m_json.size());
    const QByteArrayView head = m_json.first(at);
    const qsizetype lineStart = head.lastIndexOf('\n') + 1;
    m_error = Tr::tr("line %1, column %2: %3").arg(head.count('\n') + 1).arg(at - lineStart + 1).arg(why);
    m_at = m_json.size();
    return false;
}

void JsonCursor::skipSpace()
{
    while (m_at < m_json.size()) {
        const char c = m_json[m_at];
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return;
        ++m_at;
    }
}

bool JsonCursor::expect(char c, const char *what)
{
    skipSpace();
    if (m_at < m_json.size() && m_json[m_at] == c) {
        ++m_at;
        return true;
    }
    if (m_at >= m_json.size())
        return fail(Tr::tr("the file ends where %1 should be.").arg(Tr::tr(what)));
    return fail(Tr::tr("not valid JSON: %1 expected.").arg(Tr::tr(what)));
}

JsonCursor::Type JsonCursor::peek()
{
    skipSpace();
    if (!ok() || m_at >= m_json.size())
        return Type::Invalid;
    const char c = m_json[m_at];
    if (c == '{')
        return Type::Object;
    if (c == '[')
        return Type::Array;
    if (c == '"')
        return Type::String;
    if (c == '-' || isDigit(c))
        return Type::Number;
    if (c == 't' || c == 'f' || c == 'n')
        return Type::Literal;
    return Type::Invalid;
}

bool JsonCursor::open(bool object)
{
    if (!expect(object ? '{' : '[', object ? QT_TRANSLATE_NOOP("JsonCursor", "an object ({)")
                                           : QT_TRANSLATE_NOOP("JsonCursor", "a list ([)")))
        return false;
    if (m_first.size() >= DocumentLimits::kMaxDepth)
        return fail(Tr::tr("nested deeper than %1 levels.").arg(DocumentLimits::kMaxDepth));
    m_first.append(true);
    return true;
}

bool JsonCursor::beginObject() { return open(true); }
bool JsonCursor::beginArray() { return open(false); }

bool JsonCursor::nextKey(QString *key)
{
    QByteArrayView raw;
    if (!nextKey(&raw))
        return false;
    *key = QString::fromUtf8(raw);
    return true;
}

bool JsonCursor::nextKey(QByteArrayView *key)
{
    if (!ok() || m_first.isEmpty())
        return false;
    skipSpace();
    if (m_at < m_json.size() && m_json[m_at] == '}') {
        ++m_at;
        m_first.removeLast();
        return false;
    }
    if (!m_first.last() && !expect(',', QT_TRANSLATE_NOOP("JsonCursor", "“,” or “}”")))
        return false;
    m_first.last() = false;
    skipSpace();
    if (m_at >= m_json.size())
        return fail(Tr::tr("the file ends inside an object."));
    if (m_json[m_at] != '"')
        return fail(Tr::tr("not valid JSON: a key in quotes expected."));
    return readUtf8(key, &m_keyStorage) && expect(':', QT_TRANSLATE_NOOP("JsonCursor", "“:” after a key"));
}

bool JsonCursor::nextItem()
{
    if (!ok() || m_first.isEmpty())
        return false;
    skipSpace();
    if (m_at >= m_json.size())
        return fail(Tr::tr("the file ends inside a list."));
    if (m_json[m_at] == ']') {
        ++m_at;
        m_first.removeLast();
        return false;
    }
    if (!m_first.last() && !expect(',', QT_TRANSLATE_NOOP("JsonCursor", "“,” or “]”")))
        return false;
    m_first.last() = false;
    return true;
}

bool JsonCursor::scanString(qsizetype *begin, qsizetype *end, bool *escaped)
{
    if (!expect('"', QT_TRANSLATE_NOOP("JsonCursor", "a text in quotes")))
        return false;
    *begin = m_at;
    *escaped = false;
    qsizetype units = 0; // UTF-16 units, as DocumentLimits counts a text
    while (m_at < m_json.size()) {
        const auto b = static_cast<uchar>(m_json[m_at]);
        if (b == '"') {
            *end = m_at++;
            if (units > DocumentLimits::kMaxTextLength)
                return fail(Tr::tr("a text of %L1 characters, longer than the %L2 allowed.")
                                .arg(units)
                                .arg(DocumentLimits::kMaxTextLength));
            return true;
        }
        if (b < 0x20)
            return fail(Tr::tr("a control character (U+%1) inside a text.").arg(int(b), 4, 16, QLatin1Char('0')));
        if (b == '\\') {
            *escaped = true;
            m_at += 2;
            ++units;
            continue;
        }
        units += b >= 0xF0 ? 2 : (b & 0xC0) == 0x80 ? 0 : 1;
        ++m_at;
    }
    m_at = m_json.size();
    return fail(Tr::tr("the file ends inside a text."));
}

QString JsonCursor::decode(qsizetype begin, qsizetype end, bool escaped) const
{
    const QByteArrayView raw = m_json.sliced(begin, end - begin);
    if (!escaped)
        return QString::fromUtf8(raw);
    // Rare in these files: the JSON parser decodes the escapes ("\u00e9", "\n") of one text.
    const QByteArray list = "[\"" + raw.toByteArray() + "\"]";
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(list, &error);
    return error.error == QJsonParseError::NoError ? doc.array().at(0).toString() : QString();
}

bool JsonCursor::readString(QString *text)
{
    qsizetype begin = 0;
    qsizetype end = 0;
    bool escaped = false;
    if (!scanString(&begin, &end, &escaped))
        return false;
    *text = decode(begin, end, escaped);
    if (escaped && text->isNull() && end > begin)
        return fail(Tr::tr("a text with an escape that is not valid JSON."));
    return true;
}

bool JsonCursor::readUtf8(QByteArrayView *bytes, QByteArray *storage)
{
    qsizetype begin = 0;
    qsizetype end = 0;
    bool escaped = false;
    if (!scanString(&begin, &end, &escaped))
        return false;
    if (!escaped) {
        *bytes = m_json.sliced(begin, end - begin);
        return true;
    }
    const QString text = decode(begin, end, escaped);
    if (text.isNull() && end > begin)
        return fail(Tr::tr("a text with an escape that is not valid JSON."));
    *storage = text.toUtf8();
    *bytes = *storage;
    return true;
}

bool JsonCursor::readNumber(double *number)
{
    skipSpace();
    const qsizetype begin = m_at;
    const auto digits = [&] {
        const qsizetype from = m_at;
        while (m_at < m_json.size() && isDigit(m_json[m_at]))
            ++m_at;
        return m_at > from;
    };
    if (m_at < m_json.size() && m_json[m_at] == '-')
        ++m_at;
    bool ok = digits();
    if (ok && m_at < m_json.size() && m_json[m_at] == '.')
        ok = (++m_at, digits());
    if (ok && m_at < m_json.size() && (m_json[m_at] == 'e' || m_json[m_at] == 'E')) {
        ++m_at;
        if (m_at < m_json.size() && (m_json[m_at] == '+' || m_json[m_at] == '-'))
            ++m_at;
        ok = digits();
    }
    if (!ok)
        return fail(Tr::tr("not valid JSON: a number expected."));
    *number = m_json.sliced(begin, m_at - begin).toDouble(&ok);
    if (!ok || !std::isfinite(*number))
        return fail(Tr::tr("a number too large to hold."));
    return true;
}

bool JsonCursor::skip()
{
    double number = 0;
    QByteArrayView text;
    QByteArray storage;
    switch (peek()) {
    case Type::Object:
        if (!beginObject())
            return false;
        while (nextKey(&text))
            if (!skip())
                return false;
        return ok();
    case Type::Array:
        if (!beginArray())
            return false;
        while (nextItem())
            if (!skip())
                return false;
        return ok();
    case Type::String:
        return readUtf8(&text, &storage);
    case Type::Number:
        return readNumber(&number);
    case Type::Literal:
        for (const QByteArrayView word : {QByteArrayView("true"), QByteArrayView("false"), QByteArrayView("null")})
            if (m_json.sliced(m_at).startsWith(word)) {
                m_at += word.size();
                return true;
            }
        break;
    case Type::Invalid:
        break;
    }
    return fail(m_at >= m_json.size() ? Tr::tr("the file ends where a value should be.")
                                      : Tr::tr("not valid JSON: a value expected."));
}

bool JsonCursor::atEnd()
{
    skipSpace();
    return m_at >= m_json.size();
}
