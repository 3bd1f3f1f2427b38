// dlrepro-tensor's embed command (app/tensor/EmbedHandler.cpp): the tiny TorchScript encoder's
// mean-pooled embeddings equal Python's to 1e-5, batched or not, normalised or not; bad model
// directories give errors that name the directory and what is wrong.
#include "tensor/TensorClient.h"

#include "TinyBertFixture.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>

using namespace dlrepro;

class TestEmbedHandler : public QObject
{
    Q_OBJECT

    tensortest::TinyBert m_bert;
    TensorClient m_client;

    static double maxDifference(const QJsonArray &got, const QJsonArray &expected)
    {
        double worst = got.size() == expected.size() ? 0 : INFINITY;
        for (qsizetype i = 0; i < got.size() && i < expected.size(); ++i) {
            const QJsonArray a = got.at(i).toArray();
            const QJsonArray b = expected.at(i).toArray();
            if (a.size() != b.size())
                return INFINITY;
            for (qsizetype k = 0; k < a.size(); ++k)
                worst = std::max(worst, std::abs(a.at(k).toDouble() - b.at(k).toDouble()));
        }
        return worst;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (tensortest::helperPath().isEmpty())
            QSKIP("dlrepro-tensor is not built (DLREPRO_BUILD_TENSOR=OFF)");
        QVERIFY2(m_bert.make(), qPrintable(m_bert.error));
        m_client.setHelperPath(tensortest::helperPath());
    }

    void embeddingsEqualPython_data()
    {
        QTest::addColumn<int>("batchSize");
        QTest::newRow("one at a time") << 1;
        QTest::newRow("batches of 7 (padded)") << 7;
        QTest::newRow("one batch") << 64;
    }

    void embeddingsEqualPython()
    {
        QFETCH(int, batchSize);
        const QJsonArray texts = m_bert.reference.value(QLatin1String("embed_sentences")).toArray();
        const QJsonArray expected = m_bert.reference.value(QLatin1String("embeddings")).toArray();
        QJsonObject args;
        args.insert(QLatin1String("model"), m_bert.modelDir);
        args.insert(QLatin1String("texts"), texts);
        args.insert(QLatin1String("batch_size"), batchSize);
        const TensorReply reply = m_client.call(QStringLiteral("embed"), args);
        QVERIFY2(reply.ok, qPrintable(reply.error));
        QCOMPARE(reply.result.value(QLatin1String("dim")).toInt(), 32);
        QCOMPARE(reply.result.value(QLatin1String("count")).toInt(), texts.size());
        QCOMPARE(reply.result.value(QLatin1String("truncated")).toInt(), 1); // the 700-word one
        const double diff = maxDifference(reply.result.value(QLatin1String("vectors")).toArray(), expected);
        QVERIFY2(diff <= 1e-5, qPrintable(QStringLiteral("max difference %1").arg(diff)));
        for (const QJsonValue &v : reply.result.value(QLatin1String("vectors")).toArray()) {
            double norm = 0;
            for (const QJsonValue &x : v.toArray())
                norm += x.toDouble() * x.toDouble();
            QVERIFY(std::abs(std::sqrt(norm) - 1.0) < 1e-5);
        }
    }

    void unnormalisedEmbeddingsEqualPython()
    {
        const QJsonArray texts = m_bert.reference.value(QLatin1String("embed_sentences")).toArray();
        const QJsonArray expected = m_bert.reference.value(QLatin1String("raw_embeddings")).toArray();
        QJsonArray first;
        for (qsizetype i = 0; i < expected.size(); ++i)
            first << texts.at(i);
        QJsonObject args;
        args.insert(QLatin1String("model"), m_bert.modelDir);
        args.insert(QLatin1String("texts"), first);
        args.insert(QLatin1String("normalize"), false);
        const TensorReply reply = m_client.call(QStringLiteral("embed"), args);
        QVERIFY2(reply.ok, qPrintable(reply.error));
        const double diff = maxDifference(reply.result.value(QLatin1String("vectors")).toArray(), expected);
        QVERIFY2(diff <= 1e-5, qPrintable(QStringLiteral("max difference %1").arg(diff)));
    }

