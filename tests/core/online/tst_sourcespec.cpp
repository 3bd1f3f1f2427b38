#include "online/SourceSpec.h"

#include <QTest>

using namespace dlrepro;

class TestSourceSpec : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("id");    // canonical id; empty when refused
        QTest::addColumn<QString>("error"); // exact error when refused

        const auto ok = [](const char *name, const char *input, const char *id) {
            QTest::newRow(name) << QString::fromUtf8(input) << QString::fromUtf8(id) << QString();
        };
        const auto bad = [](const char *name, const char *input, const char *error) {
            QTest::newRow(name) << QString::fromUtf8(input) << QString() << QString::fromUtf8(error);
        };
        ok("so short", "so:64520473", "so:64520473");
        ok("so upper-case prefix", "SO:123", "so:123");
        ok("so padded", "  so:59278771 \n", "so:59278771");
        ok("gh short", "gh:tensorflow/tensorflow#12", "gh:tensorflow/tensorflow#12");
        ok("gh dots and dashes", "gh:keras-team/keras-io.old_1#40123", "gh:keras-team/keras-io.old_1#40123");
        ok("so questions url", "https://stackoverflow.com/questions/59278771/super-low-accuracy-for-neural-network-model",
           "so:59278771");
        ok("so questions url no slug", "https://stackoverflow.com/questions/59278771", "so:59278771");
        ok("so answer permalink", "https://stackoverflow.com/questions/59278771/super-low/59279377#59279377", "so:59278771");
        ok("so share link", "https://stackoverflow.com/q/59278771/12509876", "so:59278771");
        ok("so q url", "https://stackoverflow.com/q/123", "so:123");
        ok("so www http", "http://www.stackoverflow.com/questions/39525358/neural-network-accuracy-optimization?noredirect=1#comment1",
           "so:39525358");
        ok("so bare host", "stackoverflow.com/questions/123/x", "so:123");
        ok("so upper-case host", "https://StackOverflow.com/q/77", "so:77");
        ok("gh issue url", "https://github.com/pytorch/pytorch/issues/12", "gh:pytorch/pytorch#12");
        ok("gh pull url", "https://github.com/pytorch/pytorch/pull/98765/files", "gh:pytorch/pytorch#98765");
        ok("gh comment url", "https://github.com/owner/repo/issues/5#issuecomment-1790000001", "gh:owner/repo#5");
        ok("gh www bare", "www.github.com/o/r/issues/1", "gh:o/r#1");

        bad("empty", "", "empty source");
        bad("blank", "   ", "empty source");
        bad("so no id", "so:", "expected a question number, as in so:64520473");
        bad("so letters", "so:abc", "expected a question number, as in so:64520473");
        bad("so negative", "so:-5", "expected a question number, as in so:64520473");
        bad("so zero", "so:0", "expected a question number, as in so:64520473");
        bad("so leading zero", "so:0123", "expected a question number, as in so:64520473");
        bad("so overflow", "so:99999999999999999999", "expected a question number, as in so:64520473");
        bad("so trailing junk", "so:123abc", "expected a question number, as in so:64520473");
        bad("gh no hash", "gh:owner/repo", "expected gh:owner/repo#number");
        bad("gh no slash", "gh:repo#1", "expected gh:owner/repo#number");
        bad("gh no number", "gh:owner/repo#", "expected an issue number, as in gh:owner/repo#12");
        bad("gh dotdot repo", "gh:owner/..#1", "not a GitHub repository name: \"..\"");
        bad("gh slash in repo", "gh:owner/a/b#1", "not a GitHub repository name: \"a/b\"");
        bad("gh bad owner", "gh:-owner/repo#1", "not a GitHub owner name: \"-owner\"");
        bad("gh space owner", "gh:my owner/repo#1", "not a GitHub owner name: \"my owner\"");
        bad("so tags url", "https://stackoverflow.com/questions/tagged/keras", "not a Stack Overflow question address");
        bad("gh new issue", "https://github.com/o/r/issues/new", "not a GitHub issue or pull request address");
        bad("gh bad owner url", "https://github.com/-x/r/issues/1", "not a GitHub owner name: \"-x\"");
        bad("so user url", "https://stackoverflow.com/users/123/x", "not a Stack Overflow question address");
        bad("so answer link", "https://stackoverflow.com/a/59279377", "an answer link does not name its question; use the question's link");
        bad("other se site", "https://datascience.stackexchange.com/questions/1/x",
            "only stackoverflow.com questions are supported, not datascience.stackexchange.com");
        bad("gh repo url", "https://github.com/pytorch/pytorch", "not a GitHub issue or pull request address");
        bad("gh discussions", "https://github.com/o/r/discussions/3", "not a GitHub issue or pull request address");
        bad("unsupported host", "https://example.com/questions/1", "unsupported site example.com: only stackoverflow.com and github.com");
        bad("ftp", "ftp://stackoverflow.com/q/1", "not an online source: expected so:<id>, gh:<owner>/<repo>#<n>, or a stackoverflow.com / github.com address");
        bad("file path", "/home/me/report.json", "not an online source: expected so:<id>, gh:<owner>/<repo>#<n>, or a stackoverflow.com / github.com address");
        bad("broken url", "https://", "not a valid web address");
    }
    void parse()
    {
        QFETCH(QString, input);
        QFETCH(QString, id);
        QFETCH(QString, error);
        const SourceSpec spec = parseSourceSpec(input);
        QCOMPARE(spec.id(), id);
        QCOMPARE(spec.isValid(), !id.isEmpty());
        QCOMPARE(spec.error, error);
    }

    void fields()
    {
        const SourceSpec so = parseSourceSpec(QStringLiteral("https://stackoverflow.com/q/59278771"));
        QCOMPARE(so.kind, SourceSpec::Kind::StackOverflow);
        QCOMPARE(so.questionId, 59278771);
        QCOMPARE(so.webUrl(), QStringLiteral("https://stackoverflow.com/q/59278771"));
        const SourceSpec gh = parseSourceSpec(QStringLiteral("https://github.com/tfbugs/mnist-demo/pull/42"));
        QCOMPARE(gh.kind, SourceSpec::Kind::GitHub);
        QCOMPARE(gh.owner, QStringLiteral("tfbugs"));
        QCOMPARE(gh.repo, QStringLiteral("mnist-demo"));
        QCOMPARE(gh.number, 42);
        QCOMPARE(gh.webUrl(), QStringLiteral("https://github.com/tfbugs/mnist-demo/issues/42"));
    }

    void looksLikeSpec_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("online");
        QTest::newRow("so") << QStringLiteral("so:1") << true;
        QTest::newRow("bad so still routed") << QStringLiteral("so:abc") << true;
        QTest::newRow("gh") << QStringLiteral("GH:o/r#1") << true;
        QTest::newRow("https") << QStringLiteral("https://example.com/x") << true;
        QTest::newRow("bare so host") << QStringLiteral("stackoverflow.com/q/1") << true;
        QTest::newRow("relative file") << QStringLiteral("report.json") << false;
        QTest::newRow("absolute file") << QStringLiteral("/tmp/so:1.json") << false;
        QTest::newRow("windows drive") << QStringLiteral("C:\\reports\\a.json") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void looksLikeSpec()
    {
        QFETCH(QString, input);
        QFETCH(bool, online);
        QCOMPARE(looksLikeSourceSpec(input), online);
    }

    void hugeAndInvalidInput()
    {
        QString huge = QStringLiteral("https://stackoverflow.com/q/1/");
        huge += QString(10 * 1024 * 1024, QLatin1Char('a'));
        QCOMPARE(parseSourceSpec(huge).error, QStringLiteral("source too long"));
        const QString garbage = QString::fromUtf8("so:\xff\xfe\x80" "12");
        QCOMPARE(parseSourceSpec(garbage).error, QStringLiteral("expected a question number, as in so:64520473"));
        const QString fullwidthDigits = QString::fromUtf8("so:\xef\xbc\x91\xef\xbc\x92"); // "１２"
        QVERIFY(!parseSourceSpec(fullwidthDigits).isValid());
    }
};

QTEST_GUILESS_MAIN(TestSourceSpec)
#include "tst_sourcespec.moc"
