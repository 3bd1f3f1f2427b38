// The verdict over hand-built seed results: each status and reason the brief names.
#include "verify/Verdict.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace dlrepro;

namespace {

// A compact way to write a seed's outcome in a table:
//   "ok"                      finished, no metric
//   "ok accuracy=0.34"        finished with a metric (unit "%" when the value ends with %)
//   "raise Type: message"     exception
//   "timeout" "memory" "output" "signal 11" "exit 3" "nostart"
RunResult seedResult(int seed, const QString &spec)
{
    RunResult r;
    r.seed = seed;
    r.wallSeconds = 1.5 + seed;
    r.exitCode = 0;
    if (spec.startsWith(QLatin1String("ok"))) {
        r.status = RunStatus::Finished;
        const QStringList parts = spec.mid(2).trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &p : parts) {
            MetricValue m;
            m.name = p.section(QLatin1Char('='), 0, 0);
            QString v = p.section(QLatin1Char('='), 1);
            if (v.endsWith(QLatin1Char('%'))) {
                m.unit = QStringLiteral("%");
                v.chop(1);
            }
            m.value = v == QLatin1String("nan") ? std::nan("") : v.toDouble();
            m.source = QStringLiteral("output");
            r.metrics << m;
        }
    } else if (spec.startsWith(QLatin1String("raise "))) {
        r.status = RunStatus::Exception;
        r.exitCode = 1;
        const QString line = spec.mid(6);
        r.exception.qualifiedType = line.section(QStringLiteral(": "), 0, 0);
        r.exception.type = r.exception.qualifiedType.section(QLatin1Char('.'), -1);
        r.exception.message = line.section(QStringLiteral(": "), 1);
        r.exception.snippetLine = 6;
        r.exception.snippetCode = QStringLiteral("out = model(x)");
    } else if (spec == QLatin1String("timeout")) {
        r.status = RunStatus::TimedOut;
        r.errorText = QStringLiteral("timed out after 10 s");
    } else if (spec == QLatin1String("memory")) {
        r.status = RunStatus::MemoryLimit;
        r.errorText = QStringLiteral("resident memory went over 2.0 GiB");
    } else if (spec == QLatin1String("output")) {
        r.status = RunStatus::OutputLimit;
        r.errorText = QStringLiteral("printed more than 16 MiB");
    } else if (spec.startsWith(QLatin1String("signal "))) {
        r.status = RunStatus::Crashed;
        r.signal = spec.mid(7).toInt();
    } else if (spec.startsWith(QLatin1String("exit "))) {
        r.status = RunStatus::Exited;
        r.exitCode = spec.mid(5).toInt();
    } else if (spec == QLatin1String("nostart")) {
        r.status = RunStatus::FailedToStart;
        r.errorText = QStringLiteral("/nope/python: No such file or directory");
    }
    return r;
}

QList<RunResult> runs(const QStringList &specs)
{
    QList<RunResult> out;
    for (int i = 0; i < specs.size(); ++i)
        out << seedResult(i, specs.at(i));
    return out;
}

const QString kShape = QStringLiteral("raise RuntimeError: mat1 and mat2 shapes cannot be multiplied (64x1568 and 784x128)");
const QString kShape32 = QStringLiteral("raise RuntimeError: mat1 and mat2 shapes cannot be multiplied (32x1568 and 784x128)");

Expectation shapeError()
{
    Expectation e;
    QString error;
    parseExpectedError(QStringLiteral("RuntimeError: mat1 and mat2 shapes cannot be multiplied (64x1568 and 784x128)"), &e,
                       &error);
    return e;
}

Expectation metric(const QString &spec, double tolerance = 0.05)
{
    Expectation e;
    QString error;
    parseExpectedMetric(spec, &e, &error);
    e.tolerance = tolerance;
    return e;
}

} // namespace

