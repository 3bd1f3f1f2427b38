// dlrepro-cli workspace, run as a user would: new, apply, checkpoint, verify, log, diff, revert,
// branch, compare, transaction, and bad input.
#include "CliRun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using clitest::runCli;

namespace {

const char kReport[] = R"(# RuntimeError when feeding MNIST batches to my linear model

The forward pass fails:

```python
model = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10))
x = torch.randn(64, 28 * 28 * 2)
out = model(x)
```

```
Traceback (most recent call last):
  File "/home/alice/train.py", line 3, in <module>
    out = model(x)
RuntimeError: mat1 and mat2 shapes cannot be multiplied (64x1568 and 784x128)
```
)";

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

class TestCliWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Commits must not depend on the user's git configuration.
        static QTemporaryDir home;
        qputenv("HOME", QFile::encodeName(home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.path()));
    }

    void wholeReproduction()
    {
        QTemporaryDir tmp;
        const QString report = tmp.filePath(QStringLiteral("report.md"));
        writeFile(report, kReport);
        const QString ws = tmp.filePath(QStringLiteral("ws"));

        auto r = runCli({QStringLiteral("workspace"), QStringLiteral("new"), report, ws});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Created workspace")));

        r = runCli({QStringLiteral("workspace"), QStringLiteral("apply"), ws, QStringLiteral("--action"), QStringLiteral("R"),
                    QStringLiteral("--dry-run")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("+import torch")), qPrintable(r.out));
        r = runCli({QStringLiteral("workspace"), QStringLiteral("log"), ws, QStringLiteral("--json")});
        QCOMPARE(json(r.out).value(QStringLiteral("commits")).toArray().size(), 1);

        r = runCli({QStringLiteral("workspace"), QStringLiteral("apply"), ws, QStringLiteral("--action"), QStringLiteral("R")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({QStringLiteral("workspace"), QStringLiteral("apply"), ws, QStringLiteral("--action"), QStringLiteral("R")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("nothing to do")), qPrintable(r.err));

        r = runCli({QStringLiteral("workspace"), QStringLiteral("verify"), ws, QStringLiteral("--python"), QStringLiteral("/usr/bin/python3"),
                    QStringLiteral("--seeds"), QStringLiteral("0"), QStringLiteral("--device"), QStringLiteral("cpu"),
                    QStringLiteral("--fork-server"), QStringLiteral("off"), QStringLiteral("--json")},
                   180000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QJsonObject verdict = json(r.out);
        QCOMPARE(verdict.value(QStringLiteral("status")).toString(), QStringLiteral("reproduced"));
        const QString verifySha = verdict.value(QStringLiteral("commit")).toString();
        QCOMPARE(verifySha.size(), 40);

        r = runCli({QStringLiteral("workspace"), QStringLiteral("log"), ws, QStringLiteral("--json")});
        const QJsonArray commits = json(r.out).value(QStringLiteral("commits")).toArray();
        QCOMPARE(commits.size(), 3);
        QCOMPARE(commits[0].toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("reproduced"));
        QCOMPARE(commits[1].toObject().value(QStringLiteral("action")).toString(), QStringLiteral("R"));
        const QString actionSha = commits[1].toObject().value(QStringLiteral("sha")).toString();
        const QString createSha = commits[2].toObject().value(QStringLiteral("sha")).toString();

        r = runCli({QStringLiteral("workspace"), QStringLiteral("log"), ws});
        QVERIFY2(r.out.contains(QStringLiteral("[action R]")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("[verify reproduced]")), qPrintable(r.out));

        r = runCli({QStringLiteral("workspace"), QStringLiteral("diff"), ws, actionSha});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("+import torch")));
        r = runCli({QStringLiteral("workspace"), QStringLiteral("diff"), ws, QStringLiteral("--json")});
        QCOMPARE(json(r.out).value(QStringLiteral("to")).toString(), verifySha);

        r = runCli({QStringLiteral("workspace"), QStringLiteral("compare"), ws, createSha, verifySha});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("not verified")) && r.out.contains(QStringLiteral("reproduced (1/1 seeds)")), qPrintable(r.out));

        r = runCli({QStringLiteral("workspace"), QStringLiteral("transaction"), ws, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject t = json(r.out).value(QStringLiteral("transactions")).toArray().first().toObject();
        QCOMPARE(t.value(QStringLiteral("actions")).toArray(), QJsonArray{QStringLiteral("imports")});
        QCOMPARE(t.value(QStringLiteral("reproduced")).toBool(), true);
        QVERIFY(QFile::exists(ws + QStringLiteral("/transaction.json")));

        r = runCli({QStringLiteral("workspace"), QStringLiteral("branch"), ws, QStringLiteral("other-path")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({QStringLiteral("workspace"), QStringLiteral("branch"), ws});
        QVERIFY2(r.out.contains(QStringLiteral("* other-path")) && r.out.contains(QStringLiteral("  main")), qPrintable(r.out));

        r = runCli({QStringLiteral("workspace"), QStringLiteral("revert"), ws, actionSha});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Revert \"")));
        r = runCli({QStringLiteral("workspace"), QStringLiteral("transaction"), ws});
        QVERIFY2(r.out.contains(QStringLiteral("Edit actions:  none")), qPrintable(r.out));

        writeFile(ws + QStringLiteral("/main.py"), "print('by hand')\n");
        r = runCli({QStringLiteral("workspace"), QStringLiteral("revert"), ws, actionSha});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("uncommitted")), qPrintable(r.err));
        r = runCli({QStringLiteral("workspace"), QStringLiteral("checkpoint"), ws, QStringLiteral("-m"), QStringLiteral("By hand")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("By hand")));
        r = runCli({QStringLiteral("workspace"), QStringLiteral("checkpoint"), ws});
        QCOMPARE(r.exitCode, 1);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no subcommand") << QStringList{} << QStringLiteral("Usage");
        QTest::newRow("unknown") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown subcommand");
        QTest::newRow("not a workspace") << QStringList{QStringLiteral("log"), QStringLiteral("@TMP@")}
                                         << QStringLiteral("not a dlrepro workspace");
        QTest::newRow("missing folder") << QStringList{QStringLiteral("log"), QStringLiteral("@TMP@/nope")}
                                        << QStringLiteral("not a dlrepro workspace");
        QTest::newRow("no action") << QStringList{QStringLiteral("apply"), QStringLiteral("@TMP@")} << QStringLiteral("--action is required");
        QTest::newRow("bad action") << QStringList{QStringLiteral("apply"), QStringLiteral("@TMP@"), QStringLiteral("--action"), QStringLiteral("Z")}
                                    << QStringLiteral("unknown action 'Z'");
        QTest::newRow("missing report") << QStringList{QStringLiteral("new"), QStringLiteral("@TMP@/none.md"), QStringLiteral("@TMP@/ws")}
                                        << QStringLiteral("none.md");
        QTest::newRow("too many") << QStringList{QStringLiteral("revert"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}
                                  << QStringLiteral("wrong number of arguments");
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir tmp;
        for (QString &a : args)
            a.replace(QStringLiteral("@TMP@"), tmp.path());
        args.prepend(QStringLiteral("workspace"));
        const auto r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("ws"))));
    }

    void help()
    {
        for (const QString &sub : {QStringLiteral("new"), QStringLiteral("apply"), QStringLiteral("verify"), QStringLiteral("log"),
                                   QStringLiteral("transaction")}) {
            const auto r = runCli({QStringLiteral("workspace"), sub, QStringLiteral("--help")});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.startsWith(QStringLiteral("Usage:")) && r.out.contains(QStringLiteral(" dir")), qPrintable(sub));
        }
        const auto r = runCli({QStringLiteral("workspace"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("transaction <dir>")));
    }
};

QTEST_GUILESS_MAIN(TestCliWorkspace)
#include "tst_cliworkspace.moc"
