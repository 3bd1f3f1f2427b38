#include "online/HttpCache.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dlrepro;

namespace {
const QUrl kUrl(QStringLiteral("https://api.stackexchange.com/2.3/questions/1?site=stackoverflow&filter=withbody"));
}

class TestHttpCache : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        QTemporaryDir dir;
        const HttpCache cache(dir.path() + QStringLiteral("/sub/http"));
        HttpCache::Entry in{QByteArrayLiteral("{\"items\":[]}\n\n\xff binary \0 tail"), QByteArrayLiteral("<x>; rel=\"next\"")};
        QString error;
        QVERIFY(cache.store(kUrl, in, &error));
        QCOMPARE(error, QString());
        HttpCache::Entry out;
        QVERIFY(cache.load(kUrl, &out));
        QCOMPARE(out.body, in.body);
        QCOMPARE(out.link, in.link);
        QVERIFY(!cache.load(QUrl(QStringLiteral("https://api.stackexchange.com/2.3/questions/2")), &out));
    }

    void credentialsAreNotPartOfTheKey_data()
    {
        QTest::addColumn<QString>("withSecret");
        QTest::addColumn<QString>("without");
        QTest::newRow("se key") << QStringLiteral("https://a.example/q/1?site=so&key=SECRET123&filter=withbody")
                                << QStringLiteral("https://a.example/q/1?site=so&filter=withbody");
        QTest::newRow("access_token") << QStringLiteral("https://a.example/r?access_token=SECRET123")
                                      << QStringLiteral("https://a.example/r");
        QTest::newRow("user info") << QStringLiteral("https://me:SECRET123@a.example/r")
                                   << QStringLiteral("https://a.example/r");
    }
    void credentialsAreNotPartOfTheKey()
    {
        QFETCH(QString, withSecret);
        QFETCH(QString, without);
        const QUrl secret(withSecret);
        QCOMPARE(HttpCache::withoutCredentials(secret), QUrl(without));
        QCOMPARE(HttpCache::keyFor(secret), HttpCache::keyFor(QUrl(without)));
        QCOMPARE(HttpCache::keyFor(secret).size(), 64);

        QTemporaryDir dir;
        const HttpCache cache(dir.path());
        QVERIFY(cache.store(secret, HttpCache::Entry{QByteArrayLiteral("[]"), {}}));
        QFile file(cache.pathFor(secret));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("SECRET123"), "a credential reached the disk");
        HttpCache::Entry out;
        QVERIFY(cache.load(QUrl(without), &out));
        QCOMPARE(out.body, QByteArrayLiteral("[]"));
    }

    void corruptFileIsIgnored_data()
    {
        QTest::addColumn<int>("damage");
        QTest::newRow("truncated body") << 0;
        QTest::newRow("body edited") << 1;
        QTest::newRow("wrong magic") << 2;
        QTest::newRow("no header end") << 3;
        QTest::newRow("empty file") << 4;
        QTest::newRow("other url") << 5;
    }
    void corruptFileIsIgnored()
    {
        QFETCH(int, damage);
        QTemporaryDir dir;
        const HttpCache cache(dir.path());
        QVERIFY(cache.store(kUrl, HttpCache::Entry{QByteArrayLiteral("{\"items\":[{\"question_id\":1}]}"), {}}));
        QFile file(cache.pathFor(kUrl));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray data = file.readAll();
        file.close();
        switch (damage) {
        case 0: data.chop(5); break;
        case 1: data.replace("question_id\":1", "question_id\":7"); break;
        case 2: data.replace("dlrepro-http-cache 1", "dlrepro-http-cache 9"); break;
        case 3: data.replace("\n\n", "\n"); break;
        case 4: data.clear(); break;
        case 5: data.replace("questions/1", "questions/2"); break;
        }
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(data);
        file.close();
        HttpCache::Entry out;
        QVERIFY(!cache.load(kUrl, &out));
        QCOMPARE(out.body, QByteArray());
        // A fresh store replaces the damaged file.
        QVERIFY(cache.store(kUrl, HttpCache::Entry{QByteArrayLiteral("{}"), {}}));
        QVERIFY(cache.load(kUrl, &out));
        QCOMPARE(out.body, QByteArrayLiteral("{}"));
    }

    void emptyDirectoryDisablesTheCache()
    {
        const HttpCache cache{QString()};
        QVERIFY(!cache.store(kUrl, HttpCache::Entry{QByteArrayLiteral("{}"), {}}));
        HttpCache::Entry out;
        QVERIFY(!cache.load(kUrl, &out));
    }

    void unwritableDirectoryReportsError()
    {
        QTemporaryDir dir;
        QFile blocker(dir.path() + QStringLiteral("/file"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const HttpCache cache(blocker.fileName() + QStringLiteral("/http"));
        QString error;
        QVERIFY(!cache.store(kUrl, HttpCache::Entry{QByteArrayLiteral("{}"), {}}, &error));
        QCOMPARE(error, QStringLiteral("cannot create cache directory %1/http").arg(blocker.fileName()));
    }

    void defaultDirectoryFollowsEnvironment()
    {
        qputenv("DLREPRO_CACHE_DIR", "/tmp/dlrepro-cache-test");
        QCOMPARE(HttpCache::defaultDirectory(), QStringLiteral("/tmp/dlrepro-cache-test"));
        qunsetenv("DLREPRO_CACHE_DIR");
        QVERIFY(HttpCache::defaultDirectory().endsWith(QStringLiteral("/http")));
    }
};

QTEST_GUILESS_MAIN(TestHttpCache)
#include "tst_httpcache.moc"
