// dlrepro-cli project end to end on a real project file: init, import, list, annotate (blind),
// settle, export (byte-identical CSV), prefill, and bad input.
#include "CliRun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using clitest::runCli;

class TestCliProject : public QObject
{
    Q_OBJECT

private slots:
    void workflow()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("p.db"));
        const QString data = QStringLiteral("/work/shared/data/replication/");
        auto r = runCli({QStringLiteral("project"), QStringLiteral("init"), db});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("project"), QStringLiteral("init"), db}).exitCode, 2); // exists
        r = runCli({QStringLiteral("project"), QStringLiteral("import"), db, data + QStringLiteral("ManualReproduction_Github_Bugs.csv"),
                    QStringLiteral("--kind"), QStringLiteral("editactions")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("63 rows as github-edit-actions")));

        r = runCli({QStringLiteral("project"), QStringLiteral("list"), db, QStringLiteral("--type"), QStringLiteral("api"),
                    QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject list = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(list.value(QStringLiteral("total")).toInt() > 2);
        QCOMPARE(list.value(QStringLiteral("bugs")).toArray().size(), 2);

        // Two annotators, blind until both saved.
        r = runCli({QStringLiteral("project"), QStringLiteral("annotate"), db, QStringLiteral("github:2"), QStringLiteral("--annotator"),
                    QStringLiteral("ann"), QStringLiteral("--type"), QStringLiteral("api"), QStringLiteral("--actions"), QStringLiteral("R,C"),
                    QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("visible")).toArray().size(), 1);
        r = runCli({QStringLiteral("project"), QStringLiteral("annotate"), db, QStringLiteral("2"), QStringLiteral("--annotator"),
                    QStringLiteral("bob"), QStringLiteral("--type"), QStringLiteral("A"), QStringLiteral("--actions"), QStringLiteral("HRC"),
                    QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("visible")).toArray().size(), 2);
        r = runCli({QStringLiteral("project"), QStringLiteral("list"), db, QStringLiteral("--annotator"), QStringLiteral("bob")});
        QVERIFY(r.out.startsWith(QStringLiteral("1 bugs")));

        // Settle from bob's label; the export then equals the file again.
        r = runCli({QStringLiteral("project"), QStringLiteral("settle"), db, QStringLiteral("github:2"), QStringLiteral("--by"),
                    QStringLiteral("ann"), QStringLiteral("--from"), QStringLiteral("bob")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString out = dir.filePath(QStringLiteral("out"));
        r = runCli({QStringLiteral("project"), QStringLiteral("export"), db, QStringLiteral("--format"), QStringLiteral("csv"),
                    QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile a(out + QStringLiteral("/ManualReproduction_Github_Bugs.csv")), b(data + QStringLiteral("ManualReproduction_Github_Bugs.csv"));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());
        r = runCli({QStringLiteral("project"), QStringLiteral("export"), db, QStringLiteral("--format"), QStringLiteral("transactions"),
                    QStringLiteral("--out"), QStringLiteral("-")});
        QVERIFY(r.out.startsWith(QStringLiteral("Type of Bug,Edit Action\nA,HRC\n")));
        r = runCli({QStringLiteral("project"), QStringLiteral("export"), db, QStringLiteral("--format"), QStringLiteral("json"),
                    QStringLiteral("--out"), dir.filePath(QStringLiteral("p.json"))});
        QCOMPARE(r.exitCode, 0);

        // Prefill from a workspace.
        QDir(dir.path()).mkdir(QStringLiteral("ws"));
        QFile tx(dir.filePath(QStringLiteral("ws/transaction.json")));
        QVERIFY(tx.open(QIODevice::WriteOnly));
        tx.write("{\"format\":\"dlrepro-transactions\",\"version\":1,\"transactions\":[{\"bugType\":\"api\",\"actions\":[\"imports\"],"
                 "\"minutesTaken\":3,\"reproduced\":true}]}");
        tx.close();
        r = runCli({QStringLiteral("project"), QStringLiteral("prefill"), db, QStringLiteral("github:4"), dir.filePath(QStringLiteral("ws")),
                    QStringLiteral("--annotator"), QStringLiteral("ann"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject pre = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(pre.value(QStringLiteral("prefilled")).toBool());
        QCOMPARE(pre.value(QStringLiteral("actions")).toArray().first().toString(), QStringLiteral("imports"));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no subcommand") << QStringList{} << QStringLiteral("Usage");
        QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("frob"), QStringLiteral("x.db")} << QStringLiteral("unknown subcommand");
        QTest::newRow("missing db") << QStringList{QStringLiteral("list"), QStringLiteral("@DIR@/none.db")} << QStringLiteral("no such database");
        QTest::newRow("garbage db") << QStringList{QStringLiteral("list"), QStringLiteral("@DIR@/garbage.db")} << QStringLiteral("not an SQLite database");
        QTest::newRow("bad kind") << QStringList{QStringLiteral("import"), QStringLiteral("@DIR@/p.db"), QStringLiteral("@DIR@/garbage.db"),
                                                 QStringLiteral("--kind"), QStringLiteral("x")}
                                  << QStringLiteral("--kind expects");
        QTest::newRow("not a csv") << QStringList{QStringLiteral("import"), QStringLiteral("@DIR@/p.db"), QStringLiteral("@DIR@/garbage.db")}
                                   << QStringLiteral("not a replication file");
        QTest::newRow("bad format") << QStringList{QStringLiteral("export"), QStringLiteral("@DIR@/p.db"), QStringLiteral("--format"),
                                                   QStringLiteral("xml"), QStringLiteral("--out"), QStringLiteral("-")}
                                    << QStringLiteral("--format expects");
        QTest::newRow("unknown bug") << QStringList{QStringLiteral("annotate"), QStringLiteral("@DIR@/p.db"), QStringLiteral("nope"),
                                                    QStringLiteral("--annotator"), QStringLiteral("a")}
                                     << QStringLiteral("no bug 'nope'");
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QFile g(dir.filePath(QStringLiteral("garbage.db")));
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("hello, world\n");
        g.close();
        QCOMPARE(runCli({QStringLiteral("project"), QStringLiteral("init"), dir.filePath(QStringLiteral("p.db"))}).exitCode, 0);
        for (QString &a : args)
            a.replace(QStringLiteral("@DIR@"), dir.path());
        args.prepend(QStringLiteral("project"));
        const auto r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliProject)
#include "tst_cliproject.moc"
