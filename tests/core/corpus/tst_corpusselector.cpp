#include "corpus/CorpusFilters.h"
#include "corpus/CorpusSelector.h"
#include "report/ReportJson.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace dlrepro;

namespace {

QString fixture(const char *name) { return QStringLiteral(DLREPRO_FIXTURES "/corpus/") + QLatin1String(name); }

// The study's range (thesis 4.3.1: May 2020 – May 2023).
SelectOptions studyOptions()
{
    SelectOptions o;
    parseSelectDate(QStringLiteral("2020-05-01"), false, &o.since);
    parseSelectDate(QStringLiteral("2023-05-31"), true, &o.until);
    return o;
}

struct Run {
    bool ok = false;
    QString error;
    SelectStats stats;
    QList<SelectedQuestion> kept;
    QStringList ids;
};

Run select(const SelectOptions &options, const QString &path)
{
    Run r;
    CorpusSelector selector(options);
    r.ok = selector.runFile(path, [&r](const SelectedQuestion &q) {
        r.kept << q;
        r.ids << q.report.id;
        return true;
    });
    r.error = selector.error();
    r.stats = selector.stats();
    return r;
}

// A device that can only be read front to back (a pipe): no second pass is possible.
class SequentialDevice : public QIODevice
{
public:
    explicit SequentialDevice(QByteArray data) : m_data(std::move(data)) {}
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, qint64(m_data.size()) - m_pos);
        memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace

class TestCorpusSelector : public QObject
{
    Q_OBJECT
private slots:
    void titleKeyword_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("excluded");
        QTest::newRow("How to") << QStringLiteral("How to fix CUDA out of memory") << true;
        QTest::newRow("upper BUILD") << QStringLiteral("Model fails to BUILD") << true;
        QTest::newRow("install at end") << QStringLiteral("tensorflow-gpu: pip install") << true;
        QTest::newRow("after punctuation") << QStringLiteral("model.build() raises") << true;
        QTest::newRow("show is not how") << QStringLiteral("Showing rebuilt tensors") << false;
        QTest::newRow("installing is not install") << QStringLiteral("Error installing CUDA") << false;
        QTest::newRow("build_fn is a word") << QStringLiteral("KerasClassifier build_fn error") << false;
        QTest::newRow("plain") << QStringLiteral("Loss is nan from the first epoch") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void titleKeyword()
    {
        QFETCH(QString, title);
        QFETCH(bool, excluded);
        QCOMPARE(titleHasExcludedWord(title), excluded);
    }

    void codeBlock_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<bool>("block");
        QTest::newRow("pre code") << QStringLiteral("<p>x</p><pre class=\"lang-py\"><code>a = 1\n</code></pre>") << true;
        QTest::newRow("PRE upper, no code") << QStringLiteral("<PRE>a = 1</PRE>") << true;
        QTest::newRow("multi-line code") << QStringLiteral("<code>a = 1\nb = 2</code>") << true;
        QTest::newRow("inline code") << QStringLiteral("<p>Calling <code>x.cuda()</code> hangs</p>") << false;
        QTest::newRow("inline code, trailing newline") << QStringLiteral("<code>x.cuda()\n</code>") << false;
        QTest::newRow("preview is not pre") << QStringLiteral("<preview>a\nb</preview>") << false;
        QTest::newRow("codex is not code") << QStringLiteral("<codex>a\nb</codex>") << false;
        QTest::newRow("unclosed code") << QStringLiteral("<code>a\nb") << true;
        QTest::newRow("text only") << QStringLiteral("a < b and c > d") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void codeBlock()
    {
        QFETCH(QString, html);
        QFETCH(bool, block);
        QCOMPARE(htmlHasCodeBlock(html), block);
    }

    void bugTypeOfTags_data()
    {
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<int>("type");
        QTest::addColumn<QStringList>("parts");
        QTest::newRow("gpu") << QStringList{QStringLiteral("pytorch"), QStringLiteral("cuda"), QStringLiteral("gpu")}
                             << int(BugType::Gpu) << QStringList();
        QTest::newRow("api lower case") << QStringList{QStringLiteral("valueerror")} << int(BugType::Api) << QStringList();
        QTest::newRow("api thesis spelling") << QStringList{QStringLiteral("ModuleNotFoundError")} << int(BugType::Api)
                                             << QStringList();
        QTest::newRow("mixed in type order")
            << QStringList{QStringLiteral("layer"), QStringLiteral("loss")} << int(BugType::Mixed)
            << QStringList{QStringLiteral("training"), QStringLiteral("model")};
        QTest::newRow("partial tag is no match") << QStringList{QStringLiteral("tensorflow"), QStringLiteral("tensors")}
                                                 << int(BugType::Unknown) << QStringList();
        QTest::newRow("none") << QStringList() << int(BugType::Unknown) << QStringList();
    }
    void bugTypeOfTags()
    {
        QFETCH(QStringList, tags);
        QFETCH(int, type);
        QFETCH(QStringList, parts);
        QList<BugType> got;
        QCOMPARE(int(bugTypeForTags(tags, &got)), type);
        QStringList gotIds;
        for (BugType t : got)
            gotIds << bugTypeId(t);
        QCOMPARE(gotIds, parts);
    }

