// Cloning a project at its buggy commit from real local repositories over file://, finding the
// repository and commit a report names, and the entry-script candidates of a project.
#include "workspace/ProjectClone.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace dlrepro;

namespace {

// The git CLI builds the source repositories (tests only; the code under test uses libgit2).
QString git(const QString &dir, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *k : {"GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME"})
        env.insert(QLatin1String(k), QStringLiteral("Test"));
    for (const char *k : {"GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"})
        env.insert(QLatin1String(k), QStringLiteral("test@example.org"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("git"), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qWarning() << "git" << args << p.readAllStandardError();
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString fileUrl(const QString &path)
{
    return QStringLiteral("file://") + path;
}

} // namespace

class TestProjectClone : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_source;        // a repository with three commits
    QStringList m_commits;   // oldest first

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_source = m_dir.filePath(QStringLiteral("source"));
        QDir().mkpath(m_source);
        git(m_source, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});
        writeFile(m_source + QStringLiteral("/train.py"), "print('v1')\n");
        writeFile(m_source + QStringLiteral("/model/net.py"), "X = 1\n");
        git(m_source, {QStringLiteral("add"), QStringLiteral("-A")});
        git(m_source, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("first")});
        m_commits << git(m_source, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
        writeFile(m_source + QStringLiteral("/train.py"), "print('buggy')\n");
        writeFile(m_source + QStringLiteral("/data.txt"), "1 2 3\n");
        git(m_source, {QStringLiteral("add"), QStringLiteral("-A")});
        git(m_source, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("introduce the bug")});
        m_commits << git(m_source, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
        writeFile(m_source + QStringLiteral("/train.py"), "print('fixed')\n");
        QFile::remove(m_source + QStringLiteral("/data.txt"));
        git(m_source, {QStringLiteral("add"), QStringLiteral("-A")});
        git(m_source, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("fix")});
        m_commits << git(m_source, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
        QCOMPARE(m_commits.size(), 3);
        QCOMPARE(m_commits.last().size(), 40);
    }

    void clonesAtCommitDetached_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("abbreviation");
        QTest::addColumn<QByteArray>("train");
        QTest::addColumn<bool>("hasData");
        QTest::newRow("buggy, full sha") << 1 << 40 << QByteArray("print('buggy')\n") << true;
        QTest::newRow("buggy, 7 digits") << 1 << 7 << QByteArray("print('buggy')\n") << true;
        QTest::newRow("first") << 0 << 12 << QByteArray("print('v1')\n") << false;
        QTest::newRow("newest") << 2 << 40 << QByteArray("print('fixed')\n") << false;
    }

    void clonesAtCommitDetached()
    {
        QFETCH(int, index);
        QFETCH(int, abbreviation);
        QFETCH(QByteArray, train);
        QFETCH(bool, hasData);
        const QString target = m_dir.filePath(QStringLiteral("clone-%1-%2").arg(index).arg(abbreviation));
        CloneRequest request;
        request.url = fileUrl(m_source);
        request.commit = m_commits.at(index).left(abbreviation);
        request.directory = target;
        const CloneResult result = cloneProject(request);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.commitSha, m_commits.at(index));
        QCOMPARE(readFile(target + QStringLiteral("/train.py")), train);
        QCOMPARE(QFile::exists(target + QStringLiteral("/data.txt")), hasData);
        QCOMPARE(readFile(target + QStringLiteral("/model/net.py")), QByteArray("X = 1\n"));
        // Detached at the commit, with a clean worktree (the index matches the checkout).
        QCOMPARE(git(target, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}), m_commits.at(index));
        QCOMPARE(git(target, {QStringLiteral("symbolic-ref"), QStringLiteral("-q"), QStringLiteral("HEAD")}), QString());
        QCOMPARE(git(target, {QStringLiteral("status"), QStringLiteral("--porcelain")}), QString());
        // The history is all there, not just the commit.
        QCOMPARE(git(target, {QStringLiteral("cat-file"), QStringLiteral("-t"), m_commits.last()}), QStringLiteral("commit"));
    }

    void clonesDefaultBranchWithoutCommit()
    {
        const QString target = m_dir.filePath(QStringLiteral("clone-head"));
        const CloneResult result = cloneProject({fileUrl(m_source), {}, target, {}});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.commitSha, m_commits.last());
        QCOMPARE(result.commitSummary, QStringLiteral("fix"));
        QCOMPARE(readFile(target + QStringLiteral("/train.py")), QByteArray("print('fixed')\n"));
    }

    void reportsProgress()
    {
        QList<CloneProgress> seen;
        CloneRequest request{fileUrl(m_source), m_commits.at(1), m_dir.filePath(QStringLiteral("clone-progress")), {}};
        request.onProgress = [&](const CloneProgress &p) {
            seen.append(p);
            return true;
        };
        const CloneResult result = cloneProject(request);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(!seen.isEmpty());
        QVERIFY(std::any_of(seen.cbegin(), seen.cend(), [](const CloneProgress &p) {
            return p.stage != CloneProgress::Stage::Checkout && p.totalObjects > 0;
        }));
        QCOMPARE(seen.last().stage, CloneProgress::Stage::Checkout);
        QCOMPARE(seen.last().percent(), 100);
        QCOMPARE(seen.last().checkoutCompleted, seen.last().checkoutTotal);
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY2(seen.at(i).percent() >= seen.at(i - 1).percent(), "progress went backwards");
    }

    void cancelLeavesNothing_data()
    {
        QTest::addColumn<int>("cancelAt");
        QTest::newRow("first callback") << 1;
        QTest::newRow("during checkout") << 1000;
    }

    void cancelLeavesNothing()
    {
        QFETCH(int, cancelAt);
        QTemporaryDir parent;
        const QString target = parent.filePath(QStringLiteral("cancelled"));
        int calls = 0;
        CloneRequest request{fileUrl(m_source), m_commits.at(1), target, {}};
        request.onProgress = [&](const CloneProgress &p) {
            ++calls;
            return !(calls >= cancelAt || (cancelAt > 1 && p.stage == CloneProgress::Stage::Checkout));
        };
        const CloneResult result = cloneProject(request);
        QVERIFY(result.cancelled);
        QVERIFY(!result.ok());
        QVERIFY(!QFile::exists(target));
        QCOMPARE(QDir(parent.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("commit");
        QTest::addColumn<QString>("prepare"); // "", "nonempty", "empty", "file"
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("targetKept");
        const QString source = QStringLiteral("SOURCE");
        QTest::newRow("no such repository") << QStringLiteral("file:///nonexistent/repo") << QString() << QString()
                                            << QStringLiteral("could not clone file:///nonexistent/repo") << false;
        QTest::newRow("no such commit") << source << QStringLiteral("deadbeefdeadbeef") << QString()
                                        << QStringLiteral("the commit deadbeefdeadbeef does not exist") << false;
        QTest::newRow("not a commit") << source << QStringLiteral("no-such-branch") << QString()
                                      << QStringLiteral("the commit no-such-branch does not exist") << false;
        QTest::newRow("target not empty") << source << QString() << QStringLiteral("nonempty")
                                          << QStringLiteral("exists and is not empty") << true;
        QTest::newRow("target is a file") << source << QString() << QStringLiteral("file")
                                          << QStringLiteral("exists and is not a folder") << true;
        QTest::newRow("empty url") << QString() << QString() << QString() << QStringLiteral("no repository url") << false;
    }

    void badInput()
    {
        QFETCH(QString, url);
        QFETCH(QString, commit);
        QFETCH(QString, prepare);
        QFETCH(QString, expected);
        QFETCH(bool, targetKept);
        QTemporaryDir parent;
        const QString target = parent.filePath(QStringLiteral("t"));
        if (prepare == QStringLiteral("nonempty"))
            writeFile(target + QStringLiteral("/keep.txt"), "mine\n");
        else if (prepare == QStringLiteral("file"))
            writeFile(target, "a file\n");
        if (url == QStringLiteral("SOURCE"))
            url = fileUrl(m_source);
        const CloneResult result = cloneProject({url, commit, target, {}});
        QVERIFY(!result.ok());
        QVERIFY(!result.cancelled);
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
        QCOMPARE(QFile::exists(target), targetKept);
        if (prepare == QStringLiteral("nonempty"))
            QCOMPARE(readFile(target + QStringLiteral("/keep.txt")), QByteArray("mine\n"));
        // No staging folder left beside it.
        const QStringList left = QDir(parent.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        QCOMPARE(left, targetKept ? QStringList{QStringLiteral("t")} : QStringList());
    }

    void emptyTargetFolderIsUsed()
    {
        QTemporaryDir parent;
        const QString target = parent.filePath(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(target));
        const CloneResult result = cloneProject({fileUrl(m_source), m_commits.first(), target, {}});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(readFile(target + QStringLiteral("/train.py")), QByteArray("print('v1')\n"));
    }

    void privateRepositoryWithoutCredentials()
    {
        // An http server that always answers 401 asks for credentials; with none in the
        // environment the error must say which variables to set (no endless retry).
        qunsetenv("GIT_TOKEN");
        qunsetenv("GITHUB_TOKEN");
        QProcess server;
        server.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"), QStringLiteral(
                          "import http.server,sys\n"
                          "class H(http.server.BaseHTTPRequestHandler):\n"
                          "    def do_GET(self):\n"
                          "        self.send_response(401); self.send_header('WWW-Authenticate','Basic realm=\"x\"')\n"
                          "        self.send_header('Content-Length','0'); self.end_headers()\n"
                          "    def log_message(self,*a): pass\n"
                          "s=http.server.HTTPServer(('127.0.0.1',0),H); print(s.server_port,flush=True); s.serve_forever()\n")});
        QVERIFY(server.waitForReadyRead(10000));
        const QString port = QString::fromUtf8(server.readLine()).trimmed();
        QTemporaryDir parent;
        const CloneResult result = cloneProject(
            {QStringLiteral("http://127.0.0.1:%1/o/private.git").arg(port), {}, parent.filePath(QStringLiteral("p")), {}});
        server.kill();
        server.waitForFinished();
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QStringLiteral("GIT_TOKEN")), qPrintable(result.error));

        qputenv("GIT_TOKEN", "wrong-token");
        server.start();
        QVERIFY(server.waitForReadyRead(10000));
        const QString port2 = QString::fromUtf8(server.readLine()).trimmed();
        const CloneResult withToken = cloneProject(
            {QStringLiteral("http://127.0.0.1:%1/o/private.git").arg(port2), {}, parent.filePath(QStringLiteral("p")), {}});
        server.kill();
        server.waitForFinished();
        qunsetenv("GIT_TOKEN");
        QVERIFY(!withToken.ok());
        QVERIFY2(withToken.error.contains(QStringLiteral("authentication failed")), qPrintable(withToken.error));
    }

    void findsReference_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("defaultRepository");
        QTest::addColumn<QString>("repository");
        QTest::addColumn<QString>("commit");
        QTest::newRow("commit url") << QStringLiteral("Buggy version: https://github.com/hunkim/DeepLearningZeroToAll/commit/9f8fb94abc. Thanks")
                                    << QString() << QStringLiteral("hunkim/DeepLearningZeroToAll") << QStringLiteral("9f8fb94abc");
        QTest::newRow("tree url") << QStringLiteral("see github.com/j201/gibbs-pruning/tree/A22CCDC1 for the code")
                                  << QString() << QStringLiteral("j201/gibbs-pruning") << QStringLiteral("a22ccdc1");
        QTest::newRow("blob url") << QStringLiteral("https://github.com/o/r.x/blob/1234567/src/train.py#L10")
                                  << QString() << QStringLiteral("o/r.x") << QStringLiteral("1234567");
        QTest::newRow("bare commit, issue repository") << QStringLiteral("It broke at commit b5c4c9e when we moved to TF2.")
                                                       << QStringLiteral("hunkim/DeepLearningZeroToAll/")
                                                       << QStringLiteral("hunkim/DeepLearningZeroToAll") << QStringLiteral("b5c4c9e");
        QTest::newRow("bare commit, repository in text") << QStringLiteral("Repo: https://github.com/a/b\nFails since commit `47351d6`.")
                                                         << QString() << QStringLiteral("a/b") << QStringLiteral("47351d6");
        QTest::newRow("repository only") << QStringLiteral("Code at https://github.com/a/b.git, run train.py")
                                         << QString() << QStringLiteral("a/b") << QString();
        QTest::newRow("commit word without sha") << QStringLiteral("I will commit a fix tomorrow") << QStringLiteral("a/b")
                                                 << QStringLiteral("a/b") << QString();
        QTest::newRow("nothing") << QStringLiteral("model.fit raises ValueError") << QString() << QString() << QString();
        QTest::newRow("short hex is no commit") << QStringLiteral("commit abc12 in github.com/a/b") << QString()
                                                << QStringLiteral("a/b") << QString();
    }

    void findsReference()
    {
        QFETCH(QString, text);
        QFETCH(QString, defaultRepository);
        QFETCH(QString, repository);
        QFETCH(QString, commit);
        const ProjectReference found = findProjectReference(text, defaultRepository);
        QCOMPARE(found.repository, repository);
        QCOMPARE(found.commit, commit);
        QCOMPARE(found.isValid(), !repository.isEmpty());
        if (found.isValid())
            QCOMPARE(found.cloneUrl(), QStringLiteral("https://github.com/%1.git").arg(repository));
    }

    void findsReferenceInReportComments()
    {
        Report report;
        report.source = ReportSource::GitHub;
        report.repository = QStringLiteral("owner/project");
        report.title = QStringLiteral("Loss is NaN after upgrade");
        report.body.text = QStringLiteral("Training diverges. See https://github.com/owner/project");
        Post comment;
        comment.text = QStringLiteral("Bisected: commit 0123abcd is the first bad one");
        report.comments.append(comment);
        const ProjectReference found = findProjectReference(report);
        QCOMPARE(found.repository, QStringLiteral("owner/project"));
        QCOMPARE(found.commit, QStringLiteral("0123abcd"));
    }

    void normalizesRepositoryNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("csv form") << QStringLiteral("hunkim/DeepLearningZeroToAll/") << QStringLiteral("hunkim/DeepLearningZeroToAll");
        QTest::newRow("https .git") << QStringLiteral("https://github.com/a/b.git") << QStringLiteral("a/b");
        QTest::newRow("ssh") << QStringLiteral("git@github.com:a/b.git") << QStringLiteral("a/b");
        QTest::newRow("not github") << QStringLiteral("https://gitlab.com/a/b") << QString();
        QTest::newRow("three parts") << QStringLiteral("a/b/c") << QString();
    }

    void normalizesRepositoryNames()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(normalizeGitHubRepository(text), expected);
    }

    void listsEntryScripts()
    {
        QTemporaryDir project;
        const QString p = project.path();
        writeFile(p + QStringLiteral("/README.md"),
                  "# Project\n\nTrain with:\n\n```\npython scripts/fit.py --epochs 1 --lr 0.1\n```\n"
                  "or `python3 -m tools.evaluate`\n");
        writeFile(p + QStringLiteral("/scripts/fit.py"), "import sys\nprint(sys.argv)\n");
        writeFile(p + QStringLiteral("/tools/evaluate.py"), "print('eval')\n");
        writeFile(p + QStringLiteral("/train_mnist.py"), "def main():\n    pass\n\nif __name__ == '__main__':\n    main()\n");
        writeFile(p + QStringLiteral("/main.py"), "print('main')\n");
        writeFile(p + QStringLiteral("/utils.py"), "def helper():\n    return 1\n");
        writeFile(p + QStringLiteral("/lib/cli.py"), "if __name__ == \"__main__\":\n    pass\n");
        writeFile(p + QStringLiteral("/tests/test_model.py"), "if __name__ == '__main__':\n    pass\n");
        writeFile(p + QStringLiteral("/.venv/bin/run.py"), "if __name__ == '__main__':\n    pass\n");
        writeFile(p + QStringLiteral("/venv/lib/main.py"), "if __name__ == '__main__':\n    pass\n");

        const QList<EntryScript> scripts = findEntryScripts(p);
        QStringList paths;
        for (const EntryScript &s : scripts)
            paths.append(s.path);
        QCOMPARE(paths, (QStringList{QStringLiteral("scripts/fit.py"), QStringLiteral("tools/evaluate.py"),
                                     QStringLiteral("train_mnist.py"), QStringLiteral("lib/cli.py"),
                                     QStringLiteral("main.py")}));
        QCOMPARE(scripts.first().arguments,
                 (QStringList{QStringLiteral("--epochs"), QStringLiteral("1"), QStringLiteral("--lr"), QStringLiteral("0.1")}));
        QCOMPARE(scripts.first().reasons.first(), QStringLiteral("README.md runs it: python scripts/fit.py --epochs 1 --lr 0.1"));
        QCOMPARE(scripts.at(2).reasons.size(), 2); // main guard and name
    }

    void entryScriptsOfClone()
    {
        const QString target = m_dir.filePath(QStringLiteral("clone-entries"));
        QVERIFY(cloneProject({fileUrl(m_source), m_commits.at(1), target, {}}).ok());
        const QList<EntryScript> scripts = findEntryScripts(target);
        QCOMPARE(scripts.size(), 1);
        QCOMPARE(scripts.first().path, QStringLiteral("train.py"));
    }
};

QTEST_GUILESS_MAIN(TestProjectClone)
#include "tst_projectclone.moc"
