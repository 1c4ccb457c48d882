// A SpendLens session for the crash-recovery test: loads the built-in figures, edits one, waits
// for the autosave to write its recovery copy, says so, then waits to be killed (or, with
// --exit, ends cleanly).
#include "autosaver.h"
#include "document.h"
#include "figuremodel.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    Document document;
    document.load(DatasetJson::builtIn().dataset);
    Autosaver autosaver(&document, args.value(1), 50);
    QObject::connect(&autosaver, &Autosaver::saved, [&](const QString &path) {
        std::printf("saved %s\n", qPrintable(path));
        std::fflush(stdout);
        if (args.contains(QStringLiteral("--exit")))
            app.quit();
    });
    FigureModel *figures = document.figures();
    figures->setData(figures->index(figures->rowOf(QStringLiteral("meta-capex-2024")), FigureModel::ValueColumn),
                     QStringLiteral("50B"));
    return app.exec();
}
