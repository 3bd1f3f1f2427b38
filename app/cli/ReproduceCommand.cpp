// dlrepro-cli reproduce: build a snippet from a report and apply edit actions until the run
// shows the reported bug (automatic reproduction), verifying after each step.
#include "Commands.h"

#include "edit/actions/Reproducer.h"
#include "import/ReportImport.h"
#include "inspect/Inspection.h"
#include "online/OnlineReport.h"
#include "run/PythonEnvironment.h"
#include "run/RunRequest.h"
#include "run/RunResult.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace dlrepro::cli {

// Defined in RunCommand.cpp: the options and run step `run` and `verify` share.
void addRunOptions(QCommandLineParser &parser);
int prepareRun(const QCommandLineParser &parser, const QString &command, const QString &snippet, Io io,
               RunRequest *request, PythonEnvironment *environment);
QList<RunResult> executeRun(const RunRequest &request, Io io);

namespace {
} // namespace

int runReproduce(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Build a snippet from a report (its code blocks, definitions first, driver code and printed\n"
           "values from the text), then apply edit actions — C when it does not parse, R for undefined\n"
           "names, then the actions the hints recommend for its bug type — verifying after each step,\n"
           "until the reported error or metric shows. Prints the transaction, the final code and the verdict.\n"
           "Exit status: 0 reproduced, 1 not reproduced, 2 bad input or usage (no expectation in the report)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("report"), QCoreApplication::translate("cli", "The bug report (a file, so:ID or gh:owner/repo#N)."));
    parser.addOptions({
        {QStringLiteral("max-steps"), QCoreApplication::translate("cli", "Edit actions to apply at most (default 8)."), QStringLiteral("N"), QStringLiteral("8")},
        {QStringLiteral("json"), QCoreApplication::translate("cli", "Print the reproduction as JSON (schema dlrepro.reproduction/1).")},
        {QStringLiteral("write"), QCoreApplication::translate("cli", "Write the final code to FILE."), QStringLiteral("FILE")},
    });
    addRunOptions(parser);
    QStringList argv = args;
    argv.prepend(QStringLiteral("dlrepro-cli reproduce"));
    auto fail = [&](const QString &message) {
        io.err << "dlrepro-cli reproduce: " << message << '\n';
        return 2;
    };
    if (!parser.parse(argv))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return fail(QCoreApplication::translate("cli", "expected exactly one report (see --help)"));
    bool ok = false;
    const int maxSteps = parser.value(QStringLiteral("max-steps")).toInt(&ok);
    if (!ok || maxSteps < 0 || maxSteps > 50)
        return fail(QCoreApplication::translate("cli", "--max-steps must be between 0 and 50"));
    const QString input = parser.positionalArguments().first();
    const ImportResult imported = isOnlineSpec(input) ? fetchOnlineReport(input, FetchOptions{}) : importReportFile(input, InputFormat::Auto);
    if (!imported.ok())
        return fail(imported.error);
    if (imported.reports.isEmpty())
        return fail(QCoreApplication::translate("cli", "%1: no report found").arg(input));
    const Inspection inspection = inspectReport(imported.reports.first());
    if (!expectationFromInspection(inspection).isValid())
        return fail(QCoreApplication::translate("cli", "the report quotes no error and no observed metric to verify against"));

    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(QCoreApplication::translate("cli", "cannot create a temporary directory"));
    const QString snippet = dir.filePath(QStringLiteral("snippet.py"));
    {
        QFile f(snippet);
        if (!f.open(QIODevice::WriteOnly))
            return fail(QCoreApplication::translate("cli", "cannot write %1").arg(snippet));
    }
    RunRequest request;
    PythonEnvironment environment;
    if (const int rc = prepareRun(parser, QStringLiteral("reproduce"), snippet, io, &request, &environment))
        return rc;
    VerifyContext context;
    context.interpreter = request.interpreter;
    context.device = request.device;
    context.gpuAvailable = environment.cudaAvailable && request.device != QLatin1String("cpu");
    context.environment = environment.toJson();
    int step = 0;
    const VerifySnippet verify = [&](const QString &code, const Expectation &expectation) {
        QFile f(snippet);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return decideVerdict(expectation, {}, context);
        f.write(code.toUtf8());
        f.close();
        io.err << QCoreApplication::translate("cli", "[step %1] running").arg(step++) << '\n';
        return decideVerdict(expectation, executeRun(request, io), context);
    };
    const Reproduction r = reproduceReport(inspection, verify, maxSteps);
    if (parser.isSet(QStringLiteral("write"))) {
        QFile out(parser.value(QStringLiteral("write")));
        if (!out.open(QIODevice::WriteOnly))
            return fail(QCoreApplication::translate("cli", "cannot write %1").arg(out.fileName()));
        out.write(r.finalCode.toUtf8());
    }
    if (parser.isSet(QStringLiteral("json")))
        io.out << QString::fromUtf8(QJsonDocument(reproductionToJson(r)).toJson(QJsonDocument::Indented));
    else
        io.out << reproductionToText(r);
    return r.reproduced ? 0 : 1;
}

} // namespace dlrepro::cli
