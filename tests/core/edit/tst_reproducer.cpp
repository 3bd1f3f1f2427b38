// The reproducer's ordering logic with the verify step injected (no Python): C first when the
// snippet does not parse, R when names are undefined, then the hints' actions; stop when
// reproduced or after max steps. Then end to end on dev-set reports with the real runner.
#include "edit/actions/Reproducer.h"
#include "edit/CodeModel.h"
#include "edit/EditActionEngine.h"
#include "hints/Hints.h"
#include "hints/Rulebook.h"
#include "import/ReportImport.h"
#include "inspect/Inspection.h"
#include "run/Runner.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace dlrepro;


namespace {

Inspection inspectMarkdown(const QString &markdown)
{
    const ImportResult imported = importReportData(markdown.toUtf8(), InputFormat::Markdown, QStringLiteral("post.md"));
    if (!imported.ok() || imported.reports.isEmpty())
        return {};
    return inspectReport(imported.reports.first());
}

Inspection inspectDevset(const QString &file)
{
    const ImportResult imported = importReportFile(QStringLiteral(DLREPRO_FIXTURES "/devset/") + file);
    if (!imported.ok() || imported.reports.isEmpty())
        return {};
    return inspectReport(imported.reports.first());
}

Verdict fakeVerdict(VerdictStatus status)
{
    Verdict v;
    v.status = status;
    v.reasonId = status == VerdictStatus::Reproduced ? QStringLiteral("error_matched") : QStringLiteral("different_error");
    return v;
}

// A verifier that records what it was asked and says "reproduced" once `marker` is in the code.
struct FakeVerify {
    QString marker; // empty: never reproduced
    QStringList codes;
    QList<Expectation> expectations;
    VerifySnippet fn()
    {
        return [this](const QString &code, const Expectation &e) {
            codes << code;
            expectations << e;
            return fakeVerdict(!marker.isEmpty() && code.contains(marker) ? VerdictStatus::Reproduced
                                                                          : VerdictStatus::NotReproduced);
        };
    }
};

QString letters(const QList<EditAction> &actions)
{
    QString s;
    for (EditAction a : actions)
        s += editActionLetter(a);
    return s;
}

const QString kPython2Report = QStringLiteral(
    "# RuntimeError in my training loop\n\n```python\nmodel = nn.Linear(2, 2)\nfor i in xrange(3)\n    out = model(x)\n```\n\n"
    "```\nRuntimeError: mat1 and mat2 shapes cannot be multiplied (4x3 and 2x2)\n```\n");

const QString kUndefinedReport = QStringLiteral(
    "# ValueError when building my array\n\n```python\nx = np.zeros((3, 4))\ny = x.reshape(5, 5)\n```\n\n"
    "```\nValueError: cannot reshape array of size 12 into shape (5,5)\n```\n");

} // namespace

class tst_Reproducer : public QObject {
    Q_OBJECT
private slots:
    void firstSteps_data();
    void firstSteps();
    void planFollowsHints();
    void stopsWhenReproduced();
    void reproducedAsAssembled();
    void maxSteps_data();
    void maxSteps();
    void noExpectation();
    void json();
    void endToEnd_data();
    void endToEnd();
};

void tst_Reproducer::firstSteps_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("planStart");
    QTest::addColumn<QString>("transaction");
    QTest::addColumn<QString>("errorType");
    // Never reproduced, two steps: the code model's needs come before anything the hints say.
    QTest::newRow("unparsable: C then R") << kPython2Report << QStringLiteral("CR") << QStringLiteral("CR")
                                          << QStringLiteral("RuntimeError");
    QTest::newRow("undefined names: R first") << kUndefinedReport << QStringLiteral("R") << QStringLiteral("R")
                                              << QStringLiteral("ValueError");
}

void tst_Reproducer::firstSteps()
{
    QFETCH(QString, markdown);
    QFETCH(QString, planStart);
    QFETCH(QString, transaction);
    QFETCH(QString, errorType);
    const Inspection inspection = inspectMarkdown(markdown);
    FakeVerify fake;
    const Reproduction r = reproduceReport(inspection, fake.fn(), int(transaction.size()));
    QVERIFY2(letters(r.plan).startsWith(planStart), qPrintable(letters(r.plan)));
    QCOMPARE(letters(r.transaction()).left(transaction.size()), transaction);
    QCOMPARE(r.reproduced, false);
    QCOMPARE(fake.codes.size(), 1 + int(r.steps.size())); // the assembled snippet, then once per step
    QCOMPARE(fake.codes.first(), r.assembledCode);
    QCOMPARE(fake.codes.last(), r.finalCode);
    for (const Expectation &e : fake.expectations)
        QCOMPARE(e.errorType, errorType);
    if (planStart.startsWith(u'C')) {
        QVERIFY(CodeModel::parse(r.assembledCode).hasSyntaxErrors());
        QVERIFY(r.steps.first().proposal.newCode.contains(QStringLiteral("for i in range(3)")));
    }
    if (transaction.contains(u'R'))
        QVERIFY2(r.finalCode.contains(QStringLiteral("import numpy as np")) || r.finalCode.contains(QStringLiteral("import torch.nn as nn")),
                 qPrintable(r.finalCode));
}

