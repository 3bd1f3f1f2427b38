// GitRepository on real repositories in temporary folders (libgit2, no git executable).
#include "workspace/GitRepository.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dlrepro;

namespace {

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestGitRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    // A repository with a.txt committed ("one\n"), its sha in *first.
    void makeRepo(const QString &dir, GitRepository *repo, QString *first)
    {
        QString error;
        QVERIFY2(GitRepository::init(dir, repo, &error), qPrintable(error));
        writeFile(dir + QStringLiteral("/a.txt"), "one\n");
        QVERIFY2(repo->commitAll(QStringLiteral("Add a"), {}, first, &error), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // No user's global git configuration: the fallback signature is what is tested.
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.path()));
    }

    void initCommitAndLog()
    {
        QTemporaryDir tmp;
        GitRepository repo;
        QString error;
        QVERIFY2(GitRepository::init(tmp.path(), &repo, &error), qPrintable(error));
        QCOMPARE(repo.currentBranch(), QStringLiteral("main"));
        QList<GitCommitInfo> log;
        QVERIFY(repo.log(&log, &error));
        QVERIFY(log.isEmpty());
        QString head;
        QVERIFY(repo.headSha(&head, &error));
        QVERIFY(head.isEmpty());

        writeFile(tmp.filePath(QStringLiteral("a.txt")), "one\n");
        QString first;
        QVERIFY2(repo.commitAll(QStringLiteral("Add a\n\nWhy it is there."),
                                {{QStringLiteral("Edit-Action"), QStringLiteral("R")}, {QStringLiteral("Verdict"), QStringLiteral("reproduced")}},
                                &first, &error),
                 qPrintable(error));
        QCOMPARE(first.size(), 40);
        writeFile(tmp.filePath(QStringLiteral("b.txt")), "two\n");
        QString second;
        QVERIFY2(repo.commitAll(QStringLiteral("Add b"), {}, &second, &error), qPrintable(error));

        QVERIFY(repo.log(&log, &error));
        QCOMPARE(log.size(), 2);
        QCOMPARE(log[0].sha, second);
        QCOMPARE(log[0].parents, QStringList{first});
        QCOMPARE(log[1].sha, first);
        QVERIFY(log[1].parents.isEmpty());
        QCOMPARE(log[1].summary, QStringLiteral("Add a"));
        QCOMPARE(log[1].trailer(QStringLiteral("edit-action")), QStringLiteral("R"));
        QCOMPARE(log[1].trailer(QStringLiteral("Verdict")), QStringLiteral("reproduced"));
        QVERIFY(log[0].trailers.isEmpty());
        QCOMPARE(log[1].authorName, QStringLiteral("dlrepro"));
        QVERIFY(qAbs(log[0].time.secsTo(QDateTime::currentDateTimeUtc())) < 120);

        QVERIFY(repo.log(&log, &error, first));
        QCOMPARE(log.size(), 1);
        QVERIFY(repo.log(&log, &error, QString(), 1));
        QCOMPARE(log.size(), 1);
        QCOMPARE(log[0].sha, second);

        GitCommitInfo info;
        QVERIFY(repo.commitInfo(second.left(7), &info, &error));
        QCOMPARE(info.sha, second);
        QVERIFY(repo.commitInfo(QStringLiteral("HEAD~1"), &info, &error));
        QCOMPARE(info.sha, first);
        QVERIFY(!repo.commitInfo(QStringLiteral("0123456789abcdef0123456789abcdef01234567"), &info, &error));
        QVERIFY(error.contains(QStringLiteral("no commit")));
    }

    void authorFromConfiguration()
    {
        QTemporaryDir tmp;
        GitRepository repo;
        QString error;
        QVERIFY(GitRepository::init(tmp.path(), &repo, &error));
        QFile config(repo.gitDirectory() + QStringLiteral("/config"));
        QVERIFY(config.open(QIODevice::Append));
        config.write("[user]\n\tname = Alice Reporter\n\temail = alice@example.org\n");
        config.close();
        writeFile(tmp.filePath(QStringLiteral("a.txt")), "x\n");
        QVERIFY2(repo.commitAll(QStringLiteral("x"), {}, nullptr, &error), qPrintable(error));
        GitCommitInfo info;
        QVERIFY(repo.commitInfo(QStringLiteral("HEAD"), &info, &error));
        QCOMPARE(info.authorName, QStringLiteral("Alice Reporter"));
        QCOMPARE(info.authorEmail, QStringLiteral("alice@example.org"));
    }

    void nothingToCommitAndDirty()
    {
        QTemporaryDir tmp;
        GitRepository repo;
        QString first, error;
        makeRepo(tmp.path(), &repo, &first);
        bool dirty = true;
        QVERIFY(repo.isDirty(&dirty, &error));
        QVERIFY(!dirty);
        QVERIFY(!repo.commitAll(QStringLiteral("again"), {}, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("nothing to commit")), qPrintable(error));
        QString sha;
        QVERIFY2(repo.commitAll(QStringLiteral("empty"), {}, &sha, &error, true), qPrintable(error));
        QVERIFY(sha != first);

        writeFile(tmp.filePath(QStringLiteral("sub/new.txt")), "n\n");
        writeFile(tmp.filePath(QStringLiteral("a.txt")), "changed\n");
        QVERIFY(repo.isDirty(&dirty, &error));
        QVERIFY(dirty);
        QStringList paths;
        QVERIFY(repo.changedPaths(&paths, &error));
        QCOMPARE(paths, (QStringList{QStringLiteral("a.txt"), QStringLiteral("sub/new.txt")}));

        // Ignored files stay out.
        writeFile(tmp.filePath(QStringLiteral(".gitignore")), "*.log\n");
        writeFile(tmp.filePath(QStringLiteral("x.log")), "noise\n");
        QVERIFY(repo.changedPaths(&paths, &error));
        QVERIFY(!paths.contains(QStringLiteral("x.log")));
        QVERIFY(repo.commitAll(QStringLiteral("changes"), {}, nullptr, &error));
        QVERIFY(repo.isDirty(&dirty, &error));
        QVERIFY(!dirty);
        QByteArray content;
        QVERIFY(!repo.readFile(QStringLiteral("HEAD"), QStringLiteral("x.log"), &content, &error));
    }

    void deletionAndReadFile()
    {
        QTemporaryDir tmp;
        GitRepository repo;
        QString first, error;
        makeRepo(tmp.path(), &repo, &first);
        QVERIFY(QFile::remove(tmp.filePath(QStringLiteral("a.txt"))));
        writeFile(tmp.filePath(QStringLiteral("b.txt")), "b\n");
        QVERIFY2(repo.commitAll(QStringLiteral("Replace a by b"), {}, nullptr, &error), qPrintable(error));
        QByteArray content;
        QVERIFY(!repo.readFile(QStringLiteral("HEAD"), QStringLiteral("a.txt"), &content, &error));
        QVERIFY2(error.contains(QStringLiteral("no such file")), qPrintable(error));
        QVERIFY(repo.readFile(first, QStringLiteral("a.txt"), &content, &error));
        QCOMPARE(content, QByteArray("one\n"));
        QVERIFY(repo.readFile(QStringLiteral("HEAD"), QStringLiteral("b.txt"), &content, &error));
        QCOMPARE(content, QByteArray("b\n"));
    }

    void diff()
    {
        QTemporaryDir tmp;
        GitRepository repo;
        QString first, error;
        makeRepo(tmp.path(), &repo, &first);
        writeFile(tmp.filePath(QStringLiteral("a.txt")), "one\ntwo\nthree\n");
        writeFile(tmp.filePath(QStringLiteral("c.txt")), "c\n");
        QString second;
        QVERIFY(repo.commitAll(QStringLiteral("More"), {}, &second, &error));

        GitDiff d;
        QVERIFY2(repo.diff(second, &d, &error), qPrintable(error));
        QCOMPARE(d.fromSha, first);
        QCOMPARE(d.toSha, second);
        QCOMPARE(d.files.size(), 2);
        QCOMPARE(d.files[0].path, QStringLiteral("a.txt"));
        QCOMPARE(d.files[0].status, QChar(u'M'));
        QCOMPARE(d.files[0].additions, 2);
        QCOMPARE(d.files[0].deletions, 0);
        QCOMPARE(d.files[1].status, QChar(u'A'));
        QCOMPARE(d.additions, 3);
        QVERIFY(d.patch.contains(QStringLiteral("diff --git a/a.txt b/a.txt")));
        QVERIFY(d.patch.contains(QStringLiteral("\n+three\n")));

        // The root commit against the empty tree.
        QVERIFY(repo.diff(first, &d, &error));
        QVERIFY(d.fromSha.isEmpty());
        QCOMPARE(d.files.size(), 1);
        QCOMPARE(d.files[0].status, QChar(u'A'));
    }

    void revert()
    {
        QTemporaryDir tmp;
        GitRepository repo;
        QString first, error;
        makeRepo(tmp.path(), &repo, &first);
        writeFile(tmp.filePath(QStringLiteral("a.txt")), "one\nadded\n");
        QString edit;
        QVERIFY(repo.commitAll(QStringLiteral("Add a line"), {}, &edit, &error));
        writeFile(tmp.filePath(QStringLiteral("b.txt")), "b\n");
        QVERIFY(repo.commitAll(QStringLiteral("Add b"), {}, nullptr, &error));

        QString reverted;
        QVERIFY2(repo.revert(edit, &reverted, &error, {{QStringLiteral("Workspace-Step"), QStringLiteral("revert")}}),
                 qPrintable(error));
        QCOMPARE(readFile(tmp.filePath(QStringLiteral("a.txt"))), QByteArray("one\n"));
        QCOMPARE(readFile(tmp.filePath(QStringLiteral("b.txt"))), QByteArray("b\n"));
        GitCommitInfo info;
        QVERIFY(repo.commitInfo(reverted, &info, &error));
        QCOMPARE(info.summary, QStringLiteral("Revert \"Add a line\""));
        QVERIFY(info.message.contains(QStringLiteral("This reverts commit ") + edit));
        QCOMPARE(info.trailer(QStringLiteral("Reverts")), edit);
        QCOMPARE(info.trailer(QStringLiteral("Workspace-Step")), QStringLiteral("revert"));
        bool dirty = true;
        QVERIFY(repo.isDirty(&dirty, &error));
        QVERIFY(!dirty);

        // The root commit has nothing before it.
        QVERIFY(!repo.revert(first, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("first commit")), qPrintable(error));
    }

    void revertRefusesDirtyAndConflicts()
    {
        QTemporaryDir tmp;
        GitRepository repo;
        QString first, error;
        makeRepo(tmp.path(), &repo, &first);
        writeFile(tmp.filePath(QStringLiteral("a.txt")), "two\n");
        QString edit;
        QVERIFY(repo.commitAll(QStringLiteral("two"), {}, &edit, &error));
        writeFile(tmp.filePath(QStringLiteral("a.txt")), "three\n");
        QVERIFY(!repo.revert(edit, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("uncommitted")), qPrintable(error));
        QString later;
        QVERIFY(repo.commitAll(QStringLiteral("three"), {}, &later, &error));
        QVERIFY(!repo.revert(edit, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("conflicts")), qPrintable(error));
        QString head;
        QVERIFY(repo.headSha(&head, &error));
        QCOMPARE(head, later);
        QCOMPARE(readFile(tmp.filePath(QStringLiteral("a.txt"))), QByteArray("three\n"));
    }

    void branches()
    {
        QTemporaryDir tmp;
        GitRepository repo;
        QString first, error;
        makeRepo(tmp.path(), &repo, &first);
        QVERIFY2(repo.createBranch(QStringLiteral("try-2"), &error), qPrintable(error));
        QVERIFY(!repo.createBranch(QStringLiteral("try-2"), &error));
        QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
        QVERIFY(!repo.createBranch(QStringLiteral("bad..name"), &error));
        QVERIFY2(error.contains(QStringLiteral("not a valid branch name")), qPrintable(error));
        QStringList names;
        QVERIFY(repo.branches(&names, &error));
        QCOMPARE(names, (QStringList{QStringLiteral("main"), QStringLiteral("try-2")}));

        QVERIFY2(repo.switchTo(QStringLiteral("try-2"), &error), qPrintable(error));
        QCOMPARE(repo.currentBranch(), QStringLiteral("try-2"));
        writeFile(tmp.filePath(QStringLiteral("a.txt")), "on the branch\n");
        QVERIFY(!repo.switchTo(QStringLiteral("main"), &error));
        QVERIFY2(error.contains(QStringLiteral("uncommitted")), qPrintable(error));
        QVERIFY(repo.commitAll(QStringLiteral("branch work"), {}, nullptr, &error));
        QVERIFY2(repo.switchTo(QStringLiteral("main"), &error), qPrintable(error));
        QCOMPARE(readFile(tmp.filePath(QStringLiteral("a.txt"))), QByteArray("one\n"));
        QList<GitCommitInfo> log;
        QVERIFY(repo.log(&log, &error));
        QCOMPARE(log.size(), 1);
        QVERIFY(repo.log(&log, &error, QStringLiteral("try-2")));
        QCOMPARE(log.size(), 2);
        QVERIFY(!repo.switchTo(QStringLiteral("nope"), &error));
        QVERIFY2(error.contains(QStringLiteral("no branch 'nope'")), qPrintable(error));
    }

    void lockedIndex()
    {
        QTemporaryDir tmp;
        GitRepository repo;
        QString first, error;
        makeRepo(tmp.path(), &repo, &first);
        writeFile(repo.gitDirectory() + QStringLiteral("/index.lock"), "");
        writeFile(tmp.filePath(QStringLiteral("a.txt")), "edited\n");
        QVERIFY(repo.isLocked());
        QVERIFY(!repo.commitAll(QStringLiteral("x"), {}, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("locked")) && error.contains(QStringLiteral("index.lock")), qPrintable(error));
        QVERIFY(!repo.createBranch(QStringLiteral("b"), &error));
        QVERIFY(error.contains(QStringLiteral("locked")));
        QString head;
        QVERIFY(repo.headSha(&head, &error));
        QCOMPARE(head, first);
    }

    void openRefusesWhatIsNotARepository()
    {
        QTemporaryDir tmp;
        GitRepository repo;
        QString error;
        QVERIFY(!GitRepository::open(tmp.path(), &repo, &error));
        QVERIFY2(error.contains(QStringLiteral("not a git repository")), qPrintable(error));
        QVERIFY(!GitRepository::open(tmp.filePath(QStringLiteral("missing")), &repo, &error));
        QVERIFY2(error.contains(QStringLiteral("not a folder")), qPrintable(error));
        // A folder inside a repository is not that repository.
        QString first;
        makeRepo(tmp.path(), &repo, &first);
        QVERIFY(QDir(tmp.path()).mkdir(QStringLiteral("inner")));
        GitRepository inner;
        QVERIFY(!GitRepository::open(tmp.filePath(QStringLiteral("inner")), &inner, &error));
        GitRepository again;
        QVERIFY2(GitRepository::open(tmp.path(), &again, &error), qPrintable(error));
        QCOMPARE(again.workingDirectory(), QDir(tmp.path()).canonicalPath());
    }

    void trailers_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QStringList>("expected"); // key=value
        QTest::newRow("none") << QStringLiteral("Just a summary\n") << QStringList();
        QTest::newRow("one") << QStringLiteral("Summary\n\nBody text.\n\nEdit-Action: R\n")
                             << QStringList{QStringLiteral("Edit-Action=R")};
        QTest::newRow("two") << QStringLiteral("Summary\n\nVerdict: reproduced\nWorkspace-Step: verify\n")
                             << QStringList{QStringLiteral("Verdict=reproduced"), QStringLiteral("Workspace-Step=verify")};
        QTest::newRow("not in the last paragraph")
            << QStringLiteral("Summary\n\nEdit-Action: R\n\nA closing paragraph of prose.\n") << QStringList();
    }

    void trailers()
    {
        QFETCH(QString, message);
        QFETCH(QStringList, expected);
        QStringList got;
        for (const GitTrailer &t : GitRepository::parseTrailers(message))
            got << t.key + QLatin1Char('=') + t.value;
        QCOMPARE(got, expected);
        // composeMessage's output reads back.
        const QString composed = GitRepository::composeMessage(QStringLiteral("S\n\nbody"),
                                                               {{QStringLiteral("K"), QStringLiteral("v1\nv2")}});
        QCOMPARE(GitRepository::parseTrailers(composed), (QList<GitTrailer>{{QStringLiteral("K"), QStringLiteral("v1 v2")}}));
    }
};

QTEST_GUILESS_MAIN(TestGitRepository)
#include "tst_gitrepository.moc"