    void framework()
    {
        const QStringList fw{QStringLiteral("pytorch"), QStringLiteral("tensorflow"), QStringLiteral("keras")};
        QCOMPARE(frameworkForTags({QStringLiteral("keras"), QStringLiteral("tensorflow")}, fw), QStringLiteral("tensorflow"));
        QCOMPARE(frameworkForTags({QStringLiteral("Keras")}, fw), QStringLiteral("keras"));
        QCOMPARE(frameworkForTags({QStringLiteral("pytorch-lightning")}, fw), QString());
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("end");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("utc");
        QTest::newRow("start of day") << QStringLiteral("2020-05-01") << false << true
                                      << QStringLiteral("2020-05-01T00:00:00.000Z");
        QTest::newRow("end of day") << QStringLiteral("2023-05-31") << true << true
                                    << QStringLiteral("2023-05-31T23:59:59.999Z");
        QTest::newRow("date-time is UTC") << QStringLiteral("2021-01-02T03:04:05") << true << true
                                          << QStringLiteral("2021-01-02T03:04:05.000Z");
        QTest::newRow("offset") << QStringLiteral("2021-01-02T03:04:05+02:00") << false << true
                                << QStringLiteral("2021-01-02T01:04:05.000Z");
        QTest::newRow("no such day") << QStringLiteral("2021-02-30") << false << false << QString();
        QTest::newRow("words") << QStringLiteral("yesterday") << false << false << QString();
        QTest::newRow("empty") << QString() << false << false << QString();
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(bool, end);
        QFETCH(bool, ok);
        QFETCH(QString, utc);
        QDateTime dt;
        QCOMPARE(parseSelectDate(text, end, &dt), ok);
        if (ok)
            QCOMPARE(dt.toUTC().toString(Qt::ISODateWithMs), utc);
    }

