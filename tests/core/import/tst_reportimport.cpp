#include "ImportTestUtil.h"
#include "import/ReportImport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace dlrepro;
using namespace importtest;

class TestReportImport : public QObject
{
    Q_OBJECT
private slots:
    void format_ids_round_trip()
    {
        const QStringList ids{QStringLiteral("auto"), QStringLiteral("stackexchange"), QStringLiteral("posts-xml"),
                              QStringLiteral("github"), QStringLiteral("markdown"), QStringLiteral("text"),
                              QStringLiteral("html"), QStringLiteral("notebook"), QStringLiteral("report")};
        for (const QString &id : ids) {
            InputFormat f = InputFormat::Auto;
            QVERIFY(parseInputFormat(id, &f));
            QCOMPARE(inputFormatId(f), id);
        }
        InputFormat f = InputFormat::Auto;
        QVERIFY(!parseInputFormat(QStringLiteral("pdf"), &f));
        QVERIFY(parseInputFormat(QStringLiteral("MD"), &f));
        QCOMPARE(f, InputFormat::Markdown);
    }

    // Auto detection: what the content says, the name only breaking ties.
    void sniffing_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("title");
        QTest::newRow("stack exchange json") << readFixture("so_question_59278771.json") << QStringLiteral("a.txt")
                                             << QStringLiteral("stackoverflow") << QStringLiteral("html")
                                             << QStringLiteral("Super low accuracy for neural network model \"34.00%\" & what's wrong");
        QTest::newRow("github json") << readFixture("github_issue.json") << QStringLiteral("x")
                                     << QStringLiteral("github") << QStringLiteral("markdown")
                                     << QStringLiteral("Loss stays constant with LSTM on token sequences");
        QTest::newRow("notebook") << readFixture("notebook.ipynb") << QStringLiteral("x.json")
                                  << QStringLiteral("file") << QStringLiteral("notebook") << QStringLiteral("Iris accuracy is 34%");
        QTest::newRow("posts xml") << readFixture("posts_sample.xml") << QStringLiteral("x.txt")
                                   << QStringLiteral("stackoverflow") << QStringLiteral("html")
                                   << QStringLiteral("Neural network accuracy optimization");
        QTest::newRow("saved page") << readFixture("so_page.html") << QStringLiteral("page")
                                    << QStringLiteral("stackoverflow") << QStringLiteral("html")
                                    << QStringLiteral("Super low accuracy for neural network & model");
        QTest::newRow("html fragment") << QByteArray("<p>Loss is <b>nan</b></p>") << QStringLiteral("f")
                                       << QStringLiteral("file") << QStringLiteral("html") << QStringLiteral("Loss is nan");
        QTest::newRow("markdown by content") << readFixture("report.md") << QStringLiteral("report")
                                             << QStringLiteral("file") << QStringLiteral("markdown")
                                             << QStringLiteral("Loss is NaN after a few epochs");
        QTest::newRow("markdown link first") << QByteArray("[Bug] model fails, see [log](http://x.invalid)\n") << QStringLiteral("r")
                                             << QStringLiteral("file") << QStringLiteral("markdown")
                                             << QStringLiteral("[Bug] model fails, see log");
        QTest::newRow("plain text") << readFixture("report.txt") << QStringLiteral("report.txt")
                                    << QStringLiteral("file") << QStringLiteral("text")
                                    << QStringLiteral("Keras model accuracy stuck at 50%");
        QTest::newRow("plain text, .md name") << QByteArray("just words\nmore words\n") << QStringLiteral("n.md")
                                              << QStringLiteral("file") << QStringLiteral("markdown") << QStringLiteral("just words");
        QTest::newRow("tag-first text named .md") << QByteArray("<details>log</details>\n\n# not a title\n") << QStringLiteral("n.md")
                                                  << QStringLiteral("file") << QStringLiteral("markdown")
                                                  << QStringLiteral("<details>log</details>");
        QTest::newRow("report json") << readFixture("reports.jsonl").split('\n').first() << QStringLiteral("one")
                                     << QStringLiteral("stackoverflow") << QStringLiteral("html")
                                     << QStringLiteral("Neural network accuracy optimization");
        QTest::newRow("invalid utf-8 text") << QByteArray("Caf\xC3 loss \xFF\n") << QStringLiteral("u")
                                            << QStringLiteral("file") << QStringLiteral("text")
                                            << QStringLiteral("Caf") + QChar(0xFFFD) + QStringLiteral(" loss ") + QChar(0xFFFD);
        QTest::newRow("invalid utf-8 json") << QByteArray("{\"number\": 1, \"title\": \"bad \xFF\", \"body\": \"b\"}")
                                            << QStringLiteral("u") << QStringLiteral("github") << QStringLiteral("markdown")
                                            << QStringLiteral("bad ") + QChar(0xFFFD);
    }
    void sniffing()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, name);
        QFETCH(QString, source);
        QFETCH(QString, format);
        QFETCH(QString, title);
        const ImportResult r = importReportData(data, InputFormat::Auto, name);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(!r.reports.isEmpty());
        QCOMPARE(reportSourceId(r.reports.first().source), source);
        QCOMPARE(markupFormatId(r.reports.first().body.format), format);
        QCOMPARE(r.reports.first().title, title);
        QVERIFY(spansMatch(r.reports.first().body));
    }

    void saved_question_page()
    {
        const ImportResult r = importReportFile(fixture("so_page.html"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Report &q = r.reports.first();
        QCOMPARE(q.id, QStringLiteral("so:59278771"));
        QCOMPARE(q.url, QStringLiteral("https://stackoverflow.com/questions/59278771/super-low-accuracy-for-neural-network-model"));
        QCOMPARE(q.tags, (QStringList{QStringLiteral("python"), QStringLiteral("keras")}));
        QCOMPARE(q.body.text, QStringLiteral(
            "I followed a tutorial on neural network model evaluation using cross-validation with code (given below). "
            "The accuracy was supposed to be around 95.33% (4.27%) but I got ~Accuracy: 34.00% (13.15%) on a few attempts.\n\n"
            "estimator = KerasClassifier(build_fn=baseline_model, epochs=200, batch_size=5, verbose=0)\n"
            "results = cross_val_score(estimator, X, dummy_y, cv=kfold)\n\nWhat could go wrong? Thanks"));
        QCOMPARE(q.body.codeBlocks.size(), 1);
        QCOMPARE(q.body.codeBlocks.first().language, QStringLiteral("python"));
        QVERIFY(spansMatch(q.body));
        QCOMPARE(q.answers.size(), 2);
        QCOMPARE(q.answers.at(0).post.id, QStringLiteral("59279001"));
        QCOMPARE(q.answers.at(0).accepted, false);
        QCOMPARE(q.answers.at(1).accepted, true);
        QCOMPARE(q.answers.at(1).post.score, 5);
        QCOMPARE(q.acceptedAnswerId, QStringLiteral("59279999"));
        QCOMPARE(blockTexts(q.acceptedAnswer()->post), QStringList{QStringLiteral("encoded_Y = encoder.fit_transform(Y)")});
    }

    void other_page()
    {
        const ImportResult r = importReportFile(fixture("other_page.html"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.reports.first().id, QStringLiteral("other_page.html"));
        QCOMPARE(r.reports.first().title, QStringLiteral("My \"notes\" page"));
        QCOMPARE(r.reports.first().body.text, QStringLiteral("Training log\n\nLoss went to NaN after 3 epochs.\n\n- lr 0.1\n- batch 32"));
    }

    void markdown_file()
    {
        const ImportResult r = importReportFile(fixture("report.md"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Report &m = r.reports.first();
        QCOMPARE(m.id, QStringLiteral("report.md"));
        QCOMPARE(m.title, QStringLiteral("Loss is NaN after a few epochs"));
        QCOMPARE(m.body.text, QStringLiteral("I train a small CNN and the loss becomes nan after epoch 3.\n\n"
                                             "model.fit(x, y, epochs=10)\n\nEpoch 3/10 - loss: nan"));
        QCOMPARE(blockTexts(m.body), (QStringList{QStringLiteral("model.fit(x, y, epochs=10)"), QStringLiteral("Epoch 3/10 - loss: nan")}));
        QVERIFY(spansMatch(m.body));
    }

    void json_lines()
    {
        const ImportResult r = importReportFile(fixture("reports.jsonl"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.reports.size(), 2);
        QCOMPARE(r.reports.at(0).id, QStringLiteral("so:39525358"));
        QCOMPARE(blockTexts(r.reports.at(0).body), QStringList{QStringLiteral("model = Sequential()")});
        QCOMPARE(r.reports.at(1).id, QStringLiteral("gh:example-org/tiny-trainer#42"));
        QCOMPARE(r.reports.at(1).repository, QStringLiteral("example-org/tiny-trainer"));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("error");
        const int autoFormat = int(InputFormat::Auto);
        QTest::newRow("binary") << QByteArray("PK\x03\x04\0\0abc", 9) << autoFormat
                                << QStringLiteral("in: binary data (it holds NUL bytes), not a report");
        QTest::newRow("empty") << QByteArray(" \n\t") << autoFormat << QStringLiteral("in: empty input");
        QTest::newRow("invalid json") << QByteArray("{\"title\": \"x\", }") << autoFormat
                                      << QStringLiteral("in: invalid JSON at offset 16: object is missing after a comma");
        QTest::newRow("unknown json") << QByteArray("{\"hello\": 1}") << autoFormat
                                      << QStringLiteral("in: unrecognised JSON: expected a Stack Exchange question, a GitHub issue, a Jupyter notebook or a dlrepro report");
        QTest::newRow("empty array") << QByteArray("[]") << autoFormat << QStringLiteral("in: an empty JSON array holds no report");
        QTest::newRow("github array") << QByteArray(R"([{"number": 1, "title": "x", "body": "b"}])") << autoFormat
                                      << QStringLiteral("in: expected one GitHub issue object, got a JSON array (pass comments separately)");
        QTest::newRow("wrong schema") << QByteArray(R"({"schema": "other/2"})") << autoFormat
                                      << QStringLiteral("in: not a dlrepro report (\"schema\" is not \"dlrepro.report/1\")");
        QTest::newRow("invalid xml") << QByteArray("<posts>\n<row Id=\"1\" PostTypeId=\"1\" Body=\"x\" Title=\"t\"/>\n<row Id=2/>\n</posts>")
                                     << autoFormat << QStringLiteral("in: invalid XML at line 3, column 9: Expected ''' or '\"', but got '[0-9]'.");
        QTest::newRow("html without text") << QByteArray("<html><head><title></title></head><body><script>x</script></body></html>")
                                           << autoFormat << QStringLiteral("in: empty body (the HTML holds no text)");
        QTest::newRow("explicit github on question") << readFixture("so_answer_only.json") << int(InputFormat::GitHubIssueJson)
                                                     << QStringLiteral("in: not a GitHub issue (an issue object needs \"number\" and \"title\")");
        QTest::newRow("too large") << QByteArray(kMaxReportFileBytes + 1, 'a') << autoFormat
                                   << QStringLiteral("in: too large (67108865 bytes; the limit is 64 MiB)");
    }
    void errors()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, format);
        QFETCH(QString, error);
        const ImportResult r = importReportData(data, InputFormat(format), QStringLiteral("in"));
        QCOMPARE(r.error, error);
        QVERIFY(r.reports.isEmpty());
    }

    // Mangled real inputs (truncated, bytes flipped) give a report or an error, never a crash.
    void mangled_inputs_never_crash()
    {
        const char *names[] = {"so_question_59278771.json", "so_items.json", "posts_sample.xml", "github_issue.json",
                               "notebook.ipynb", "so_page.html", "report.md", "reports.jsonl"};
        const InputFormat formats[] = {InputFormat::Auto, InputFormat::StackExchangeJson, InputFormat::PostsXml,
                                       InputFormat::GitHubIssueJson, InputFormat::Markdown, InputFormat::PlainText,
                                       InputFormat::Html, InputFormat::Notebook, InputFormat::ReportJson};
        quint32 seed = 12345;
        auto next = [&seed] { seed = seed * 1664525u + 1013904223u; return seed >> 8; };
        int outcomes = 0;
        for (const char *name : names) {
            const QByteArray original = readFixture(name);
            for (int round = 0; round < 40; ++round) {
                QByteArray data = original.left(qsizetype(next() % quint32(original.size() + 1)));
                for (int flips = 0; flips < 4 && !data.isEmpty(); ++flips)
                    data[qsizetype(next() % quint32(data.size()))] = char(next() % 255 + 1);
                for (InputFormat f : formats) {
                    const ImportResult r = importReportData(data, f, QStringLiteral("m"));
                    QVERIFY(r.ok() != r.error.startsWith(QStringLiteral("m: ")));
                    QVERIFY(r.ok() || r.reports.isEmpty());
                    for (const Report &rep : r.reports)
                        QVERIFY(spansMatch(rep.body));
                    ++outcomes;
                }
            }
        }
        QCOMPARE(outcomes, 8 * 40 * 9);
    }

    void file_errors()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString missing = dir.filePath(QStringLiteral("missing.json"));
        QCOMPARE(importReportFile(missing).error, missing + QStringLiteral(": no such file"));
        QCOMPARE(importReportFile(dir.path()).error, dir.path() + QStringLiteral(": is a directory, not a report file"));
        const QString binary = dir.filePath(QStringLiteral("model.pt"));
        QFile f(binary);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x80\x02\0\0", 4));
        f.close();
        QCOMPARE(importReportFile(binary).error, binary + QStringLiteral(": binary data (it holds NUL bytes), not a report"));
        QCOMPARE(importReportFile(fixture("reports_broken.jsonl")).error,
                 fixture("reports_broken.jsonl") + QStringLiteral(": line 2: invalid JSON at offset 57: unterminated object"));
        const QString unreadable = dir.filePath(QStringLiteral("secret.md"));
        QFile u(unreadable);
        QVERIFY(u.open(QIODevice::WriteOnly));
        u.write("text");
        u.close();
        QFile::setPermissions(unreadable, QFileDevice::Permissions());
        if (QFileInfo(unreadable).isReadable())
            QSKIP("running as root: permissions do not stop reading");
        QVERIFY(importReportFile(unreadable).error.startsWith(unreadable + QStringLiteral(": cannot read: ")));
    }
};

QTEST_GUILESS_MAIN(TestReportImport)
#include "tst_reportimport.moc"