class TestVerdict : public QObject
{
    Q_OBJECT
private slots:
    void explicitBugs_data()
    {
        QTest::addColumn<QStringList>("specs");
        QTest::addColumn<bool>("gpuBug");
        QTest::addColumn<VerdictStatus>("status");
        QTest::addColumn<QString>("reasonId");
        QTest::addColumn<int>("showing");
        QTest::addColumn<QString>("reasonContains");

        const QString typeOnly = QStringLiteral("raise RuntimeError: expected scalar type Float but found Double");
        const QString other = QStringLiteral("raise IndexError: index 5 is out of bounds for dimension 0 with size 3");
        QTest::newRow("5/5 exact") << QStringList{kShape, kShape, kShape, kShape, kShape} << false
                                   << VerdictStatus::Reproduced << "error_matched" << 5 << "All 5 seeds";
        QTest::newRow("5/5 normalised") << QStringList{kShape32, kShape, kShape32, kShape, kShape} << false
                                        << VerdictStatus::Reproduced << "error_matched" << 5 << "3 exact, 2 after normalising";
        QTest::newRow("2/5 intermittent") << QStringList{kShape, QStringLiteral("ok"), kShape, QStringLiteral("ok"), QStringLiteral("ok")} << false
                                          << VerdictStatus::Intermittent << "error_intermittent" << 2 << "2 of 5 seeds";
        QTest::newRow("intermittent with timeouts") << QStringList{kShape, QStringLiteral("timeout"), kShape, kShape, kShape} << false
                                                    << VerdictStatus::Intermittent << "error_intermittent" << 4
                                                    << "Seeds without an answer (timed out, stopped at a limit or not started): 1.";
        QTest::newRow("type only in every seed") << QStringList{typeOnly, typeOnly, typeOnly} << false
                                                 << VerdictStatus::NotReproduced << "type_only_all" << 0
                                                 << "Reproduced by type only";
        QTest::newRow("type only in some") << QStringList{typeOnly, QStringLiteral("ok"), QStringLiteral("ok")} << false << VerdictStatus::NotReproduced
                                           << "type_only" << 0 << "Same type, different message in 1 of 3";
        QTest::newRow("different error") << QStringList{other, other, other} << false << VerdictStatus::NotReproduced
                                         << "different_error" << 0 << "crashed with a different error: IndexError";
        QTest::newRow("segfault") << QStringList{QStringLiteral("signal 11"), QStringLiteral("signal 11")} << false << VerdictStatus::NotReproduced
                                  << "crashed" << 0 << "killed by signal 11";
        QTest::newRow("no error") << QStringList{QStringLiteral("ok"), QStringLiteral("ok"), QStringLiteral("ok"), QStringLiteral("ok"), QStringLiteral("ok")} << false << VerdictStatus::NotReproduced
                                  << "no_error" << 0 << "ran to its end";
        QTest::newRow("all timed out") << QStringList{QStringLiteral("timeout"), QStringLiteral("timeout")} << false << VerdictStatus::Inconclusive
                                       << "timed_out" << 0 << "2 of 2 seeds timed out";
        QTest::newRow("memory limit") << QStringList{QStringLiteral("memory"), QStringLiteral("timeout")} << false << VerdictStatus::Inconclusive
                                      << "resource_limit" << 0 << "resident memory went over";
        QTest::newRow("output limit") << QStringList{QStringLiteral("output")} << false << VerdictStatus::Inconclusive
                                      << "resource_limit" << 0 << "printed more than";
        QTest::newRow("failed to start") << QStringList{QStringLiteral("nostart"), QStringLiteral("nostart")} << false << VerdictStatus::Inconclusive
                                         << "failed_to_start" << 0 << "could not be started";
        QTest::newRow("missing framework") << QStringList{QStringLiteral("raise ModuleNotFoundError: No module named 'torch'")} << false
                                           << VerdictStatus::Inconclusive << "missing_framework" << 0
                                           << "lacks the framework 'torch'";
        QTest::newRow("gpu bug without gpu") << QStringList{QStringLiteral("ok"), QStringLiteral("ok")} << true << VerdictStatus::Inconclusive
                                             << "gpu_unavailable" << 0
                                             << "a GPU bug cannot be reproduced on this machine";
        QTest::newRow("snippet says no gpu") << QStringList{QStringLiteral("raise AssertionError: Torch not compiled with CUDA enabled")}
                                             << false << VerdictStatus::Inconclusive << "gpu_unavailable" << 0
                                             << "cannot be reproduced on this machine";
        QTest::newRow("gpu bug reproduced anyway") << QStringList{kShape, kShape} << true << VerdictStatus::Reproduced
                                                   << "error_matched" << 2 << "All 2 seeds";
    }
    void explicitBugs()
    {
        QFETCH(QStringList, specs);
        QFETCH(bool, gpuBug);
        QFETCH(QString, reasonContains);
        Expectation e = shapeError();
        e.gpuBug = gpuBug;
        VerifyContext c;
        c.interpreter = QStringLiteral("/usr/bin/python3");
        const Verdict v = decideVerdict(e, runs(specs), c);
        QTEST(v.status, "status");
        QTEST(v.reasonId, "reasonId");
        QTEST(v.seedsShowing, "showing");
        QVERIFY2(v.reason.contains(reasonContains), qPrintable(v.reason));
        QCOMPARE(v.seeds.size(), specs.size());
        QVERIFY(verdictReasonIdList().split(QLatin1Char(',')).contains(v.reasonId));
    }

