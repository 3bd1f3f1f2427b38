#include "ImportTestUtil.h"
#include "import/ReportImport.h"

#include <QTest>

using namespace dlrepro;
using namespace importtest;

class TestStackExchangeJson : public QObject
{
    Q_OBJECT
private slots:
    void question_from_thesis_quote()
    {
        const ImportResult r = importReportData(readFixture("so_question_59278771.json"),
                                                InputFormat::StackExchangeJson, QStringLiteral("q.json"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.reports.size(), 1);
        const Report &q = r.reports.first();
        QCOMPARE(q.source, ReportSource::StackOverflow);
        QCOMPARE(q.id, QStringLiteral("so:59278771"));
        QCOMPARE(q.url, QStringLiteral("https://stackoverflow.com/questions/59278771/super-low-accuracy-for-neural-network-model"));
        QCOMPARE(q.title, QStringLiteral("Super low accuracy for neural network model \"34.00%\" & what's wrong"));
        QCOMPARE(q.tags, (QStringList{QStringLiteral("python"), QStringLiteral("keras"), QStringLiteral("neural-network"), QStringLiteral("cross-validation")}));
        QCOMPARE(q.body.id, QStringLiteral("59278771"));
        QCOMPARE(q.body.score, 3);
        QCOMPARE(q.body.author, QString::fromUtf8("Jo\xC3\xAB" "l & co"));
        QCOMPARE(q.body.created, QDateTime::fromSecsSinceEpoch(1576012345, Qt::UTC));
        QCOMPARE(q.body.format, MarkupFormat::Html);
        QVERIFY(q.body.original.startsWith(QStringLiteral("<p>I followed a tutorial")));
        QVERIFY(q.body.text.startsWith(QStringLiteral("I followed a tutorial on neural network model evaluation")));
        QVERIFY(q.body.text.contains(QStringLiteral("but I got ~Accuracy: 34.00% (13.15%) on a few attempts.")));
        QVERIFY(q.body.text.contains(QStringLiteral("I downloaded the data from here as instructed.")));
        QVERIFY(q.body.text.endsWith(QStringLiteral("I use keras 2.3.1 with tensorflow 2.0.")));
        QCOMPARE(q.body.codeBlocks.size(), 2);
        QCOMPARE(q.body.codeBlocks.at(0).language, QStringLiteral("python"));
        QVERIFY(q.body.codeBlocks.at(0).text.startsWith(QStringLiteral("dataframe = pandas.read_csv(\"iris.csv\", header=None)\n")));
        QVERIFY(q.body.codeBlocks.at(0).text.contains(QStringLiteral("model.add(Dense(8, input_dim=4, activation='relu'))")));
        QVERIFY(q.body.codeBlocks.at(0).text.endsWith(QStringLiteral("results.std()*100))")));
        QCOMPARE(q.body.codeBlocks.at(1).text, QStringLiteral("Accuracy: 34.00% (13.15%)"));
        QCOMPARE(q.body.codeBlocks.at(1).language, QString());
        QVERIFY(spansMatch(q.body));

        QCOMPARE(q.comments.size(), 1);
        QCOMPARE(q.comments.first().id, QStringLiteral("104700001"));
        QCOMPARE(q.comments.first().text, QStringLiteral("Did you shuffle the data & one-hot encode Y?"));

        QCOMPARE(q.acceptedAnswerId, QStringLiteral("59279999"));
        QCOMPARE(q.answers.size(), 2);
        QCOMPARE(q.answers.at(0).accepted, false);
        QCOMPARE(q.answers.at(1).accepted, true);
        const Answer *accepted = q.acceptedAnswer();
        QVERIFY(accepted);
        QCOMPARE(accepted->post.id, QStringLiteral("59279999"));
        QCOMPARE(accepted->post.score, 5);
        QCOMPARE(accepted->post.author, QStringLiteral("second answerer"));
        QCOMPARE(blockTexts(accepted->post), QStringList{QStringLiteral("encoder = LabelEncoder()\nencoded_Y = encoder.fit_transform(Y)\ndummy_y = np_utils.to_categorical(encoded_Y)")});
        QCOMPARE(accepted->post.codeBlocks.first().language, QStringLiteral("python"));
        QVERIFY(spansMatch(accepted->post));
        QCOMPARE(accepted->comments.size(), 1);
        QCOMPARE(accepted->comments.first().text, QStringLiteral("Thanks, that fixed it."));
    }

    void items_list()
    {
        const ImportResult r = importReportData(readFixture("so_items.json"), InputFormat::Auto, QStringLiteral("items.json"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.reports.size(), 2);
        const Report &a = r.reports.at(0);
        QCOMPARE(a.id, QStringLiteral("so:39525358"));
        QCOMPARE(a.title, QStringLiteral("Neural network accuracy optimization"));
        QVERIFY(a.body.text.contains(QStringLiteral("two hidden layers with with 12 and 3 nodes respectively")));
        QVERIFY(a.body.text.contains(QStringLiteral("so after 150 epochs i get: loss: 0.6932 - acc: 0.5000 - val_loss: 0.6970 - val_acc: 0.1429")));
        QCOMPARE(blockTexts(a.body).size(), 1);
        QVERIFY(spansMatch(a.body));
        // The answer listed among the items is attached to its question and marked accepted.
        QCOMPARE(a.answers.size(), 1);
        QCOMPARE(a.answers.first().post.id, QStringLiteral("39526000"));
        QCOMPARE(a.answers.first().accepted, true);
        QCOMPARE(a.acceptedAnswerId, QStringLiteral("39526000"));
        const Report &b = r.reports.at(1);
        QCOMPARE(b.id, QStringLiteral("so:61781193"));
        QCOMPARE(b.tags, (QStringList{QStringLiteral("pytorch"), QStringLiteral("lstm"), QStringLiteral("loss")}));
        QVERIFY(b.body.text.startsWith(QStringLiteral("My training data has input as a sequence of 80 numbers")));
        QCOMPARE(blockTexts(b.body), QStringList{QStringLiteral("for epoch in range(10):\n    loss = criterion(model(x), y)")});
        QVERIFY(b.answers.isEmpty());
        QVERIFY(!b.acceptedAnswer());
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("answer only") << readFixture("so_answer_only.json")
                                     << QStringLiteral("in.json: not a question (only answers, no question)");
        QTest::newRow("items without question") << QByteArray(R"({"items": [], "has_more": false})")
                                                << QStringLiteral("in.json: not a question (no question among the items)");
        QTest::newRow("empty body") << readFixture("so_empty_body.json")
                                    << QStringLiteral("in.json: question 111 has an empty body (request the API with filter=withbody)");
        QTest::newRow("api error") << QByteArray(R"({"error_id": 502, "error_message": "too many requests", "error_name": "throttle_violation"})")
                                   << QStringLiteral("in.json: the API answered with error 502: too many requests");
        QTest::newRow("wrong shape") << QByteArray(R"({"number": 3})")
                                     << QStringLiteral("in.json: not a Stack Exchange question (no question_id or items)");
        QTest::newRow("items not array") << QByteArray(R"({"items": 3})") << QStringLiteral("in.json: \"items\" is not an array");
        QTest::newRow("invalid json") << QByteArray(R"({"question_id": )")
                                      << QStringLiteral("in.json: invalid JSON at offset 16: unterminated object");
    }
    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const ImportResult r = importReportData(json, InputFormat::StackExchangeJson, QStringLiteral("in.json"));
        QVERIFY(!r.ok());
        QVERIFY(r.reports.isEmpty());
        QCOMPARE(r.error, error);
    }
};

QTEST_GUILESS_MAIN(TestStackExchangeJson)
#include "tst_stackexchangejson.moc"
