// Imports of real package folders and notebooks into new workspaces (real git repositories),
// the CSV row lookup, clone-script parsing, and bad input that must leave nothing behind.
#include "workspace/NotebookExport.h"
#include "workspace/PackageImport.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dlrepro;

namespace {

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

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(readFile(path)).object();
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

const QByteArray kMain = "import numpy as np\nx = np.zeros((2, 3))\nprint(x.reshape(4))\n";
const QByteArray kOriginal = "x = np.zeros((2, 3))\nprint(x.reshape(4))\n";
const QByteArray kOutput = "Traceback (most recent call last):\n  File \"main.py\", line 3, in <module>\n"
                           "ValueError: cannot reshape array of size 6 into shape (4,)\n";

// The edit-action columns of the replication package's CSVs, after an id and a link column.
const QByteArray kCsv =
    "#,Post Link,Architecture,Reproducible?,Code Snippet Present?,Type of Bug,Framework,Input Data Generation,"
    "Neural Network Definition,Logging,Import Addition and Dependency Resolution\n"
    "1,https://stackoverflow.com/questions/111/other,CNN,Yes,Yes,Model Bug,PyTorch,0,1,1,0\n"
    "2,https://stackoverflow.com/questions/64520473/reshape-fails,MLP,Yes,Yes,Tensor and Input Bug,TF + Keras,1,0,1,1\n";

void makeReplicationBug(const QString &dir)
{
    writeFile(dir + QStringLiteral("/main.py"), kMain);
    writeFile(dir + QStringLiteral("/original_code_snippet.py"), kOriginal);
    writeFile(dir + QStringLiteral("/requirements.txt"), "numpy==1.24.2\n");
    writeFile(dir + QStringLiteral("/output.txt"), kOutput);
}

QJsonObject codeCell(const QString &source)
{
    return {{QStringLiteral("cell_type"), QStringLiteral("code")}, {QStringLiteral("execution_count"), QJsonValue::Null},
            {QStringLiteral("metadata"), QJsonObject()}, {QStringLiteral("outputs"), QJsonArray()},
            {QStringLiteral("source"), notebookSourceLines(source)}};
}

QJsonObject markdownCell(const QString &source)
{
    return {{QStringLiteral("cell_type"), QStringLiteral("markdown")}, {QStringLiteral("metadata"), QJsonObject()},
            {QStringLiteral("source"), notebookSourceLines(source)}};
}

} // namespace

class TestPackageImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void detectsKinds_data()
    {
        QTest::addColumn<QString>("layout"); // files to create, ';'-separated; "" for a missing path
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::newRow("replication main") << QStringLiteral("main.py") << QStringLiteral("a") << int(PackageKind::ReplicationBug);
        QTest::newRow("replication original") << QStringLiteral("original_code_snippet.py") << QStringLiteral("b")
                                              << int(PackageKind::ReplicationBug);
        QTest::newRow("aifaultbench") << QStringLiteral("repro.py;main.py") << QStringLiteral("c") << int(PackageKind::AIFaultBench);
        QTest::newRow("notebook") << QString() << QStringLiteral("x.ipynb") << int(PackageKind::Notebook);
        QTest::newRow("other folder") << QStringLiteral("train.py") << QStringLiteral("d") << int(PackageKind::Unknown);
        QTest::newRow("missing") << QString() << QStringLiteral("missing") << int(PackageKind::Unknown);
    }

    void detectsKinds()
    {
        QFETCH(QString, layout);
        QFETCH(QString, name);
        QFETCH(int, kind);
        const QString path = m_dir.filePath(QStringLiteral("detect/") + name);
        for (const QString &file : layout.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            writeFile(path + QLatin1Char('/') + file, "print(1)\n");
        if (name.endsWith(QStringLiteral(".ipynb")))
            writeFile(path, "{}");
        QCOMPARE(int(detectPackageKind(path)), kind);
    }

    void replicationBugWithCsvRow()
    {
        const QString bug = m_dir.filePath(QStringLiteral("pkg/Bugs/64520473"));
        makeReplicationBug(bug);
        const QString csv = m_dir.filePath(QStringLiteral("pkg/Dataset_Manual_Reproduction.csv"));
        writeFile(csv, kCsv);
        const QString target = m_dir.filePath(QStringLiteral("ws-replication"));
        PackageImportResult result;
        QString error;
        QVERIFY2(importPackage(bug, target, csv, &result, &error), qPrintable(error));
        QCOMPARE(result.kind, PackageKind::ReplicationBug);
        QCOMPARE(result.directory, target);
        QVERIFY(result.warnings.isEmpty());
        QCOMPARE(readFile(target + QStringLiteral("/main.py")), kMain);
        QCOMPARE(readFile(target + QStringLiteral("/original_code_snippet.py")), kOriginal);
        QCOMPARE(readFile(target + QStringLiteral("/requirements.txt")), QByteArray("numpy==1.24.2\n"));
        const QJsonObject package = readJson(target + QStringLiteral("/package.json"));
        QCOMPARE(package.value(QStringLiteral("kind")).toString(), QStringLiteral("replication"));
        QCOMPARE(package.value(QStringLiteral("output")).toString(), QString::fromUtf8(kOutput));
        const QJsonObject row = package.value(QStringLiteral("csv_row")).toObject();
        QCOMPARE(row.value(QStringLiteral("#")).toString(), QStringLiteral("2"));
        QCOMPARE(row.value(QStringLiteral("Type of Bug")).toString(), QStringLiteral("Tensor and Input Bug"));
        QCOMPARE(row.value(QStringLiteral("Logging")).toString(), QStringLiteral("1"));

        Workspace workspace;
        QVERIFY2(Workspace::open(target, &workspace, &error), qPrintable(error));
        QCOMPARE(workspace.report().id, QStringLiteral("so:64520473"));
        QCOMPARE(workspace.report().url, QStringLiteral("https://stackoverflow.com/questions/64520473/reshape-fails"));
        QVERIFY(workspace.report().body.text.contains(QStringLiteral("Type of bug: Tensor and Input Bug")));
        // The quoted error in output.txt is what verify will expect.
        QCOMPARE(workspace.reportExpectation().kind, ExpectationKind::Error);
        QList<WorkspaceEntry> history;
        QVERIFY2(workspace.history(&history, &error), qPrintable(error));
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.last().step, WorkspaceStep::Create);
        QVERIFY(history.first().commit.summary.startsWith(QStringLiteral("Import the replication package 64520473")));
        bool dirty = true;
        QVERIFY(workspace.repository().isDirty(&dirty, &error));
        QVERIFY(!dirty);
        QCOMPARE(result.headSha, history.first().commit.sha);
        QCOMPARE(entries(m_dir.filePath(QStringLiteral("."))).filter(QStringLiteral(".dlrepro")), QStringList());
    }

    void csvRowLookup_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("bugId");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("expected"); // value of the first column, or the error
        QTest::newRow("by #") << kCsv << QStringLiteral("1") << true << QStringLiteral("1");
        QTest::newRow("by link") << kCsv << QStringLiteral("111") << true << QStringLiteral("1");
        QTest::newRow("no row") << kCsv << QStringLiteral("999") << true << QString();
        QTest::newRow("id column named ID") << QByteArray("ID,Type of Bug\r\n77,API Bug\r\n") << QStringLiteral("77") << true
                                            << QStringLiteral("77");
        QTest::newRow("no id column") << QByteArray("Type of Bug,Edit Action\nT,DL\n") << QStringLiteral("1") << false
                                      << QStringLiteral("has no id column");
        QTest::newRow("broken quotes") << QByteArray("#,Link\n1,\"unterminated\n") << QStringLiteral("1") << false
                                       << QStringLiteral("bugs.csv:");
    }

    void csvRowLookup()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, bugId);
        QFETCH(bool, ok);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bugs.csv"));
        writeFile(path, csv);
        QMap<QString, QString> row;
        QString error;
        QCOMPARE(findCsvRow(path, bugId, &row, &error), ok);
        if (!ok) {
            QVERIFY2(error.contains(expected), qPrintable(error));
            return;
        }
        QCOMPARE(row.isEmpty() ? QString() : row.first(), expected);
    }

    void missingCsvRowWarns()
    {
        const QString bug = m_dir.filePath(QStringLiteral("pkg2/Bugs/5"));
        makeReplicationBug(bug);
        const QString csv = m_dir.filePath(QStringLiteral("pkg2/rows.csv"));
        writeFile(csv, kCsv);
        PackageImportResult result;
        QString error;
        QVERIFY2(importPackage(bug, m_dir.filePath(QStringLiteral("ws-norow")), csv, &result, &error), qPrintable(error));
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY(result.warnings.first().contains(QStringLiteral("has no row for bug 5")));
    }

    void plainNotebook()
    {
        QJsonArray cells{markdownCell(QStringLiteral("# Loss becomes nan with Adam\n\nAfter a few steps the loss is `nan`.")),
                         codeCell(QStringLiteral("!pip install -q torch==1.13.1 numpy\n%matplotlib inline")),
                         codeCell(QStringLiteral("import torch\nx = torch.ones(2)\nprint(x / 0)")),
                         markdownCell(QStringLiteral("Any idea?"))};
        const QJsonObject notebook{{QStringLiteral("cells"), cells}, {QStringLiteral("metadata"), QJsonObject()},
                                   {QStringLiteral("nbformat"), 4}, {QStringLiteral("nbformat_minor"), 5}};
        const QString path = m_dir.filePath(QStringLiteral("nan-loss.ipynb"));
        writeFile(path, QJsonDocument(notebook).toJson());
        const QString target = m_dir.filePath(QStringLiteral("ws-notebook"));
        PackageImportResult result;
        QString error;
        QVERIFY2(importPackage(path, target, QString(), &result, &error), qPrintable(error));
        QCOMPARE(result.kind, PackageKind::Notebook);
        QCOMPARE(readFile(target + QStringLiteral("/main.py")),
                 QByteArray("# !pip install -q torch==1.13.1 numpy\n# %matplotlib inline\n\n"
                            "import torch\nx = torch.ones(2)\nprint(x / 0)\n"));
        QCOMPARE(readFile(target + QStringLiteral("/requirements.txt")), QByteArray("torch==1.13.1\nnumpy\n"));
        Workspace workspace;
        QVERIFY2(Workspace::open(target, &workspace, &error), qPrintable(error));
        QVERIFY(workspace.report().body.text.contains(QStringLiteral("the loss is")));
    }

    void exportedNotebookRoundTrips()
    {
        const QString report = m_dir.filePath(QStringLiteral("rt/report.md"));
        writeFile(report, "# Shape mismatch in Linear\n\n```python\nimport torch\nlayer = torch.nn.Linear(3, 2)\n"
                          "layer(torch.ones(1, 4))\n```\n\nRuntimeError: mat1 and mat2 shapes cannot be multiplied\n");
        const QString source = m_dir.filePath(QStringLiteral("rt/ws"));
        Workspace workspace;
        QString error;
        QVERIFY2(Workspace::create(report, source, &workspace, &error), qPrintable(error));
        const QString notebook = m_dir.filePath(QStringLiteral("rt/bug.ipynb"));
        QVERIFY2(exportNotebook(source, notebook, false, nullptr, &error), qPrintable(error));

        const QString target = m_dir.filePath(QStringLiteral("rt/imported"));
        PackageImportResult result;
        QVERIFY2(importPackage(notebook, target, QString(), &result, &error), qPrintable(error));
        for (const char *file : {"main.py", "original_code_snippet.py", "requirements.txt"})
            QCOMPARE(readFile(target + QLatin1Char('/') + QLatin1String(file)), readFile(source + QLatin1Char('/') + QLatin1String(file)));
        Workspace imported;
        QVERIFY2(Workspace::open(target, &imported, &error), qPrintable(error));
        QCOMPARE(imported.report().title, workspace.report().title);
        QCOMPARE(imported.report().id, workspace.report().id);
    }

    void aiFaultBenchFolder()
    {
        const QString bug = m_dir.filePath(QStringLiteral("afb/bug-17"));
        writeFile(bug + QStringLiteral("/issue.md"),
                  "# Accuracy stuck at 10%\n\nTraining `train.py` keeps accuracy at 10% after the refactor.\n");
        writeFile(bug + QStringLiteral("/repro.py"), "print('accuracy: 0.10')\n");
        writeFile(bug + QStringLiteral("/requirements.txt"), "torch==1.13.1\nnumpy==1.24.2\n");
        writeFile(bug + QStringLiteral("/checkout.sh"),
                  "#!/bin/sh\nset -e\nREPO=https://github.com/someone/cifar-tools.git\nCOMMIT=\"9f8fb94a1b2c\"\n"
                  "git clone --depth 50 $REPO project  # the buggy project\ncd project && git checkout -q ${COMMIT}\n");
        const QString target = m_dir.filePath(QStringLiteral("ws-afb"));
        PackageImportResult result;
        QString error;
        QVERIFY2(importPackage(bug, target, QString(), &result, &error), qPrintable(error));
        QCOMPARE(result.kind, PackageKind::AIFaultBench);
        QCOMPARE(result.project.repository, QStringLiteral("someone/cifar-tools"));
        QCOMPARE(result.project.commit, QStringLiteral("9f8fb94a1b2c"));
        QCOMPARE(readFile(target + QStringLiteral("/main.py")), QByteArray("print('accuracy: 0.10')\n"));
        QCOMPARE(readFile(target + QStringLiteral("/requirements.txt")), QByteArray("torch==1.13.1\nnumpy==1.24.2\n"));
        const QJsonObject project = readJson(target + QStringLiteral("/package.json")).value(QStringLiteral("project")).toObject();
        QCOMPARE(project.value(QStringLiteral("url")).toString(), QStringLiteral("https://github.com/someone/cifar-tools.git"));
        QCOMPARE(project.value(QStringLiteral("commit")).toString(), QStringLiteral("9f8fb94a1b2c"));
        Workspace workspace;
        QVERIFY2(Workspace::open(target, &workspace, &error), qPrintable(error));
        QCOMPARE(workspace.report().title, QStringLiteral("Accuracy stuck at 10%"));
        QCOMPARE(workspace.report().id, QStringLiteral("bug-17"));
    }

    void cloneScripts_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("repository");
        QTest::addColumn<QString>("commit");
        QTest::newRow("plain") << QStringLiteral("git clone https://github.com/a/b\ncd b\ngit checkout 1234567\n")
                               << QStringLiteral("https://github.com/a/b") << QStringLiteral("a/b") << QStringLiteral("1234567");
        QTest::newRow("-C and reset") << QStringLiteral("git clone -b dev git@github.com:a/b.git src\ngit -C src reset --hard ABCDEF0123\n")
                                      << QStringLiteral("git@github.com:a/b.git") << QStringLiteral("a/b") << QStringLiteral("abcdef0123");
        QTest::newRow("not github") << QStringLiteral("git clone file:///srv/repo.git r && git -C r checkout deadbeef")
                                    << QStringLiteral("file:///srv/repo.git") << QString() << QStringLiteral("deadbeef");
        QTest::newRow("branch only") << QStringLiteral("git clone https://github.com/a/b\ngit checkout main\n")
                                     << QStringLiteral("https://github.com/a/b") << QStringLiteral("a/b") << QString();
        QTest::newRow("comment") << QStringLiteral("# git clone https://github.com/x/y\necho hi\n") << QString() << QString() << QString();
    }

    void cloneScripts()
    {
        QFETCH(QString, script);
        QFETCH(QString, url);
        QFETCH(QString, repository);
        QFETCH(QString, commit);
        const ProjectReference found = parseCloneScript(script);
        QCOMPARE(found.url, url);
        QCOMPARE(found.repository, repository);
        QCOMPARE(found.commit, commit);
    }

    void badInputLeavesNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("invalid notebook JSON") << QStringLiteral("badjson") << QStringLiteral("invalid JSON at offset");
        QTest::newRow("notebook without cells") << QStringLiteral("nocells") << QStringLiteral("is not a Jupyter notebook");
        QTest::newRow("notebook without code") << QStringLiteral("nocode") << QStringLiteral("has no code cells");
        QTest::newRow("not a package") << QStringLiteral("folder") << QStringLiteral("is not a package");
        QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("does not exist");
        QTest::newRow("empty snippets") << QStringLiteral("emptybug") << QStringLiteral("neither main.py nor");
        QTest::newRow("target not empty") << QStringLiteral("occupied") << QStringLiteral("exists and is not empty");
        QTest::newRow("missing csv") << QStringLiteral("nocsv") << QStringLiteral("cannot read");
    }

    void badInputLeavesNothing()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QTemporaryDir scratch;
        const QString parent = scratch.filePath(QStringLiteral("out"));
        const QString target = parent + QStringLiteral("/ws");
        QString path = scratch.filePath(QStringLiteral("input"));
        QString csv;
        if (kind == QStringLiteral("badjson")) {
            path += QStringLiteral(".ipynb");
            writeFile(path, "{\"cells\": [ {\"cell_type\": \"code\", }");
        } else if (kind == QStringLiteral("nocells")) {
            path += QStringLiteral(".ipynb");
            writeFile(path, "{\"metadata\": {}}");
        } else if (kind == QStringLiteral("nocode")) {
            path += QStringLiteral(".ipynb");
            writeFile(path, QJsonDocument(QJsonObject{{QStringLiteral("cells"), QJsonArray{markdownCell(QStringLiteral("# only text"))}},
                                                      {QStringLiteral("nbformat"), 4}})
                                .toJson());
        } else if (kind == QStringLiteral("folder")) {
            writeFile(path + QStringLiteral("/train.py"), "print(1)\n");
        } else if (kind == QStringLiteral("emptybug")) {
            writeFile(path + QStringLiteral("/main.py"), "\n");
        } else if (kind == QStringLiteral("occupied") || kind == QStringLiteral("nocsv")) {
            makeReplicationBug(path);
            if (kind == QStringLiteral("occupied"))
                writeFile(target + QStringLiteral("/mine.txt"), "keep\n");
            else
                csv = scratch.filePath(QStringLiteral("absent.csv"));
        }
        QDir().mkpath(parent);
        PackageImportResult result;
        QString error;
        QVERIFY(!importPackage(path, target, csv, &result, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        if (kind == QStringLiteral("occupied")) {
            QCOMPARE(entries(parent), QStringList{QStringLiteral("ws")});
            QCOMPARE(entries(target), QStringList{QStringLiteral("mine.txt")});
        } else {
            QCOMPARE(entries(parent), QStringList());
        }
    }
};

QTEST_GUILESS_MAIN(TestPackageImport)
#include "tst_packageimport.moc"
