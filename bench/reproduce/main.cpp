// dlrepro-bench-reproduce: how many development-set reports automatic reproduction turns into
// verified reproductions, and how many edits each needed.
//
//   dlrepro-bench-reproduce [--python P] [--n-seeds N] [--max-steps N] [--devset DIR] [--only NAME]
//
// For each report (*.md, *.json in the devset folder, INDEX.md and README.md excepted): import,
// inspect, then reproduceReport with a verifier that runs the snippet through the runner on
// CPU, one seed by default (the reports are deterministic errors; a metric report's tolerance
// absorbs one seed's noise). The development set is ours; the thesis's reserved evaluation set
// (the replication package's Bugs/ folder) is never read here.
#include "edit/actions/Reproducer.h"
#include "import/ReportImport.h"
#include "inspect/Inspection.h"
#include "run/Runner.h"
#include "verify/Expectation.h"
#include "verify/Verdict.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace dlrepro;

namespace {

QString letters(const QList<EditAction> &actions)
{
    QStringList out;
    for (EditAction a : actions)
        out << QString(editActionLetter(a));
    return out.isEmpty() ? QStringLiteral("-") : out.join(QString());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Automatic reproduction over the development set."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("python"), QStringLiteral("Interpreter with torch (default /usr/bin/python3)."), QStringLiteral("P"),
         QStringLiteral("/usr/bin/python3")},
        {QStringLiteral("n-seeds"), QStringLiteral("Seeds per verification (default 1)."), QStringLiteral("N"), QStringLiteral("1")},
        {QStringLiteral("max-steps"), QStringLiteral("Edit actions per report at most (default 8)."), QStringLiteral("N"),
         QStringLiteral("8")},
        {QStringLiteral("devset"), QStringLiteral("Folder of reports (default the source tree's tests/fixtures/devset)."),
         QStringLiteral("DIR"), QStringLiteral(DLREPRO_DEVSET_DIR)},
        {QStringLiteral("only"), QStringLiteral("Run only reports whose file name contains TEXT."), QStringLiteral("TEXT")},
        {QStringLiteral("verbose"), QStringLiteral("Print each report's transaction text and final code.")},
    });
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    bool ok1 = false, ok2 = false;
    const int nSeeds = parser.value(QStringLiteral("n-seeds")).toInt(&ok1);
    const int maxSteps = parser.value(QStringLiteral("max-steps")).toInt(&ok2);
    if (!ok1 || nSeeds < 1 || nSeeds > 20 || !ok2 || maxSteps < 0 || maxSteps > 50) {
        err << "--n-seeds must be 1..20 and --max-steps 0..50\n";
        return 2;
    }
    const QString python = parser.value(QStringLiteral("python"));
    const QDir devset(parser.value(QStringLiteral("devset")));
    QStringList files = devset.entryList({QStringLiteral("*.md"), QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    files.removeAll(QStringLiteral("INDEX.md"));
    files.removeAll(QStringLiteral("README.md"));
    if (parser.isSet(QStringLiteral("only"))) {
        const QString only = parser.value(QStringLiteral("only"));
        files.erase(std::remove_if(files.begin(), files.end(), [&](const QString &f) { return !f.contains(only); }), files.end());
    }
    if (files.isEmpty()) {
        err << "no reports in " << devset.absolutePath() << '\n';
        return 2;
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        err << "cannot create a temporary directory\n";
        return 2;
    }
    const QString snippet = dir.filePath(QStringLiteral("snippet.py"));

    RunRequest request;
    request.snippetPath = snippet;
    request.interpreter = python;
    request.device = QStringLiteral("cpu");
    request.copyWorkspace = false;
    request.seeds.clear();
    for (int s = 0; s < nSeeds; ++s)
        request.seeds << s;
    request.parallel = nSeeds;
    request.timeoutMs = 120000;
    VerifyContext context;
    context.interpreter = python;
    context.device = request.device;

    int runs = 0;
    const VerifySnippet verify = [&](const QString &code, const Expectation &expectation) {
        QFile f(snippet);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return decideVerdict(expectation, {}, context);
        f.write(code.toUtf8());
        f.close();
        ++runs;
        return decideVerdict(expectation, Runner::runSeeds(request), context);
    };

    out << "dev set: " << devset.absolutePath() << " (" << files.size() << " reports), python " << python << ", "
        << nSeeds << " seed(s), max " << maxSteps << " steps\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("report"), -44)
               .arg(QStringLiteral("verdict"), -15)
               .arg(QStringLiteral("reason"), -18)
               .arg(QStringLiteral("steps"), 5)
               .arg(QStringLiteral("actions"), -9)
               .arg(QStringLiteral("wall s"), 7);
    int reproduced = 0, asIs = 0, editsTotal = 0, unusable = 0, suspect = 0;
    double wallTotal = 0.0;
    QStringList failed;
    for (const QString &name : files) {
        QElapsedTimer t;
        t.start();
        const ImportResult imported = importReportFile(devset.filePath(name), InputFormat::Auto);
        if (!imported.ok() || imported.reports.isEmpty()) {
            out << QStringLiteral("%1 import failed: %2\n").arg(name, -44).arg(imported.error);
            ++unusable;
            failed << name;
            continue;
        }
        const Inspection inspection = inspectReport(imported.reports.first());
        runs = 0;
        const Reproduction r = reproduceReport(inspection, verify, maxSteps);
        const double wall = double(t.nsecsElapsed()) / 1e9;
        wallTotal += wall;
        const QString status = r.expectation.isValid() ? verdictStatusId(r.verdict.status) : QStringLiteral("no_expectation");
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(name, -44)
                   .arg(status, -15)
                   .arg(r.verdict.reasonId, -18)
                   .arg(r.steps.size(), 5)
                   .arg(letters(r.transaction()), -9)
                   .arg(wall, 7, 'f', 2);
        if (parser.isSet(QStringLiteral("verbose")))
            out << reproductionToText(r) << "\n\n";
        if (!r.expectation.isValid())
            ++unusable;
        // A metric read from a run that crashed came from text the run echoed (a SyntaxError
        // quoting the line that prints it), not from a computation: count it, but flag it.
        bool crashedMetric = false;
        if (r.reproduced && r.expectation.kind == ExpectationKind::Metric)
            for (const SeedEvidence &s : r.verdict.seeds)
                crashedMetric = crashedMetric || s.status != RunStatus::Finished;
        if (crashedMetric) {
            ++suspect;
            out << "  ^ suspect: the metric was read from a run that did not finish (" << r.verdict.seeds.first().observed
                << ")\n";
        }
        if (r.reproduced) {
            ++reproduced;
            editsTotal += int(r.steps.size());
            if (r.steps.isEmpty())
                ++asIs;
        } else {
            failed << name + QStringLiteral(" (") + r.stopReason + QStringLiteral("; ") + r.verdict.reason + u')';
        }
        out.flush();
    }
    const int n = int(files.size());
    out << "\nverified reproductions: " << reproduced << " of " << n << " ("
        << QString::number(100.0 * reproduced / n, 'f', 1) << "%), " << asIs << " as assembled, " << suspect << " suspect\n";
    out << "edits per reproduction: mean "
        << (reproduced ? QString::number(double(editsTotal) / reproduced, 'f', 2) : QStringLiteral("-")) << " (total "
        << editsTotal << ")\n";
    if (unusable)
        out << "reports without an expectation or not importable: " << unusable << '\n';
    out << "wall time: " << QString::number(wallTotal, 'f', 1) << " s in all, "
        << QString::number(wallTotal / n, 'f', 2) << " s per report\n";
    if (!failed.isEmpty()) {
        out << "not reproduced:\n";
        for (const QString &f : failed)
            out << "  " << f << '\n';
    }
    return 0;
}