    void explicitEvidence()
    {
        const Verdict v = decideVerdict(shapeError(), runs({kShape, kShape32, QStringLiteral("ok")}));
        QCOMPARE(v.bestMatch, MatchLevel::Exact);
        QCOMPARE(v.seeds.at(0).match, MatchLevel::Exact);
        QCOMPARE(v.seeds.at(1).match, MatchLevel::Normalised);
        QCOMPARE(v.seeds.at(2).match, MatchLevel::NoError);
        QCOMPARE(v.seeds.at(2).observed, QStringLiteral("finished"));
        QCOMPARE(v.seeds.at(1).wallSeconds, 2.5);
        QCOMPARE(v.matchedErrorLines,
                 QStringList({QStringLiteral("RuntimeError: mat1 and mat2 shapes cannot be multiplied (64x1568 and 784x128) "
                                             "(snippet line 6: out = model(x))"),
                              QStringLiteral("RuntimeError: mat1 and mat2 shapes cannot be multiplied (32x1568 and 784x128) "
                                             "(snippet line 6: out = model(x))")}));
    }

    void silentBugs_data()
    {
        QTest::addColumn<QString>("expect");
        QTest::addColumn<double>("tolerance");
        QTest::addColumn<QStringList>("specs");
        QTest::addColumn<VerdictStatus>("status");
        QTest::addColumn<QString>("reasonId");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<double>("mean");
        QTest::addColumn<double>("expected");

        QTest::newRow("within, % vs fraction") << "accuracy=34%" << 0.05
            << QStringList{QStringLiteral("ok accuracy=0.33"), QStringLiteral("ok accuracy=0.34"), QStringLiteral("ok accuracy=0.35"), QStringLiteral("ok accuracy=0.34"), QStringLiteral("ok accuracy=0.34")}
            << VerdictStatus::Reproduced << "metric_within" << "%" << 34.0 << 34.0;
        QTest::newRow("within, fraction vs %") << "accuracy=0.34" << 0.05
            << QStringList{QStringLiteral("ok accuracy=33%"), QStringLiteral("ok accuracy=35%")}
            << VerdictStatus::Reproduced << "metric_within" << "" << 0.34 << 0.34;
        QTest::newRow("bare percent by magnitude") << "accuracy=34%" << 0.05
            << QStringList{QStringLiteral("ok accuracy=34.5"), QStringLiteral("ok accuracy=33.5")}
            << VerdictStatus::Reproduced << "metric_within" << "%" << 34.0 << 34.0;
        QTest::newRow("outside") << "accuracy=34%" << 0.05
            << QStringList{QStringLiteral("ok accuracy=0.9"), QStringLiteral("ok accuracy=0.9"), QStringLiteral("ok accuracy=0.9")}
            << VerdictStatus::NotReproduced << "metric_outside" << "%" << 90.0 << 34.0;
        QTest::newRow("just outside") << "accuracy=0.5" << 0.05
            << QStringList{QStringLiteral("ok accuracy=0.474")}
            << VerdictStatus::NotReproduced << "metric_outside" << "" << 0.474 << 0.5;
        QTest::newRow("edge of band is inside") << "loss=2.0" << 0.05
            << QStringList{QStringLiteral("ok loss=2.1")}
            << VerdictStatus::Reproduced << "metric_within" << "" << 2.1 << 2.0;
        QTest::newRow("loss above 1 is not a percentage") << "loss=2.30" << 0.05
            << QStringList{QStringLiteral("ok loss=2.31"), QStringLiteral("ok loss=2.29")}
            << VerdictStatus::Reproduced << "metric_within" << "" << 2.30 << 2.30;
        QTest::newRow("wider tolerance") << "accuracy=34%" << 0.2
            << QStringList{QStringLiteral("ok accuracy=0.38")}
            << VerdictStatus::Reproduced << "metric_within" << "%" << 38.0 << 34.0;
        QTest::newRow("no metric") << "accuracy=34%" << 0.05
            << QStringList{QStringLiteral("ok loss=0.3"), QStringLiteral("ok loss=0.2")}
            << VerdictStatus::Inconclusive << "no_metric" << "%" << std::nan("") << 34.0;
        QTest::newRow("crashed before metric") << "accuracy=34%" << 0.05
            << QStringList{QStringLiteral("raise ValueError: bad input"), QStringLiteral("raise ValueError: bad input")}
            << VerdictStatus::NotReproduced << "different_error" << "%" << std::nan("") << 34.0;
        QTest::newRow("timeouts") << "accuracy=34%" << 0.05
            << QStringList{QStringLiteral("timeout"), QStringLiteral("timeout")}
            << VerdictStatus::Inconclusive << "timed_out" << "%" << std::nan("") << 34.0;
        QTest::newRow("partial with a timeout") << "accuracy=34%" << 0.05
            << QStringList{QStringLiteral("ok accuracy=0.34"), QStringLiteral("timeout")}
            << VerdictStatus::Reproduced << "metric_within" << "%" << 34.0 << 34.0;
        QTest::newRow("nan in all") << "loss=nan" << 0.05
            << QStringList{QStringLiteral("ok loss=nan"), QStringLiteral("ok loss=nan")}
            << VerdictStatus::Reproduced << "metric_within" << "" << std::nan("") << std::nan("");
        QTest::newRow("nan in some") << "loss=nan" << 0.05
            << QStringList{QStringLiteral("ok loss=nan"), QStringLiteral("ok loss=0.5")}
            << VerdictStatus::Intermittent << "metric_intermittent" << "" << std::nan("") << std::nan("");
        QTest::newRow("nan in none") << "loss=nan" << 0.05
            << QStringList{QStringLiteral("ok loss=0.4"), QStringLiteral("ok loss=0.5")}
            << VerdictStatus::NotReproduced << "metric_outside" << "" << 0.45 << std::nan("");
    }
    void silentBugs()
    {
        QFETCH(QString, expect);
        QFETCH(double, tolerance);
        QFETCH(QStringList, specs);
        QFETCH(double, mean);
        QFETCH(double, expected);
        const Verdict v = decideVerdict(metric(expect, tolerance), runs(specs));
        QTEST(v.status, "status");
        QTEST(v.reasonId, "reasonId");
        QVERIFY(v.metric.has_value());
        QTEST(v.metric->unit, "unit");
        if (std::isnan(mean))
            QVERIFY(std::isnan(v.metric->mean));
        else
            QVERIFY2(qAbs(v.metric->mean - mean) < 1e-9, qPrintable(QString::number(v.metric->mean, 'g', 17)));
        if (std::isnan(expected))
            QVERIFY(std::isnan(v.metric->expected));
        else
            QVERIFY(qAbs(v.metric->expected - expected) < 1e-9);
    }

