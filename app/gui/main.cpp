// dlrepro: the workbench. `dlrepro [report-file-or-spec] [--lang xx] [--screenshot out.png]`.
#include "MainWindow.h"
#include "RunPanel.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QImage>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

bool hasEnv(const char *name)
{
    const char *v = std::getenv(name);
    return v && *v;
}

bool asksForHelpOrVersion(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (!std::strcmp(a, "--help") || !std::strcmp(a, "-h") || !std::strcmp(a, "--help-all")
            || !std::strcmp(a, "--version") || !std::strcmp(a, "-v"))
            return true;
    }
    return false;
}

// The first argument that is not an option (nor an option's value): the report, for the hint.
const char *reportArgument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--lang") || !std::strcmp(argv[i], "--screenshot")) {
            ++i;
            continue;
        }
        if (argv[i][0] != '-')
            return argv[i];
    }
    return nullptr;
}

const QString kLangOption = QStringLiteral("lang");
const QString kScreenshotOption = QStringLiteral("screenshot");

// Built after the translations are installed, so that --help speaks the user's language.
void setUpParser(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Workbench for reproducing deep-learning bugs."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(
        kLangOption,
        QCoreApplication::translate("main", "Language of the user interface (de, en, …); default: the system's."),
        QStringLiteral("xx")));
    parser.addOption(QCommandLineOption(
        kScreenshotOption,
        QCoreApplication::translate("main", "Save a picture of the window, once the report is shown, to <file> and exit."),
        QStringLiteral("file")));
    parser.addPositionalArgument(
        QStringLiteral("report"),
        QCoreApplication::translate("main", "A report file, or so:ID, gh:owner/repo#N, or a web address."),
        QStringLiteral("[report]"));
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("dlrepro"));
    QCoreApplication::setApplicationName(QStringLiteral("dlrepro"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DLREPRO_VERSION));
}

QString languageArgument(int argc, char **argv)
{
    for (int i = 1; i + 1 < argc; ++i)
        if (!std::strcmp(argv[i], "--lang"))
            return QString::fromLocal8Bit(argv[i + 1]);
    return QString();
}

} // namespace

int main(int argc, char **argv)
{
    // Without a display Qt aborts in QApplication's constructor with a platform-plugin message
    // that does not say what to do: check first and point at the headless command.
    const bool display = hasEnv("DISPLAY") || hasEnv("WAYLAND_DISPLAY") || hasEnv("QT_QPA_PLATFORM");
    if (!display && !asksForHelpOrVersion(argc, argv)) {
        const char *report = reportArgument(argc, argv);
        std::fprintf(stderr, "dlrepro: no display; run the same headless with: dlrepro-cli inspect %s\n",
                     report ? report : "<report>");
        return 2;
    }

    if (!display) { // --help or --version only: no widgets needed
        QCoreApplication app(argc, argv);
        setIdentity();
        dlrepro::installTranslations(languageArgument(argc, argv));
        QCommandLineParser parser;
        setUpParser(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.dlrepro.svg")));
    dlrepro::installTranslations(languageArgument(argc, argv));
    QCommandLineParser parser;
    setUpParser(parser);
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        std::fprintf(stderr, "dlrepro: one report at a time (got %lld)\n", static_cast<long long>(positional.size()));
        return 2;
    }

    dlrepro::MainWindow window;
    const QString screenshot = parser.value(kScreenshotOption);
    int exitCode = 0;
    if (!screenshot.isEmpty()) {
        // Unattended: an error goes to stderr and the picture shows the window as it is.
        window.setErrorReporter([&exitCode](const QString &, const QString &message) {
            std::fprintf(stderr, "dlrepro: %s\n", qUtf8Printable(message));
            exitCode = 1;
        });
    }
    window.show();
    if (screenshot.isEmpty())
        window.startEnvironmentDiscovery();
    if (!positional.isEmpty()) {
        if (positional.first().endsWith(QLatin1String(".dlrepro")))
            window.openSession(positional.first());
        else
            window.openReport(positional.first());
    }

    if (!screenshot.isEmpty()) {
        QTimer::singleShot(400, &window, [&] {
            const QImage image = window.grab().toImage();
            if (!image.save(screenshot)) {
                std::fprintf(stderr, "dlrepro: cannot write the screenshot to %s\n", qUtf8Printable(screenshot));
                exitCode = 1;
            }
            QCoreApplication::exit(exitCode);
        });
    }
    const int rc = app.exec();
    // A probe still running (a slow interpreter) must not meet the application's teardown.
    dlrepro::RunPanel::waitForBackgroundWork(5000);
    return exitCode ? exitCode : rc;
}
