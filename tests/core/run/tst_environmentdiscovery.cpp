#include "RunTestSupport.h"
#include "run/EnvironmentDiscovery.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dlrepro;

class tst_EnvironmentDiscovery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    EnvironmentDiscovery::Options options(const QProcessEnvironment &env) const
    {
        EnvironmentDiscovery::Options o;
        o.environment = env;
        o.cacheDir = m_dir.filePath(QStringLiteral("cache"));
        o.homeDir = m_dir.filePath(QStringLiteral("home"));
        o.useRegistered = false;
        return o;
    }

    QString writeScript(const QString &name, const QByteArray &body, bool executable = true)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(body);
        f.close();
        if (executable)
            f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void findsSystemPythonWithTorch()
    {
        DLREPRO_REQUIRE_TORCH();
        // A venv without system site-packages on PATH: an interpreter that has no torch.
        const QString venv = m_dir.filePath(QStringLiteral("plainvenv"));
        QProcess p;
        p.start(dlrepro::test::systemPython(),
                {QStringLiteral("-m"), QStringLiteral("venv"), QStringLiteral("--without-pip"), venv});
        QVERIFY(p.waitForFinished(60000));
        if (p.exitCode() != 0)
            QSKIP("python3 -m venv is not available (python3-venv)");
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), venv + QStringLiteral("/bin"));
        EnvironmentDiscovery discovery(options(env));
        const auto candidates = discovery.candidates();
        QCOMPARE(candidates.size(), 2); // venv python3 and python are one
        QCOMPARE(candidates.at(0).interpreter, venv + QStringLiteral("/bin/python3"));
        QCOMPARE(candidates.at(0).origin, QStringLiteral("PATH"));
        QCOMPARE(candidates.at(1).interpreter, QStringLiteral("/usr/bin/python3"));
        QCOMPARE(candidates.at(1).origin, QStringLiteral("system"));

        const QList<PythonEnvironment> found = discovery.discover();
        QCOMPARE(found.size(), 2);
        QVERIFY2(found.at(0).isUsable(), qPrintable(found.at(0).probeError));
        QVERIFY(!found.at(0).hasPackage(QStringLiteral("torch")));
        QVERIFY(!found.at(0).hasDeepLearningFramework());
        const PythonEnvironment &sys = found.at(1);
        QVERIFY2(sys.isUsable(), qPrintable(sys.probeError));
        QVERIFY(sys.hasPackage(QStringLiteral("torch")));
        QVERIFY(sys.hasPackage(QStringLiteral("numpy")));
        QCOMPARE(sys.frameworks().first(), QStringLiteral("torch"));
        QVERIFY(sys.pythonVersion.startsWith(QStringLiteral("3.")));
        QCOMPARE(sys.pythonVersion, found.at(0).pythonVersion); // the venv's base interpreter
        QCOMPARE(sys.cudaAvailable, !sys.gpus.isEmpty());

        const auto choice = EnvironmentDiscovery::chooseDefault(found);
        QCOMPARE(choice.index, 1);
        QCOMPARE(choice.reason,
                 QStringLiteral("/usr/bin/python3: first interpreter with torch %1 (python3 on PATH has none)")
                     .arg(sys.packageVersion(QStringLiteral("torch"))));
    }

    void dlreproPythonComesFirstAndDedupes()
    {
        DLREPRO_REQUIRE_PYTHON();
        // A venv-like directory whose python is a symlink to the system interpreter, without
        // pyvenv.cfg: the same interpreter as /usr/bin/python3, listed once, under its first name.
        const QString bin = m_dir.filePath(QStringLiteral("fakevenv/bin"));
        QVERIFY(QDir().mkpath(bin));
        QVERIFY(QFile::link(QFileInfo(dlrepro::test::systemPython()).canonicalFilePath(),
                            bin + QStringLiteral("/python")));
        QProcessEnvironment env;
        env.insert(QStringLiteral("DLREPRO_PYTHON"), bin + QStringLiteral("/python"));
        EnvironmentDiscovery discovery(options(env));
        const auto candidates = discovery.candidates();
        QCOMPARE(candidates.size(), 1);
        QCOMPARE(candidates.at(0).interpreter, bin + QStringLiteral("/python"));
        QCOMPARE(candidates.at(0).origin, QStringLiteral("DLREPRO_PYTHON"));
        const PythonEnvironment e = discovery.probe(candidates.at(0).interpreter, false,
                                                    candidates.at(0).origin);
        QVERIFY2(e.isUsable(), qPrintable(e.probeError));
        QCOMPARE(e.resolvedPath, QFileInfo(dlrepro::test::systemPython()).canonicalFilePath());
        QCOMPARE(e.origin, QStringLiteral("DLREPRO_PYTHON"));
    }

    void probeCacheHitAndRefresh()
    {
        DLREPRO_REQUIRE_PYTHON();
        EnvironmentDiscovery discovery(options(QProcessEnvironment()));
        const QString python = dlrepro::test::systemPython();
        const PythonEnvironment first = discovery.probe(python);
        QVERIFY2(first.isUsable(), qPrintable(first.probeError));
        const QString cache = discovery.cacheFileFor(first.resolvedPath);
        QVERIFY(QFile::exists(cache));

        // Tamper with the cached answer: a cache hit returns it as it is.
        QFile f(cache);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        o.insert(QStringLiteral("python"), QStringLiteral("9.9.9"));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(o).toJson());
        f.close();
        QCOMPARE(discovery.probe(python).pythonVersion, QStringLiteral("9.9.9"));

        // Refresh probes again and rewrites the cache.
        QCOMPARE(discovery.probe(python, true).pythonVersion, first.pythonVersion);
        QCOMPARE(discovery.probe(python).pythonVersion, first.pythonVersion);

        // A cache entry for another mtime (the interpreter was reinstalled) is not used.
        QVERIFY(f.open(QIODevice::ReadOnly));
        o = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        o.insert(QStringLiteral("python"), QStringLiteral("9.9.9"));
        o.insert(QStringLiteral("probed_mtime"), 12345.0);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(o).toJson());
        f.close();
        QCOMPARE(discovery.probe(python).pythonVersion, first.pythonVersion);
    }

    void brokenInterpreters_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("executable");
        QTest::addColumn<QString>("errorStart");

        QTest::newRow("garbage output")
            << QStringLiteral("broken/garbage") << QByteArray("#!/bin/sh\necho 'not python' >&2\nexit 3\n")
            << true << QStringLiteral("the probe of %1 failed (exit code 3): not python");
        QTest::newRow("no answer")
            << QStringLiteral("broken/silent") << QByteArray("#!/bin/sh\nexit 0\n") << true
            << QStringLiteral("the probe of %1 failed (exit code 0): ");
        QTest::newRow("hangs") << QStringLiteral("broken/hangs")
                               << QByteArray("#!/bin/sh\nsleep 30\n") << true
                               << QStringLiteral("the probe of %1 did not answer within 0.5 s; killed");
        QTest::newRow("not executable")
            << QStringLiteral("broken/plain") << QByteArray("print(1)\n") << false
            << QStringLiteral("%1 is not an executable file");
        QTest::newRow("bad interpreter line")
            << QStringLiteral("broken/badline") << QByteArray("#!/nonexistent/python\n") << true
            << QStringLiteral("cannot start %1: ");
    }

    void brokenInterpreters()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, body);
        QFETCH(bool, executable);
        QFETCH(QString, errorStart);
        const QString path = writeScript(name, body, executable);
        QVERIFY(!path.isEmpty());
        auto o = options(QProcessEnvironment());
        o.probeTimeoutMs = 500;
        EnvironmentDiscovery discovery(o);
        QElapsedTimer clock;
        clock.start();
        const PythonEnvironment e = discovery.probe(path);
        QVERIFY(clock.elapsed() < 10000);
        QVERIFY(!e.isUsable());
        QVERIFY2(e.probeError.startsWith(errorStart.arg(path)), qPrintable(e.probeError));
        QVERIFY(!QFile::exists(discovery.cacheFileFor(QFileInfo(path).canonicalFilePath())));
    }

    void chooseDefault_data()
    {
        QTest::addColumn<QStringList>("specs"); // "path|origin|packages,comma|usable"
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("reason");

        QTest::newRow("first with a framework")
            << QStringList{QStringLiteral("/a/python3|PATH|numpy|1"),
                           QStringLiteral("/env/bin/python|conda env|numpy|1"),
                           QStringLiteral("/b/python|registered|tensorflow=2.12.0|1")}
            << 2
            << QStringLiteral("/b/python: first interpreter with tensorflow 2.12.0 (python3 on PATH, "
                              "/env/bin/python (conda env) have none)");
        QTest::newRow("broken ones are skipped")
            << QStringList{QStringLiteral("/x/python|DLREPRO_PYTHON|torch=2.0|0"),
                           QStringLiteral("/usr/bin/python3|system|torch=1.13.0|1")}
            << 1 << QStringLiteral("/usr/bin/python3: first interpreter with torch 1.13.0");
        QTest::newRow("no framework anywhere")
            << QStringList{QStringLiteral("/a/python3|PATH||1")} << 0
            << QStringLiteral("/a/python3: no interpreter has a deep-learning framework (torch, "
                              "tensorflow, keras, jax); first usable one");
        QTest::newRow("nothing usable") << QStringList{QStringLiteral("/a/python3|PATH||0")} << -1
                                        << QStringLiteral("no usable Python interpreter was found");
    }

    void chooseDefault()
    {
        QFETCH(QStringList, specs);
        QFETCH(int, index);
        QFETCH(QString, reason);
        QList<PythonEnvironment> envs;
        for (const QString &spec : specs) {
            const QStringList parts = spec.split(QLatin1Char('|'));
            PythonEnvironment e;
            e.interpreter = parts.at(0);
            e.origin = parts.at(1);
            for (const QString &pkg : parts.at(2).split(QLatin1Char(','), Qt::SkipEmptyParts))
                e.packages.insert(pkg.section(QLatin1Char('='), 0, 0), pkg.section(QLatin1Char('='), 1));
            e.probed = true;
            if (parts.at(3) == QStringLiteral("0"))
                e.probeError = QStringLiteral("broken");
            envs.append(e);
        }
        const auto choice = EnvironmentDiscovery::chooseDefault(envs);
        QCOMPARE(choice.index, index);
        QCOMPARE(choice.reason, reason);
    }

    void jsonRoundTrip()
    {
        PythonEnvironment e;
        e.interpreter = QStringLiteral("/opt/conda/envs/tf/bin/python");
        e.packages.insert(QStringLiteral("tensorflow"), QStringLiteral("2.12.0"));
        e.gpus.append({QStringLiteral("NVIDIA H100"), 85899345920LL});
        e.cudaAvailable = true;
        e.probed = true;
        const PythonEnvironment back = PythonEnvironment::fromJson(e.toJson());
        QCOMPARE(back.interpreter, e.interpreter);
        QCOMPARE(back.packageSummary(), QStringLiteral("tensorflow 2.12.0"));
        QCOMPARE(back.gpus.first().memoryBytes, 85899345920LL);
        QVERIFY(back.cudaAvailable);
    }
};

QTEST_GUILESS_MAIN(tst_EnvironmentDiscovery)
#include "tst_environmentdiscovery.moc"
