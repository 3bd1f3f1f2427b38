// Exports of a real workspace (created, verified with /usr/bin/python3) in the replication
// layout and as a notebook; the notebook is read back with Python's json module and checked
// against nbformat 4's required keys.
#include "verify/Expectation.h"
#include "workspace/NotebookExport.h"
#include "workspace/ReplicationExport.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace dlrepro;

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");

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

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

// A report whose snippet raises the error it quotes.
const QByteArray kReport =
    "# ValueError: shapes do not match when stacking\n\n"
    "I stack two arrays and get an error:\n\n"
    "```python\n"
    "import json\n"
    "a = [1, 2, 3]\n"
    "print('stacking', len(a))\n"
    "raise ValueError('all input arrays must have the same shape')\n"
    "```\n\n"
    "The error is:\n\n"
    "```\n"
    "ValueError: all input arrays must have the same shape\n"
    "```\n";

} // namespace

class TestPackageExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workspace;        // verified
    QString m_unverified;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString report = m_dir.filePath(QStringLiteral("stack-error.md"));
        writeFile(report, kReport);
        m_workspace = m_dir.filePath(QStringLiteral("ws"));
        Workspace workspace;
        QString error;
        QVERIFY2(Workspace::create(report, m_workspace, &workspace, &error), qPrintable(error));
        WorkspaceVerifyOptions options;
        options.request.interpreter = kPython;
        options.request.seeds = {0, 1};
        options.request.forkServer = ForkServerMode::Off;
        options.request.timeoutMs = 60000;
        QVERIFY(parseExpectedError(QStringLiteral("ValueError: all input arrays must have the same shape"),
                                   &options.expectation, &error));
        WorkspaceVerification verification;
        QVERIFY2(workspace.verify(options, &verification, &error), qPrintable(error));
        QCOMPARE(verification.verdict.status, VerdictStatus::Reproduced);

        m_unverified = m_dir.filePath(QStringLiteral("ws-unverified"));
        Workspace other;
        QVERIFY2(Workspace::create(report, m_unverified, &other, &error), qPrintable(error));
    }

    void replicationLayout()
    {
        QTemporaryDir out;
        PackageExportResult result;
        QString error;
        QVERIFY2(exportReplicationPackage(m_workspace, out.path(), QStringLiteral("42"), false, &result, &error),
                 qPrintable(error));
        const QString bug = out.filePath(QStringLiteral("Bugs/42"));
        QCOMPARE(result.path, bug);
        QCOMPARE(entries(out.filePath(QStringLiteral("Bugs"))), QStringList{QStringLiteral("42")}); // no staging left
        QCOMPARE(entries(bug), (QStringList{QStringLiteral("main.py"), QStringLiteral("original_code_snippet.py"),
                                            QStringLiteral("output.txt"), QStringLiteral("requirements.txt")}));
        QCOMPARE(readFile(bug + QStringLiteral("/main.py")), readFile(m_workspace + QStringLiteral("/main.py")));
        QCOMPARE(readFile(bug + QStringLiteral("/original_code_snippet.py")),
                 readFile(m_workspace + QStringLiteral("/original_code_snippet.py")));
        QVERIFY(readFile(bug + QStringLiteral("/original_code_snippet.py")).contains("raise ValueError"));
        // The last verification's output, both seeds.
        const QByteArray output = readFile(bug + QStringLiteral("/output.txt"));
        QVERIFY2(output.contains("==> seed 0 (exception) <=="), output.constData());
        QVERIFY(output.contains("==> seed 1 (exception) <=="));
        QVERIFY(output.contains("stacking 3"));
        QVERIFY(output.contains("ValueError: all input arrays must have the same shape"));
        QVERIFY(result.warnings.isEmpty());
    }

    void replicationIdFromReport()
    {
        QTemporaryDir out;
        PackageExportResult result;
        QString error;
        QVERIFY2(exportReplicationPackage(m_workspace, out.path(), QString(), false, &result, &error), qPrintable(error));
        QCOMPARE(QFileInfo(result.path).fileName(), QStringLiteral("stack-error.md"));
    }

    void packageBugIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("expected");
        QTest::newRow("stack overflow") << QStringLiteral("so:64520473") << QStringLiteral("64520473");
        QTest::newRow("github") << QStringLiteral("gh:o/r#12") << QStringLiteral("o_r_12");
        QTest::newRow("hidden") << QStringLiteral("../..") << QStringLiteral("bug");
        QTest::newRow("empty") << QString() << QStringLiteral("bug");
    }

    void packageBugIds()
    {
        QFETCH(QString, id);
        QFETCH(QString, expected);
        Report report;
        report.id = id;
        QCOMPARE(packageBugId(report), expected);
    }

    void existingExportIsRefusedThenReplaced()
    {
        QTemporaryDir out;
        QString error;
        const QString bug = out.filePath(QStringLiteral("Bugs/7"));
        writeFile(bug + QStringLiteral("/main.py"), "old\n");
        writeFile(bug + QStringLiteral("/notes.txt"), "old\n");
        QVERIFY(!exportReplicationPackage(m_workspace, out.path(), QStringLiteral("7"), false, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
        QCOMPARE(readFile(bug + QStringLiteral("/main.py")), QByteArray("old\n"));
        QVERIFY(exportReplicationPackage(m_workspace, out.path(), QStringLiteral("7"), true, nullptr, &error));
        QVERIFY(!QFile::exists(bug + QStringLiteral("/notes.txt")));
        QCOMPARE(readFile(bug + QStringLiteral("/main.py")), readFile(m_workspace + QStringLiteral("/main.py")));
        QCOMPARE(entries(out.filePath(QStringLiteral("Bugs"))), QStringList{QStringLiteral("7")});
    }

    void badInputWritesNothing_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("workspace"); // "plain": a folder that is not a workspace; "missing"
        QTest::addColumn<QString>("expected");
        QTest::newRow("replication, not a workspace") << QStringLiteral("replication") << QStringLiteral("plain")
                                                      << QStringLiteral("is not a dlrepro workspace");
        QTest::newRow("notebook, not a workspace") << QStringLiteral("notebook") << QStringLiteral("plain")
                                                   << QStringLiteral("is not a dlrepro workspace");
        QTest::newRow("replication, missing") << QStringLiteral("replication") << QStringLiteral("missing")
                                              << QStringLiteral("no such folder");
        QTest::newRow("bad id") << QStringLiteral("replication-badid") << QStringLiteral("ok")
                                << QStringLiteral("cannot be a folder name");
    }

    void badInputWritesNothing()
    {
        QFETCH(QString, format);
        QFETCH(QString, workspace);
        QFETCH(QString, expected);
        QTemporaryDir scratch;
        QString dir = m_workspace;
        if (workspace == QStringLiteral("plain")) {
            dir = scratch.filePath(QStringLiteral("plain"));
            writeFile(dir + QStringLiteral("/main.py"), "print(1)\n");
        } else if (workspace == QStringLiteral("missing")) {
            dir = scratch.filePath(QStringLiteral("missing"));
        }
        const QString out = scratch.filePath(QStringLiteral("out"));
        QString error;
        bool ok = true;
        if (format == QStringLiteral("notebook"))
            ok = exportNotebook(dir, out + QStringLiteral("/bug.ipynb"), false, nullptr, &error);
        else
            ok = exportReplicationPackage(dir, out, format.endsWith(QStringLiteral("badid")) ? QStringLiteral("a/b") : QString(),
                                          false, nullptr, &error);
        QVERIFY(!ok);
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(!QFile::exists(out + QStringLiteral("/bug.ipynb")));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/Bugs")) || entries(out + QStringLiteral("/Bugs")).isEmpty());
    }

    void unverifiedWarns()
    {
        QTemporaryDir out;
        PackageExportResult result;
        QString error;
        QVERIFY2(exportReplicationPackage(m_unverified, out.path(), QStringLiteral("1"), false, &result, &error), qPrintable(error));
        QCOMPARE(readFile(out.filePath(QStringLiteral("Bugs/1/output.txt"))), QByteArray());
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY(result.warnings.first().contains(QStringLiteral("never verified")));
    }

    void uncommittedEditsAreNotExported()
    {
        QTemporaryDir scratch;
        const QString copy = scratch.filePath(QStringLiteral("ws"));
        Workspace workspace;
        QString error;
        const QString report = m_dir.filePath(QStringLiteral("stack-error.md"));
        QVERIFY2(Workspace::create(report, copy, &workspace, &error), qPrintable(error));
        const QByteArray committed = readFile(copy + QStringLiteral("/main.py"));
        writeFile(copy + QStringLiteral("/main.py"), "print('edited, not committed')\n");
        PackageExportResult result;
        QVERIFY2(exportReplicationPackage(copy, scratch.filePath(QStringLiteral("out")), QStringLiteral("1"), false, &result, &error),
                 qPrintable(error));
        QCOMPARE(readFile(scratch.filePath(QStringLiteral("out/Bugs/1/main.py"))), committed);
        QVERIFY(std::any_of(result.warnings.cbegin(), result.warnings.cend(),
                            [](const QString &w) { return w.contains(QStringLiteral("uncommitted")); }));
    }

    void notebookIsValidNbformat4()
    {
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("nested/bug.ipynb"));
        PackageExportResult result;
        QString error;
        QVERIFY2(exportNotebook(m_workspace, path, false, &result, &error), qPrintable(error));
        QCOMPARE(entries(out.filePath(QStringLiteral("nested"))), QStringList{QStringLiteral("bug.ipynb")});

        // Python's json reads it, and every key nbformat 4 requires is there with its type.
        const QString check = QStringLiteral(
            "import json,sys\n"
            "nb=json.load(open(sys.argv[1]))\n"
            "assert nb['nbformat']==4 and isinstance(nb['nbformat_minor'],int), 'version'\n"
            "assert nb['metadata']['kernelspec']['name']=='python3'\n"
            "assert nb['metadata']['language_info']['name']=='python'\n"
            "kinds=[]\n"
            "for c in nb['cells']:\n"
            "    assert set(c)>= {'cell_type','metadata','source'}, c\n"
            "    assert isinstance(c['source'],(str,list)) and all(isinstance(s,str) for s in c['source'])\n"
            "    if c['cell_type']=='code':\n"
            "        assert 'outputs' in c and 'execution_count' in c and c['execution_count'] is None\n"
            "        for o in c['outputs']:\n"
            "            assert o['output_type']=='stream' and o['name'] in ('stdout','stderr')\n"
            "    else:\n"
            "        assert c['cell_type']=='markdown' and 'outputs' not in c\n"
            "    kinds.append(c['cell_type']+':'+c['metadata']['dlrepro']['role'])\n"
            "print(' '.join(kinds))\n"
            "main=[c for c in nb['cells'] if c['metadata']['dlrepro']['role']=='main'][0]\n"
            "print(''.join(main['source'])==open(sys.argv[2]).read())\n");
        QProcess python;
        python.start(kPython, {QStringLiteral("-c"), check, path, m_workspace + QStringLiteral("/main.py")});
        QVERIFY(python.waitForFinished(30000));
        const QString stderrText = QString::fromUtf8(python.readAllStandardError());
        QVERIFY2(python.exitCode() == 0, qPrintable(stderrText));
        const QStringList lines = QString::fromUtf8(python.readAllStandardOutput()).split(QLatin1Char('\n'));
        QCOMPARE(lines.at(0), QStringLiteral("markdown:report code:requirements code:install code:main markdown:original markdown:verdict"));
        QCOMPARE(lines.at(1), QStringLiteral("True"));

        const QJsonObject nb = QJsonDocument::fromJson(readFile(path)).object();
        const QJsonArray cells = nb.value(QStringLiteral("cells")).toArray();
        const QString report = notebookSourceText(cells.at(0).toObject().value(QStringLiteral("source")));
        QVERIFY(report.startsWith(QStringLiteral("# ValueError: shapes do not match when stacking\n")));
        QVERIFY(report.contains(QStringLiteral("```python\nimport json")));
        QCOMPARE(notebookSourceText(cells.at(2).toObject().value(QStringLiteral("source"))),
                 QStringLiteral("%pip install -r requirements.txt"));
        QVERIFY(notebookSourceText(cells.at(1).toObject().value(QStringLiteral("source")))
                    .startsWith(QStringLiteral("%%writefile requirements.txt\n")));
        const QJsonArray outputs = cells.at(3).toObject().value(QStringLiteral("outputs")).toArray();
        QCOMPARE(outputs.size(), 1);
        QVERIFY(notebookSourceText(outputs.at(0).toObject().value(QStringLiteral("text"))).contains(QStringLiteral("stacking 3")));
        const QString verdict = notebookSourceText(cells.at(5).toObject().value(QStringLiteral("source")));
        QVERIFY2(verdict.contains(QStringLiteral("**reproduced**: 2 of 2 seeds")), qPrintable(verdict));
    }

    void notebookRefusesExistingAndFolder()
    {
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("bug.ipynb"));
        writeFile(path, "{}");
        QString error;
        QVERIFY(!exportNotebook(m_workspace, path, false, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
        QCOMPARE(readFile(path), QByteArray("{}"));
        QVERIFY(!exportNotebook(m_workspace, out.path(), true, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("is a folder")), qPrintable(error));
        QVERIFY(exportNotebook(m_workspace, path, true, nullptr, &error));
        QCOMPARE(QJsonDocument::fromJson(readFile(path)).object().value(QStringLiteral("nbformat")).toInt(), 4);
    }

    void sourceLines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("empty") << QString() << QStringList();
        QTest::newRow("one") << QStringLiteral("x") << QStringList{QStringLiteral("x")};
        QTest::newRow("newline at end") << QStringLiteral("a\nb\n") << QStringList{QStringLiteral("a\n"), QStringLiteral("b\n")};
        QTest::newRow("no newline at end") << QStringLiteral("a\n\nb") << QStringList{QStringLiteral("a\n"), QStringLiteral("\n"), QStringLiteral("b")};
    }

    void sourceLines()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, lines);
        const QJsonArray array = notebookSourceLines(text);
        QStringList got;
        for (const QJsonValue &v : array)
            got << v.toString();
        QCOMPARE(got, lines);
        QCOMPARE(notebookSourceText(array), text);
    }
};

QTEST_GUILESS_MAIN(TestPackageExport)
#include "tst_packageexport.moc"
