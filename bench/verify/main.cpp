// dlrepro-bench-verify: what a five-seed verification costs against doing it by hand.
//
//   dlrepro-bench-verify [--python P] [--parallel N] [--seeds N] [--repeat K]
//
// Baseline: N sequential `P snippet.py` runs (what a user does by hand). dlrepro: the runner
// with the harness over N seeds, --parallel at once, then the verdict, once as plain processes
// and once through the fork server (a new Runner each time, so the server starts cold as in
// one `dlrepro-cli verify`). Also one seed as a plain harness process against one plain run
// (the harness overhead). Each figure is the median of K
// repetitions; the snippet is a small PyTorch training loop (a few hundred ms of compute).
#include "run/ForkServer.h"
#include "run/Runner.h"
#include "verify/Expectation.h"
#include "verify/Verdict.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace dlrepro;

namespace {

const char kSnippet[] = R"PY(# A small training run: an MLP on synthetic data, a few hundred ms of CPU compute.
import torch
import torch.nn as nn

torch.set_num_threads(1)
g = torch.Generator().manual_seed(7)
x = torch.randn(4000, 32, generator=g)
y = (x[:, :4].sum(1) > 0).long()
model = nn.Sequential(nn.Linear(32, 128), nn.ReLU(), nn.Linear(128, 128), nn.ReLU(), nn.Linear(128, 2))
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
loss_fn = nn.CrossEntropyLoss()
for epoch in range(2):
    perm = torch.randperm(4000)
    for i in range(0, 4000, 64):
        idx = perm[i:i + 64]
        opt.zero_grad()
        loss = loss_fn(model(x[idx]), y[idx])
        loss.backward()
        opt.step()
with torch.no_grad():
    acc = (model(x).argmax(1) == y).float().mean().item()
print(f"accuracy: {acc:.4f}")
)PY";

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0.0 : v.at(v.size() / 2);
}

