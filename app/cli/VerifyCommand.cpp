// dlrepro-cli verify: run a snippet over several seeds and decide whether it reproduces the
// reported bug (thesis section 4.3.5): the error the report quotes, or its metric within a
// tolerance.
#include "Commands.h"

#include "dynamics/SymptomExpectation.h"
#include "tensor/TensorClient.h"

#include "import/ReportImport.h"
#include "inspect/Inspection.h"
#include "online/OnlineReport.h"
#include "run/PythonEnvironment.h"
#include "run/RunRequest.h"
#include "run/RunResult.h"
#include "verify/Expectation.h"
#include "verify/Verdict.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace dlrepro::cli {

// Defined in RunCommand.cpp: the options and run step `run` and `verify` share.
void addRunOptions(QCommandLineParser &parser);
int prepareRun(const QCommandLineParser &parser, const QString &command, const QString &snippet, Io io,
               RunRequest *request, PythonEnvironment *environment);
QList<RunResult> executeRun(const RunRequest &request, Io io);

namespace {


// The report's inspection, or an error message.
bool loadInspection(const QString &input, Inspection *out, QString *error)
{
    const ImportResult imported = loadReport(input);
    if (!imported.ok()) {
        *error = imported.error;
        return false;
    }
    *out = inspectReport(imported.reports.first());
    return true;
}

} // namespace

