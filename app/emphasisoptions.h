#pragma once

#include <QString>

class Document;
class QCommandLineParser;

// The export command's emphasis flags: --highlight ID[,ID…], --annotate ID=TEXT (repeatable)
// and --sort value|name|date, applied to one chart of a document as the window would.
namespace EmphasisOptions {
void add(QCommandLineParser *parser);
// Sets the flags given on the chart; a problem naming the flag and the figure (a usage error:
// nothing is changed), or empty.
QString apply(const QCommandLineParser &parser, Document *document, const QString &chartKey);
} // namespace EmphasisOptions
