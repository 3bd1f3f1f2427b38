#include "ImportTestUtil.h"
#include "import/ReportImport.h"

#include <QTest>

using namespace dlrepro;
using namespace importtest;

class TestGitHubIssue : public QObject
{
    Q_OBJECT
private slots:
    void issue_with_comments()
    {
        const ImportResult r = importGitHubIssue(readFixture("github_issue.json"), readFixture("github_comments.json"),
                                                 QStringLiteral("issue-42"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.reports.size(), 1);
        const Report &i = r.reports.first();
        QCOMPARE(i.source, ReportSource::GitHub);
        QCOMPARE(i.id, QStringLiteral("gh:example-org/tiny-trainer#42"));
        QCOMPARE(i.repository, QStringLiteral("example-org/tiny-trainer"));
        QCOMPARE(i.url, QStringLiteral("https://github.com/example-org/tiny-trainer/issues/42"));
        QCOMPARE(i.title, QStringLiteral("Loss stays constant with LSTM on token sequences"));
        QCOMPARE(i.tags, (QStringList{QStringLiteral("bug"), QStringLiteral("training")}));
        QCOMPARE(i.state, QStringLiteral("closed"));
        QCOMPARE(i.body.author, QStringLiteral("reporter-one"));
        QCOMPARE(i.body.id, QStringLiteral("42"));
        QCOMPARE(i.body.created, QDateTime(QDate(2023, 4, 5), QTime(10, 20, 30), Qt::UTC));
        QCOMPARE(i.body.format, MarkupFormat::Markdown);
        QVERIFY(i.body.original.startsWith(QStringLiteral("## Describe the bug\r\n")));
        QCOMPARE(i.body.text, QStringLiteral(
            "Describe the bug\nMy training data has input as a sequence of 80 numbers in which each represent a word "
            "and target value is just a number between 1 and 3.\n\n"
            "train_data = torch.utils.data.TensorDataset(x, y)\nfor epoch in range(5):\n    print(loss.item())\n\n"
            "Output:\n\n1.0986\n1.0986\n\nVersions: torch==2.0.1"));
        QCOMPARE(blockTexts(i.body), (QStringList{
            QStringLiteral("train_data = torch.utils.data.TensorDataset(x, y)\nfor epoch in range(5):\n    print(loss.item())"),
            QStringLiteral("1.0986\n1.0986")}));
        QCOMPARE(i.body.codeBlocks.at(0).language, QStringLiteral("python"));
        QVERIFY(spansMatch(i.body));
        QCOMPARE(i.comments.size(), 2);
        QCOMPARE(i.comments.at(0).id, QStringLiteral("1500000001"));
        QCOMPARE(i.comments.at(0).author, QStringLiteral("maintainer"));
        QCOMPARE(i.comments.at(0).text, QStringLiteral("Can you share the model definition?"));
        QCOMPARE(blockTexts(i.comments.at(1)), QStringList{QStringLiteral("model = nn.LSTM(80, 3)")});
    }

    void auto_detects_issue_file()
    {
        const ImportResult r = importReportFile(fixture("github_issue.json"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.reports.first().id, QStringLiteral("gh:example-org/tiny-trainer#42"));
        QVERIFY(r.reports.first().comments.isEmpty()); // "comments": 2 is a count
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("issue");
        QTest::addColumn<QByteArray>("comments");
        QTest::addColumn<QString>("error");
        QTest::newRow("array as issue") << QByteArray("[{\"number\": 1, \"title\": \"x\", \"body\": \"y\"}]") << QByteArray()
                                        << QStringLiteral("gh: expected one GitHub issue object, got a JSON array");
        QTest::newRow("no number") << QByteArray("{\"title\": \"x\", \"body\": \"y\"}") << QByteArray()
                                   << QStringLiteral("gh: not a GitHub issue (an issue object needs \"number\" and \"title\")");
        QTest::newRow("no title") << QByteArray("{\"number\": 5, \"body\": \"y\"}") << QByteArray()
                                  << QStringLiteral("gh: not a GitHub issue (an issue object needs \"number\" and \"title\")");
        QTest::newRow("empty body") << QByteArray("{\"number\": 5, \"title\": \"t\", \"body\": null}") << QByteArray()
                                    << QStringLiteral("gh: issue #5 has an empty body");
        QTest::newRow("comments not array") << QByteArray("{\"number\": 5, \"title\": \"t\", \"body\": \"b\"}") << QByteArray("{}")
                                            << QStringLiteral("gh: comments: expected a JSON array of comments");
        QTest::newRow("comments invalid") << QByteArray("{\"number\": 5, \"title\": \"t\", \"body\": \"b\"}") << QByteArray("[")
                                          << QStringLiteral("gh: comments: invalid JSON at offset 1: unterminated array");
        QTest::newRow("invalid issue") << QByteArray("{\"number\": 5,") << QByteArray()
                                       << QStringLiteral("gh: invalid JSON at offset 13: unterminated object");
    }
    void errors()
    {
        QFETCH(QByteArray, issue);
        QFETCH(QByteArray, comments);
        QFETCH(QString, error);
        const ImportResult r = importGitHubIssue(issue, comments, QStringLiteral("gh"));
        QCOMPARE(r.error, error);
        QVERIFY(r.reports.isEmpty());
    }

    void repository_from_html_url()
    {
        const ImportResult r = importGitHubIssue(
            QByteArray("{\"number\": 7, \"title\": \"t\", \"body\": \"b\", \"html_url\": \"https://github.com/o/r/issues/7\", \"labels\": [\"x\"]}"),
            QByteArray(), QStringLiteral("gh"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.reports.first().repository, QStringLiteral("o/r"));
        QCOMPARE(r.reports.first().id, QStringLiteral("gh:o/r#7"));
        QCOMPARE(r.reports.first().tags, QStringList{QStringLiteral("x")});
    }
};

QTEST_GUILESS_MAIN(TestGitHubIssue)
#include "tst_githubissue.moc"
