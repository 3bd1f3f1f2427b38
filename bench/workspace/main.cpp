// dlrepro-bench-workspace: the time and peak memory to open a reproduction workspace with 1 000
// commits and list its history (Workspace::open + history(): trailers parsed, steps, reverts),
// as a ratio against a bare libgit2 revwalk that reads every commit's message over the same
// repository. Each measurement runs in its own process (this binary re-executed) so that peak
// RSS is that measurement's alone.
//
//   dlrepro-bench-workspace [--commits N] [--repeat R] [--keep DIR]
#include "workspace/GitRepository.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <git2.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <cstring>

using namespace dlrepro;

namespace {

const char kReport[] = R"(# RuntimeError when feeding MNIST batches to my linear model

```python
model = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10))
x = torch.randn(64, 28 * 28 * 2)
out = model(x)
```

```
RuntimeError: mat1 and mat2 shapes cannot be multiplied (64x1568 and 784x128)
```
)";

qint64 peakRssKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

// A workspace whose history looks like a long reproduction: edits of main.py as actions,
// checkpoints, verifications with verdict.json, and a revert every so often.
bool buildWorkspace(const QString &dir, int commits, QTextStream &err)
{
    QTemporaryDir tmp;
    const QString report = tmp.filePath(QStringLiteral("report.md"));
    QFile f(report);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(kReport);
    f.close();
    Workspace ws;
    QString error;
    if (!Workspace::create(report, dir, &ws, &error)) {
        err << error << '\n';
        return false;
    }
    GitRepository &repo = ws.repository();
    static const char letters[] = "DNHRLOCPMV";
    QString lastAction; // the action just committed (reverting an older one would conflict)
    int nextRevert = 50;
    for (int i = 1; i < commits; ++i) {
        QList<GitTrailer> trailers;
        QString message;
        QString sha;
        if (i >= nextRevert && !lastAction.isEmpty()) {
            nextRevert += 50;
            if (!repo.revert(lastAction, &sha, &error, {{QStringLiteral("Workspace-Step"), QStringLiteral("revert")}})) {
                err << error << '\n';
                return false;
            }
            lastAction.clear();
            continue;
        }
        if (i % 5 == 0) {
            QFile v(ws.path(workspace_files::kVerdict));
            v.open(QIODevice::WriteOnly);
            v.write(QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("not_reproduced")},
                                              {QStringLiteral("n"), i}})
                        .toJson());
            message = QStringLiteral("Verify: not_reproduced (0 of 3 seeds show the bug)\n\nNo error was raised.");
            trailers = {{QStringLiteral("Verdict"), QStringLiteral("not_reproduced")}, {QStringLiteral("Workspace-Step"), QStringLiteral("verify")}};
        } else {
            QFile m(ws.path(workspace_files::kMain));
            m.open(QIODevice::Append);
            m.write(QStringLiteral("print('step %1')\n").arg(i).toUtf8());
            if (i % 3 == 0) {
                message = QStringLiteral("Checkpoint: manual edits");
                trailers = {{QStringLiteral("Workspace-Step"), QStringLiteral("checkpoint")}};
            } else {
                const QChar letter = QLatin1Char(letters[i % 10]);
                message = QStringLiteral("Logging: print the output after step %1\n\n- line %1: a print").arg(i);
                trailers = {{QStringLiteral("Edit-Action"), QString(letter)}, {QStringLiteral("Workspace-Step"), QStringLiteral("action")}};
            }
        }
        if (!repo.commitAll(message, trailers, &sha, &error)) {
            err << error << '\n';
            return false;
        }
        lastAction = trailers.first().key == QLatin1String("Edit-Action") ? sha : QString();
    }
    return true;
}

