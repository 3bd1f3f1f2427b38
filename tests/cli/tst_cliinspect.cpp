// Runs the real dlrepro-cli on the shipped examples and on bad input, as a user would.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliResult runCli(const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess p;
    p.setProgram(QStringLiteral(DLREPRO_CLI));
    p.setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start();
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QString example(const char *name)
{
    return QStringLiteral(DLREPRO_SOURCE_DIR "/resources/examples/") + QLatin1String(name);
}

QJsonObject factNamed(const QJsonArray &facts, const QString &kind, const QString &name)
{
    for (const QJsonValue &v : facts) {
        const QJsonObject f = v.toObject();
        if (f.value(QLatin1String("kind")).toString() == kind && f.value(QLatin1String("name")).toString() == name)
            return f;
    }
    return {};
}

QJsonObject information(const QJsonObject &doc, const QString &category)
{
    for (const QJsonValue &v : doc.value(QLatin1String("information")).toArray())
        if (v.toObject().value(QLatin1String("category")).toString() == category)
            return v.toObject();
    return {};
}

} // namespace

class TestCliInspect : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return path;
    }

private slots:
    void stackOverflowExample()
    {
        const CliResult r = runCli({QStringLiteral("inspect"), QStringLiteral("--json"),
                                    example("so-39525358-ann-accuracy.json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QJsonParseError pe;
        const QJsonObject doc = QJsonDocument::fromJson(r.out, &pe).object();
        QCOMPARE(pe.error, QJsonParseError::NoError);
        QCOMPARE(doc.value(QLatin1String("schema")).toString(), QStringLiteral("dlrepro.inspection/1"));
        const QJsonObject report = doc.value(QLatin1String("report")).toObject();
        QCOMPARE(report.value(QLatin1String("id")).toString(), QStringLiteral("so:39525358"));
        QCOMPARE(report.value(QLatin1String("title")).toString(), QStringLiteral("Neural network accuracy optimization"));
        QCOMPARE(report.value(QLatin1String("tags")).toArray().size(), 3);
        QVERIFY(report.value(QLatin1String("has_accepted_answer")).toBool());
        QCOMPARE(doc.value(QLatin1String("frameworks")).toArray().first().toString(), QStringLiteral("keras"));
        QCOMPARE(doc.value(QLatin1String("bug_type")).toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("training"));

        // The fact spans index into report.text.
        const QString text = report.value(QLatin1String("text")).toString();
        const QJsonArray facts = doc.value(QLatin1String("facts")).toArray();
        QVERIFY(!facts.isEmpty());
        for (const QJsonValue &v : facts) {
            const QJsonObject f = v.toObject();
            if (f.value(QLatin1String("start")).isNull())
                continue;
            QCOMPARE(text.mid(f.value(QLatin1String("start")).toInt(), f.value(QLatin1String("length")).toInt()),
                     f.value(QLatin1String("text")).toString());
        }
        const QJsonObject valAcc = factNamed(facts, QStringLiteral("metric"), QStringLiteral("val_accuracy")); // "val_acc" normalised
        QCOMPARE(valAcc.value(QLatin1String("number")).toDouble(), 0.1429);
        bool sawLayers = false;
        for (const QJsonValue &v : facts)
            sawLayers |= v.toObject().value(QLatin1String("kind")).toString() == QLatin1String("layers")
                         && v.toObject().value(QLatin1String("detail")).toString() == QLatin1String("12,3");
        QVERIFY2(sawLayers, "two hidden layers with 12 and 3 nodes");
        for (const QString &category : {QStringLiteral("data"), QStringLiteral("model"), QStringLiteral("hyperparameters"),
                                        QStringLiteral("code"), QStringLiteral("logs")}) {
            const QJsonObject info = information(doc, category);
            QVERIFY2(info.value(QLatin1String("present")).toBool(), qPrintable(category));
            QVERIFY(info.value(QLatin1String("follow_up_question")).isNull());
        }
    }

    void gitHubExample()
    {
        const CliResult r = runCli({QStringLiteral("inspect"), QStringLiteral("--json"),
                                    example("gh-seq-classifier-42.json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        const QJsonObject report = doc.value(QLatin1String("report")).toObject();
        QCOMPARE(report.value(QLatin1String("id")).toString(), QStringLiteral("gh:example-lab/seq-classifier#42"));
        QCOMPARE(report.value(QLatin1String("source")).toString(), QStringLiteral("github"));
        QCOMPARE(doc.value(QLatin1String("frameworks")).toArray().first().toString(), QStringLiteral("pytorch"));
        const QJsonArray facts = doc.value(QLatin1String("facts")).toArray();
        bool sawSequence = false, sawPython = false;
        for (const QJsonValue &v : facts) {
            const QJsonObject f = v.toObject();
            const QString kind = f.value(QLatin1String("kind")).toString();
            if (kind == QLatin1String("sequence_length"))
                sawSequence = f.value(QLatin1String("number")).toDouble() == 80;
            if (kind == QLatin1String("python_version"))
                sawPython = f.value(QLatin1String("value")).toString() == QLatin1String("3.7");
        }
        QVERIFY(sawSequence);
        QVERIFY(sawPython);
        QCOMPARE(report.value(QLatin1String("code_blocks")).toArray().first().toObject().value(QLatin1String("kind")).toString(),
                 QStringLiteral("code"));
    }

    void textOutput()
    {
        const CliResult r = runCli({QStringLiteral("inspect"), example("so-39525358-ann-accuracy.json")});
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY(out.startsWith(QStringLiteral("so:39525358  Neural network accuracy optimization\n")));
        QVERIFY(out.contains(QStringLiteral("Bug type: Training")));
        QVERIFY(out.contains(QStringLiteral("Information\n")));
    }

    void overrideBugType()
    {
        const CliResult r = runCli({QStringLiteral("inspect"), QStringLiteral("--json"), QStringLiteral("--bug-type"),
                                    QStringLiteral("model"), example("so-39525358-ann-accuracy.json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject bt = QJsonDocument::fromJson(r.out).object().value(QLatin1String("bug_type")).toObject();
        QCOMPARE(bt.value(QLatin1String("type")).toString(), QStringLiteral("model"));
        QVERIFY(bt.value(QLatin1String("overridden")).toBool());
    }

    void severalReportsAreJsonLines()
    {
        const QByteArray item = R"({"question_id": %1, "title": "Loss is nan %1", "tags": ["keras", "nan"],
            "body": "<p>My loss becomes nan after the first epoch.</p><pre><code>model.fit(x, y, epochs=10)\n</code></pre>"})";
        QByteArray items = "{\"items\": [" + QByteArray(item).replace("%1", "1") + ","
                           + QByteArray(item).replace("%1", "2") + "]}";
        const QString path = writeFile(QStringLiteral("two.json"), items);
        const CliResult r = runCli({QStringLiteral("inspect"), QStringLiteral("--json"), path});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(QLatin1String("report")).toObject()
                     .value(QLatin1String("id")).toString(), QStringLiteral("so:2"));
        // Tag 'nan' is a Training tag in the study's table.
        QCOMPARE(QJsonDocument::fromJson(lines.at(0)).object().value(QLatin1String("bug_type")).toObject()
                     .value(QLatin1String("type")).toString(), QStringLiteral("training"));

        const CliResult picked = runCli({QStringLiteral("inspect"), QStringLiteral("--json"), QStringLiteral("--index"),
                                         QStringLiteral("2"), path});
        QCOMPARE(picked.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(picked.out).object().value(QLatin1String("report")).toObject()
                     .value(QLatin1String("id")).toString(), QStringLiteral("so:2"));
        const CliResult outOfRange = runCli({QStringLiteral("inspect"), QStringLiteral("--index"), QStringLiteral("3"), path});
        QCOMPARE(outOfRange.exitCode, 2);
    }

    void invalidUtf8IsNotFatal()
    {
        const QString path = writeFile(QStringLiteral("latin1.md"),
                                       "# Loss stuck\n\nThe loss stays at 0.69 \xff\xfe caf\xe9 after 10 epochs.\n\n"
                                       "```python\nmodel.fit(x, y, epochs=10, batch_size=32)\n```\n");
        const CliResult r = runCli({QStringLiteral("inspect"), QStringLiteral("--json"), path});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("report")).toObject()
                     .value(QLatin1String("title")).toString(), QStringLiteral("Loss stuck"));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions"); // the error line must name this
        const QString missing = m_dir.filePath(QStringLiteral("does-not-exist.json"));
        QTest::newRow("missing file") << QStringList{QStringLiteral("inspect"), missing} << missing;
        QTest::newRow("directory") << QStringList{QStringLiteral("inspect"), m_dir.path()} << m_dir.path();
        const QString empty = writeFile(QStringLiteral("empty.json"), QByteArray());
        QTest::newRow("empty file") << QStringList{QStringLiteral("inspect"), empty} << empty;
        const QString invalid = writeFile(QStringLiteral("invalid.json"), "{\"items\": [{\"title\": \"x\", ");
        QTest::newRow("invalid json") << QStringList{QStringLiteral("inspect"), invalid} << invalid;
        const QString binary = writeFile(QStringLiteral("model.bin"), QByteArray("\x7f" "ELF\x02\x01\x01\x00\x00\x00", 10).repeated(100));
        QTest::newRow("binary") << QStringList{QStringLiteral("inspect"), binary} << binary;
        const QString answerOnly = writeFile(QStringLiteral("answer.json"),
                                             R"({"answer_id": 5, "question_id": 4, "body": "<p>Use model.eval()</p>"})");
        QTest::newRow("not a question") << QStringList{QStringLiteral("inspect"), answerOnly} << answerOnly;
        const QString xml = writeFile(QStringLiteral("Posts.xml"), "<posts><row Id=\"1\" PostTypeId=\"1\" Title=\"t\"");
        QTest::newRow("invalid xml") << QStringList{QStringLiteral("inspect"), xml} << xml;
        QTest::newRow("unknown format") << QStringList{QStringLiteral("inspect"), QStringLiteral("--format"),
                                                       QStringLiteral("docx"), empty}
                                        << QStringLiteral("docx");
        QTest::newRow("unknown bug type") << QStringList{QStringLiteral("inspect"), QStringLiteral("--bug-type"),
                                                         QStringLiteral("compiler"), empty}
                                          << QStringLiteral("compiler");
        QTest::newRow("no report") << QStringList{QStringLiteral("inspect")} << QStringLiteral("report");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("reproduce-everything")}
                                         << QStringLiteral("reproduce-everything");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("inspect"), QStringLiteral("--colour"), empty}
                                        << QStringLiteral("colour");
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const CliResult r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(mentions), qPrintable(err));
    }

    void help()
    {
        const CliResult top = runCli({QStringLiteral("--help")});
        QCOMPARE(top.exitCode, 0);
        QVERIFY(top.out.contains("inspect"));
        QVERIFY(top.out.contains("select"));
        const CliResult inspect = runCli({QStringLiteral("inspect"), QStringLiteral("--help")});
        QCOMPARE(inspect.exitCode, 0);
        QVERIFY(inspect.out.contains("--json"));
        QVERIFY(inspect.out.contains("gh:owner/repo#N"));
    }
};

QTEST_GUILESS_MAIN(TestCliInspect)
#include "tst_cliinspect.moc"