// One plain `python snippet.py` in the snippet's directory; seconds, or -1 on failure.
double plainRun(const QString &python, const QString &snippet)
{
    QProcess p;
    p.setProgram(python);
    p.setArguments({snippet});
    p.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer t;
    t.start();
    p.start();
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        return -1.0;
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Five-seed verification through the runner against sequential plain runs."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("python"), QStringLiteral("Interpreter with torch (default /usr/bin/python3)."), QStringLiteral("P"),
         QStringLiteral("/usr/bin/python3")},
        {QStringLiteral("parallel"), QStringLiteral("Seeds at once in the runner (default: the cores)."), QStringLiteral("N")},
        {QStringLiteral("seeds"), QStringLiteral("Number of seeds (default 5)."), QStringLiteral("N"), QStringLiteral("5")},
        {QStringLiteral("repeat"), QStringLiteral("Repetitions; medians are printed (default 3)."), QStringLiteral("K"),
         QStringLiteral("3")},
    });
    parser.process(app);
    QTextStream out(stdout);
    const QString python = parser.value(QStringLiteral("python"));
    const int nSeeds = std::max(1, parser.value(QStringLiteral("seeds")).toInt());
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());
    const int parallel = parser.isSet(QStringLiteral("parallel")) ? std::max(1, parser.value(QStringLiteral("parallel")).toInt())
                                                                  : std::max(1, QThread::idealThreadCount());

    QTemporaryDir dir;
    const QString snippet = dir.filePath(QStringLiteral("train.py"));
    {
        QFile f(snippet);
        if (!f.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(snippet));
            return 2;
        }
        f.write(kSnippet);
    }
    if (plainRun(python, snippet) < 0) { // also warms the page cache for the comparison
        std::fprintf(stderr, "%s cannot run the PyTorch snippet (is torch installed?)\n", qPrintable(python));
        return 2;
    }

    RunRequest request;
    request.snippetPath = snippet;
    request.interpreter = python;
    request.device = QStringLiteral("cpu");
    request.copyWorkspace = false;
    request.seeds.clear();
    for (int s = 0; s < nSeeds; ++s)
        request.seeds << s;
    request.parallel = parallel;

    Expectation expectation;
    QString error;
    parseExpectedMetric(QStringLiteral("accuracy=0.99"), &expectation, &error);

    RunRequest plainRequest = request;
    plainRequest.forkServer = ForkServerMode::Off;
    RunRequest forkRequest = request;
    forkRequest.forkServer = ForkServerMode::Auto;

    QList<double> baseline, runner, forked, singlePlain, singleRunner;
    QString verdictLine;
    for (int k = 0; k < repeat; ++k) {
        QElapsedTimer t;
        t.start();
        for (int s = 0; s < nSeeds; ++s) {
            if (plainRun(python, snippet) < 0) {
                std::fprintf(stderr, "a plain run failed\n");
                return 1;
            }
        }
        baseline << double(t.nsecsElapsed()) / 1e9;

        t.restart();
        const QList<RunResult> plainResults = Runner::runSeeds(plainRequest);
        decideVerdict(expectation, plainResults);
        runner << double(t.nsecsElapsed()) / 1e9;

        t.restart();
        const QList<RunResult> results = Runner::runSeeds(forkRequest);
        const Verdict v = decideVerdict(expectation, results);
        forked << double(t.nsecsElapsed()) / 1e9;
        for (int i = 0; i < results.size() && i < plainResults.size(); ++i) {
            const MetricValue *a = results.at(i).lastMetric(QStringLiteral("accuracy"));
            const MetricValue *b = plainResults.at(i).lastMetric(QStringLiteral("accuracy"));
            if (!a || !b || a->value != b->value)
                std::fprintf(stderr, "seed %d: the fork-server and plain paths differ\n", results.at(i).seed);
        }
        if (results.size() != nSeeds) {
            std::fprintf(stderr, "the runner returned %d of %d results\n", int(results.size()), nSeeds);
            return 1;
        }
        for (const RunResult &res : results) {
            if (res.status != RunStatus::Finished) {
                std::fprintf(stderr, "seed %d: %s %s\n", res.seed, qPrintable(runStatusId(res.status)),
                             qPrintable(res.errorText + res.exception.message));
                return 1;
            }
        }
        verdictLine = verdictStatusId(v.status) + QStringLiteral(": ") + v.reason;

        singlePlain << plainRun(python, snippet);
        RunRequest one = plainRequest;
        one.seeds = {0};
        one.parallel = 1;
        t.restart();
        Runner::runSeeds(one);
        singleRunner << double(t.nsecsElapsed()) / 1e9;
    }

    const double b = median(baseline), r = median(runner), f = median(forked), sp = median(singlePlain),
                 sr = median(singleRunner);
    out << "snippet: small PyTorch MLP training (" << QString::number(sp, 'f', 2) << " s per plain run), python "
        << python << ", " << QThread::idealThreadCount() << " cores, median of " << repeat << "\n";
    out << "baseline (" << nSeeds << " sequential plain runs): " << QString::number(b, 'f', 2) << " s\n";
    out << "dlrepro, plain processes (" << nSeeds << " seeds, parallel " << effectiveParallelism(request)
        << ", + verdict): " << QString::number(r, 'f', 2) << " s, ratio " << QString::number(r / b, 'f', 2) << "x\n";
    out << "dlrepro, fork server (" << chooseForkServer(forkRequest).reason << "; started per verification): "
        << QString::number(f, 'f', 2) << " s, ratio " << QString::number(f / b, 'f', 2) << "x (goal <= 0.50x)\n";
    out << "single run: plain " << QString::number(sp, 'f', 3) << " s, runner " << QString::number(sr, 'f', 3)
        << " s, harness overhead " << QString::number((sr / sp - 1.0) * 100.0, 'f', 1) << "% (goal < 5%)\n";
    out << "verdict: " << verdictLine << "\n";
    return 0;
}
