#include "online/OnlineReport.h"

#include "FixtureHttpServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dlrepro;

namespace {

const QByteArray kQuestion = "/se/questions/59278771";
const QByteArray kAnswers = "/se/questions/59278771/answers";
const QByteArray kComments = "/se/questions/59278771/comments";
const QByteArray kIssue = "/gh/repos/tfbugs/mnist-demo/issues/42";
const QByteArray kIssueComments = "/gh/repos/tfbugs/mnist-demo/issues/42/comments";

} // namespace

class TestOnlineReportFetcher : public QObject
{
    Q_OBJECT
public:
    TestOnlineReportFetcher()
        : m_server(QStringLiteral(DLREPRO_FIXTURES "/online"))
    {
    }

private:
    FetchOptions options() const
    {
        FetchOptions o;
        o.cacheDir = m_cache->path();
        o.timeoutMs = 10000;
        return o;
    }
    int cacheFiles() const { return int(QDir(m_cache->path()).entryList(QDir::Files).size()); }
    QByteArray queryOf(const QByteArray &path) const
    {
        for (const RecordedRequest &r : m_server.requests())
            if (r.path == path)
                return r.target.mid(r.target.indexOf('?') + 1);
        return QByteArray();
    }
    QByteArray headerOf(const QByteArray &path, const QByteArray &name) const
    {
        for (const RecordedRequest &r : m_server.requests())
            if (r.path == path)
                return r.headers.value(name);
        return QByteArray();
    }

