// Clone throughput from a local repository of N files (default 10 000, two commits): files/s
// and MB/s of cloneProject (libgit2, file://, detached checkout of the older commit) as a ratio
// against `git clone` + `git checkout --detach` of the same repository, alternated over a few
// rounds (median reported). The git executable is the baseline only; dlrepro never runs it.
#include "workspace/ProjectClone.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace dlrepro;

namespace {

bool git(const QString &dir, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("bench"));
    env.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("bench"));
    env.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("bench@example.org"));
    env.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("bench@example.org"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("git"), args);
    if (!p.waitForFinished(600000) || p.exitCode() != 0) {
        std::fprintf(stderr, "git %s failed: %s\n", qPrintable(args.join(QLatin1Char(' '))), p.readAllStandardError().constData());
        return false;
    }
    return true;
}

// N Python-like files of about 1 KB in folders of 100, so that the pack compresses like code.
qint64 generate(const QString &dir, int files)
{
    qint64 bytes = 0;
    for (int i = 0; i < files; ++i) {
        const QString folder = QStringLiteral("%1/pkg%2").arg(dir).arg(i / 100, 3, 10, QLatin1Char('0'));
        QDir().mkpath(folder);
        QFile f(QStringLiteral("%1/module%2.py").arg(folder).arg(i));
        if (!f.open(QIODevice::WriteOnly))
            return -1;
        QByteArray text;
        for (int line = 0; line < 24; ++line)
            text += QStringLiteral("value_%1_%2 = compute(%3, %4)  # generated\n").arg(i).arg(line).arg(i * 31 + line).arg(line * 7).toUtf8();
        bytes += f.write(text);
    }
    return bytes;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int files = args.size() > 1 ? args.at(1).toInt() : 10000;
    const int rounds = args.size() > 2 ? args.at(2).toInt() : 3;
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source"));
    QDir().mkpath(source);
    QElapsedTimer setup;
    setup.start();
    // No automatic gc racing the clones; the repository is packed once, as a server's would be.
    if (!git(source, {QStringLiteral("init"), QStringLiteral("-q")})
        || !git(source, {QStringLiteral("config"), QStringLiteral("gc.auto"), QStringLiteral("0")}))
        return 1;
    const qint64 bytes = generate(source, files);
    if (bytes < 0 || !git(source, {QStringLiteral("add"), QStringLiteral("-A")})
        || !git(source, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("buggy")})
        || !git(source, {QStringLiteral("tag"), QStringLiteral("buggy")}))
        return 1;
    QFile change(source + QStringLiteral("/pkg000/module0.py"));
    change.open(QIODevice::Append);
    change.write("fixed = True\n");
    change.close();
    if (!git(source, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"), QStringLiteral("fix")}))
        return 1;
    if (!git(source, {QStringLiteral("gc"), QStringLiteral("-q")}))
        return 1;
    QProcess revParse;
    revParse.setWorkingDirectory(source);
    revParse.start(QStringLiteral("git"), {QStringLiteral("rev-parse"), QStringLiteral("buggy")});
    revParse.waitForFinished();
    const QString commit = QString::fromLatin1(revParse.readAllStandardOutput()).trimmed();
    const QString url = QStringLiteral("file://") + source;
    out << "repository: " << files << " files, " << QString::number(bytes / 1e6, 'f', 1) << " MB, 2 commits (made in "
        << setup.elapsed() << " ms)\n";
    out.flush();

    QList<double> ours, theirs;
    for (int round = 0; round < rounds; ++round) {
        const QString a = dir.filePath(QStringLiteral("libgit2-%1").arg(round));
        QElapsedTimer t;
        t.start();
        int progressCalls = 0;
        CloneRequest request{url, commit, a, [&](const CloneProgress &) { ++progressCalls; return true; }};
        const CloneResult result = cloneProject(request);
        const double ms = t.nsecsElapsed() / 1e6;
        if (!result.ok()) {
            std::fprintf(stderr, "cloneProject failed: %s\n", qPrintable(result.error));
            return 1;
        }
        if (result.files != files) {
            std::fprintf(stderr, "cloneProject wrote %lld files, expected %d\n", static_cast<long long>(result.files), files);
            return 1;
        }
        ours << ms;

        const QString b = dir.filePath(QStringLiteral("git-%1").arg(round));
        t.restart();
        if (!git(dir.path(), {QStringLiteral("clone"), QStringLiteral("-q"), QStringLiteral("--no-checkout"), url, b})
            || !git(b, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("--detach"), commit}))
            return 1;
        theirs << t.nsecsElapsed() / 1e6;
        out << "round " << round + 1 << ": cloneProject " << QString::number(ms, 'f', 0) << " ms (" << progressCalls
            << " progress calls), git clone " << QString::number(theirs.last(), 'f', 0) << " ms\n";
        out.flush();
        QDir(a).removeRecursively();
        QDir(b).removeRecursively();
    }
    const double oursMs = median(ours), theirsMs = median(theirs);
    const auto rate = [&](double ms) {
        return QStringLiteral("%1 files/s, %2 MB/s")
            .arg(QString::number(files / (ms / 1000.0), 'f', 0), QString::number(bytes / 1e6 / (ms / 1000.0), 'f', 1));
    };
    out << "median cloneProject (libgit2): " << QString::number(oursMs, 'f', 0) << " ms = " << rate(oursMs) << '\n';
    out << "median git clone (baseline):   " << QString::number(theirsMs, 'f', 0) << " ms = " << rate(theirsMs) << '\n';
    out << "ratio (git time / libgit2 time, >1 = faster than git): " << QString::number(theirsMs / oursMs, 'f', 2) << '\n';
    return 0;
}
