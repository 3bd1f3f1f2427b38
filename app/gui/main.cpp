// dlrepro: the workbench. `dlrepro [report-file-or-spec] [--lang xx] [--screenshot out.png]`,
// or a participant's study session: `dlrepro --study study.db [--participant P07]`.
#include "MainWindow.h"
#include "Modes.h"
#include "RunPanel.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QImage>
#include <QMessageBox>
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
        if (!std::strcmp(argv[i], "--lang") || !std::strcmp(argv[i], "--screenshot") || !std::strcmp(argv[i], "--study")
            || !std::strcmp(argv[i], "--participant")) {
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
const QString kStudyOption = QStringLiteral("study");
const QString kParticipantOption = QStringLiteral("participant");

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
    parser.addOption(QCommandLineOption(
        kStudyOption,
        QCoreApplication::translate("main", "Run a participant's session of the user study in <database> (study mode: "
                                            "their bugs only, no settings)."),
        QStringLiteral("database")));
    parser.addOption(QCommandLineOption(
        kParticipantOption,
        QCoreApplication::translate("main", "The participant of --study (asked for when not given)."),
        QStringLiteral("id")));
    parser.addPositionalArgument(
        QStringLiteral("report"),
        QCoreApplication::translate("main", "A report file, or so:ID, gh:owner/repo#N, or a web address; or a "
                                            "reproduction workspace folder."),
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

    if (parser.isSet(kStudyOption)) {
        QString error;
        std::unique_ptr<QWidget> study =
            dlrepro::openStudyMode(parser.value(kStudyOption), parser.value(kParticipantOption), &error);
        if (!study) {
            if (error.isEmpty())
                return 1; // the facilitator cancelled
            std::fprintf(stderr, "dlrepro: %s\n", qUtf8Printable(error));
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "User study"), error);
            return 2;
        }
        study->show();
        const QString shot = parser.value(kScreenshotOption);
        int studyExit = 0;
        if (!shot.isEmpty()) {
            QTimer::singleShot(400, study.get(), [&] {
                if (!study->grab().toImage().save(shot)) {
                    std::fprintf(stderr, "dlrepro: cannot write the screenshot to %s\n", qUtf8Printable(shot));
                    studyExit = 1;
                }
                QCoreApplication::exit(studyExit);
            });
        }
        const int rc = app.exec();
        dlrepro::RunPanel::waitForBackgroundWork(5000);
        return studyExit ? studyExit : rc;
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
        else if (QFileInfo(positional.first()).isDir())
            window.openWorkspace(positional.first()); // a reproduction workspace

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