// The measured work; returns the number of commits seen.
qsizetype measureWorkspace(const QString &dir)
{
    Workspace ws;
    QString error;
    QList<WorkspaceEntry> history;
    if (!Workspace::open(dir, &ws, &error) || !ws.history(&history, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return -1;
    }
    return history.size();
}

qsizetype measureRevwalk(const QString &dir)
{
    GitRepository::initLibrary();
    git_repository *repo = nullptr;
    if (git_repository_open(&repo, QFile::encodeName(dir).constData()) != 0)
        return -1;
    git_revwalk *walk = nullptr;
    git_revwalk_new(&walk, repo);
    git_revwalk_sorting(walk, GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME);
    git_revwalk_push_head(walk);
    git_oid id;
    qsizetype n = 0;
    size_t bytes = 0;
    while (git_revwalk_next(&id, walk) == 0) {
        git_commit *c = nullptr;
        if (git_commit_lookup(&c, repo, &id) == 0) {
            bytes += std::strlen(git_commit_message(c));
            git_commit_free(c);
            ++n;
        }
    }
    git_revwalk_free(walk);
    git_repository_free(repo);
    return bytes > 0 ? n : -1;
}

// Child mode: repeat the measurement, print {"ms": [...], "commits": n, "peak_rss_kb": k}.
int child(const QString &mode, const QString &dir, int repeat)
{
    QList<double> ms;
    qsizetype n = 0;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        n = mode == QLatin1String("workspace") ? measureWorkspace(dir)
            : mode == QLatin1String("revwalk") ? measureRevwalk(dir)
                                               : 0; // idle: what the process costs before any work
        ms << double(t.nsecsElapsed()) / 1e6;
        if (n < 0)
            return 1;
    }
    std::sort(ms.begin(), ms.end());
    QTextStream(stdout) << QJsonDocument(QJsonObject{{QStringLiteral("median_ms"), ms[ms.size() / 2]},
                                                     {QStringLiteral("min_ms"), ms.first()},
                                                     {QStringLiteral("commits"), n},
                                                     {QStringLiteral("peak_rss_kb"), peakRssKb()}})
                               .toJson(QJsonDocument::Compact);
    return 0;
}

QJsonObject runChild(const QString &mode, const QString &dir, int repeat)
{
    QProcess p;
    p.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--child"), mode, dir, QString::number(repeat)});
    p.waitForFinished(600000);
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args[1] == QLatin1String("--child"))
        return child(args[2], args[3], args[4].toInt());

    int commits = 1000;
    int repeat = 5;
    QString keep;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--commits"))
            commits = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--repeat"))
            repeat = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--keep"))
            keep = args[i + 1];
    }
    QTextStream out(stdout), err(stderr);
    if (commits < 2 || repeat < 1) {
        err << "usage: dlrepro-bench-workspace [--commits N>=2] [--repeat R>=1] [--keep DIR]\n";
        return 2;
    }
    QTemporaryDir tmp;
    const QString dir = keep.isEmpty() ? tmp.filePath(QStringLiteral("ws")) : keep;
    if (!QFileInfo::exists(dir + QStringLiteral("/.git"))) {
        QElapsedTimer build;
        build.start();
        if (!buildWorkspace(dir, commits, err))
            return 1;
        out << "built a workspace of " << commits << " commits in " << build.elapsed() << " ms ("
            << QString::number(double(build.elapsed()) / commits, 'f', 2) << " ms per commit)\n";
    }
    const QJsonObject idle = runChild(QStringLiteral("idle"), dir, 1);
    const QJsonObject base = runChild(QStringLiteral("revwalk"), dir, repeat);
    const QJsonObject ws = runChild(QStringLiteral("workspace"), dir, repeat);
    if (idle.isEmpty() || base.isEmpty() || ws.isEmpty()) {
        err << "a measurement failed\n";
        return 1;
    }
    const auto row = [&](const char *name, const QJsonObject &o) {
        out << QString::fromLatin1(name).leftJustified(34) << QString::number(o[QStringLiteral("median_ms")].toDouble(), 'f', 1).rightJustified(9)
            << " ms  (min " << QString::number(o[QStringLiteral("min_ms")].toDouble(), 'f', 1) << " ms)  "
            << QString::number(o[QStringLiteral("peak_rss_kb")].toInteger() / 1024.0, 'f', 1).rightJustified(7) << " MiB peak RSS  "
            << o[QStringLiteral("commits")].toInteger() << " commits\n";
    };
    out << "median of " << repeat << " runs, each kind in its own process:\n";
    row("libgit2 revwalk + messages", base);
    row("Workspace::open + history()", ws);
    out << "ratio workspace/baseline: time "
        << QString::number(ws[QStringLiteral("median_ms")].toDouble() / base[QStringLiteral("median_ms")].toDouble(), 'f', 2) << "x, peak RSS "
        << QString::number(double(ws[QStringLiteral("peak_rss_kb")].toInteger()) / double(base[QStringLiteral("peak_rss_kb")].toInteger()), 'f', 2)
        << "x\n";
    const auto above = [&](const QJsonObject &o) {
        return double(o[QStringLiteral("peak_rss_kb")].toInteger() - idle[QStringLiteral("peak_rss_kb")].toInteger()) / 1024.0;
    };
    out << "peak RSS above an idle process (" << QString::number(idle[QStringLiteral("peak_rss_kb")].toInteger() / 1024.0, 'f', 1)
        << " MiB): baseline " << QString::number(above(base), 'f', 1) << " MiB, workspace " << QString::number(above(ws), 'f', 1)
        << " MiB\n";
    return 0;
}
