#include "extract/FactExtractor.h"

#include "ExtractTestUtil.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace dlrepro;

namespace {

// A Stack Overflow question as an importer would build it: prose, then a fenced code block.
Report keras39525358()
{
    Report r;
    r.source = ReportSource::StackOverflow;
    r.id = QStringLiteral("so:39525358");
    r.tags = {QStringLiteral("python"), QStringLiteral("keras")};
    const QString prose = QStringLiteral(
        "I have constructed an ANN in keras which has 1 input layer(3 inputs), one output layer (1 output) and two hidden "
        "layers with with 12 and 3 nodes respectively, as shown below in the code.\n\n"
        "The dataset has 4 columns: 3 columns with values in the range [60, 70] and the target variable is binary (0/1 output)\n\n"
        "so after 150 epochs i get: loss: 0.6932 - acc: 0.5000 - val_loss: 0.6970 - val_acc: 0.1429\n\n");
    const QString code = QStringLiteral(
        "model = Sequential()\nmodel.add(Dense(12, input_dim=3, activation='relu'))\n"
        "model.compile(loss='binary_crossentropy', optimizer='adam')\nmodel.fit(X, Y, epochs=150, batch_size=10)");
    r.body.text = prose + code;
    r.body.codeBlocks = {CodeBlock{code, CodeBlockKind::Code, QStringLiteral("python"), TextSpan{prose.size(), code.size()}}};
    return r;
}

} // namespace

