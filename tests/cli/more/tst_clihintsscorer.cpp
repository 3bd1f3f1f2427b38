// `dlrepro-cli hints --scorer`: the embedding scorer through the real CLI and the real
// dlrepro-tensor next to it, with a tiny TorchScript model made by tests/core/tensor/tiny_bert.py;
// and the lexical fallback, with its note, when there is no usable model.
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "CliRun.h"

namespace {

using clitest::CliResult;
using clitest::runCli;

QString example() { return QStringLiteral(DLREPRO_SOURCE_DIR "/resources/examples/so-39525358-ann-accuracy.json"); }

QString helperNextToCli()
{
    const QFileInfo helper(QFileInfo(QStringLiteral(DLREPRO_CLI)).dir().filePath(QStringLiteral("dlrepro-tensor")));
    return helper.isExecutable() ? helper.filePath() : QString();
}

QJsonObject focusOf(const CliResult &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("focus")).toObject();
}

} // namespace

class TestCliHintsScorer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config; // an empty configuration: no model folder in the user's settings
    QTemporaryDir m_models;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        qunsetenv("DLREPRO_EMBEDDING_MODEL");
        qunsetenv("DLREPRO_TENSOR");
    }

    void unknownScorerIsBadInput()
    {
        const CliResult r = runCli({QStringLiteral("hints"), QStringLiteral("--scorer"), QStringLiteral("psychic"), example()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("--scorer")) && r.err.contains(QLatin1String("psychic")), qPrintable(r.err));
    }

    void noModelFallsBackAndSaysSo()
    {
        const CliResult lexical = runCli({QStringLiteral("hints"), QStringLiteral("--json"), example()});
        const CliResult r = runCli({QStringLiteral("hints"), QStringLiteral("--json"), QStringLiteral("--scorer"),
                                    QStringLiteral("embedding"), example()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QLatin1String("scored lexically")) && r.err.contains(QLatin1String("no sentence-embedding model")),
                 qPrintable(r.err));
        QCOMPARE(focusOf(r).value(QLatin1String("scorer")).toString(), QStringLiteral("lexical-bm25"));
        QCOMPARE(r.out, lexical.out);
    }

    void embeddingScorerRunsInTheHelper()
    {
        if (helperNextToCli().isEmpty())
            QSKIP("dlrepro-tensor is not built next to dlrepro-cli");
        QProcess py;
        py.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(DLREPRO_SOURCE_DIR "/tests/core/tensor/tiny_bert.py"), m_models.path()});
        QVERIFY(py.waitForFinished(120000) && py.exitCode() == 0);
        qputenv("DLREPRO_EMBEDDING_MODEL", m_models.filePath(QStringLiteral("model")).toUtf8());
        const CliResult r = runCli({QStringLiteral("hints"), QStringLiteral("--json"), QStringLiteral("--scorer"),
                                    QStringLiteral("embedding"), example()});
        qunsetenv("DLREPRO_EMBEDDING_MODEL");
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.err.contains(QLatin1String("scored lexically")), qPrintable(r.err));
        const QJsonObject focus = focusOf(r);
        QCOMPARE(focus.value(QLatin1String("scorer")).toString(), QStringLiteral("embedding-minilm-max"));
        QVERIFY(!focus.value(QLatin1String("statement")).toString().isEmpty());
        const double score = focus.value(QLatin1String("score")).toDouble();
        QVERIFY(score >= -1.0 && score <= 1.0); // a cosine, not a BM25 sum
    }

    void brokenModelFallsBackWithTheHelpersReason()
    {
        if (helperNextToCli().isEmpty())
            QSKIP("dlrepro-tensor is not built next to dlrepro-cli");
        QTemporaryDir broken;
        QFile model(broken.filePath(QStringLiteral("model.pt")));
        QVERIFY(model.open(QIODevice::WriteOnly));
        model.write("not a model");
        model.close();
        QFile vocab(broken.filePath(QStringLiteral("vocab.txt")));
        QVERIFY(vocab.open(QIODevice::WriteOnly));
        vocab.write("[PAD]\n[UNK]\n[CLS]\n[SEP]\ndata\n");
        vocab.close();
        qputenv("DLREPRO_EMBEDDING_MODEL", broken.path().toUtf8());
        const CliResult r = runCli({QStringLiteral("hints"), QStringLiteral("--scorer"), QStringLiteral("embedding"), example()});
        qunsetenv("DLREPRO_EMBEDDING_MODEL");
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QLatin1String("cannot load the TorchScript model")), qPrintable(r.err));
        QVERIFY(r.out.startsWith(QLatin1String("Hints\n")));
    }
};

QTEST_GUILESS_MAIN(TestCliHintsScorer)
#include "tst_clihintsscorer.moc"
