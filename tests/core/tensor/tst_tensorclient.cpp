// TensorClient against the real dlrepro-tensor and against stand-in helpers that hang or crash.
#include "tensor/TensorClient.h"

#include "TinyBertFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace dlrepro;

class TestTensorClient : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_scripts;

    QString script(const QString &name, const QByteArray &body)
    {
        const QString path = m_scripts.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write("#!/bin/sh\n" + body + '\n');
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

    static QString helperOrSkip()
    {
        return tensortest::helperPath();
    }

private Q_SLOTS:
    void helloIsAnsweredSynchronously()
    {
        const QString helper = helperOrSkip();
        if (helper.isEmpty())
            QSKIP("dlrepro-tensor is not built (DLREPRO_BUILD_TENSOR=OFF)");
        TensorClient client;
        client.setHelperPath(helper);
        QVERIFY(!client.isRunning()); // started on first use, not before
        const TensorReply reply = client.call(QStringLiteral("hello"));
        QVERIFY2(reply.ok, qPrintable(reply.error));
        QCOMPARE(reply.result.value(QLatin1String("protocol")).toInt(), 1);
        QVERIFY(reply.result.value(QLatin1String("commands")).toArray().contains(QStringLiteral("embed")));
        QVERIFY(reply.result.value(QLatin1String("threads")).toInt() >= 1);
        QVERIFY(client.isRunning()); // kept warm
        const qint64 pid = client.processId();
        QVERIFY(client.call(QStringLiteral("hello")).ok);
        QCOMPARE(client.processId(), pid);
        QCOMPARE(client.starts(), 1);
    }

    void badRequestIsAnErrorNotACrash_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown command") << QStringLiteral("frobnicate") << QStringLiteral("unknown command 'frobnicate'");
        QTest::newRow("embed without model") << QStringLiteral("embed") << QStringLiteral("no model directory");
        QTest::newRow("tokenize without model") << QStringLiteral("tokenize") << QStringLiteral("no model directory");
    }

    void badRequestIsAnErrorNotACrash()
    {
        QFETCH(QString, command);
        QFETCH(QString, expected);
        const QString helper = helperOrSkip();
        if (helper.isEmpty())
            QSKIP("dlrepro-tensor is not built");
        TensorClient client;
        client.setHelperPath(helper);
        const TensorReply reply = client.call(command);
        QVERIFY(!reply.ok);
        QVERIFY2(reply.error.contains(expected), qPrintable(reply.error));
        QVERIFY(client.call(QStringLiteral("hello")).ok); // still serving
        QCOMPARE(client.starts(), 1);
    }

    void asyncRequestsAreMatchedById()
    {
        const QString helper = helperOrSkip();
        if (helper.isEmpty())
            QSKIP("dlrepro-tensor is not built");
        TensorClient client;
        client.setHelperPath(helper);
        QSignalSpy spy(&client, &TensorClient::replied);
        const qint64 a = client.post(QStringLiteral("hello"));
        const qint64 b = client.post(QStringLiteral("nonsense"));
        QVERIFY(a != b);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 60000);
        QHash<qint64, TensorReply> byId;
        for (const QList<QVariant> &args : std::as_const(spy))
            byId.insert(args.at(0).toLongLong(), args.at(1).value<TensorReply>());
        QVERIFY(byId.value(a).ok);
        QVERIFY(!byId.value(b).ok);
        QVERIFY(byId.value(b).error.contains(QLatin1String("nonsense")));
    }

    void killedHelperIsRestarted()
    {
        const QString helper = helperOrSkip();
        if (helper.isEmpty())
            QSKIP("dlrepro-tensor is not built");
        TensorClient client;
        client.setHelperPath(helper);
        QVERIFY(client.call(QStringLiteral("hello")).ok);
        const qint64 first = client.processId();
        ::kill(pid_t(first), SIGKILL);
        QTest::qWait(200);
        const TensorReply reply = client.call(QStringLiteral("hello"));
        QVERIFY2(reply.ok, qPrintable(reply.error));
        QVERIFY(client.processId() != first);
        QCOMPARE(client.starts(), 2);
    }

    void requestInFlightIsRetriedOnAFreshHelper()
    {
        const QString helper = helperOrSkip();
        if (helper.isEmpty())
            QSKIP("dlrepro-tensor is not built");
        TensorClient client;
        client.setHelperPath(helper);
        QSignalSpy spy(&client, &TensorClient::replied);
        client.post(QStringLiteral("hello"));
        // Killed during its start-up (LibTorch's initialisers take a good part of a second), so
        // the request is lost with it and must be sent again.
        ::kill(pid_t(client.processId()), SIGKILL);
        QVERIFY(spy.count() == 1 || spy.wait(60000));
        const TensorReply reply = spy.first().at(1).value<TensorReply>();
        QVERIFY2(reply.ok, qPrintable(reply.error));
        QCOMPARE(client.starts(), 2);
    }

    void helperThatKeepsDyingFailsClearly()
    {
        TensorClient client;
        client.setHelperPath(script(QStringLiteral("dies.sh"), "echo 'model exploded' >&2; exit 3"));
        const TensorReply reply = client.call(QStringLiteral("hello"));
        QVERIFY(!reply.ok);
        QVERIFY2(reply.error.contains(QLatin1String("exit code 3")), qPrintable(reply.error));
        QVERIFY2(reply.error.contains(QLatin1String("retried")), qPrintable(reply.error));
        QVERIFY2(reply.error.contains(QLatin1String("model exploded")), qPrintable(reply.error));
        QCOMPARE(client.starts(), 2);
    }

    void hangingHelperTimesOut()
    {
        TensorClient client;
        client.setHelperPath(script(QStringLiteral("hangs.sh"), "exec sleep 60"));
        client.setTimeout(800);
        QElapsedTimer clock;
        clock.start();
        const TensorReply reply = client.call(QStringLiteral("hello"));
        QVERIFY(!reply.ok);
        QVERIFY2(reply.error.contains(QLatin1String("did not answer")), qPrintable(reply.error));
        QVERIFY(clock.elapsed() < 10000);
        QVERIFY(!client.isRunning()); // the stuck helper was stopped

        QSignalSpy spy(&client, &TensorClient::replied);
        client.post(QStringLiteral("hello"));
        QVERIFY(spy.count() == 1 || spy.wait(10000));
        QVERIFY(spy.first().at(1).value<TensorReply>().error.contains(QLatin1String("did not answer")));
    }

    void missingHelperIsNamed()
    {
        TensorClient client;
        client.setHelperPath(QString());
        TensorReply reply = client.call(QStringLiteral("hello"));
        QVERIFY(!reply.ok);
        QVERIFY2(reply.error.contains(QLatin1String("DLREPRO_TENSOR")), qPrintable(reply.error));

        client.setHelperPath(m_scripts.filePath(QStringLiteral("no-such-helper")));
        QSignalSpy spy(&client, &TensorClient::replied);
        client.post(QStringLiteral("hello"));
        QVERIFY(spy.count() == 1 || spy.wait(10000));
        reply = spy.first().at(1).value<TensorReply>();
        QVERIFY(!reply.ok);
        QVERIFY2(reply.error.contains(QLatin1String("no-such-helper")), qPrintable(reply.error));
    }

    void locateHelperHonoursTheEnvironment()
    {
        const QString helper = helperOrSkip();
        if (helper.isEmpty())
            QSKIP("dlrepro-tensor is not built");
        qputenv("DLREPRO_TENSOR", helper.toUtf8());
        QCOMPARE(TensorClient::locateHelper(), QFileInfo(helper).absoluteFilePath());
        qputenv("DLREPRO_TENSOR", m_scripts.filePath(QStringLiteral("absent")).toUtf8());
        QVERIFY(TensorClient::locateHelper().isEmpty());
        qunsetenv("DLREPRO_TENSOR");
    }
};

QTEST_GUILESS_MAIN(TestTensorClient)
#include "tst_tensorclient.moc"