    void keptIds_data()
    {
        QTest::addColumn<bool>("studyRange");
        QTest::addColumn<bool>("keepUntyped");
        QTest::addColumn<QStringList>("ids");
        // Written as their accepted answers arrive; 130's answer (129) is listed before it and
        // is found by the second pass, so it comes last.
        QTest::newRow("study range")
            << true << false
            << QStringList{QStringLiteral("so:100"), QStringLiteral("so:120"), QStringLiteral("so:162"),
                           QStringLiteral("so:165"), QStringLiteral("so:110"), QStringLiteral("so:130")};
        QTest::newRow("keep untyped")
            << true << true
            << QStringList{QStringLiteral("so:100"), QStringLiteral("so:120"), QStringLiteral("so:162"),
                           QStringLiteral("so:165"), QStringLiteral("so:185"), QStringLiteral("so:110"),
                           QStringLiteral("so:130")};
        QTest::newRow("no date range")
            << false << false
            << QStringList{QStringLiteral("so:100"), QStringLiteral("so:120"), QStringLiteral("so:150"),
                           QStringLiteral("so:151"), QStringLiteral("so:162"), QStringLiteral("so:165"),
                           QStringLiteral("so:110"), QStringLiteral("so:130")};
    }
    void keptIds()
    {
        QFETCH(bool, studyRange);
        QFETCH(bool, keepUntyped);
        QFETCH(QStringList, ids);
        SelectOptions options = studyRange ? studyOptions() : SelectOptions();
        options.keepUntyped = keepUntyped;
        const Run r = select(options, fixture("Posts.xml"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.ids, ids);
    }

    void dropCounts()
    {
        const Run r = select(studyOptions(), fixture("Posts.xml"));
        QVERIFY(r.ok);
        QCOMPARE(r.stats.rowsRead, 33);
        QCOMPARE(r.stats.questions, 17);
        QCOMPARE(r.stats.answers, 15);
        QCOMPARE(r.stats.otherRows, 1);
        QCOMPARE(r.stats.kept, 6);
        QCOMPARE(r.stats.droppedBy(SelectDrop::NoFrameworkTag), 1);        // 140 scikit-learn
        QCOMPARE(r.stats.droppedBy(SelectDrop::OutOfDateRange), 2);        // 150, 151
        QCOMPARE(r.stats.droppedBy(SelectDrop::TitleKeyword), 2);          // 160 How, 161 BUILD
        QCOMPARE(r.stats.droppedBy(SelectDrop::NoCodeBlock), 1);           // 170 inline code
        QCOMPARE(r.stats.droppedBy(SelectDrop::NoAcceptedAnswer), 1);      // 180
        QCOMPARE(r.stats.droppedBy(SelectDrop::ScoreNotPositive), 2);      // 181 (0), 182 (-2)
        QCOMPARE(r.stats.droppedBy(SelectDrop::NoBugTypeTag), 1);          // 185
        QCOMPARE(r.stats.droppedBy(SelectDrop::AcceptedAnswerMissing), 1); // 186 → 999
        QCOMPARE(r.stats.peakPending, 3);
        QCOMPARE(r.stats.secondPass, true); // for 130, whose answer 129 came first
        qint64 dropped = 0;
        for (SelectDrop d : allSelectDrops())
            dropped += r.stats.droppedBy(d);
        QCOMPARE(dropped + r.stats.kept, r.stats.questions);
    }

    void countsTable()
    {
        const SelectOptions options = studyOptions();
        const Run r = select(options, fixture("Posts.xml"));
        QVERIFY(r.ok);
        QCOMPARE(r.stats.count(QStringLiteral("pytorch"), BugType::Gpu), 1);
        QCOMPARE(r.stats.count(QStringLiteral("pytorch"), BugType::TensorInput), 1);
        QCOMPARE(r.stats.count(QStringLiteral("pytorch"), BugType::Api), 1);
        QCOMPARE(r.stats.count(QStringLiteral("tensorflow"), BugType::TensorInput), 1);
        QCOMPARE(r.stats.count(QStringLiteral("tensorflow"), BugType::Mixed), 1);
        QCOMPARE(r.stats.count(QStringLiteral("keras"), BugType::Training), 1);
        const QString expected = QStringLiteral(
            "Framework   Training  Model  Tensor    API    GPU  Mixed  Total\n"
            "pytorch            0      0       1      1      1      0      3\n"
            "tensorflow         0      0       1      0      0      1      2\n"
            "keras              1      0       0      0      0      0      1\n"
            "Total              1      0       2      1      1      1      6\n"
            "\n"
            "Rows read: 33 (17 questions, 15 answers, 1 other)\n"
            "Dropped questions:\n"
            "  no framework tag:                1\n"
            "  created outside the date range:  2\n"
            "  title says how/install/build:    2\n"
            "  no code block:                   1\n"
            "  no accepted answer:              1\n"
            "  score not above 0:               2\n"
            "  no bug-type tag (Table 4.1):     1\n"
            "  accepted answer not in the dump: 1\n"
            "Kept: 6 (at most 3 waiting for their accepted answer at once)\n");
        QCOMPARE(selectStatsToText(r.stats, options.frameworks), expected);
    }

    void untypedColumn()
    {
        SelectOptions options = studyOptions();
        options.keepUntyped = true;
        const Run r = select(options, fixture("Posts.xml"));
        QVERIFY(r.ok);
        QCOMPARE(r.stats.count(QStringLiteral("pytorch"), BugType::Unknown), 1);
        QCOMPARE(r.stats.droppedBy(SelectDrop::NoBugTypeTag), 0);
        QCOMPARE(r.stats.peakPending, 4);
        const QStringList lines = selectStatsToText(r.stats, options.frameworks).split(QLatin1Char('\n'));
        QCOMPARE(lines.at(0), QStringLiteral("Framework   Training  Model  Tensor    API    GPU  Mixed  Untyped  Total"));
        QCOMPARE(lines.at(1), QStringLiteral("pytorch            0      0       1      1      1      0        1      4"));
    }

    void jsonLines()
    {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        CorpusSelector selector(studyOptions());
        QVERIFY(selector.runFile(fixture("Posts.xml"), jsonLinesSink(&out)));
        const QList<QByteArray> lines = out.data().split('\n');
        QCOMPARE(lines.size(), 7); // six lines and the empty rest after the last newline
        QVERIFY(lines.last().isEmpty());

        QJsonParseError parseError;
        const QJsonObject first = QJsonDocument::fromJson(lines.at(0), &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(first.value(QLatin1String("schema")).toString(), QStringLiteral("dlrepro.report/1"));
        QCOMPARE(first.value(QLatin1String("source")).toString(), QStringLiteral("stackoverflow"));
        QCOMPARE(first.value(QLatin1String("id")).toString(), QStringLiteral("so:100"));
        QCOMPARE(first.value(QLatin1String("url")).toString(), QStringLiteral("https://stackoverflow.com/questions/100"));
        QCOMPARE(first.value(QLatin1String("title")).toString(),
                 QStringLiteral("RuntimeError: CUDA error: no kernel image is available"));
        QCOMPARE(first.value(QLatin1String("accepted_answer_id")).toString(), QStringLiteral("101"));
        QCOMPARE(first.value(QLatin1String("selection")).toObject(),
                 (QJsonObject{{QStringLiteral("framework"), QStringLiteral("pytorch")},
                              {QStringLiteral("bug_type"), QStringLiteral("gpu")},
                              {QStringLiteral("bug_type_parts"), QJsonArray()}}));

        Report report;
        QString error;
        QVERIFY2(reportFromJson(first, &report, &error), qPrintable(error));
        QCOMPARE(report.tags, (QStringList{QStringLiteral("python"), QStringLiteral("pytorch"), QStringLiteral("gpu"),
                                           QStringLiteral("cuda")}));
        QCOMPARE(report.body.format, MarkupFormat::Html);
        QCOMPARE(report.body.score, 3);
        // (The report format keeps whole seconds.)
        QCOMPARE(report.body.created, QDateTime(QDate(2021, 3, 1), QTime(10, 15, 2), QTimeZone::utc()));
        QVERIFY(report.body.original.startsWith(QStringLiteral("<p>Moving a tensor to the GPU fails:</p>\n<pre")));
        // The body is converted like any imported question: readable text, code blocks found.
        QVERIFY(report.body.text.startsWith(QStringLiteral("Moving a tensor to the GPU fails:\n")));
        QVERIFY(!report.body.text.contains(QLatin1String("<pre")));
        QCOMPARE(report.body.codeBlocks.size(), 1);
        QCOMPARE(report.body.codeBlocks.first().text, QStringLiteral("import torch\nx = torch.randn(3).cuda()"));
        QCOMPARE(report.body.codeBlocks.first().language, QStringLiteral("python"));
        QCOMPARE(report.answers.size(), 1); // only the accepted one, not 102
        const Answer *accepted = report.acceptedAnswer();
        QVERIFY(accepted);
        QCOMPARE(accepted->accepted, true);
        QCOMPARE(accepted->post.id, QStringLiteral("101"));
        QCOMPARE(accepted->post.score, 5);

        const QJsonObject mixed = QJsonDocument::fromJson(lines.at(1)).object();
        QCOMPARE(mixed.value(QLatin1String("id")).toString(), QStringLiteral("so:120"));
        QCOMPARE(mixed.value(QLatin1String("selection")).toObject(),
                 (QJsonObject{{QStringLiteral("framework"), QStringLiteral("tensorflow")},
                              {QStringLiteral("bug_type"), QStringLiteral("mixed")},
                              {QStringLiteral("bug_type_parts"),
                               QJsonArray{QStringLiteral("training"), QStringLiteral("model")}}}));

        // The answer that was listed before its question is attached all the same.
        const QJsonObject late = QJsonDocument::fromJson(lines.at(5)).object();
        QCOMPARE(late.value(QLatin1String("id")).toString(), QStringLiteral("so:130"));
        const QJsonArray answers = late.value(QLatin1String("answers")).toArray();
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.at(0).toObject().value(QLatin1String("id")).toString(), QStringLiteral("129"));
        QCOMPARE(answers.at(0).toObject().value(QLatin1String("accepted")).toBool(), true);
    }

    void sequentialInputHasNoSecondPass()
    {
        QFile file(fixture("Posts.xml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        SequentialDevice pipe(file.readAll());
        QVERIFY(pipe.open(QIODevice::ReadOnly));
        QStringList ids;
        CorpusSelector selector(studyOptions());
        QVERIFY(selector.run(&pipe, [&ids](const SelectedQuestion &q) {
            ids << q.report.id;
            return true;
        }));
        QCOMPARE(ids, (QStringList{QStringLiteral("so:100"), QStringLiteral("so:120"), QStringLiteral("so:162"),
                                   QStringLiteral("so:165"), QStringLiteral("so:110")}));
        QCOMPARE(selector.stats().droppedBy(SelectDrop::AcceptedAnswerMissing), 2); // 130 and 186
        QCOMPARE(selector.stats().secondPass, false);
    }

    // In a file ordered by Id an answer whose id is above its question's cannot have come
    // earlier: no second pass for it. Out of order, the second pass finds it.
    void secondPassOnlyWhenAnAnswerMayBeEarlier_data()
    {
        QTest::addColumn<QByteArray>("rows");
        QTest::addColumn<bool>("secondPass");
        QTest::addColumn<QStringList>("ids");
        const QByteArray q1 = R"(<row Id="10" PostTypeId="1" AcceptedAnswerId="12" Score="1" Title="Loss is nan" )"
                              R"(Tags="&lt;keras&gt;&lt;nan&gt;" Body="&lt;pre&gt;x&lt;/pre&gt;" />)";
        const QByteArray q2 = R"(<row Id="11" PostTypeId="1" AcceptedAnswerId="13" Score="1" Title="GPU idle" )"
                              R"(Tags="&lt;pytorch&gt;&lt;gpu&gt;" Body="&lt;pre&gt;y&lt;/pre&gt;" />)";
        const QByteArray a12 = R"(<row Id="12" PostTypeId="2" ParentId="10" Score="1" Body="fix" />)";
        QTest::newRow("ordered, answer missing") << q1 + q2 + a12 << false << QStringList{QStringLiteral("so:10")};
        QTest::newRow("out of order") << a12 + q1 + q2 << true << QStringList{QStringLiteral("so:10")};
        QTest::newRow("ordered, all answered") << q1 + a12 << false << QStringList{QStringLiteral("so:10")};
    }
    void secondPassOnlyWhenAnAnswerMayBeEarlier()
    {
        QFETCH(QByteArray, rows);
        QFETCH(bool, secondPass);
        QFETCH(QStringList, ids);
        QBuffer buffer;
        buffer.setData("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<posts>" + rows + "</posts>\n");
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QStringList got;
        CorpusSelector selector;
        QVERIFY2(selector.run(&buffer, [&got](const SelectedQuestion &q) {
            got << q.report.id;
            return true;
        }), qPrintable(selector.error()));
        QCOMPARE(got, ids);
        QCOMPARE(selector.stats().secondPass, secondPass);
        QCOMPARE(selector.stats().droppedBy(SelectDrop::AcceptedAnswerMissing), qint64(rows.count("PostTypeId=\"1\"") - ids.size()));
    }

    void invalidXmlNamesFileAndLine()
    {
        const Run r = select(SelectOptions(), fixture("invalid.xml"));
        QCOMPARE(r.ok, false);
        QVERIFY2(r.error.startsWith(fixture("invalid.xml") + QStringLiteral(": ")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QLatin1String("line 5")), qPrintable(r.error));
        QCOMPARE(r.error.count(QLatin1Char('\n')), 0);
        QCOMPARE(r.stats.rowsRead, 2); // the rows before the broken one were read
    }

    void unreadableInput_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("says");
        QTest::newRow("missing") << fixture("no-such-Posts.xml") << QStringLiteral("cannot read");
        QTest::newRow("directory") << QStringLiteral(DLREPRO_FIXTURES "/corpus") << QStringLiteral("is a directory");
    }
    void unreadableInput()
    {
        QFETCH(QString, path);
        QFETCH(QString, says);
        const Run r = select(SelectOptions(), path);
        QCOMPARE(r.ok, false);
        QVERIFY2(r.error.startsWith(path + QStringLiteral(": ") + says), qPrintable(r.error));
        QVERIFY(r.kept.isEmpty());
    }

    void emptyInputIsInvalid()
    {
        QBuffer empty;
        empty.open(QIODevice::ReadOnly);
        CorpusSelector selector;
        QCOMPARE(selector.run(&empty, [](const SelectedQuestion &) { return true; }), false);
        QVERIFY(!selector.error().isEmpty());
    }

    void failingSinkStops()
    {
        CorpusSelector selector(studyOptions());
        int calls = 0;
        QCOMPARE(selector.runFile(fixture("Posts.xml"), [&calls](const SelectedQuestion &) { return ++calls < 2; }),
                 false);
        QCOMPARE(calls, 2);
        QCOMPARE(selector.error(), fixture("Posts.xml") + QStringLiteral(": cannot write the selected questions"));
    }
};

QTEST_GUILESS_MAIN(TestCorpusSelector)
#include "tst_corpusselector.moc"
