// SpendLens: the dashboard window, or with a command (export, charts, figures) the headless
// command line.
#include "commandline.h"
#include "autosaver.h"
#include "documentactions.h"
#include "documentloader.h"
#include "document.h"
#include "chartview.h"
#include "localization.h"
#include "mainwindow.h"
#include "preferences.h"
#include "ratiopanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>
#include <QStatusBar>

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QElapsedTimer>
#include <QFontDatabase>

#include <cerrno>
#include <cstdio>
#include <thread>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// --startup-report: prints how long it took from main() to the first paint of the dashboard's
// chart, then quits. Used by scripts/bench.
class StartupProbe : public QObject
{
public:
    StartupProbe(const QElapsedTimer &clock, QObject *parent) : QObject(parent), m_clock(clock) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // Report once this paint has finished.
            QMetaObject::invokeMethod(this, [this] {
                std::printf("startup-ms: %lld\n", static_cast<long long>(m_clock.elapsed()));
                std::fflush(stdout);
                QCoreApplication::quit();
            }, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_clock;
    bool m_done = false;
};

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer clock;
    clock.start();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const bool command = CommandLine::isCommand(arguments);
    const bool exporting = command && arguments.value(1) == QLatin1String("export");
    const bool noDisplay = qEnvironmentVariableIsEmpty("DISPLAY") &&
                           qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        // The command line never needs a display. Only export draws (text, with the fonts the
        // offscreen platform has); the other commands take the minimal one, which has no font
        // database: Qt 6.4's would start fontconfig on exit only to tear it down (4-5 ms).
        if (command)
            qputenv("QT_QPA_PLATFORM", exporting ? "offscreen" : "minimal");
        else if (noDisplay) {
            std::fprintf(stderr, "spendlens: no display to open the window on (DISPLAY is unset).\n"
                                 "Export charts with `spendlens export --chart ratio -o ratio.png`,\n"
                                 "or see `spendlens --help`.\n");
            return CommandLine::Failure;
        }
    }

    // Qt warns on every start when XDG_RUNTIME_DIR is unset (servers, CI): give it a private one.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray runtime = QDir::tempPath().toLocal8Bit() + "/spendlens-runtime-" + QByteArray::number(getuid());
        if (::mkdir(runtime.constData(), 0700) == 0 || errno == EEXIST)
            qputenv("XDG_RUNTIME_DIR", runtime);
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SpendLens"));
    QApplication::setOrganizationName(QStringLiteral("SpendLens"));
    QApplication::setApplicationVersion(QStringLiteral(SPENDLENS_VERSION));
    if (command) {
        // An export draws text at once: the font database (fontconfig's start over every font
        // installed, CJK included) is filled on another core while the command reads its
        // arguments, translations and figures. QFontDatabase is thread-safe.
        std::thread fonts;
        if (exporting)
            fonts = std::thread([] { QFontDatabase::families(); });
        const int code = CommandLine::run(arguments);
        if (fonts.joinable())
            fonts.join();
        return code;
    }

    QCommandLineParser parser;
    parser.addOption({QStringLiteral("dataset"), QStringLiteral("Figures to open."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("Language: en or zh_CN."), QStringLiteral("LANG")});
    parser.addOption({QStringLiteral("startup-report"),
                      QStringLiteral("Print the time to the first drawn chart and quit.")});
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "spendlens: %s\n%s", qPrintable(parser.errorText()),
                     qPrintable(CommandLine::usage()));
        return CommandLine::UsageError;
    }
    const Preferences preferences = Preferences::load();
    Localization::apply(preferences.resolvedLanguage(parser.value(QStringLiteral("lang"))));
    const DatasetRead read = DatasetJson::builtIn();
    if (!read.ok) {
        std::fprintf(stderr, "spendlens: %s\n", qPrintable(read.error));
        return CommandLine::Failure;
    }
    QString name = QApplication::translate("main", "built-in dataset");
    Document document;
    document.load(read.dataset);
    // `spendlens FILE` or `spendlens --dataset FILE` opens a document instead.
    QString path = parser.isSet(QStringLiteral("dataset")) ? parser.value(QStringLiteral("dataset"))
                                                           : parser.positionalArguments().value(0);
    // With no file named, the last document comes back (unless it has gone).
    const QString last = QSettings().value(QStringLiteral("recentFiles")).toStringList().value(0);
    if (path.isEmpty() && !parser.isSet(QStringLiteral("startup-report")) && QFileInfo::exists(last))
        path = last;
    // Work left by a session that did not end cleanly: offer it back before anything else.
    const QString recoveryDir = Autosaver::defaultDirectory();
    const QVector<Autosaver::Recovery> orphans = parser.isSet(QStringLiteral("startup-report"))
                                                     ? QVector<Autosaver::Recovery>()
                                                     : Autosaver::orphans(recoveryDir);
    Autosaver autosaver(&document, recoveryDir);
    if (!orphans.isEmpty()) {
        const Autosaver::Recovery &latest = orphans.first();
        const QString of = latest.originalPath.isEmpty() ? QApplication::translate("main", "an unsaved document")
                                                         : latest.originalPath;
        const auto answer = QMessageBox::question(
            nullptr, QApplication::translate("main", "Restore unsaved work?"),
            QApplication::translate("main", "SpendLens closed without saving changes to %1 (last kept %2). "
                                            "Restore them?")
                .arg(of, QLocale().toString(latest.savedAt.toLocalTime(), QLocale::ShortFormat)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        QString restoreError;
        if (answer == QMessageBox::Yes && autosaver.restore(latest, &restoreError)) {
            name = latest.originalPath.isEmpty() ? QApplication::translate("main", "restored work")
                                                 : latest.originalPath;
            path.clear(); // the restored work replaces the file named
        } else if (answer == QMessageBox::Yes) {
            QMessageBox::warning(nullptr, QApplication::translate("main", "Not restored"), restoreError);
        }
        // The restored copy is this session's now (moved); the older ones go.
        for (const Autosaver::Recovery &orphan : orphans)
            Autosaver::discard(orphan);
    }

    // The file named is read while the window is built, and opens once the window shows, so
    // that a long read shows its progress and can be cancelled; the report then waits for the
    // chart drawn from it.
    DocumentLoader reading(&document, nullptr);
    if (!path.isEmpty())
        reading.start(path);
    MainWindow window(&document, name);
    QWidget *chart = window.ratioPanel()->chartView()->viewport();
    const bool report = parser.isSet(QStringLiteral("startup-report"));
    if (report && path.isEmpty())
        chart->installEventFilter(new StartupProbe(clock, &window));
    window.show();
    reading.setWindow(&window);
    QString error;
    const bool opened = path.isEmpty() || window.actions()->openDocument(path, &error, &reading);
    if (!opened && report) { // a benchmark waits for no message box
        std::fprintf(stderr, "spendlens: %s\n",
                     qPrintable(error.isEmpty() ? window.statusBar()->currentMessage() : error)); // cancelled
        return CommandLine::Failure;
    }
    if (!opened && !error.isEmpty())
        QMessageBox::warning(&window, QApplication::translate("main", "Not opened"),
                             QApplication::translate("main", "%1\n\nShowing the built-in dataset instead.").arg(error));
    if (report && !path.isEmpty()) {
        chart->installEventFilter(new StartupProbe(clock, &window));
        chart->update();
    }
    return app.exec();
}
