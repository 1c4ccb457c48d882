#include "flatjsonobject.h"

#include <cmath>
#include <cstring>
#include <limits>

namespace {

bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }

} // namespace

// A recursive-descent reader over one object, nested one level at most.
class FlatJsonObject::Parser
{
public:
    Parser(QByteArrayView json, FlatJsonObject *root) : m_json(json), m_root(root) {}

    bool object(QVector<Member> *into, bool nested)
    {
        if (!take('{'))
            return false;
        if (take('}'))
            return true;
        do {
            Member member;
            if (!plainText(&member.key) || !take(':') || !value(&member.value, nested))
                return false;
            into->append(member);
        } while (take(','));
        return take('}');
    }

    bool atEnd() { return skipSpace() == m_json.size(); }

private:
    qsizetype skipSpace()
    {
        while (m_at < m_json.size() && isSpace(m_json[m_at]))
            ++m_at;
        return m_at;
    }

    bool take(char c)
    {
        if (skipSpace() < m_json.size() && m_json[m_at] == c) {
            ++m_at;
            return true;
        }
        return false;
    }

    bool value(Value *to, bool nested)
    {
        if (skipSpace() >= m_json.size())
            return false;
        const char c = m_json[m_at];
        if (c == '"') {
            to->m_type = Value::Type::String;
            return text(&to->m_text);
        }
        if (c == '{' && !nested) {
            QVector<Member> members;
            if (!object(&members, true))
                return false;
            to->m_type = Value::Type::Object;
            to->m_owner = m_root;
            to->m_first = int(m_root->m_nested.size());
            to->m_count = int(members.size());
            m_root->m_nested.append(members);
            return true;
        }
        if (c == '-' || isDigit(c)) {
            to->m_type = Value::Type::Number;
            return number(&to->m_number);
        }
        for (const auto &[word, type] : {std::pair{QByteArrayView("null"), Value::Type::Null},
                                         std::pair{QByteArrayView("true"), Value::Type::Bool},
                                         std::pair{QByteArrayView("false"), Value::Type::Bool}}) {
            if (m_json.sliced(m_at).startsWith(word)) {
                m_at += word.size();
                to->m_type = type;
                return true;
            }
        }
        return false; // a list, or not JSON
    }

    // UTF-8 text, as its bytes between the quotes, *escaped if they hold a backslash. Control
    // characters, bytes that are not UTF-8 and \\u escapes are left to QJsonDocument.
    bool rawText(QByteArrayView *raw, bool *escaped)
    {
        if (!take('"'))
            return false;
        const qsizetype begin = m_at;
        bool ascii = true;
        *escaped = false;
        for (; m_at < m_json.size(); ++m_at) {
            const auto b = static_cast<uchar>(m_json[m_at]);
            if (b == '"')
                break;
            if (b < 0x20)
                return false;
            if (b == '\\') {
                *escaped = true;
                ++m_at; // the escaped character is never the closing quote
            }
            ascii = ascii && b < 0x80;
        }
        if (m_at >= m_json.size())
            return false;
        *raw = m_json.sliced(begin, m_at++ - begin);
        return ascii || QString::fromUtf8(*raw).toUtf8() == *raw; // not UTF-8: no round trip
    }

    bool text(QString *to)
    {
        QByteArrayView raw;
        bool escaped = false;
        if (!rawText(&raw, &escaped))
            return false;
        if (!escaped) {
            *to = QString::fromUtf8(raw);
            return true;
        }
        QByteArray plain;
        plain.reserve(raw.size());
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (raw[i] != '\\') {
                plain.append(raw[i]);
                continue;
            }
            const char *const from = "\"\\/bfnrt";
            const char *const to = "\"\\/\b\f\n\r\t";
            const char *known = i + 1 < raw.size() ? std::strchr(from, raw[++i]) : nullptr;
            if (!known || !*known)
                return false; // \\u, or not JSON
            plain.append(to[known - from]);
        }
        *to = QString::fromUtf8(plain);
        return true;
    }

    // A key as written: one with an escape goes to QJsonDocument.
    bool plainText(QByteArrayView *raw)
    {
        bool escaped = false;
        return rawText(raw, &escaped) && !escaped;
    }

    // JSON's number grammar exactly (no leading zeros, digits after a point), read as a double.
    bool number(double *to)
    {
        const qsizetype begin = m_at;
        const auto digits = [&] {
            const qsizetype from = m_at;
            while (m_at < m_json.size() && isDigit(m_json[m_at]))
                ++m_at;
            return m_at - from;
        };
        if (m_json[m_at] == '-')
            ++m_at;
        const qsizetype whole = m_at;
        if (digits() == 0 || (m_json[whole] == '0' && m_at - whole > 1))
            return false;
        if (m_at < m_json.size() && m_json[m_at] == '.' && (++m_at, digits() == 0))
            return false;
        if (m_at < m_json.size() && (m_json[m_at] == 'e' || m_json[m_at] == 'E')) {
            ++m_at;
            if (m_at < m_json.size() && (m_json[m_at] == '+' || m_json[m_at] == '-'))
                ++m_at;
            if (digits() == 0)
                return false;
        }
        bool ok = false;
        *to = m_json.sliced(begin, m_at - begin).toDouble(&ok);
        return ok && std::isfinite(*to);
    }

    QByteArrayView m_json;
    FlatJsonObject *m_root;
    qsizetype m_at = 0;
};

int FlatJsonObject::Value::toInt() const
{
    if (!isDouble() || !(m_number >= std::numeric_limits<int>::min()) ||
        !(m_number <= std::numeric_limits<int>::max()) || m_number != std::trunc(m_number))
        return 0;
    return int(m_number);
}

FlatJsonObject FlatJsonObject::Value::toObject() const
{
    FlatJsonObject object;
    if (m_type == Type::Object) {
        object.m_begin = m_owner->m_nested.constData() + m_first;
        object.m_end = object.m_begin + m_count;
    }
    return object;
}

bool FlatJsonObject::parse(QByteArrayView json)
{
    m_members.clear();
    m_nested.clear();
    Parser parser(json, this);
    const bool ok = parser.object(&m_members, false) && parser.atEnd();
    m_begin = m_members.constData();
    m_end = m_begin + m_members.size();
    return ok;
}

FlatJsonObject::Value FlatJsonObject::value(QLatin1String key) const
{
    const QByteArrayView wanted(key.data(), key.size());
    for (const Member *m = m_begin; m != m_end; ++m) {
        if (m->key == wanted)
            return m->value;
    }
    return {};
}
