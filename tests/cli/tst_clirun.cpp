// Runs the real dlrepro-cli env/run/verify on real snippets with /usr/bin/python3 and PyTorch.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString snippet(const char *name) { return QStringLiteral(DLREPRO_FIXTURES "/verify/") + QLatin1String(name); }

} // namespace

class TestCliRun : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    CliResult runCli(const QStringList &args, int timeoutMs = 240000)
    {
        QProcess p;
        p.setProgram(QStringLiteral(DLREPRO_CLI));
        p.setArguments(args);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        // Probe caches and settings stay inside the test's directory.
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("DLREPRO_PYTHON"));
        p.setProcessEnvironment(env);
        p.start();
        p.closeWriteChannel();
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

    QJsonObject verifyJson(const QStringList &extra, int *exitCode)
    {
        QStringList args{QStringLiteral("verify"), QStringLiteral("--python"), kPython, QStringLiteral("--parallel"),
                         QStringLiteral("2"), QStringLiteral("--json")};
        args << extra;
        const CliResult r = runCli(args);
        *exitCode = r.exitCode;
        return QJsonDocument::fromJson(r.out).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QProcess p;
        p.start(kPython, {QStringLiteral("-c"), QStringLiteral("import torch")});
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            QSKIP("/usr/bin/python3 cannot import torch (install python3-torch): the run/verify tests need it");
    }

    void envListsSystemPythonWithTorch()
    {
        const CliResult r = runCli({QStringLiteral("env"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QVERIFY(!doc.value(QLatin1String("reason")).toString().isEmpty());
        bool found = false;
        for (const QJsonValue &v : doc.value(QLatin1String("environments")).toArray()) {
            const QJsonObject e = v.toObject();
            const QString path = e.value(QLatin1String("interpreter")).toString();
            const QString resolved = e.value(QLatin1String("resolved_path")).toString();
            if (path != kPython && !resolved.startsWith(QLatin1String("/usr/bin/python3")))
                continue;
            found = true;
            QVERIFY2(e.value(QLatin1String("packages")).toObject().contains(QLatin1String("torch")),
                     r.out.constData());
        }
        QVERIFY2(found, r.out.constData());
    }

    void verifyShapeMismatch()
    {
        int rc = -1;
        const QJsonObject v = verifyJson({snippet("shape_mismatch.py"), QStringLiteral("--expect-error"),
                                          QStringLiteral("RuntimeError: mat1 and mat2 shapes cannot be multiplied (64x1568 and 784x128)")},
                                         &rc);
        QCOMPARE(rc, 0);
        QCOMPARE(v.value(QLatin1String("status")).toString(), QStringLiteral("reproduced"));
        QCOMPARE(v.value(QLatin1String("seeds_run")).toInt(), 5);
        QCOMPARE(v.value(QLatin1String("seeds_showing")).toInt(), 5);
        QCOMPARE(v.value(QLatin1String("best_match")).toString(), QStringLiteral("exact"));
        const QJsonArray lines = v.value(QLatin1String("matched_error_lines")).toArray();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.at(0).toString(),
                 QStringLiteral("RuntimeError: mat1 and mat2 shapes cannot be multiplied (64x1568 and 784x128) "
                                "(snippet line 8: out = model(x))"));
    }

    void verifyFromReport()
    {
        // The report quotes the same error with the reporter's paths: the expectation comes from it.
        int rc = -1;
        const QJsonObject v = verifyJson({snippet("shape_mismatch.py"), QStringLiteral("--report"),
                                          snippet("shape-mismatch.md"), QStringLiteral("--n-seeds"), QStringLiteral("2")},
                                         &rc);
        QCOMPARE(rc, 0);
        QCOMPARE(v.value(QLatin1String("expectation")).toObject().value(QLatin1String("source")).toString(),
                 QStringLiteral("report"));
        QCOMPARE(v.value(QLatin1String("seeds_showing")).toInt(), 2);
    }

    void verifyAccuracy_data()
    {
        QTest::addColumn<QString>("expect");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("status");
        // Seeds 0..4 give 65.8, 68.4, 69.2, 69.6, 70.8 %: mean 68.76 %.
        QTest::newRow("inside, percent") << "accuracy=69%" << 0 << "reproduced";
        QTest::newRow("inside, fraction") << "accuracy=0.70" << 0 << "reproduced";
        QTest::newRow("outside") << "accuracy=90%" << 1 << "not_reproduced";
    }
    void verifyAccuracy()
    {
        QFETCH(QString, expect);
        int rc = -1;
        const QJsonObject v = verifyJson({snippet("accuracy.py"), QStringLiteral("--expect-metric"), expect}, &rc);
        QTEST(rc, "exitCode");
        QTEST(v.value(QLatin1String("status")).toString(), "status");
        const QJsonObject m = v.value(QLatin1String("metric")).toObject();
        QCOMPARE(m.value(QLatin1String("count")).toInt(), 5);
        QCOMPARE(m.value(QLatin1String("observed_name")).toString(), QStringLiteral("test_accuracy"));
        const double scale = m.value(QLatin1String("unit")).toString() == QLatin1String("%") ? 1.0 : 100.0;
        QVERIFY2(qAbs(m.value(QLatin1String("mean")).toDouble() * scale - 68.76) < 1e-6,
                 qPrintable(QString::number(m.value(QLatin1String("mean")).toDouble())));
    }

    void verifyIntermittent()
    {
        int rc = -1;
        const QJsonObject v = verifyJson({snippet("intermittent.py"), QStringLiteral("--expect-error"),
                                          QStringLiteral("ValueError: loss became unstable at step 3")},
                                         &rc);
        QCOMPARE(rc, 1);
        QCOMPARE(v.value(QLatin1String("status")).toString(), QStringLiteral("intermittent"));
        QCOMPARE(v.value(QLatin1String("seeds_showing")).toInt(), 2);
        const QJsonArray seeds = v.value(QLatin1String("seeds")).toArray();
        QCOMPARE(seeds.at(0).toObject().value(QLatin1String("match")).toString(), QStringLiteral("exact"));
        QCOMPARE(seeds.at(1).toObject().value(QLatin1String("match")).toString(), QStringLiteral("no_error"));
        QCOMPARE(seeds.at(2).toObject().value(QLatin1String("match")).toString(), QStringLiteral("exact"));
    }

    void verifyTimeout()
    {
        int rc = -1;
        const QJsonObject v = verifyJson({snippet("forever.py"), QStringLiteral("--expect-error"), QStringLiteral("RuntimeError: x"),
                                          QStringLiteral("--timeout"), QStringLiteral("2"), QStringLiteral("--n-seeds"),
                                          QStringLiteral("2")},
                                         &rc);
        QCOMPARE(rc, 1);
        QCOMPARE(v.value(QLatin1String("status")).toString(), QStringLiteral("inconclusive"));
        QCOMPARE(v.value(QLatin1String("reason_id")).toString(), QStringLiteral("timed_out"));
    }

    void runStreamsAndKeepsResults()
    {
        const QString out = m_dir.filePath(QStringLiteral("runs"));
        const CliResult r = runCli({QStringLiteral("run"), snippet("accuracy.py"), QStringLiteral("--python"), kPython,
                                    QStringLiteral("--seeds"), QStringLiteral("3,1"), QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("[seed 3] Test accuracy: 69.60%"), r.err.constData());
        QVERIFY2(r.err.contains("[seed 1] Test accuracy: 68.40%"), r.err.constData());
        QVERIFY2(r.out.contains("test_accuracy=69.6%"), r.out.constData());
        QVERIFY(QFile::exists(out + QStringLiteral("/runs.json")));
        QVERIFY(QFile::exists(out + QStringLiteral("/seed-3/result.json")));
        QVERIFY(QFile::exists(out + QStringLiteral("/seed-1/output.txt")));
        QFile f(out + QStringLiteral("/runs.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray runs = QJsonDocument::fromJson(f.readAll()).array();
        QCOMPARE(runs.size(), 2);
    }

    void forkServerAndPlainAgree()
    {
        QList<QJsonArray> values;
        for (const char *mode : {"on", "off"}) {
            int rc = -1;
            const QJsonObject v = verifyJson({snippet("accuracy.py"), QStringLiteral("--expect-metric"),
                                              QStringLiteral("accuracy=69%"), QStringLiteral("--fork-server"),
                                              QLatin1String(mode), QStringLiteral("--seeds"), QStringLiteral("0,4")},
                                             &rc);
            QCOMPARE(rc, 0);
            values << v.value(QLatin1String("metric")).toObject().value(QLatin1String("values")).toArray();
        }
        QCOMPARE(values.at(0), values.at(1));
        QCOMPARE(values.at(0), (QJsonArray{65.8, 70.8}));
    }

    void inputErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString shape = snippet("shape_mismatch.py");
        const QString e = QStringLiteral("--expect-error");
        const QString err = QStringLiteral("RuntimeError: x");
        QTest::newRow("missing snippet") << QStringList{QStringLiteral("verify"), m_dir.filePath(QStringLiteral("nope.py")), e, err};
        QTest::newRow("no expectation") << QStringList{QStringLiteral("verify"), shape};
        QTest::newRow("report without symptom") << QStringList{QStringLiteral("verify"), shape, QStringLiteral("--report"), snippet("no-symptom.md")};
        QTest::newRow("both expectations") << QStringList{QStringLiteral("verify"), shape, e, err, QStringLiteral("--expect-metric"), QStringLiteral("accuracy=1")};
        QTest::newRow("bad device") << QStringList{QStringLiteral("verify"), shape, e, err, QStringLiteral("--device"), QStringLiteral("gpu")};
        QTest::newRow("bad seeds") << QStringList{QStringLiteral("verify"), shape, e, err, QStringLiteral("--seeds"), QStringLiteral("1,a")};
        QTest::newRow("seeds and n-seeds") << QStringList{QStringLiteral("run"), shape, QStringLiteral("--seeds"), QStringLiteral("1"), QStringLiteral("--n-seeds"), QStringLiteral("2")};
        QTest::newRow("bad tolerance") << QStringList{QStringLiteral("verify"), shape, QStringLiteral("--expect-metric"), QStringLiteral("accuracy=1"), QStringLiteral("--tolerance"), QStringLiteral("2")};
        QTest::newRow("bad memory") << QStringList{QStringLiteral("run"), shape, QStringLiteral("--memory-limit"), QStringLiteral("lots")};
        QTest::newRow("bad regex") << QStringList{QStringLiteral("verify"), shape, QStringLiteral("--expect-metric"), QStringLiteral("accuracy=1"), QStringLiteral("--metric-regex"), QStringLiteral("acc ([0-9]")};
        QTest::newRow("bad python") << QStringList{QStringLiteral("run"), shape, QStringLiteral("--python"), m_dir.filePath(QStringLiteral("python9"))};
        QTest::newRow("bad fork-server") << QStringList{QStringLiteral("run"), shape, QStringLiteral("--fork-server"), QStringLiteral("maybe")};
        QTest::newRow("bad expect-error") << QStringList{QStringLiteral("verify"), shape, e, QStringLiteral("no type here")};
    }
    void inputErrors()
    {
        QFETCH(QStringList, args);
        const CliResult r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith("dlrepro-cli "), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliRun)
#include "tst_clirun.moc"