    void noTextsLoadsTheModelOnly()
    {
        QJsonObject args;
        args.insert(QLatin1String("model"), m_bert.modelDir);
        args.insert(QLatin1String("texts"), QJsonArray());
        const TensorReply reply = m_client.call(QStringLiteral("embed"), args);
        QVERIFY2(reply.ok, qPrintable(reply.error));
        QCOMPARE(reply.result.value(QLatin1String("count")).toInt(), 0);
    }

    // Where the encoder runs: the CPU unless asked; an unknown or absent device is an error, never
    // a silent CPU run (the GPU check compares the two).
    void deviceIsChosenAndChecked_data()
    {
        QTest::addColumn<QString>("device");
        QTest::addColumn<QString>("error"); // empty: it runs there
        QTest::newRow("cpu") << QStringLiteral("cpu") << QString();
        QTest::newRow("unknown") << QStringLiteral("tpu") << QStringLiteral("must be cpu, cuda or cuda:N");
        QTest::newRow("cuda:99") << QStringLiteral("cuda:99") << QStringLiteral("cuda");
    }

    void deviceIsChosenAndChecked()
    {
        QFETCH(QString, device);
        QFETCH(QString, error);
        QJsonObject args;
        args.insert(QLatin1String("model"), m_bert.modelDir);
        args.insert(QLatin1String("texts"), QJsonArray{QStringLiteral("where does it run")});
        args.insert(QLatin1String("device"), device);
        const TensorReply reply = m_client.call(QStringLiteral("embed"), args);
        if (error.isEmpty()) {
            QVERIFY2(reply.ok, qPrintable(reply.error));
            QCOMPARE(reply.result.value(QLatin1String("device")).toString(), device);
        } else {
            QVERIFY(!reply.ok);
            QVERIFY2(reply.error.contains(error), qPrintable(reply.error));
        }
    }

    void badModelDirectoryIsNamed_data()
    {
        QTest::addColumn<QString>("layout"); // what the directory holds
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("does not exist");
        QTest::newRow("empty") << QStringLiteral("empty") << QStringLiteral("has no TorchScript model model.pt");
        QTest::newRow("no vocabulary") << QStringLiteral("model-only") << QStringLiteral("has no vocabulary vocab.txt");
        QTest::newRow("not TorchScript") << QStringLiteral("garbage") << QStringLiteral("cannot load the TorchScript model");
        QTest::newRow("bad description") << QStringLiteral("bad-json") << QStringLiteral("not a valid model description");
    }

    void badModelDirectoryIsNamed()
    {
        QFETCH(QString, layout);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QString path = dir.path();
        auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        if (layout == QLatin1String("missing"))
            path = dir.filePath(QStringLiteral("nowhere"));
        if (layout == QLatin1String("model-only") || layout == QLatin1String("garbage"))
            write(QStringLiteral("model.pt"), "this is not a zip archive");
        if (layout == QLatin1String("garbage"))
            QVERIFY(QFile::copy(m_bert.modelDir + QStringLiteral("/vocab.txt"), dir.filePath(QStringLiteral("vocab.txt"))));
        if (layout == QLatin1String("bad-json"))
            write(QStringLiteral("dlrepro-model.json"), "{ max_length: ");
        QJsonObject args;
        args.insert(QLatin1String("model"), path);
        args.insert(QLatin1String("texts"), QJsonArray{QStringLiteral("a sentence")});
        const TensorReply reply = m_client.call(QStringLiteral("embed"), args);
        QVERIFY(!reply.ok);
        QVERIFY2(reply.error.contains(expected), qPrintable(reply.error));
        if (layout != QLatin1String("missing"))
            QVERIFY2(reply.error.contains(dir.path()), qPrintable(reply.error));
        QVERIFY(m_client.call(QStringLiteral("hello")).ok);
        QCOMPARE(m_client.starts(), 1); // an error, not a crash
    }
};

QTEST_GUILESS_MAIN(TestEmbedHandler)
#include "tst_embedhandler.moc"
