#include "extract/ErrorExtractor.h"

#include "ExtractTestUtil.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace dlrepro;

class TestErrorExtractor : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        // An invalid pattern only warns at run time; make that a failure.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("invalid")));
    }
    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("type error in prose") << QStringLiteral("When I run it I get TypeError: 'int' object is not callable")
            << QStringList{QStringLiteral("error|TypeError|'int' object is not callable|||TypeError|TypeError: 'int' object is not callable")};
        QTest::newRow("inline code backticks") << QStringLiteral("I get `KeyError: 'label'` at the end.")
            << QStringList{QStringLiteral("error|KeyError|'label'|||KeyError|KeyError: 'label'")};
        QTest::newRow("keras ndim") << QStringLiteral(
            "ValueError: Input 0 of layer sequential is incompatible with the layer: expected ndim=3, found ndim=2")
            << QStringList{QStringLiteral("error|ValueError|Input 0 of layer sequential is incompatible with the layer: expected ndim=3, found ndim=2|||ValueError|"
                                          "ValueError: Input 0 of layer sequential is incompatible with the layer: expected ndim=3, found ndim=2")};
        QTest::newRow("cuda oom") << QStringLiteral(
            "RuntimeError: CUDA out of memory. Tried to allocate 20.00 MiB (GPU 0; 7.93 GiB total capacity)\n")
            << QStringList{QStringLiteral("error|RuntimeError|CUDA out of memory. Tried to allocate 20.00 MiB (GPU 0; 7.93 GiB total capacity)|||RuntimeError|"
                                          "RuntimeError: CUDA out of memory. Tried to allocate 20.00 MiB (GPU 0; 7.93 GiB total capacity)")};
        QTest::newRow("qualified tensorflow error") << QStringLiteral(
            "  File \"x.py\", line 3\ntensorflow.python.framework.errors_impl.InvalidArgumentError: logits and labels must have the same first dimension\n")
            << QStringList{QStringLiteral("error|InvalidArgumentError|logits and labels must have the same first dimension|||"
                                          "tensorflow.python.framework.errors_impl.InvalidArgumentError|"
                                          "tensorflow.python.framework.errors_impl.InvalidArgumentError: logits and labels must have the same first dimension")};
        QTest::newRow("multi-line message") << QStringLiteral(
            "Traceback (most recent call last):\n  File \"t.py\", line 9, in <module>\n    model.fit(x, y)\n"
            "ValueError: Error when checking target: expected dense_2 to have shape (1,)\nbut got array with shape (10,)\n\nThanks")
            << QStringList{QStringLiteral("error|ValueError|Error when checking target: expected dense_2 to have shape (1,)\nbut got array with shape (10,)|||ValueError|"
                                          "ValueError: Error when checking target: expected dense_2 to have shape (1,)\nbut got array with shape (10,)")};
        QTest::newRow("chained: last one only") << QStringLiteral(
            "Traceback (most recent call last):\n  File \"a.py\", line 2, in <module>\n    d['x']\nKeyError: 'x'\n\n"
            "During handling of the above exception, another exception occurred:\n\n"
            "Traceback (most recent call last):\n  File \"a.py\", line 4, in <module>\n    raise ValueError('no x')\nValueError: no x\n")
            << QStringList{QStringLiteral("error|ValueError|no x|||ValueError|ValueError: no x")};
        QTest::newRow("two separate errors") << QStringLiteral(
            "First I had ImportError: No module named 'keras'\n\nthen after installing:\nAttributeError: module 'tensorflow' has no attribute 'placeholder'")
            << QStringList{QStringLiteral("error|ImportError|No module named 'keras'|||ImportError|ImportError: No module named 'keras'"),
                           QStringLiteral("error|AttributeError|module 'tensorflow' has no attribute 'placeholder'|||AttributeError|"
                                          "AttributeError: module 'tensorflow' has no attribute 'placeholder'")};
        QTest::newRow("torch qualified oom") << QStringLiteral("torch.cuda.OutOfMemoryError: CUDA out of memory.")
            << QStringList{QStringLiteral("error|OutOfMemoryError|CUDA out of memory.|||torch.cuda.OutOfMemoryError|torch.cuda.OutOfMemoryError: CUDA out of memory.")};
        QTest::newRow("user warning is not an error") << QStringLiteral(
            "/usr/lib/python3/site-packages/torch/nn/functional.py:1340: UserWarning: nn.functional.sigmoid is deprecated.")
            << QStringList{};
        QTest::newRow("prose mention without message") << QStringLiteral(
            "Why do I get a TypeError here? The TypeError happens only on GPU.") << QStringList{};
        QTest::newRow("raise statement is code") << QStringLiteral("    raise ValueError('bad shape')") << QStringList{};
        QTest::newRow("empty") << QString() << QStringList{};
    }
    void errors()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QVERIFY(test::sameLists(test::describeAll(text, extractErrors(text)), expected));
    }

    void pathological_input_finishes()
    {
        QElapsedTimer t;
        t.start();
        extractErrors(QStringLiteral("a.").repeated(100000) + QStringLiteral("Error: x"));
        extractErrors(QStringLiteral("ValueError: x\n").repeated(50000));
        extractErrors(QString(100000, QLatin1Char('(')));
        QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestErrorExtractor)
#include "tst_errorextractor.moc"
