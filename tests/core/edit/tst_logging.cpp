#include "EditTestSupport.h"

using namespace dlrepro;

class tst_Logging : public QObject {
    Q_OBJECT
private slots:
    void epochLoopAndMetric();
    void failingCallShapes();
    void errorLineFromTraceback();
    void nothingToLog();
};

static Fact metric(const QString &name, double value)
{
    Fact f;
    f.kind = FactKind::Metric;
    f.name = name;
    f.number = value;
    return f;
}

void tst_Logging::epochLoopAndMetric()
{
    const QString before = test::readFixture(QStringLiteral(DLREPRO_FIXTURES "/edit/L/epoch-loop.py"));
    const QString expected = test::readFixture(QStringLiteral(DLREPRO_FIXTURES "/edit/L/epoch-loop.expected.py"));
    const QList<Fact> facts{metric(QStringLiteral("accuracy"), 0.5)};
    test::checkActionResult(EditAction::Logging, before, expected, facts);
    const Proposal p = test::propose(EditAction::Logging, before, facts);
    QCOMPARE(p.factsUsed.size(), 1);
    QCOMPARE(p.factsUsed.first().name, QStringLiteral("accuracy"));
    if (!test::havePythonTorch())
        QSKIP("/usr/bin/python3 with torch is not installed");
    // dlrepro.report needs the harness module: a stand-in on the path records the call.
    QString errors;
    const QString code = QStringLiteral("import sys, types\nm = types.ModuleType('dlrepro')\n"
                                        "m.report = lambda n, v, unit='': print('REPORT', n, v >= 0)\n"
                                        "sys.modules['dlrepro'] = m\n") + p.newCode;
    QCOMPARE(test::runPython({QStringLiteral("-")}, code, &errors), 0);
}

void tst_Logging::failingCallShapes()
{
    const QString before = QStringLiteral("import torch\nimport torch.nn as nn\n\nnet = nn.Linear(10, 2)\n"
                                          "def run(inputs):\n    out = net(inputs)\n    return out\n");
    const QString expected = QStringLiteral(
        "import torch\nimport torch.nn as nn\n\nnet = nn.Linear(10, 2)\ndef run(inputs):\n"
        "    print('dlrepro: inputs', getattr(inputs, 'shape', None), getattr(inputs, 'dtype', type(inputs).__name__))"
        "  # dlrepro-log\n    out = net(inputs)\n    return out\n");
    const Proposal p = test::propose(EditAction::Logging, before, {}, nullptr, 6);
    QCOMPARE(p.newCode, expected);
    QCOMPARE(p.changes.size(), 1);
    QCOMPARE(p.changes.first().line, 6);
    QVERIFY(!test::propose(EditAction::Logging, p.newCode, {}, nullptr, 7).hasChanges());
}

void tst_Logging::errorLineFromTraceback()
{
    Report r;
    CodeBlock tb;
    tb.kind = CodeBlockKind::Traceback;
    tb.text = QStringLiteral("Traceback (most recent call last):\n  File \"main.py\", line 2, in <module>\n"
                             "    y = model(x)\n  File \"/usr/lib/python3/dist-packages/torch/nn/modules/module.py\", "
                             "line 1194, in _call_impl\nRuntimeError: mat1 and mat2 shapes cannot be multiplied");
    r.body.codeBlocks.append(tb);
    const QString before = QStringLiteral("x = torch.randn(3, 5)\ny = model(x)\n");
    const Proposal p = test::propose(EditAction::Logging, before, {}, &r);
    // model(x): a plain callee is a function, not data; only x is shown.
    QCOMPARE(p.newCode, QStringLiteral("x = torch.randn(3, 5)\n"
                                       "print('dlrepro: x', getattr(x, 'shape', None), getattr(x, 'dtype', type(x).__name__))"
                                       "  # dlrepro-log\ny = model(x)\n"));
    QCOMPARE(p.changes.first().line, 2);
}

void tst_Logging::nothingToLog()
{
    const Proposal p = test::propose(EditAction::Logging, QStringLiteral("x = 1\n"));
    QVERIFY(!p.hasChanges());
    QCOMPARE(p.nothingToDo, QStringLiteral("no failing call, epoch loop or reported metric to log"));
}

QTEST_GUILESS_MAIN(tst_Logging)
#include "tst_logging.moc"
