// Workspace: a reproduction as a git repository, on real reports, real repositories and real
// Python runs (/usr/bin/python3 with torch).
#include "edit/EditActionEngine.h"
#include "rules/TransactionImport.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace dlrepro;
namespace wf = dlrepro::workspace_files;

namespace {

// A Stack Overflow-style report whose snippet lacks its imports (R has work) and whose
// traceback names the error every seed raises.
const char kReport[] = R"(# RuntimeError when feeding MNIST batches to my linear model

I flatten MNIST images and pass them to a small network, but the forward pass fails:

```python
model = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10))
x = torch.randn(64, 28 * 28 * 2)
out = model(x)
```

This is the error I get:

```
Traceback (most recent call last):
  File "/home/alice/mnist/train.py", line 3, in <module>
    out = model(x)
  File "/usr/lib/python3/dist-packages/torch/nn/modules/linear.py", line 114, in forward
    return F.linear(input, self.weight, self.bias)
RuntimeError: mat1 and mat2 shapes cannot be multiplied (64x1568 and 784x128)
```

I use PyTorch 1.13 on the CPU.
)";

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString reportPath(const QTemporaryDir &tmp)
{
    const QString path = tmp.filePath(QStringLiteral("report.md"));
    if (!QFileInfo::exists(path))
        writeFile(path, kReport);
    return path;
}

