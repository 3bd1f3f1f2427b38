// dlrepro-cli: the headless face of dlrepro. Every capability of the workbench is reachable from
// here through the same core code, so it can be scripted and tested without a display.
#include "Commands.h"

#include <QCoreApplication>
#ifdef DLREPRO_HAVE_TRANSLATIONS
#include "Translations.h"
#endif

#include <cstdio>

using namespace dlrepro::cli;

namespace {

struct Command {
    const char *name;
    int (*run)(const QStringList &, Io);
    const char *summary;
};

const Command kCommands[] = {
    {"inspect", runInspect, QT_TRANSLATE_NOOP("cli", "Show a report's facts, bug type and information table")},
    {"select", runSelect, QT_TRANSLATE_NOOP("cli", "Build a corpus from a Stack Exchange Posts.xml dump")},
    {"env", runEnv, QT_TRANSLATE_NOOP("cli", "List the Python interpreters found and what they can run")},
    {"run", runRun, QT_TRANSLATE_NOOP("cli", "Run a snippet once per seed through the harness")},
    {"verify", runVerify, QT_TRANSLATE_NOOP("cli", "Decide whether a snippet reproduces the reported bug")},
    {"mine", runMine, QT_TRANSLATE_NOOP("cli", "Mine association rules from reproduction transactions")},
    {"hints", runHints, QT_TRANSLATE_NOOP("cli", "Print the hint for reproducing a report")},
    {"reproduce", runReproduce, QT_TRANSLATE_NOOP("cli", "Apply edit actions to a report's snippet until it reproduces the bug")},
    {"edit", runEdit, QT_TRANSLATE_NOOP("cli", "Apply one edit action to a snippet (diff, JSON or in place)")},
    {"workspace", runWorkspace, QT_TRANSLATE_NOOP("cli", "Keep a reproduction in a git workspace: new, apply, verify, log, diff, revert, export, clone")},
    {"project", runProject, QT_TRANSLATE_NOOP("cli", "Create, import and export a research project database of annotated bugs")},
    {"agreement", runAgreement, QT_TRANSLATE_NOOP("cli", "Cohen's kappa between two annotators' edit-action labels")},
    {"glm", runGlm, QT_TRANSLATE_NOOP("cli", "Fit a binomial GLM (logit link) to a CSV, as the study analysis did")},
    {"study", runStudy, QT_TRANSLATE_NOOP("cli", "Design, run and analyse a user study")},
    {"dynamics", runDynamics, QT_TRANSLATE_NOOP("cli", "Per-layer training statistics and data-bug symptoms of a run")},
};

void printUsage(QTextStream &s)
{
    s << QCoreApplication::translate("cli", "Usage: dlrepro-cli <command> [options]") << "\n\n"
      << QCoreApplication::translate("cli", "Commands:") << '\n';
    for (const Command &c : kCommands)
        s << "  " << QString::fromLatin1(c.name).leftJustified(10) << QCoreApplication::translate("cli", c.summary)
          << '\n';
    s << '\n'
      << QCoreApplication::translate("cli", "Run 'dlrepro-cli <command> --help' for a command's options.") << '\n'
      << QCoreApplication::translate("cli", "Exit status: 0 success, 1 a negative result, 2 bad input or usage.")
      << '\n';
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dlrepro"));
    QCoreApplication::setOrganizationName(QStringLiteral("dlrepro"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DLREPRO_VERSION));

#ifdef DLREPRO_HAVE_TRANSLATIONS
    // The system locale decides; LC_ALL=C gives the English source text (scripts rely on it).
    dlrepro::installTranslations();
#endif

    QTextStream out(stdout);
    QTextStream err(stderr);
    Io io{out, err};

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")
        || args.first() == QLatin1String("help")) {
        printUsage(args.isEmpty() ? err : out);
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version")) {
        out << "dlrepro-cli " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    const QString name = args.takeFirst();
    for (const Command &c : kCommands) {
        if (name == QLatin1String(c.name)) {
            const int rc = c.run(args, io);
            out.flush();
            err.flush();
            return rc;
        }
    }
    err << QCoreApplication::translate("cli", "dlrepro-cli: unknown command '%1'").arg(name) << '\n';
    printUsage(err);
    return 2;
}