// After C and R (when the code needs them), the plan is the hints' actions in their order of
// confidence, then the remaining actions in the fixed completion order.
void tst_Reproducer::planFollowsHints()
{
    for (const QString &file : {QStringLiteral("so-lstm-target-out-of-bounds.md"), QStringLiteral("so-softmax-loss-stuck.md"),
                                QStringLiteral("so-inplace-sigmoid.md")}) {
        const Inspection inspection = inspectDevset(file);
        QVERIFY2(!inspection.report.body.codeBlocks.isEmpty(), qPrintable(file));
        FakeVerify fake;
        const Reproduction r = reproduceReport(inspection, fake.fn(), 0);
        const CodeModel model = CodeModel::parse(r.assembledCode);
        QList<EditAction> expected;
        auto add = [&](EditAction a) {
            if (!expected.contains(a))
                expected << a;
        };
        if (model.hasSyntaxErrors())
            add(EditAction::CompilerErrorResolution);
        if (!model.undefinedNames().isEmpty())
            add(EditAction::ImportAddition);
        int fromHints = 0;
        for (const HintItem &h : buildHints(inspection, Rulebook::published()).actions)
            if (h.item.itemClass() == ItemClass::EditAction) {
                add(h.item.editAction());
                ++fromHints;
            }
        QVERIFY2(fromHints > 0, qPrintable(file));
        for (EditAction a : {EditAction::ImportAddition, EditAction::DatasetProcurement, EditAction::DownloadingModels,
                             EditAction::InputDataGeneration, EditAction::NeuralNetworkConstruction,
                             EditAction::HyperparameterInitialization, EditAction::CompilerErrorResolution,
                             EditAction::ObsoleteParameterRemoval, EditAction::VersionMigration, EditAction::Logging})
            add(a);
        QCOMPARE(letters(r.plan), letters(expected));
        QCOMPARE(r.plan.size(), 10);
        QCOMPARE(r.steps.size(), 0);
    }
}

// The thesis's LSTM report needs a criterion (H) and data (D): a verifier that sees the bug once
// a criterion is defined stops the reproduction after H, with no further run.
void tst_Reproducer::stopsWhenReproduced()
{
    const Inspection inspection = inspectDevset(QStringLiteral("so-lstm-target-out-of-bounds.md"));
    FakeVerify fake;
    fake.marker = QStringLiteral("criterion = nn.CrossEntropyLoss()");
    const Reproduction r = reproduceReport(inspection, fake.fn(), 8);
    QCOMPARE(r.reproduced, true);
    QCOMPARE(letters(r.transaction()), QStringLiteral("H"));
    QCOMPARE(fake.codes.size(), 2);
    QCOMPARE(r.stopReason, QStringLiteral("reproduced after 1 edit(s)"));
    QCOMPARE(r.verdict.status, VerdictStatus::Reproduced);
    QCOMPARE(r.initialVerdict.status, VerdictStatus::NotReproduced);
    QVERIFY(r.steps.first().verified);
    QVERIFY(!r.finalCode.contains(QStringLiteral("train_loader = "))); // D was never applied
}

void tst_Reproducer::reproducedAsAssembled()
{
    const Inspection inspection = inspectDevset(QStringLiteral("so-lstm-target-out-of-bounds.md"));
    FakeVerify fake;
    fake.marker = QStringLiteral("class Classifier");
    const Reproduction r = reproduceReport(inspection, fake.fn(), 8);
    QCOMPARE(r.reproduced, true);
    QCOMPARE(r.steps.size(), 0);
    QCOMPARE(fake.codes.size(), 1);
    QCOMPARE(r.finalCode, r.assembledCode);
    QCOMPARE(r.stopReason, QStringLiteral("the assembled snippet reproduces the bug as it is"));
}

void tst_Reproducer::maxSteps_data()
{
    QTest::addColumn<int>("max");
    QTest::addColumn<int>("steps");
    QTest::newRow("0") << 0 << 0;
    QTest::newRow("1") << 1 << 1;
    QTest::newRow("2") << 2 << 2;
}