class TestFactExtractor : public QObject
{
    Q_OBJECT
private slots:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("invalid"))); }

    void combines_extractors_sorted_by_span()
    {
        const Report r = keras39525358();
        const QList<Fact> facts = extractFacts(r);
        const QStringList expected{
            QStringLiteral("framework|keras|keras|||tag|<none>"),
            QStringLiteral("architecture|ANN|ANN||||ANN"),
            QStringLiteral("framework|keras||||mention|keras|@0.8"),
            QStringLiteral("layers|input|1 input layer(3 inputs)|1||3|1 input layer(3 inputs)"),
            QStringLiteral("layers|output|one output layer (1 output)|1||1|one output layer (1 output)"),
            QStringLiteral("layers|hidden|two hidden layers with with 12 and 3 nodes|2||12,3|two hidden layers with with 12 and 3 nodes"),
            QStringLiteral("range||[60, 70]|60||70|values in the range [60, 70]"),
            QStringLiteral("target||binary (0/1 output)||||binary (0/1 output)"),
            QStringLiteral("hyperparameter|epochs|150|150|||150 epochs"),
            QStringLiteral("metric|loss|0.6932|0.6932|||loss: 0.6932"),
            QStringLiteral("metric|accuracy|0.5000|0.5|||acc: 0.5000"),
            QStringLiteral("metric|val_loss|0.6970|0.697|||val_loss: 0.6970"),
            QStringLiteral("metric|val_accuracy|0.1429|0.1429|||val_acc: 0.1429"),
            QStringLiteral("layers|Dense|Dense(12, input_dim=3, activation='relu')|12||12|Dense(12, input_dim=3, activation='relu')"),
            QStringLiteral("activation|relu|relu||||relu"),
            QStringLiteral("hyperparameter|loss|binary_crossentropy||||loss='binary_crossentropy'"),
            QStringLiteral("hyperparameter|optimizer|adam||||optimizer='adam'"),
            QStringLiteral("hyperparameter|epochs|150|150|||epochs=150"),
            QStringLiteral("hyperparameter|batch_size|10|10|||batch_size=10"),
        };
        QVERIFY(test::sameLists(test::describeAll(r.body.text, facts), expected));
    }

    void spans_lie_in_the_body()
    {
        Report r = keras39525358();
        r.body.text += QStringLiteral("\nTraceback (most recent call last):\nValueError: bad input shape (10, 3)\n");
        for (const Fact &f : extractFacts(r)) {
            if (!f.span.isValid())
                continue;
            QVERIFY(f.span.start >= 0 && f.span.end() <= r.body.text.size());
            QVERIFY(f.span.length > 0);
        }
    }

    void duplicates_removed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("errors");
        QTest::newRow("one error") << QStringLiteral("TypeError: x") << 1;
        QTest::newRow("same error twice at two places") << QStringLiteral("TypeError: x\n\nTypeError: x") << 2;
    }
    void duplicates_removed()
    {
        QFETCH(QString, text);
        QFETCH(int, errors);
        Report r;
        r.body.text = text;
        int n = 0;
        const QList<Fact> facts = extractFacts(r);
        for (qsizetype i = 0; i < facts.size(); ++i) {
            n += facts.at(i).kind == FactKind::Error;
            for (qsizetype j = i + 1; j < facts.size(); ++j)
                QVERIFY(!(facts.at(i).kind == facts.at(j).kind && facts.at(i).span == facts.at(j).span));
            if (i > 0)
                QVERIFY(facts.at(i - 1).span.start <= facts.at(i).span.start);
        }
        QCOMPARE(n, errors);
    }

    void metrics_computed_in_code_are_not_reported()
    {
        const QString prose = QStringLiteral("The output is:\n\naccuracy=0.5\n\n");
        const QString code = QStringLiteral("acc = (pred == y).float().mean().item()\nprint(f\"accuracy={acc * 0 + 0.5}\")");
        Report r;
        r.body.text = prose + code;
        r.body.codeBlocks = {CodeBlock{code, CodeBlockKind::Code, QString(), TextSpan{prose.size(), code.size()}}};
        QList<double> values;
        for (const Fact &f : extractFacts(r))
            if (f.kind == FactKind::Metric)
                values << f.number;
        QCOMPARE(values, QList<double>{0.5});
        // The same line as console output is a reported metric.
        r.body.codeBlocks.first().kind = CodeBlockKind::Console;
        r.body.text = prose + QStringLiteral("accuracy: 0.75");
        r.body.codeBlocks.first().text = QStringLiteral("accuracy: 0.75");
        r.body.codeBlocks.first().span.length = 14;
        values.clear();
        for (const Fact &f : extractFacts(r))
            if (f.kind == FactKind::Metric)
                values << f.number;
        QCOMPARE(values, (QList<double>{0.5, 0.75}));
    }

    void empty_report_has_no_facts()
    {
        QVERIFY(extractFacts(Report{}).isEmpty());
    }

    void invalid_utf8_is_harmless()
    {
        Report r;
        r.body.text = QString::fromUtf8(QByteArray("loss: 0.5 \xff\xfe\xc3( ValueError: \xed\xa0\x80 bad\n"));
        const QList<Fact> facts = extractFacts(r);
        QCOMPARE(facts.size(), 2);
        QCOMPARE(facts.at(0).kind, FactKind::Metric);
        QCOMPARE(facts.at(1).kind, FactKind::Error);
    }

    // The brief's bound: a 10 MB body in well under a few seconds.
    void ten_megabytes_are_fast()
    {
        Report seed = keras39525358();
        seed.body.text += QStringLiteral(
            "\nTraceback (most recent call last):\n  File \"a.py\", line 3, in <module>\n"
            "RuntimeError: CUDA out of memory. Tried to allocate 20.00 MiB\nimport torch\nx = torch.Size([64, 3, 32, 32])\n"
            "Epoch 1/10\n1000/1000 [==============================] - 1s - loss: 0.6932 - acc: 0.5000\n"
            "Some ordinary prose about MNIST and a batch size of 32 with TensorFlow 2.4 on an RTX 3090.\n");
        Report big;
        const qsizetype target = 10 * 1024 * 1024;
        big.body.text.reserve(target + seed.body.text.size());
        while (big.body.text.size() < target)
            big.body.text += seed.body.text;
        QElapsedTimer t;
        t.start();
        const QList<Fact> facts = extractFacts(big);
        const qint64 ms = t.elapsed();
        qInfo("10 MB: %lld facts in %lld ms", qlonglong(facts.size()), qlonglong(ms));
        QVERIFY(facts.size() > 10000);
        QVERIFY2(ms < 5000, qPrintable(QString::number(ms)));
    }

    void pathological_inputs_finish_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("parentheses") << QString(100000, QLatin1Char('('));
        QTest::newRow("digits") << QString(100000, QLatin1Char('1'));
        QTest::newRow("dots and words") << QStringLiteral("a.").repeated(50000);
        QTest::newRow("open tuples") << QStringLiteral("(1, ").repeated(30000);
        QTest::newRow("letters") << QString(100000, QLatin1Char('a'));
        QTest::newRow("metric words") << QStringLiteral("loss accuracy ").repeated(10000);
        QTest::newRow("one long line of pairs") << QStringLiteral("acc: 0.5 - ").repeated(20000);
        QTest::newRow("many short lines") << QStringLiteral("x\n").repeated(200000);
    }
    void pathological_inputs_finish()
    {
        QFETCH(QString, text);
        Report r;
        r.body.text = text;
        QElapsedTimer t;
        t.start();
        extractFacts(r);
        QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestFactExtractor)
#include "tst_factextractor.moc"