    void metricStatistics()
    {
        const Verdict v = decideVerdict(metric(QStringLiteral("accuracy=34%")),
                                        runs({QStringLiteral("ok accuracy=0.30"), QStringLiteral("ok accuracy=0.32"), QStringLiteral("ok accuracy=0.34"), QStringLiteral("ok accuracy=0.36"),
                                              QStringLiteral("ok accuracy=0.38")}));
        QCOMPARE(v.status, VerdictStatus::Reproduced);
        QCOMPARE(v.metric->count, 5);
        QVERIFY(qAbs(v.metric->mean - 34.0) < 1e-9);
        QVERIFY(qAbs(v.metric->std - std::sqrt(10.0)) < 1e-9); // sample std of 30..38 step 2
        QVERIFY(qAbs(v.metric->low - 32.3) < 1e-9);
        QVERIFY(qAbs(v.metric->high - 35.7) < 1e-9);
        QVERIFY(qAbs(v.metric->relativeError) < 1e-9);
        QCOMPARE(v.seedsShowing, 5);
        QVERIFY2(v.reason.contains(QStringLiteral("band 32.3–35.7%")), qPrintable(v.reason));

        const Verdict out = decideVerdict(metric(QStringLiteral("accuracy=34%")), runs({QStringLiteral("ok accuracy=0.51")}));
        QVERIFY(qAbs(out.metric->relativeError - 0.5) < 1e-9);
        QVERIFY2(out.reason.contains(QStringLiteral("50% away from the reported 34%")), qPrintable(out.reason));
    }