    FixtureHttpServer m_server;
    std::unique_ptr<QTemporaryDir> m_cache;

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        qputenv("DLREPRO_STACKEXCHANGE_API", (m_server.base() + QStringLiteral("/se")).toUtf8());
        qputenv("DLREPRO_GITHUB_API", (m_server.base() + QStringLiteral("/gh/")).toUtf8()); // trailing '/' tolerated
        for (const char *name : {"DLREPRO_STACKEXCHANGE_KEY", "DLREPRO_GITHUB_TOKEN", "GITHUB_TOKEN", "DLREPRO_CACHE_DIR"})
            qunsetenv(name);
    }
    void init()
    {
        m_server.clear();
        m_cache = std::make_unique<QTemporaryDir>();
        QVERIFY(m_cache->isValid());
    }
    void cleanup()
    {
        for (const char *name : {"DLREPRO_STACKEXCHANGE_KEY", "DLREPRO_GITHUB_TOKEN", "GITHUB_TOKEN"})
            qunsetenv(name);
    }

    void stackOverflowQuestion_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("short") << QStringLiteral("so:59278771");
        QTest::newRow("question url")
            << QStringLiteral("https://stackoverflow.com/questions/59278771/super-low-accuracy-for-neural-network-model");
        QTest::newRow("share url") << QStringLiteral("https://stackoverflow.com/q/59278771/12509876");
    }
    void stackOverflowQuestion()
    {
        QFETCH(QString, input);
        const ImportResult result = fetchOnlineReport(input, options());
        QCOMPARE(result.error, QString());
        QCOMPARE(result.reports.size(), 1);
        const Report &r = result.reports.front();
        QCOMPARE(r.id, QStringLiteral("so:59278771"));
        QCOMPARE(r.source, ReportSource::StackOverflow);
        QCOMPARE(r.title, QStringLiteral("Super low accuracy for neural network model"));
        QCOMPARE(r.tags, (QStringList{QStringLiteral("python"), QStringLiteral("keras"), QStringLiteral("neural-network"),
                                      QStringLiteral("cross-validation")}));
        QVERIFY(r.body.text.contains(QStringLiteral("I got ~Accuracy: 34.00% (13.15%)")));
        QVERIFY(r.body.text.contains(QStringLiteral("dataframe = pd.read_csv(\"iris.csv\", header=None)")));
        QCOMPARE(r.answers.size(), 2);
        QCOMPARE(r.answers[0].post.id, QStringLiteral("59279102"));
        QCOMPARE(r.answers[0].accepted, false);
        QCOMPARE(r.answers[0].post.score, 3);
        QCOMPARE(r.answers[1].post.id, QStringLiteral("59279377"));
        QCOMPARE(r.answers[1].accepted, true);
        QVERIFY(r.acceptedAnswer());
        QCOMPARE(r.acceptedAnswer()->post.id, QStringLiteral("59279377"));
        QCOMPARE(r.acceptedAnswer()->post.author, QStringLiteral("desertnaut"));
        QVERIFY(r.acceptedAnswer()->post.text.contains(QStringLiteral("dummy_y = np_utils.to_categorical(encoded_Y)")));
        QCOMPARE(r.comments.size(), 1);
        QCOMPARE(r.comments[0].text, QStringLiteral("Which Keras and TensorFlow versions are you on?"));

        QCOMPARE(m_server.requests().size(), 3);
        QCOMPARE(m_server.count(kQuestion), 1);
        QCOMPARE(m_server.count(kAnswers), 1);
        QCOMPARE(m_server.count(kComments), 1);
        QCOMPARE(queryOf(kQuestion), QByteArray("site=stackoverflow&filter=withbody"));
        QCOMPARE(queryOf(kAnswers), QByteArray("site=stackoverflow&filter=withbody&sort=votes&pagesize=100"));
        QCOMPARE(queryOf(kComments), QByteArray("site=stackoverflow&filter=withbody&pagesize=100"));
        // Qt asks for compression itself and so also undoes it (see gzippedResponse).
        QVERIFY(headerOf(kQuestion, "accept-encoding").contains("gzip"));
        QCOMPARE(headerOf(kQuestion, "user-agent"), QByteArray("dlrepro"));
        QCOMPARE(cacheFiles(), 3);
    }

    void gzippedResponse()
    {
        const ImportResult result = fetchOnlineReport(QStringLiteral("so:39525358"), options());
        QCOMPARE(result.error, QString());
        QCOMPARE(result.reports.size(), 1);
        QCOMPARE(result.reports[0].title, QStringLiteral("Neural network accuracy optimization"));
        QCOMPARE(result.reports[0].tags, (QStringList{QStringLiteral("tensorflow"), QStringLiteral("neural-network")}));
        QCOMPARE(result.reports[0].answers.size(), 0);
        QCOMPARE(m_server.requests().size(), 3);
    }

    void cacheAvoidsRequests_data()
    {
        QTest::addColumn<bool>("useCache");
        QTest::addColumn<bool>("refresh");
        QTest::addColumn<int>("secondRequests");
        QTest::addColumn<int>("files");
        QTest::newRow("cached") << true << false << 0 << 3;
        QTest::newRow("refresh") << true << true << 3 << 3;
        QTest::newRow("no cache") << false << false << 3 << 0;
    }
    void cacheAvoidsRequests()
    {
        QFETCH(bool, useCache);
        QFETCH(bool, refresh);
        QFETCH(int, secondRequests);
        QFETCH(int, files);
        FetchOptions o = options();
        o.useCache = useCache;
        const ImportResult first = fetchOnlineReport(QStringLiteral("so:59278771"), o);
        QCOMPARE(first.error, QString());
        QCOMPARE(m_server.requests().size(), 3);
        m_server.clear();
        o.refresh = refresh;
        const ImportResult second = fetchOnlineReport(QStringLiteral("https://stackoverflow.com/q/59278771"), o);
        QCOMPARE(second.error, QString());
        QCOMPARE(m_server.requests().size(), secondRequests);
        QCOMPARE(second.reports.size(), 1);
        QCOMPARE(second.reports[0].title, first.reports[0].title);
        QCOMPARE(second.reports[0].answers.size(), 2);
        QCOMPARE(cacheFiles(), files);
    }

    void cacheDirFromEnvironment()
    {
        qputenv("DLREPRO_CACHE_DIR", (m_cache->path() + QStringLiteral("/env")).toUtf8());
        FetchOptions o;
        o.timeoutMs = 10000;
        const ImportResult result = fetchOnlineReport(QStringLiteral("gh:tfbugs/mnist-demo#43"), o);
        qunsetenv("DLREPRO_CACHE_DIR");
        QCOMPARE(result.error, QString());
        QCOMPARE(QDir(m_cache->path() + QStringLiteral("/env")).entryList(QDir::Files).size(), 1);
    }

    void corruptCacheIsRefetched()
    {
        QCOMPARE(fetchOnlineReport(QStringLiteral("so:59278771"), options()).error, QString());
        const QStringList files = QDir(m_cache->path()).entryList(QDir::Files);
        QCOMPARE(files.size(), 3);
        for (const QString &name : files) {
            QFile f(m_cache->path() + QLatin1Char('/') + name);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.resize(f.size() / 2); // as after a crash or a full disk
        }
        m_server.clear();
        const ImportResult result = fetchOnlineReport(QStringLiteral("so:59278771"), options());
        QCOMPARE(result.error, QString());
        QCOMPARE(result.reports[0].title, QStringLiteral("Super low accuracy for neural network model"));
        QCOMPARE(m_server.requests().size(), 3);
        // The refetch repaired the cache: a third fetch needs no request.
        m_server.clear();
        QCOMPARE(fetchOnlineReport(QStringLiteral("so:59278771"), options()).error, QString());
        QCOMPARE(m_server.requests().size(), 0);
    }

    void keyIsSentButNotCached()
    {
        qputenv("DLREPRO_STACKEXCHANGE_KEY", "k3yS3cret((");
        QCOMPARE(fetchOnlineReport(QStringLiteral("so:59278771"), options()).error, QString());
        QCOMPARE(queryOf(kQuestion), QByteArray("site=stackoverflow&filter=withbody&key=k3yS3cret(("));
        for (const QString &name : QDir(m_cache->path()).entryList(QDir::Files)) {
            QFile f(m_cache->path() + QLatin1Char('/') + name);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("k3yS3cret"), "the API key reached the cache");
        }
        // Without the key the same cache entries serve.
        qunsetenv("DLREPRO_STACKEXCHANGE_KEY");
        m_server.clear();
        QCOMPARE(fetchOnlineReport(QStringLiteral("so:59278771"), options()).error, QString());
        QCOMPARE(m_server.requests().size(), 0);
    }

    void gitHubIssue_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QByteArray>("tokenVar");
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("short, anonymous") << QStringLiteral("gh:tfbugs/mnist-demo#42") << QByteArray() << QByteArray();
        QTest::newRow("issue url, own token") << QStringLiteral("https://github.com/tfbugs/mnist-demo/issues/42")
                                              << QByteArray("DLREPRO_GITHUB_TOKEN") << QByteArray("Bearer tok-123");
        QTest::newRow("pull url, GITHUB_TOKEN") << QStringLiteral("https://github.com/tfbugs/mnist-demo/pull/42/files")
                                                << QByteArray("GITHUB_TOKEN") << QByteArray("Bearer tok-123");
    }
    void gitHubIssue()
    {
        QFETCH(QString, input);
        QFETCH(QByteArray, tokenVar);
        QFETCH(QByteArray, authorization);
        if (!tokenVar.isEmpty())
            qputenv(tokenVar.constData(), "tok-123");
        const ImportResult result = fetchOnlineReport(input, options());
        QCOMPARE(result.error, QString());
        QCOMPARE(result.reports.size(), 1);
        const Report &r = result.reports.front();
        QCOMPARE(r.id, QStringLiteral("gh:tfbugs/mnist-demo#42"));
        QCOMPARE(r.source, ReportSource::GitHub);
        QCOMPARE(r.title, QStringLiteral("Training loss becomes NaN after a few batches with Adam lr=0.1"));
        QCOMPARE(r.tags, (QStringList{QStringLiteral("bug"), QStringLiteral("training")}));
        QCOMPARE(r.repository, QStringLiteral("tfbugs/mnist-demo"));
        QCOMPARE(r.state, QStringLiteral("closed"));
        QCOMPARE(r.url, QStringLiteral("https://github.com/tfbugs/mnist-demo/issues/42"));
        QVERIFY(r.body.text.contains(QStringLiteral("model.fit(x, y, batch_size=32, epochs=1)")));
        // Two pages of comments, followed through the Link header.
        QCOMPARE(r.comments.size(), 3);
        QCOMPARE(r.comments[0].author, QStringLiteral("maintainer1"));
        QCOMPARE(r.comments[0].text, QStringLiteral("Your pixels are 0-255; divide x by 255.0 first."));
        QCOMPARE(r.comments[2].text, QStringLiteral("Adam with learning_rate=0.1 diverges here; use 1e-3. Closing."));

        QCOMPARE(m_server.requests().size(), 3);
        QCOMPARE(m_server.count(kIssue), 1);
        QCOMPARE(m_server.count(kIssueComments), 2);
        QCOMPARE(queryOf(kIssueComments), QByteArray("per_page=100"));
        QCOMPARE(m_server.requests().back().target,
                 QByteArray("/gh/repos/tfbugs/mnist-demo/issues/42/comments?per_page=100&page=2"));
        for (const RecordedRequest &req : m_server.requests()) {
            QCOMPARE(req.headers.value("accept"), QByteArray("application/vnd.github+json"));
            QCOMPARE(req.headers.value("user-agent"), QByteArray("dlrepro"));
            QCOMPARE(req.headers.value("authorization"), authorization);
        }
        // The cached pages keep their Link header, so the second page is found offline too.
        m_server.clear();
        const ImportResult again = fetchOnlineReport(input, options());
        QCOMPARE(again.error, QString());
        QCOMPARE(again.reports[0].comments.size(), 3);
        QCOMPARE(m_server.requests().size(), 0);
    }

    void gitHubIssueWithoutComments()
    {
        const ImportResult result = fetchOnlineReport(QStringLiteral("gh:tfbugs/mnist-demo#43"), options());
        QCOMPARE(result.error, QString());
        QCOMPARE(result.reports.size(), 1);
        QCOMPARE(result.reports[0].title, QStringLiteral("ImportError: cannot import name 'np_utils' from 'keras.utils'"));
        QCOMPARE(result.reports[0].tags, QStringList());
        QCOMPARE(result.reports[0].state, QStringLiteral("open"));
        QCOMPARE(result.reports[0].comments.size(), 0);
        QCOMPARE(m_server.requests().size(), 1); // "comments": 0 needs no comments request
    }

    void errors_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("requests");
        QTest::addColumn<int>("cached"); // files in the cache afterwards: errors are never cached
        QTest::newRow("so missing") << QStringLiteral("so:3") << QStringLiteral("so:3: no such question") << 1 << 0;
        QTest::newRow("so throttled")
            << QStringLiteral("https://stackoverflow.com/q/222")
            << QStringLiteral("so:222: rate limited by the Stack Exchange API: too many requests from this IP, more "
                              "requests available in 82574 seconds; try again later or set DLREPRO_STACKEXCHANGE_KEY")
            << 1 << 0;
        QTest::newRow("so other api error")
            << QStringLiteral("so:223")
            << QStringLiteral("so:223: Stack Exchange API error 400 (bad_parameter): site is required") << 1 << 0;
        QTest::newRow("so backoff")
            << QStringLiteral("so:111")
            << QStringLiteral("so:111: the Stack Exchange API asks to wait 10 seconds before the next request "
                              "(backoff); try again later")
            << 1 << 1;
        QTest::newRow("so not json")
            << QStringLiteral("so:333")
            << QStringLiteral("so:333: unexpected reply from the Stack Exchange API (not a JSON page of items)") << 1 << 0;
        QTest::newRow("gh missing") << QStringLiteral("gh:tfbugs/mnist-demo#404")
                                    << QStringLiteral("gh:tfbugs/mnist-demo#404: no such issue") << 1 << 0;
        QTest::newRow("gh rate limited 403")
            << QStringLiteral("https://github.com/tfbugs/mnist-demo/issues/403")
            << QStringLiteral("gh:tfbugs/mnist-demo#403: rate limited by GitHub until 2023-11-14T22:13:20Z; set GITHUB_TOKEN")
            << 1 << 0;
        QTest::newRow("gh rate limited 429")
            << QStringLiteral("gh:tfbugs/mnist-demo#429")
            << QStringLiteral("gh:tfbugs/mnist-demo#429: rate limited by GitHub until 2023-11-14T23:13:20Z; set GITHUB_TOKEN")
            << 1 << 0;
        QTest::newRow("gh bad token")
            << QStringLiteral("gh:tfbugs/mnist-demo#401")
            << QStringLiteral("gh:tfbugs/mnist-demo#401: GitHub rejected the token (HTTP 401 Bad credentials); check "
                              "DLREPRO_GITHUB_TOKEN or GITHUB_TOKEN")
            << 1 << 0;
        QTest::newRow("gh gone") << QStringLiteral("gh:tfbugs/mnist-demo#410")
                                 << QStringLiteral("gh:tfbugs/mnist-demo#410: the issue was deleted or the repository's "
                                                   "issues are disabled")
                                 << 1 << 0;
        QTest::newRow("bad spec") << QStringLiteral("so:abc")
                                  << QStringLiteral("so:abc: expected a question number, as in so:64520473") << 0 << 0;
        QTest::newRow("unsupported site")
            << QStringLiteral("https://example.com/questions/1")
            << QStringLiteral("https://example.com/questions/1: unsupported site example.com: only stackoverflow.com "
                              "and github.com")
            << 0 << 0;
    }
    void errors()
    {
        QFETCH(QString, input);
        QFETCH(QString, error);
        QFETCH(int, requests);
        QFETCH(int, cached);
        const ImportResult result = fetchOnlineReport(input, options());
        QCOMPARE(result.error, error);
        QCOMPARE(result.reports.size(), 0);
        QCOMPARE(m_server.requests().size(), requests);
        QCOMPARE(cacheFiles(), cached);
        // An error is not remembered: the same fetch asks the server again.
        m_server.clear();
        QCOMPARE(fetchOnlineReport(input, options()).error, error);
        QCOMPARE(m_server.requests().size(), requests);
    }

    void connectionRefused()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        qputenv("DLREPRO_STACKEXCHANGE_API", QStringLiteral("http://127.0.0.1:%1/se").arg(port).toUtf8());
        const ImportResult result = fetchOnlineReport(QStringLiteral("so:123"), options());
        qputenv("DLREPRO_STACKEXCHANGE_API", (m_server.base() + QStringLiteral("/se")).toUtf8());
        QCOMPARE(result.error, QStringLiteral("so:123: network error: Connection refused"));
        QCOMPARE(cacheFiles(), 0);
    }

    void timeout_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QString>("error");
        QTest::newRow("so") << QStringLiteral("so:444") << QByteArray("/se/questions/444")
                            << QStringLiteral("so:444: network error: timed out after 400 ms");
        // The deadline covers the whole fetch: a stall on the second request still ends it.
        QTest::newRow("gh comments") << QStringLiteral("gh:tfbugs/mnist-demo#42") << QByteArray(kIssueComments)
                                     << QStringLiteral("gh:tfbugs/mnist-demo#42: network error: timed out after 400 ms");
    }
    void timeout()
    {
        QFETCH(QString, input);
        QFETCH(QByteArray, path);
        QFETCH(QString, error);
        m_server.hang(path);
        FetchOptions o = options();
        o.timeoutMs = 400;
        QElapsedTimer clock;
        clock.start();
        const ImportResult result = fetchOnlineReport(input, o);
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(result.error, error);
        QVERIFY2(elapsed >= 350 && elapsed < 3000, qPrintable(QString::number(elapsed)));
        QCOMPARE(m_server.count(path), 1);
    }
};

QTEST_GUILESS_MAIN(TestOnlineReportFetcher)
#include "tst_onlinereportfetcher.moc"
