#include "ImportTestUtil.h"
#include "import/PostsXmlReader.h"
#include "import/ReportImport.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QTemporaryFile>
#include <QTest>

using namespace dlrepro;
using namespace importtest;

class TestPostsXmlReader : public QObject
{
    Q_OBJECT
private slots:
    void tags_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("tags");
        QTest::newRow("angle") << QStringLiteral("<python><keras><neural-network>")
                               << QStringList{QStringLiteral("python"), QStringLiteral("keras"), QStringLiteral("neural-network")};
        QTest::newRow("pipes") << QStringLiteral("|pytorch|lstm|") << QStringList{QStringLiteral("pytorch"), QStringLiteral("lstm")};
        QTest::newRow("empty") << QString() << QStringList();
        QTest::newRow("unclosed angle") << QStringLiteral("<a><b") << QStringList{QStringLiteral("a")};
        QTest::newRow("c++ and .net") << QStringLiteral("<c++><.net>") << QStringList{QStringLiteral("c++"), QStringLiteral(".net")};
    }
    void tags()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, tags);
        QCOMPARE(parseDumpTags(input), tags);
    }

    void reads_rows()
    {
        QFile f(fixture("posts_sample.xml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        PostsXmlReader reader(&f);
        PostRow row;
        QVERIFY(reader.readNext(&row));
        QCOMPARE(row.id, 39525358);
        QCOMPARE(row.postTypeId, 1);
        QCOMPARE(row.acceptedAnswerId, 39526000);
        QCOMPARE(row.score, 2);
        QCOMPARE(row.answerCount, 2);
        QCOMPARE(row.title, QStringLiteral("Neural network accuracy optimization"));
        QCOMPARE(row.tags, (QStringList{QStringLiteral("keras"), QStringLiteral("neural-network"), QStringLiteral("optimization")}));
        QVERIFY(row.body.startsWith(QStringLiteral("<p>I have constructed an ANN in keras")));
        QVERIFY(row.body.contains(QStringLiteral("<pre class=\"lang-py\"><code>model = Sequential()\n")));
        QCOMPARE(row.creationDate, QDateTime(QDate(2016, 9, 16), QTime(6, 40, 0, 123), Qt::UTC));
        QVERIFY(reader.readNext(&row));
        QCOMPARE(row.postTypeId, 2);
        QCOMPARE(row.parentId, 39525358);
        int more = 0;
        while (reader.readNext(&row))
            ++more;
        QCOMPARE(more, 3);
        QCOMPARE(reader.rowsRead(), 5);
        QCOMPARE(reader.error(), QString());
    }

    void invalid_xml_names_line()
    {
        QFile f(fixture("posts_broken.xml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        PostsXmlReader reader(&f);
        PostRow row;
        QVERIFY(reader.readNext(&row));
        QCOMPARE(row.id, 1);
        QVERIFY(!reader.readNext(&row));
        QVERIFY2(reader.error().startsWith(QStringLiteral("invalid XML at line 5")), qPrintable(reader.error()));

        const ImportResult r = importReportFile(fixture("posts_broken.xml"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(fixture("posts_broken.xml") + QStringLiteral(": invalid XML at line 5")), qPrintable(r.error));
    }

    void import_attaches_answers()
    {
        const ImportResult r = importReportFile(fixture("posts_sample.xml"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.reports.size(), 2);
        const Report &q = r.reports.first();
        QCOMPARE(q.id, QStringLiteral("so:39525358"));
        QCOMPARE(q.source, ReportSource::StackOverflow);
        QCOMPARE(q.url, QStringLiteral("https://stackoverflow.com/questions/39525358"));
        QCOMPARE(q.title, QStringLiteral("Neural network accuracy optimization"));
        QCOMPARE(q.body.format, MarkupFormat::Html);
        QCOMPARE(blockTexts(q.body), QStringList{QStringLiteral("model = Sequential()\nmodel.add(Dense(12, input_dim=3, activation='relu'))")});
        QCOMPARE(q.body.codeBlocks.first().language, QStringLiteral("python"));
        QVERIFY(spansMatch(q.body));
        QCOMPARE(q.answers.size(), 2);
        QCOMPARE(q.answers.at(0).accepted, false);
        QCOMPARE(q.answers.at(1).accepted, true);
        QCOMPARE(q.acceptedAnswer()->post.text, QStringLiteral("Scale the inputs & use adam."));
        const Report &q2 = r.reports.at(1);
        QCOMPARE(q2.tags, (QStringList{QStringLiteral("pytorch"), QStringLiteral("lstm")}));
        QVERIFY(q2.answers.isEmpty());
    }

    void single_row_and_answers_only_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("error"); // empty: one report expected
        QTest::newRow("single question row")
            << QByteArray(R"(<row Id="7" PostTypeId="1" Title="T &amp; U" Body="&lt;p&gt;text&lt;/p&gt;" Tags="&lt;keras&gt;" />)")
            << QString();
        QTest::newRow("single answer row")
            << QByteArray(R"(<row Id="8" PostTypeId="2" ParentId="7" Body="&lt;p&gt;text&lt;/p&gt;" />)")
            << QStringLiteral("row.xml: not a question (1 rows, 1 answers, no question)");
        QTest::newRow("empty posts") << QByteArray("<posts></posts>")
                                     << QStringLiteral("row.xml: not a question (no <row> in the Posts.xml)");
        QTest::newRow("empty body") << QByteArray(R"(<row Id="9" PostTypeId="1" Title="T" Body="" />)")
                                    << QStringLiteral("row.xml: question 9 has an empty body");
    }
    void single_row_and_answers_only()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, error);
        const ImportResult r = importReportData(xml, InputFormat::Auto, QStringLiteral("row.xml"));
        QCOMPARE(r.error, error);
        if (error.isEmpty()) {
            QCOMPARE(r.reports.size(), 1);
            QCOMPARE(r.reports.first().id, QStringLiteral("so:7"));
            QCOMPARE(r.reports.first().title, QStringLiteral("T & U"));
            QCOMPARE(r.reports.first().tags, QStringList{QStringLiteral("keras")});
            QCOMPARE(r.reports.first().body.text, QStringLiteral("text"));
        }
    }

    void answers_only_file()
    {
        const ImportResult r = importReportFile(fixture("posts_answers_only.xml"));
        QCOMPARE(r.error, fixture("posts_answers_only.xml") + QStringLiteral(": not a question (2 rows, 2 answers, no question)"));
    }

    void streams_fifty_thousand_rows()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<posts>\n");
        const int rows = 50000;
        for (int i = 1; i <= rows; ++i) {
            const bool question = i % 2 == 1;
            QByteArray line = "  <row Id=\"" + QByteArray::number(i) + "\" PostTypeId=\"" + (question ? "1" : "2") + "\"";
            if (!question)
                line += " ParentId=\"" + QByteArray::number(i - 1) + "\"";
            line += " Score=\"" + QByteArray::number(i % 7) + "\" CreationDate=\"2020-01-01T00:00:00.000\""
                    " Body=\"&lt;p&gt;row " + QByteArray::number(i) + "&lt;/p&gt;&lt;pre&gt;&lt;code&gt;x = " + QByteArray::number(i)
                    + "&lt;/code&gt;&lt;/pre&gt;\" Title=\"q" + QByteArray::number(i) + "\" Tags=\"&lt;keras&gt;&lt;nan&gt;\" />\n";
            file.write(line);
        }
        file.write("</posts>\n");
        file.flush();
        QVERIFY(file.seek(0));
        QElapsedTimer timer;
        timer.start();
        PostsXmlReader reader(&file);
        PostRow row;
        qint64 questions = 0;
        qint64 idSum = 0;
        while (reader.readNext(&row)) {
            idSum += row.id;
            if (row.postTypeId == 1) {
                ++questions;
                QCOMPARE(row.tags.size(), 2);
            }
        }
        QCOMPARE(reader.error(), QString());
        QCOMPARE(reader.rowsRead(), rows);
        QCOMPARE(questions, rows / 2);
        QCOMPARE(idSum, qint64(rows) * (rows + 1) / 2);
        QCOMPARE(row.body, QStringLiteral("<p>row 50000</p><pre><code>x = 50000</code></pre>"));
        QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestPostsXmlReader)
#include "tst_postsxmlreader.moc"