    void noMetricNamesWhatWasPrinted()
    {
        const Verdict v = decideVerdict(metric(QStringLiteral("accuracy=34%")), runs({QStringLiteral("ok loss=0.3 f1=0.5")}));
        QCOMPARE(v.reasonId, QStringLiteral("no_metric"));
        QVERIFY2(v.reason.contains(QStringLiteral("it printed: loss, f1")), qPrintable(v.reason));
    }

    void metricNameFallback()
    {
        const Verdict test = decideVerdict(metric(QStringLiteral("accuracy=69%")),
                                           runs({QStringLiteral("ok test_accuracy=69.2%"), QStringLiteral("ok val_accuracy=0.1 test_accuracy=0.688")}));
        QCOMPARE(test.status, VerdictStatus::Reproduced);
        QCOMPARE(test.metric->observedName, QStringLiteral("test_accuracy"));
        QVERIFY2(test.reason.contains(QStringLiteral("Read from test_accuracy.")), qPrintable(test.reason));
        // The exact name wins over its prefixed forms; a prefixed expectation never falls back.
        const Verdict exact = decideVerdict(metric(QStringLiteral("accuracy=0.5")),
                                            runs({QStringLiteral("ok accuracy=0.5 val_accuracy=0.9")}));
        QCOMPARE(exact.status, VerdictStatus::Reproduced);
        QVERIFY(exact.metric->observedName.isEmpty());
        const Verdict val = decideVerdict(metric(QStringLiteral("val_accuracy=0.5")), runs({QStringLiteral("ok accuracy=0.5")}));
        QCOMPARE(val.reasonId, QStringLiteral("no_metric"));
    }

    void metricRegexOnOutput()
    {
        Expectation e = metric(QStringLiteral("accuracy=34%"));
        QString error;
        QVERIFY(setMetricRegex(QStringLiteral(R"(Test acc ([\d.]+%?))"), &e, &error));
        RunResult a = seedResult(0, QStringLiteral("ok accuracy=0.9"));
        a.output = QStringLiteral("Test acc 50%\nTest acc 33.5%\n");
        RunResult b = seedResult(1, QStringLiteral("ok"));
        b.output = QStringLiteral("Test acc 0.345\n");
        const Verdict v = decideVerdict(e, {a, b});
        QCOMPARE(v.status, VerdictStatus::Reproduced);
        QVERIFY(qAbs(v.metric->values.at(0) - 33.5) < 1e-9); // the last match, not the harness's 0.9
        QVERIFY(qAbs(v.metric->values.at(1) - 34.5) < 1e-9);
    }