int runVerify(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Run a snippet over several seeds and decide whether it reproduces the reported bug.\n"
           "What should happen comes from --report (its quoted error, else its observed metric) or\n"
           "from --expect-error / --expect-metric. Explicit bugs: the error must match (exactly or\n"
           "after normalising paths, addresses and numbers in shapes and sizes) in every seed;\n"
           "some seeds only is intermittent. Silent bugs: the mean metric over the seeds must lie\n"
           "within the relative tolerance of the reported value (34% = 0.34).\n"
           "Exit status: 0 reproduced, 1 not reproduced, intermittent or inconclusive, 2 bad input\n"
           "or usage (missing snippet, no expectation, bad option values)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("snippet"), QCoreApplication::translate("cli", "The Python file that should reproduce the bug."));
    parser.addOptions({
        {QStringLiteral("report"), QCoreApplication::translate("cli", "The bug report (a file, so:ID or gh:owner/repo#N), as for inspect."),
         QStringLiteral("R")},
        {QStringLiteral("expect-error"), QCoreApplication::translate("cli", "The error that should occur: \"Type: message\"."), QStringLiteral("text")},
        {QStringLiteral("expect-metric"), QCoreApplication::translate("cli", "The metric that should be seen: name=value[%], e.g. accuracy=34%."),
         QStringLiteral("spec")},
        {QStringLiteral("tolerance"), QCoreApplication::translate("cli", "Relative tolerance for a metric (default 0.05, also 5%)."),
         QStringLiteral("T")},
        {QStringLiteral("metric-regex"),
         QCoreApplication::translate("cli", "Read the metric from the output with this regular expression (one capture group; last match)."),
         QStringLiteral("RE")},
        {QStringLiteral("expect-symptom"),
         QCoreApplication::translate("cli", "A training-dynamics symptom the reproduction must show (PyTorch; implies --dynamics): "
                                            "vanishing, exploding, dying, oscillating, slow; several separated by commas. Alone, it "
                                            "is the whole expectation."),
         QStringLiteral("S")},
        {QStringLiteral("json"), QCoreApplication::translate("cli", "Print the verdict as JSON (docs/verdict-schema.md).")},
    });
    addRunOptions(parser);
    QStringList argv = args;
    argv.prepend(QStringLiteral("dlrepro-cli verify"));
    auto fail = [&](const QString &message) {
        io.err << "dlrepro-cli verify: " << message << '\n';
        return 2;
    };
    if (!parser.parse(argv))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return fail(QCoreApplication::translate("cli", "expected exactly one snippet (see --help)"));
    const bool userError = parser.isSet(QStringLiteral("expect-error"));
    const bool userMetric = parser.isSet(QStringLiteral("expect-metric"));
    if (userError && userMetric)
        return fail(QCoreApplication::translate("cli", "give either --expect-error or --expect-metric, not both"));

    QList<DynamicsSymptomKind> requiredSymptoms;
    for (const QString &name : parser.value(QStringLiteral("expect-symptom")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        DynamicsSymptomKind kind;
        if (!parseDynamicsSymptom(name.trimmed(), &kind))
            return fail(QCoreApplication::translate("cli", "--expect-symptom: unknown symptom '%1' (vanishing, exploding, dying, "
                                                           "oscillating or slow)")
                            .arg(name.trimmed().left(40)));
        if (!requiredSymptoms.contains(kind))
            requiredSymptoms << kind;
    }
    const bool symptomsOnly = !requiredSymptoms.isEmpty() && !userError && !userMetric && !parser.isSet(QStringLiteral("report"));

    Expectation expectation;
    QString error;
    if (parser.isSet(QStringLiteral("report"))) {
        Inspection inspection;
        if (!loadInspection(parser.value(QStringLiteral("report")), &inspection, &error))
            return fail(error);
        expectation = expectationFromInspection(inspection);
        if (userError || userMetric) {
            // The user's expectation wins; the report still says what kind of bug it is.
            Expectation fromUser;
            fromUser.bugType = expectation.bugType;
            fromUser.frameworks = expectation.frameworks;
            fromUser.gpuBug = expectation.bugType == BugType::Gpu;
            expectation = fromUser;
        }
    }
    if (userError && !parseExpectedError(parser.value(QStringLiteral("expect-error")), &expectation, &error))
        return fail(error);
    if (userMetric && !parseExpectedMetric(parser.value(QStringLiteral("expect-metric")), &expectation, &error))
        return fail(error);
    if (!expectation.isValid() && !symptomsOnly)
        return fail(parser.isSet(QStringLiteral("report"))
                        ? QCoreApplication::translate("cli", "the report quotes no error and no observed metric: give --expect-error or --expect-metric")
                        : QCoreApplication::translate("cli", "nothing to verify against: give --report, --expect-error or --expect-metric"));
    if (parser.isSet(QStringLiteral("tolerance"))) {
        if (expectation.kind != ExpectationKind::Metric)
            return fail(QCoreApplication::translate("cli", "--tolerance applies to a metric, and the expectation is an error"));
        if (!parseTolerance(parser.value(QStringLiteral("tolerance")), &expectation.tolerance, &error))
            return fail(error);
    }
    if (parser.isSet(QStringLiteral("metric-regex"))) {
        if (expectation.kind != ExpectationKind::Metric)
            return fail(QCoreApplication::translate("cli", "--metric-regex applies to a metric, and the expectation is an error"));
        if (!setMetricRegex(parser.value(QStringLiteral("metric-regex")), &expectation, &error))
            return fail(error);
    }

    RunRequest request;
    PythonEnvironment environment;
    if (const int rc = prepareRun(parser, QStringLiteral("verify"), parser.positionalArguments().first(), io, &request,
                                  &environment))
        return rc;
    QTemporaryDir dynamicsDir;
    if (!requiredSymptoms.isEmpty()) {
        request.dynamics = true;
        if (request.outDir.isEmpty()) {
            if (!dynamicsDir.isValid())
                return fail(QCoreApplication::translate("cli", "cannot create a temporary folder for the training dynamics"));
            request.outDir = dynamicsDir.path();
        }
    }
    QStringList symptomNames;
    for (DynamicsSymptomKind k : std::as_const(requiredSymptoms))
        symptomNames << dynamicsSymptomName(k);
    io.err << QCoreApplication::translate("cli", "Expecting: %1")
                  .arg(symptomsOnly ? symptomNames.join(QStringLiteral(", "))
                                    : expectationToText(expectation)
                                          + (symptomNames.isEmpty() ? QString() : QStringLiteral(" + ") + symptomNames.join(QStringLiteral(", "))))
           << '\n';
    const QList<RunResult> results = executeRun(request, io);
    if (results.isEmpty())
        return fail(QCoreApplication::translate("cli", "the runner did not start"));

    VerifyContext context;
    context.interpreter = request.interpreter;
    context.device = request.device;
    context.gpuAvailable = environment.cudaAvailable && request.device != QLatin1String("cpu");
    context.environment = environment.toJson();
    Verdict verdict = decideVerdict(expectation, results, context);
    QJsonObject symptomJson;
    if (!requiredSymptoms.isEmpty()) {
        TensorClient client;
        client.setHelperPath(TensorClient::locateHelper());
        if (client.helperPath().isEmpty())
            return fail(QCoreApplication::translate("cli", "--expect-symptom needs the tensor helper dlrepro-tensor next to dlrepro-cli "
                                                           "(or named by $DLREPRO_TENSOR)"));
        const QList<SeedSymptoms> seen =
            collectSeedSymptoms(&client, request.outDir, request.seeds, DynamicsThresholds::defaults());
        verdict = requireSymptoms(verdict, requiredSymptoms, seen, symptomsOnly);
        symptomJson = symptomEvidenceToJson(requiredSymptoms, seen);
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = verdictToJson(verdict);
        if (!symptomJson.isEmpty())
            json.insert(QStringLiteral("symptoms"), symptomJson);
        io.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        io.out << verdictToText(verdict);
    }
    return verdict.isReproduced() ? 0 : 1;
}

} // namespace dlrepro::cli
