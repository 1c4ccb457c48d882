#pragma once

#include <QByteArrayView>
#include <QLatin1String>
#include <QString>
#include <QVector>

// One small JSON object (a figure of a document) read straight from its bytes, for the few
// lookups a reader makes, without QJsonDocument's tree: about five times less work per figure.
// Strict and incomplete on purpose: it takes only plain objects of texts, numbers, literals and
// objects of those, written as QJsonDocument would accept them and read to the same values;
// anything else (an escape, a list, a syntax error, bytes that are not UTF-8) makes parse()
// false, and the caller reads that object with QJsonDocument, whose messages name the fault.
// Duplicate keys are not looked for (JsonShape refuses them first). The lookups mirror
// QJsonObject's and QJsonValue's, so that one reader serves both.
class FlatJsonObject
{
public:
    class Value
    {
    public:
        bool isUndefined() const { return m_type == Type::Undefined; }
        bool isNull() const { return m_type == Type::Null; }
        bool isString() const { return m_type == Type::String; }
        bool isDouble() const { return m_type == Type::Number; }
        QString toString() const { return isString() ? m_text : QString(); }
        double toDouble() const { return isDouble() ? m_number : 0.0; }
        int toInt() const; // 0 unless a whole number within int's range, as QJsonValue
        FlatJsonObject toObject() const;

    private:
        friend class FlatJsonObject;
        enum class Type { Undefined, Null, Bool, Number, String, Object };
        Type m_type = Type::Undefined;
        QString m_text;
        double m_number = 0;
        const FlatJsonObject *m_owner = nullptr; // for Object: the root holding the members
        int m_first = 0;                         // for Object: its members in m_owner->m_nested
        int m_count = 0;
    };

    // False if the bytes are not such an object, with nothing but white space around it.
    bool parse(QByteArrayView json);
    Value value(QLatin1String key) const;
    bool contains(QLatin1String key) const { return !value(key).isUndefined(); }

private:
    struct Member
    {
        QByteArrayView key;
        Value value;
    };
    class Parser;
    QVector<Member> m_members;
    QVector<Member> m_nested; // the members of objects inside this one, each object's together
    const Member *m_begin = nullptr; // the members this object (or a nested view) looks up
    const Member *m_end = nullptr;
};