    void unitRules_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<double>("fraction");
        QTest::newRow("percent") << "accuracy" << 34.0 << "%" << 0.34;
        QTest::newRow("fraction") << "accuracy" << 0.34 << "" << 0.34;
        QTest::newRow("bare percentage") << "val_accuracy" << 51.0 << "" << 0.51;
        QTest::newRow("one is a fraction") << "accuracy" << 1.0 << "" << 1.0;
        QTest::newRow("loss kept") << "loss" << 34.0 << "" << 34.0;
        QTest::newRow("f1") << "f1" << 80.0 << "" << 0.8;
        QTest::newRow("over 100 kept") << "accuracy" << 250.0 << "" << 250.0;
    }
    void unitRules()
    {
        QFETCH(QString, name);
        QFETCH(double, value);
        QFETCH(QString, unit);
        QTEST(metricAsFraction(name, value, unit), "fraction");
    }

    void noExpectation()
    {
        const Verdict v = decideVerdict(Expectation{}, runs({QStringLiteral("ok")}));
        QCOMPARE(v.status, VerdictStatus::Inconclusive);
        QCOMPARE(v.reasonId, QStringLiteral("no_expectation"));
        const Verdict none = decideVerdict(shapeError(), {});
        QCOMPARE(none.reasonId, QStringLiteral("no_runs"));
    }

    void json()
    {
        RunResult r = seedResult(0, kShape);
        r.environment = QJsonObject{{QStringLiteral("python"), QStringLiteral("3.11.2")}};
        VerifyContext c;
        c.interpreter = QStringLiteral("/usr/bin/python3");
        c.device = QStringLiteral("cpu");
        const Verdict v = decideVerdict(shapeError(), {r, seedResult(1, QStringLiteral("ok"))}, c);
        const QJsonObject o = verdictToJson(v);
        QCOMPARE(o.value(QLatin1String("schema")).toString(), QStringLiteral("dlrepro-verdict"));
        QCOMPARE(o.value(QLatin1String("schema_version")).toInt(), 1);
        QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("intermittent"));
        QCOMPARE(o.value(QLatin1String("reason_id")).toString(), QStringLiteral("error_intermittent"));
        QCOMPARE(o.value(QLatin1String("seeds_run")).toInt(), 2);
        QCOMPARE(o.value(QLatin1String("seeds_showing")).toInt(), 1);
        QCOMPARE(o.value(QLatin1String("best_match")).toString(), QStringLiteral("exact"));
        const QJsonArray seeds = o.value(QLatin1String("seeds")).toArray();
        QCOMPARE(seeds.at(0).toObject().value(QLatin1String("match")).toString(), QStringLiteral("exact"));
        QCOMPARE(seeds.at(0).toObject().value(QLatin1String("status")).toString(), QStringLiteral("exception"));
        QCOMPARE(seeds.at(1).toObject().value(QLatin1String("match")).toString(), QStringLiteral("no_error"));
        QCOMPARE(o.value(QLatin1String("environment")).toObject().value(QLatin1String("python")).toString(),
                 QStringLiteral("3.11.2"));
        QCOMPARE(o.value(QLatin1String("expectation")).toObject().value(QLatin1String("error_type")).toString(),
                 QStringLiteral("RuntimeError"));
        QVERIFY(o.value(QLatin1String("metric")).isNull());

        const Verdict m = decideVerdict(metric(QStringLiteral("accuracy=34%")), runs({QStringLiteral("ok accuracy=0.34"), QStringLiteral("timeout")}));
        const QJsonObject mo = verdictToJson(m);
        const QJsonObject stats = mo.value(QLatin1String("metric")).toObject();
        QCOMPARE(stats.value(QLatin1String("unit")).toString(), QStringLiteral("%"));
        QCOMPARE(stats.value(QLatin1String("count")).toInt(), 1);
        QCOMPARE(stats.value(QLatin1String("band")).toArray().size(), 2);
        QVERIFY(mo.value(QLatin1String("seeds")).toArray().at(1).toObject().value(QLatin1String("metric")).isNull());
    }

    void text()
    {
        const Verdict v = decideVerdict(shapeError(), runs({kShape, kShape}));
        const QString t = verdictToText(v);
        QVERIFY2(t.startsWith(QStringLiteral("Verdict: REPRODUCED\nAll 2 seeds raised the reported error (exact match).\n")),
                 qPrintable(t));
        QVERIFY(t.contains(QStringLiteral("Matched error lines:")));
        QVERIFY(t.contains(QStringLiteral("0     exception     exact match")));
    }
};

QTEST_GUILESS_MAIN(TestVerdict)
#include "tst_verdict.moc"
