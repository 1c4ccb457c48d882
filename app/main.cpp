// SpendLens: the dashboard window, or with a command (export, charts, figures) the headless
// command line.
#include "commandline.h"
#include "document.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <cstdio>

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const bool command = CommandLine::isCommand(arguments);
    const bool noDisplay = qEnvironmentVariableIsEmpty("DISPLAY") &&
                           qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        if (command)
            qputenv("QT_QPA_PLATFORM", "offscreen"); // the command line never needs a display
        else if (noDisplay) {
            std::fprintf(stderr, "spendlens: no display to open the window on (DISPLAY is unset).\n"
                                 "Export charts with `spendlens export --chart ratio -o ratio.png`,\n"
                                 "or see `spendlens --help`.\n");
            return CommandLine::Failure;
        }
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SpendLens"));
    QApplication::setOrganizationName(QStringLiteral("SpendLens"));
    QApplication::setApplicationVersion(QStringLiteral(SPENDLENS_VERSION));
    if (command)
        return CommandLine::run(arguments);

    QCommandLineParser parser;
    parser.addOption({QStringLiteral("dataset"), QStringLiteral("Figures to open."), QStringLiteral("FILE")});
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "spendlens: %s\n%s", qPrintable(parser.errorText()),
                     qPrintable(CommandLine::usage()));
        return CommandLine::UsageError;
    }
    DatasetRead read = DatasetJson::builtIn();
    QString name = QApplication::translate("main", "built-in dataset");
    if (parser.isSet(QStringLiteral("dataset"))) {
        const DatasetRead custom = DatasetJson::readFile(parser.value(QStringLiteral("dataset")));
        if (custom.ok) {
            read = custom;
            name = parser.value(QStringLiteral("dataset"));
        } else {
            QMessageBox::warning(nullptr, QApplication::translate("main", "Dataset not opened"),
                                 QApplication::translate("main", "%1\n\nShowing the built-in dataset instead.")
                                     .arg(custom.error));
        }
    }
    if (!read.ok) {
        std::fprintf(stderr, "spendlens: %s\n", qPrintable(read.error));
        return CommandLine::Failure;
    }
    Document document;
    document.load(read.dataset);
    MainWindow window(&document, name);
    window.show();
    return app.exec();
}
