#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVector>

// A pull reader over JSON text for files too large to parse into a tree first (SEC company
// facts run to tens of MB): the caller walks objects and lists, reads the values it wants and
// skips the rest, in one pass and with no copy of the text. It checks the syntax of everything
// it passes (skipped values too), the nesting (DocumentLimits::kMaxDepth) and the length of each
// text (kMaxTextLength), and stops at the first fault with its line and column.
class JsonCursor
{
public:
    enum class Type { Object, Array, String, Number, Literal, Invalid };

    explicit JsonCursor(QByteArrayView json) : m_json(json) {}

    Type peek();
    bool beginObject();
    // The next key of the object begun last, false at its end (or on a fault: see ok()).
    bool nextKey(QString *key);
    // The same, as UTF-8 bytes valid until the next call: no text is made for a key compared.
    bool nextKey(QByteArrayView *key);
    bool beginArray();
    // Whether the list begun last has another item, false at its end (or on a fault).
    bool nextItem();
    bool readString(QString *text);
    // A text as UTF-8 bytes: a view into the JSON, or into *storage when it had escapes.
    bool readUtf8(QByteArrayView *bytes, QByteArray *storage);
    bool readNumber(double *number);
    bool skip(); // any one value
    // Whether nothing but white space follows the value read.
    bool atEnd();

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; } // "line 3, column 7: why"
    bool fail(const QString &why);

private:
    void skipSpace();
    bool expect(char c, const char *what);
    bool scanString(qsizetype *begin, qsizetype *end, bool *escaped);
    QString decode(qsizetype begin, qsizetype end, bool escaped) const;
    bool open(bool object);

    QByteArrayView m_json;
    qsizetype m_at = 0;
    QVector<bool> m_first; // per open object or list: whether no item was read yet
    QString m_error;
    QByteArray m_keyStorage; // a key that had escapes, decoded
};
