// A SpendLens session for the crash-recovery test: loads the built-in figures, edits one, waits
// for the autosave to write its recovery copy, says so, then waits to be killed (or, with
// --exit, ends cleanly). With --restore it restores a crashed session's work instead.
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
    // --restore: restores the newest copy a crashed session left, as the app does, says so and
    // waits to be killed.
    const QVector<Autosaver::Recovery> orphans = Autosaver::orphans(args.value(1));
    Autosaver autosaver(&document, args.value(1), 50);
    if (args.contains(QStringLiteral("--restore"))) {
        QString error;
        if (orphans.isEmpty() || !autosaver.restore(orphans.first(), &error))
            std::printf("not restored %s\n", qPrintable(error));
        else
            std::printf("restored %s\n", qPrintable(orphans.first().path));
        std::fflush(stdout);
        return app.exec();
    }
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