WorkspaceVerifyOptions pythonOptions()
{
    WorkspaceVerifyOptions o;
    o.request.interpreter = QStringLiteral("/usr/bin/python3");
    o.request.seeds = {0, 1};
    o.request.device = QStringLiteral("cpu");
    o.request.timeoutMs = 120000;
    o.request.forkServer = ForkServerMode::Off;
    return o;
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    void makeWorkspace(const QTemporaryDir &tmp, Workspace *ws)
    {
        QString error;
        QVERIFY2(Workspace::create(reportPath(tmp), tmp.filePath(QStringLiteral("ws")), ws, &error), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.path()));
    }

    void createLaysOutTheWorkspace()
    {
        QTemporaryDir tmp;
        Workspace ws;
        makeWorkspace(tmp, &ws);
        const QString dir = tmp.filePath(QStringLiteral("ws"));
        for (QLatin1StringView f : {wf::kReport, wf::kOriginalSnippet, wf::kMain, wf::kRequirements})
            QVERIFY2(QFileInfo::exists(dir + QLatin1Char('/') + f), qPrintable(QString(f)));
        QVERIFY(readFile(dir + QStringLiteral("/original_code_snippet.py")).contains("out = model(x)"));
        QVERIFY(ws.mainCode().contains(QStringLiteral("model(x)")));
        QCOMPARE(readFile(dir + QStringLiteral("/requirements.txt")), QByteArray("torch\n"));
        const QJsonObject report = QJsonDocument::fromJson(readFile(dir + QStringLiteral("/report.json"))).object();
        QCOMPARE(report.value(QStringLiteral("schema")).toString(), QStringLiteral("dlrepro.workspace/1"));
        QVERIFY(!report.value(QStringLiteral("facts")).toArray().isEmpty());
        QCOMPARE(ws.reportExpectation().errorType, QStringLiteral("RuntimeError"));

        QList<WorkspaceEntry> history;
        QString error;
        QVERIFY2(ws.history(&history, &error), qPrintable(error));
        QCOMPARE(history.size(), 1);
        QCOMPARE(history[0].step, WorkspaceStep::Create);
        GitDiff diff;
        QVERIFY(ws.repository().diff(history[0].commit.sha, &diff, &error));
        QCOMPARE(diff.files.size(), 4);
        bool dirty = true;
        QVERIFY(ws.repository().isDirty(&dirty, &error));
        QVERIFY(!dirty);
        // Nothing of the staging folder is left beside it.
        QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 (QStringList{QStringLiteral("report.md"), QStringLiteral("ws")}));

        Workspace reopened;
        QVERIFY2(Workspace::open(dir, &reopened, &error), qPrintable(error));
        QCOMPARE(reopened.report().title, ws.report().title);
        QVERIFY(Workspace::isWorkspace(dir));
    }

    void createRefusesBadInput()
    {
        QTemporaryDir tmp;
        Workspace ws;
        QString error;
        const QString occupied = tmp.filePath(QStringLiteral("occupied"));
        writeFile(occupied + QStringLiteral("/keep.txt"), "mine\n");
        QVERIFY(!Workspace::create(reportPath(tmp), occupied, &ws, &error));
        QVERIFY2(error.contains(QStringLiteral("not empty")), qPrintable(error));
        QCOMPARE(QDir(occupied).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{QStringLiteral("keep.txt")});

        const QString fresh = tmp.filePath(QStringLiteral("fresh"));
        QVERIFY(!Workspace::create(tmp.filePath(QStringLiteral("missing.md")), fresh, &ws, &error));
        QVERIFY(error.contains(QStringLiteral("missing.md")));
        QVERIFY(!QFileInfo::exists(fresh));

        // An empty folder is fine.
        const QString empty = tmp.filePath(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(empty));
        QVERIFY2(Workspace::create(reportPath(tmp), empty, &ws, &error), qPrintable(error));
    }

    void openRefusesWhatIsNotAWorkspace()
    {
        QTemporaryDir tmp;
        Workspace ws;
        QString error;
        QVERIFY(!Workspace::open(tmp.path(), &ws, &error));
        QVERIFY2(error.contains(QStringLiteral("not a dlrepro workspace")) && error.contains(QStringLiteral("not a git repository")),
                 qPrintable(error));
        GitRepository repo;
        QVERIFY(GitRepository::init(tmp.path(), &repo, &error));
        writeFile(tmp.filePath(QStringLiteral("main.py")), "print(1)\n");
        QVERIFY(!Workspace::open(tmp.path(), &ws, &error));
        QVERIFY2(error.contains(QStringLiteral("report.json")), qPrintable(error));
        writeFile(tmp.filePath(QStringLiteral("report.json")), "{broken");
        QVERIFY(!Workspace::open(tmp.path(), &ws, &error));
        QVERIFY2(error.contains(QStringLiteral("not valid JSON")), qPrintable(error));
        QVERIFY(!Workspace::isWorkspace(tmp.filePath(QStringLiteral("nowhere"))));
    }

    void applyActionCommitsIt()
    {
        QTemporaryDir tmp;
        Workspace ws;
        makeWorkspace(tmp, &ws);
        QString error;
        Proposal dry;
        QVERIFY2(ws.proposeAction(EditAction::ImportAddition, &dry, &error), qPrintable(error));
        QVERIFY(dry.hasChanges());
        QVERIFY(!ws.mainCode().contains(QStringLiteral("import torch")));

        QString sha;
        Proposal applied;
        QVERIFY2(ws.applyAction(EditAction::ImportAddition, &sha, &error, &applied), qPrintable(error));
        QVERIFY(ws.mainCode().contains(QStringLiteral("import torch")));
        QCOMPARE(ws.mainCode(), applied.newCode);
        GitCommitInfo info;
        QVERIFY(ws.repository().commitInfo(sha, &info, &error));
        QVERIFY2(info.summary.startsWith(editActionName(EditAction::ImportAddition) + QStringLiteral(": ")), qPrintable(info.summary));
        QCOMPARE(info.trailer(QStringLiteral("Edit-Action")), QStringLiteral("R"));
        QCOMPARE(info.trailer(QStringLiteral("Workspace-Step")), QStringLiteral("action"));

        // Idempotent actions have nothing more to do: no commit.
        QVERIFY(!ws.applyAction(EditAction::ImportAddition, nullptr, &error));
        QVERIFY2(error.startsWith(QStringLiteral("nothing to do")), qPrintable(error));
        QString head;
        QVERIFY(ws.repository().headSha(&head, &error));
        QCOMPARE(head, sha);

        // Manual edits before an action are their own checkpoint commit.
        writeFile(ws.path(wf::kMain), (ws.mainCode() + QStringLiteral("print(out)\n")).toUtf8());
        QVERIFY(!ws.applyAction(EditAction::ImportAddition, nullptr, &error));
        QList<WorkspaceEntry> history;
        QVERIFY(ws.history(&history, &error));
        QCOMPARE(history.size(), 3);
        QCOMPARE(history[0].step, WorkspaceStep::Checkpoint);
        QCOMPARE(history[1].step, WorkspaceStep::Action);
        QCOMPARE(history[1].action, std::optional<EditAction>(EditAction::ImportAddition));

        QVERIFY(!ws.checkpoint(QString(), nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("nothing to commit")), qPrintable(error));
        writeFile(ws.path(wf::kMain), (ws.mainCode() + QStringLiteral("# note\n")).toUtf8());
        QVERIFY2(ws.checkpoint(QStringLiteral("My note"), &sha, &error), qPrintable(error));
        QVERIFY(ws.repository().commitInfo(sha, &info, &error));
        QCOMPARE(info.summary, QStringLiteral("My note"));
    }

    // The workbench applies a reviewed (perhaps hand-adjusted) proposal in its code pane and
    // records it: the user's earlier edits get their own checkpoint, the action its own commit.
    void recordActionAppliedElsewhere()
    {
        QTemporaryDir tmp;
        Workspace ws;
        makeWorkspace(tmp, &ws);
        QString error;
        const QString edited = ws.mainCode() + QStringLiteral("print('mine')\n");
        Proposal proposal;
        QVERIFY2(proposeEdit(EditAction::ImportAddition, edited, ws.inspection().facts, &ws.report(), &proposal, &error),
                 qPrintable(error));
        QVERIFY(proposal.hasChanges());
        const QString adjusted = proposal.newCode + QStringLiteral("# adjusted in review\n");
        QString sha;
        QVERIFY2(ws.recordAction(proposal, adjusted, &sha, &error), qPrintable(error));
        QCOMPARE(ws.mainCode(), adjusted);
        QList<WorkspaceEntry> history;
        QVERIFY(ws.history(&history, &error));
        QCOMPARE(history.size(), 3);
        QCOMPARE(history[0].step, WorkspaceStep::Action);
        QCOMPARE(history[0].action, std::optional<EditAction>(EditAction::ImportAddition));
        QVERIFY(history[0].commit.message.contains(QStringLiteral("adjusted by hand")));
        QCOMPARE(history[1].step, WorkspaceStep::Checkpoint);
        QByteArray before;
        QVERIFY(ws.repository().readFile(history[1].commit.sha, QString(wf::kMain), &before, &error));
        QCOMPARE(QString::fromUtf8(before), edited);
        // Recording the same result again changes nothing and commits nothing.
        QVERIFY(!ws.recordAction(proposal, adjusted, nullptr, &error));
        QVERIFY2(error.startsWith(QStringLiteral("nothing to do")), qPrintable(error));
    }

    void verifyRevertTransaction()
    {
        QTemporaryDir tmp;
        Workspace ws;
        makeWorkspace(tmp, &ws);
        QString error, actionSha;
        QVERIFY2(ws.applyAction(EditAction::ImportAddition, &actionSha, &error), qPrintable(error));

        WorkspaceVerification v;
        QVERIFY2(ws.verify(pythonOptions(), &v, &error), qPrintable(error));
        QCOMPARE(v.verdict.status, VerdictStatus::Reproduced);
        QCOMPARE(v.runFiles.size(), 2);
        for (const QString &f : std::as_const(v.runFiles)) {
            QVERIFY2(f.startsWith(QStringLiteral("runs/")) && f.endsWith(QStringLiteral(".json")), qPrintable(f));
            const QJsonObject run = QJsonDocument::fromJson(readFile(ws.directory() + QLatin1Char('/') + f)).object();
            QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("exception"));
        }
        QVERIFY(v.runFiles[0].endsWith(QStringLiteral("-0.json")));
        const QJsonObject verdict = QJsonDocument::fromJson(readFile(ws.path(wf::kVerdict))).object();
        QCOMPARE(verdict.value(QStringLiteral("status")).toString(), QStringLiteral("reproduced"));
        GitCommitInfo info;
        QVERIFY(ws.repository().commitInfo(v.sha, &info, &error));
        QVERIFY2(info.summary.startsWith(QStringLiteral("Verify: reproduced")), qPrintable(info.summary));
        QCOMPARE(info.trailer(QStringLiteral("Verdict")), QStringLiteral("reproduced"));
        bool dirty = true;
        QVERIFY(ws.repository().isDirty(&dirty, &error));
        QVERIFY(!dirty);

        QList<WorkspaceEntry> history;
        QVERIFY(ws.history(&history, &error));
        QCOMPARE(history.size(), 3);
        QCOMPARE(history[0].step, WorkspaceStep::Verify);
        QCOMPARE(history[0].verdict, std::optional<VerdictStatus>(VerdictStatus::Reproduced));

        VerdictComparison cmp;
        QVERIFY2(ws.compareVerdicts(actionSha, v.sha, &cmp, &error), qPrintable(error));
        QVERIFY(!cmp.a.present);
        QVERIFY(cmp.b.present);
        QCOMPARE(cmp.b.seeds, 2);
        QCOMPARE(cmp.b.seedsShowing, 2);
        QVERIFY(cmp.statusChanged);
        QVERIFY2(cmp.summary.contains(QStringLiteral("reproduced (2/2 seeds)")), qPrintable(cmp.summary));

        // The transaction: Training/Tensor bug per the report, R used, reproduced.
        WorkspaceTransaction t;
        QVERIFY2(ws.transaction(&t, &error), qPrintable(error));
        QCOMPARE(t.actionsInOrder, QList<EditAction>{EditAction::ImportAddition});
        QCOMPARE(t.verdict, std::optional<VerdictStatus>(VerdictStatus::Reproduced));
        QCOMPARE(t.transaction.reproduced, std::optional<bool>(true));
        QVERIFY(t.transaction.items.contains(Item::action(EditAction::ImportAddition)));
        QVERIFY(t.transaction.items.contains(Item::information(InformationCategory::CodeSnippet)));
        QVERIFY(t.transaction.minutesTaken.has_value());
        TransactionImportResult imported;
        TransactionImportError importError;
        QVERIFY2(importTransactionsFile(ws.path(wf::kTransaction), &imported, &importError), qPrintable(importError.toString()));
        QCOMPARE(imported.transactions.size(), 1);
        QCOMPARE(imported.transactions[0].bugType, t.transaction.bugType);
        QCOMPARE(imported.transactions[0].items, t.transaction.items);
        QString head;
        QVERIFY(ws.repository().headSha(&head, &error));
        QVERIFY(ws.repository().commitInfo(head, &info, &error));
        QCOMPARE(info.trailer(QStringLiteral("Workspace-Step")), QStringLiteral("transaction"));
        // Derived again with nothing new: no second commit.
        QVERIFY(ws.transaction(&t, &error));
        QString again;
        QVERIFY(ws.repository().headSha(&again, &error));
        QCOMPARE(again, head);

        // Reverting the action undoes it in the code and in the transaction.
        QString revertSha;
        QVERIFY2(ws.revertAction(actionSha, &revertSha, &error), qPrintable(error));
        QVERIFY(!ws.mainCode().contains(QStringLiteral("import torch")));
        QVERIFY(ws.history(&history, &error));
        QCOMPARE(history[0].step, WorkspaceStep::Revert);
        QCOMPARE(history[0].revertedSha, actionSha);
        QCOMPARE(history[0].action, std::optional<EditAction>(EditAction::ImportAddition));
        const auto action = std::find_if(history.cbegin(), history.cend(), [&](const WorkspaceEntry &e) { return e.commit.sha == actionSha; });
        QVERIFY(action != history.cend());
        QVERIFY(action->reverted);
        QVERIFY(ws.deriveTransaction(&t, &error));
        QVERIFY(t.actionsInOrder.isEmpty());
        QVERIFY(!t.transaction.items.contains(Item::action(EditAction::ImportAddition)));

        // Reverting the revert brings it back.
        QVERIFY2(ws.revertAction(revertSha, nullptr, &error), qPrintable(error));
        QVERIFY(ws.mainCode().contains(QStringLiteral("import torch")));
        QVERIFY(ws.deriveTransaction(&t, &error));
        QCOMPARE(t.actionsInOrder, QList<EditAction>{EditAction::ImportAddition});
    }

    void verifyNeedsAnInterpreter()
    {
        QTemporaryDir tmp;
        Workspace ws;
        makeWorkspace(tmp, &ws);
        WorkspaceVerifyOptions o;
        WorkspaceVerification v;
        QString error;
        QVERIFY(!ws.verify(o, &v, &error));
        QVERIFY2(error.contains(QStringLiteral("interpreter")), qPrintable(error));
    }

    void branches()
    {
        QTemporaryDir tmp;
        Workspace ws;
        makeWorkspace(tmp, &ws);
        QString error;
        QVERIFY2(ws.branch(QStringLiteral("try-logging"), &error), qPrintable(error));
        QCOMPARE(ws.repository().currentBranch(), QStringLiteral("try-logging"));
        QVERIFY2(ws.applyAction(EditAction::ImportAddition, nullptr, &error), qPrintable(error));
        QVERIFY2(ws.switchBranch(QStringLiteral("main"), &error), qPrintable(error));
        QVERIFY(!ws.mainCode().contains(QStringLiteral("import torch")));
        WorkspaceTransaction t;
        QVERIFY(ws.deriveTransaction(&t, &error));
        QVERIFY(t.actionsInOrder.isEmpty());

        writeFile(ws.path(wf::kMain), "print('manual')\n");
        QVERIFY(!ws.branch(QStringLiteral("other"), &error));
        QVERIFY2(error.contains(QStringLiteral("uncommitted")), qPrintable(error));
        QStringList names;
        QVERIFY(ws.repository().branches(&names, &error));
        QVERIFY(!names.contains(QStringLiteral("other")));
        QVERIFY(ws.checkpoint(QString(), nullptr, &error));
        QVERIFY(!ws.branch(QStringLiteral("no good"), &error));
        QVERIFY2(error.contains(QStringLiteral("not a valid branch name")), qPrintable(error));
    }

    void lockedRepositoryIsRefused()
    {
        QTemporaryDir tmp;
        Workspace ws;
        makeWorkspace(tmp, &ws);
        writeFile(ws.repository().gitDirectory() + QStringLiteral("/index.lock"), "");
        QString error;
        QVERIFY(!ws.applyAction(EditAction::ImportAddition, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("index.lock")), qPrintable(error));
        QVERIFY(!ws.mainCode().contains(QStringLiteral("import torch")));
        QVERIFY(!ws.checkpoint(QString(), nullptr, &error));
        QVERIFY(error.contains(QStringLiteral("locked")));
        WorkspaceTransaction t;
        QVERIFY(!ws.transaction(&t, &error));
        QVERIFY(!QFileInfo::exists(ws.path(wf::kTransaction)));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
