#pragma once

#include <QByteArrayView>
#include <QString>

#include <functional>

// Checks the shape of a JSON text before it is parsed: what it may cost (its nesting, the
// length of each text, the entries of each list; DocumentLimits) and what QJsonDocument lets
// through silently (a raw NUL or control character in a text, a key twice in one object, where
// the last would win). Not a validator: a syntax error is left to the parser, which names it.
namespace JsonShape {
struct Problem
{
    int line = 0; // 0: no problem
    int column = 0;
    QString why;
    bool stopped = false; // by done(): not checked to the end
};
// done(offset) is told, now and then, that the bytes before offset will not be looked at again;
// when it returns false the check stops there and returns a Problem with `stopped` set.
Problem check(QByteArrayView json, const std::function<bool(qsizetype)> &done = {});
} // namespace JsonShape