void tst_Reproducer::maxSteps()
{
    QFETCH(int, max);
    QFETCH(int, steps);
    const Inspection inspection = inspectDevset(QStringLiteral("so-lstm-target-out-of-bounds.md"));
    FakeVerify fake;
    const Reproduction r = reproduceReport(inspection, fake.fn(), max);
    QCOMPARE(r.steps.size(), steps);
    QCOMPARE(fake.codes.size(), 1 + steps);
    QCOMPARE(r.reproduced, false);
    QCOMPARE(r.stopReason, QStringLiteral("stopped after the maximum of %1 steps").arg(max));
    // Each step changed the code, and no action was applied twice in a row to the same code.
    for (int i = 1; i < fake.codes.size(); ++i)
        QVERIFY(fake.codes.at(i) != fake.codes.at(i - 1));
}

void tst_Reproducer::noExpectation()
{
    const Inspection inspection = inspectMarkdown(QStringLiteral("# How do I make this faster?\n\n```python\nimport torch\nx = torch.zeros(3)\n```\n"));
    FakeVerify fake;
    const Reproduction r = reproduceReport(inspection, fake.fn(), 8);
    QCOMPARE(fake.codes.size(), 0);
    QCOMPARE(r.reproduced, false);
    QCOMPARE(r.steps.size(), 0);
    QCOMPARE(r.stopReason, QStringLiteral("the report quotes no error and no observed metric to verify against"));
    QCOMPARE(r.finalCode, QStringLiteral("import torch\nx = torch.zeros(3)\n"));
}

void tst_Reproducer::json()
{
    const Inspection inspection = inspectDevset(QStringLiteral("so-lstm-target-out-of-bounds.md"));
    FakeVerify fake;
    fake.marker = QStringLiteral("criterion = nn.CrossEntropyLoss()");
    const QJsonObject o = reproductionToJson(reproduceReport(inspection, fake.fn(), 8));
    QCOMPARE(o.value(QStringLiteral("schema")).toString(), QStringLiteral("dlrepro.reproduction/1"));
    QCOMPARE(o.value(QStringLiteral("reproduced")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("transaction")).toArray(), QJsonArray{QStringLiteral("H")});
    QCOMPARE(o.value(QStringLiteral("steps")).toArray().size(), 1);
    QCOMPARE(o.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("reproduced"));
}

void tst_Reproducer::endToEnd_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("transaction");
    QTest::addColumn<QString>("observed");
    QTest::newRow("shape mismatch: data generated")
        << QStringLiteral("so-linear-shape-mismatch.md") << QStringLiteral("D") << QStringLiteral("RuntimeError: mat1 and mat2 shapes cannot be multiplied");
    QTest::newRow("thesis LSTM: criterion, then data")
        << QStringLiteral("so-lstm-target-out-of-bounds.md") << QStringLiteral("HD") << QStringLiteral("IndexError: Target 3 is out of bounds.");
    QTest::newRow("numpy double input: imports")
        << QStringLiteral("so-numpy-double-input.md") << QStringLiteral("R") << QStringLiteral("RuntimeError: mat1 and mat2 must have the same dtype");
}

void tst_Reproducer::endToEnd()
{
    QFETCH(QString, file);
    QFETCH(QString, transaction);
    QFETCH(QString, observed);
    QProcess probe;
    probe.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral("import torch")});
    if (!probe.waitForFinished(60000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
        QSKIP("/usr/bin/python3 cannot import torch");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    RunRequest request;
    request.snippetPath = dir.filePath(QStringLiteral("snippet.py"));
    request.interpreter = QStringLiteral("/usr/bin/python3");
    request.device = QStringLiteral("cpu");
    request.copyWorkspace = false;
    request.seeds = {0};
    request.timeoutMs = 120000;
    const VerifySnippet verify = [&](const QString &code, const Expectation &e) {
        QFile f(request.snippetPath);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Verdict();
        f.write(code.toUtf8());
        f.close();
        return decideVerdict(e, Runner::runSeeds(request));
    };
    const Reproduction r = reproduceReport(inspectDevset(file), verify, 8);
    QVERIFY2(r.reproduced, qPrintable(reproductionToText(r)));
    QCOMPARE(letters(r.transaction()), transaction);
    QCOMPARE(r.verdict.seeds.size(), 1);
    QVERIFY2(r.verdict.seeds.first().observed.startsWith(observed), qPrintable(r.verdict.seeds.first().observed));
}

QTEST_GUILESS_MAIN(tst_Reproducer)
#include "tst_reproducer.moc"
